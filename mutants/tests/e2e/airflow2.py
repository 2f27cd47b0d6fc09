"""Start and stop an Airflow 2.x webserver (the Flask-AppBuilder UI) for the browser tests.

Only the webserver runs: the connection form, its Test button (the REST API's
``/api/v1/connections/test``, with session auth) and saving connections need no
scheduler. SQLite under a temporary ``AIRFLOW_HOME``, one gunicorn worker, bound to a
free port of 127.0.0.1, login with an admin user created here. Process handling
(process groups, the environment marker, teardown) is :class:`AirflowDeployment`'s.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from tests.e2e.deployment import MARKER_VAR, AirflowDeployment, DeploymentError, wait_for


@dataclass
class Airflow2Webserver(AirflowDeployment):
    """A running Airflow 2.x webserver with an admin user.

    :param admin_user: the admin's user name.
    :param admin_password: the admin's password.
    """

    admin_user: str = "admin"
    admin_password: str = field(default_factory=lambda: secrets.token_urlsafe(12))

    @property
    def env(self) -> dict[str, str]:
        """The webserver's environment (Airflow 2 option names)."""
        from cryptography.fernet import Fernet

        if self._env is None:
            env = {k: v for k, v in os.environ.items() if not k.startswith("AIRFLOW")}
            bin_dir = str(Path(sys.executable).parent)
            env.update(
                {
                    "PATH": f"{bin_dir}{os.pathsep}{env.get('PATH', '')}",
                    "VIRTUAL_ENV": str(Path(bin_dir).parent),
                    "PYTHONUNBUFFERED": "1",
                    MARKER_VAR: self.marker,
                    "AIRFLOW_HOME": str(self.home),
                    "AIRFLOW__CORE__DAGS_FOLDER": str(self.dags_folder),
                    "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
                    "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{self.home}/airflow.db",
                    "AIRFLOW__CORE__TEST_CONNECTION": "Enabled",
                    "AIRFLOW__CORE__FERNET_KEY": Fernet.generate_key().decode(),
                    "AIRFLOW__WEBSERVER__SECRET_KEY": secrets.token_hex(32),
                    "AIRFLOW__WEBSERVER__WEB_SERVER_HOST": "127.0.0.1",
                    "AIRFLOW__WEBSERVER__WEB_SERVER_PORT": str(self.port),
                    "AIRFLOW__WEBSERVER__WORKERS": "1",
                    # no rolling worker restarts in the middle of a test
                    "AIRFLOW__WEBSERVER__WORKER_REFRESH_BATCH_SIZE": "0",
                    "AIRFLOW__WEBSERVER__WORKER_REFRESH_INTERVAL": "86400",
                    "AIRFLOW__WEBSERVER__WARN_DEPLOYMENT_EXPOSURE": "False",
                    "AIRFLOW__API__AUTH_BACKENDS": "airflow.api.auth.backend.session",
                    "AIRFLOW__LOGGING__LOGGING_LEVEL": "INFO",
                }
            )
            env.update(self.extra_env)
            self._env = env
        return dict(self._env)

    def start(self) -> None:
        """Migrate the DB, create the admin user and start the webserver (without waiting)."""
        self.home.mkdir(parents=True, exist_ok=True)
        self.component_log_dir.mkdir(exist_ok=True)
        try:
            self.airflow("db", "migrate")
            self.airflow(
                "users", "create", "--role", "Admin", "--username", self.admin_user,
                "--password", self.admin_password, "--email", "admin@example.com",
                "--firstname", "Ad", "--lastname", "Min",
            )  # fmt: skip
        except subprocess.CalledProcessError as exc:
            raise DeploymentError(f"{exc.cmd[1:3]} failed:\n{exc.stdout}\n{exc.stderr}") from exc
        log = (self.component_log_dir / "webserver.log").open("ab")
        self._log_files.append(log)
        self.processes["webserver"] = subprocess.Popen(
            ["airflow", "webserver"],
            env=self.env,
            cwd=self.home,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def tail_logs(self, lines: int = 40) -> str:
        """The last lines of the webserver's output, for failure messages."""
        path = self.component_log_dir / "webserver.log"
        text = path.read_text(errors="replace").splitlines()[-lines:] if path.exists() else []
        code = self.processes["webserver"].poll() if "webserver" in self.processes else None
        return "\n".join([f"----- webserver (exit code {code}) -----", *text])

    def health(self) -> dict[str, Any] | None:
        """``/health`` of the webserver, or ``None`` if it does not answer yet."""
        try:
            response = httpx.get(f"{self.base_url}/health", timeout=5)
        except httpx.HTTPError:
            return None
        if response.status_code != 200:
            return None
        data: dict[str, Any] = response.json()
        return data

    def wait_healthy(self, timeout: float = 240) -> dict[str, Any]:
        """Wait until the webserver answers ``/health`` with a healthy metadatabase."""

        def probe() -> dict[str, Any] | None:
            self.check_alive()
            health = self.health()
            if health and (health.get("metadatabase") or {}).get("status") == "healthy":
                return health
            return None

        return wait_for("the webserver to answer /health", probe, timeout, 1.0, lambda: self.tail_logs())
