"""Start and stop a real Airflow deployment (scheduler, dag-processor, triggerer, api-server).

Each component runs as ``airflow <component>`` from this virtualenv, in its own
process group, with SQLite and the LocalExecutor under a temporary
``AIRFLOW_HOME``. Every process carries a marker in its environment, so that
teardown can find (and the tests can assert there are no) stray descendants,
even ones that left their process group.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, TypeVar

import httpx

from tests.ports import free_port

REPO_ROOT = Path(__file__).resolve().parents[2]
DAGS_FOLDER = REPO_ROOT / "example_dags"
COMPONENTS: tuple[str, ...] = ("scheduler", "dag-processor", "triggerer", "api-server")
HEALTH_COMPONENTS: tuple[str, ...] = ("metadatabase", "scheduler", "triggerer", "dag_processor")
MARKER_VAR = "PAYSECURE_E2E_DEPLOYMENT"

T = TypeVar("T")


class DeploymentError(RuntimeError):
    """The deployment did not start, or did not reach the expected state in time."""


def pids_with_marker(marker: str) -> list[int]:
    """Processes whose environment holds ``MARKER_VAR=marker`` (zombies excluded)."""
    needle = f"{MARKER_VAR}={marker}".encode()
    found: list[int] = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "stat").read_text()
            if status.rsplit(")", 1)[1].split()[0] == "Z":
                continue
            if needle in (entry / "environ").read_bytes().split(b"\0"):
                found.append(int(entry.name))
        except (OSError, IndexError):
            continue  # exited meanwhile, or not ours to read
    return found


def wait_for(
    what: str,
    probe: Callable[[], T | None],
    timeout: float,
    interval: float = 1.0,
    on_timeout: Callable[[], str] | None = None,
) -> T:
    """Call ``probe`` until it returns something other than ``None``/``False``.

    :param what: a description for the timeout message.
    :param probe: returns the awaited value, or ``None``/``False`` to keep waiting.
    :param timeout: seconds before giving up.
    :param interval: seconds between probes.
    :param on_timeout: returns extra diagnostics for the timeout message.
    :raises DeploymentError: after ``timeout`` seconds.
    """
    deadline = time.monotonic() + timeout
    while True:
        value = probe()
        if value is not None and value is not False:
            return value
        if time.monotonic() > deadline:
            extra = on_timeout() if on_timeout else ""
            raise DeploymentError(f"timed out after {timeout:.0f}s waiting for {what}\n{extra}")
        time.sleep(interval)


@dataclass
class AirflowDeployment:
    """A running Airflow deployment and a REST client for it.

    :param home: the ``AIRFLOW_HOME``.
    :param extra_env: more environment variables for every component.
    :param dags_folder: the DAGs folder.
    """

    home: Path
    extra_env: Mapping[str, str] = field(default_factory=dict)
    dags_folder: Path = DAGS_FOLDER
    port: int = field(default_factory=free_port)
    marker: str = field(default_factory=lambda: uuid.uuid4().hex)
    processes: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)
    _log_files: list[IO[bytes]] = field(default_factory=list)
    _env: dict[str, str] | None = None

    @property
    def base_url(self) -> str:
        """The api-server's root URL."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def component_log_dir(self) -> Path:
        """Where each component's stdout/stderr goes (under ``AIRFLOW_HOME``)."""
        return self.home / "component-logs"

    @property
    def env(self) -> dict[str, str]:
        """The environment of every component."""
        from cryptography.fernet import Fernet

        if self._env is None:
            env = {k: v for k, v in os.environ.items() if not k.startswith("AIRFLOW")}
            bin_dir = str(Path(sys.executable).parent)  # the venv's bin, not resolved
            env.update(
                {
                    "PATH": f"{bin_dir}{os.pathsep}{env.get('PATH', '')}",
                    "VIRTUAL_ENV": str(Path(bin_dir).parent),
                    "PYTHONUNBUFFERED": "1",
                    MARKER_VAR: self.marker,
                    "AIRFLOW_HOME": str(self.home),
                    "AIRFLOW__CORE__DAGS_FOLDER": str(self.dags_folder),
                    "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
                    "AIRFLOW__CORE__EXECUTOR": "LocalExecutor",
                    "AIRFLOW__CORE__PARALLELISM": "8",
                    "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{self.home}/airflow.db",
                    "AIRFLOW__CORE__AUTH_MANAGER": (
                        "airflow.api_fastapi.auth.managers.simple.simple_auth_manager.SimpleAuthManager"
                    ),
                    "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_ALL_ADMINS": "True",
                    "AIRFLOW__CORE__TEST_CONNECTION": "Enabled",
                    "AIRFLOW__CORE__FERNET_KEY": Fernet.generate_key().decode(),
                    "AIRFLOW__API_AUTH__JWT_SECRET": secrets.token_hex(32),
                    "AIRFLOW__API__SECRET_KEY": secrets.token_hex(32),
                    "AIRFLOW__API__HOST": "127.0.0.1",
                    "AIRFLOW__API__PORT": str(self.port),
                    "AIRFLOW__API__WORKERS": "1",
                    "AIRFLOW__API__BASE_URL": self.base_url,
                    "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"{self.base_url}/execution/",
                    "AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL": "5",
                    # Only runs the tests trigger: no scheduled run may hit the sandbox.
                    "AIRFLOW__SCHEDULER__USE_JOB_SCHEDULE": "False",
                    "AIRFLOW__SCHEDULER__ENABLE_HEALTH_CHECK": "False",
                    "AIRFLOW__LOGGING__LOGGING_LEVEL": "INFO",
                }
            )
            env.update(self.extra_env)
            self._env = env
        return dict(self._env)

    # ------------------------------------------------------------------ lifecycle

    def airflow(self, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        """Run one ``airflow`` CLI command to completion in the deployment's environment."""
        return subprocess.run(
            ["airflow", *args],
            env=self.env,
            cwd=self.home,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=True,
        )

    def start(self) -> None:
        """Migrate the DB and start every component (returns without waiting for health)."""
        self.home.mkdir(parents=True, exist_ok=True)
        self.component_log_dir.mkdir(exist_ok=True)
        try:
            self.airflow("db", "migrate")
        except subprocess.CalledProcessError as exc:
            raise DeploymentError(f"airflow db migrate failed:\n{exc.stdout}\n{exc.stderr}") from exc
        for name in COMPONENTS:
            log = (self.component_log_dir / f"{name}.log").open("ab")
            self._log_files.append(log)
            self.processes[name] = subprocess.Popen(
                ["airflow", name],
                env=self.env,
                cwd=self.home,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def stop(self, grace: float = 20.0) -> list[int]:
        """Stop every component and descendant; return the pids that had to be killed late.

        SIGTERM to each process group, then SIGKILL to what is left (by group,
        then by the environment marker), then reap.
        """
        for proc in self.processes.values():
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)
        deadline = time.monotonic() + grace
        for proc in self.processes.values():
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=max(0.1, deadline - time.monotonic()))
        stragglers = pids_with_marker(self.marker)
        for proc in self.processes.values():
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
        for pid in pids_with_marker(self.marker):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        for proc in self.processes.values():
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=10)
        for log in self._log_files:
            log.close()
        # Descendants re-parented to init are reaped by it; wait until they are gone.
        with contextlib.suppress(DeploymentError):
            wait_for("the deployment's processes to exit", lambda: not pids_with_marker(self.marker), 15, 0.2)
        return stragglers

    def __enter__(self) -> AirflowDeployment:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # ------------------------------------------------------------------ diagnostics

    def tail_logs(self, lines: int = 40) -> str:
        """The last lines of each component's output, for failure messages."""
        parts = []
        for name in COMPONENTS:
            path = self.component_log_dir / f"{name}.log"
            if path.exists():
                text = path.read_text(errors="replace").splitlines()[-lines:]
                parts.append(f"----- {name} (exit code {self.processes[name].poll()}) -----")
                parts.extend(text)
        return "\n".join(parts)

    def check_alive(self) -> None:
        """Raise if a component has exited."""
        dead = {n: p.returncode for n, p in self.processes.items() if p.poll() is not None}
        if dead:
            raise DeploymentError(f"components exited: {dead}\n{self.tail_logs()}")

    # ------------------------------------------------------------------ REST

    def client(self, timeout: float = 30.0) -> httpx.Client:
        """A REST client for the api-server (login is off: all users are admins)."""
        return httpx.Client(base_url=self.base_url, timeout=timeout)

    def health(self) -> dict[str, Any] | None:
        """``/api/v2/monitor/health``, or ``None`` if the api-server does not answer yet."""
        try:
            response = httpx.get(f"{self.base_url}/api/v2/monitor/health", timeout=5)
        except httpx.HTTPError:
            return None
        if response.status_code != 200:
            return None
        data: dict[str, Any] = response.json()
        return data

    def wait_healthy(self, timeout: float = 240) -> dict[str, Any]:
        """Wait until every component reports healthy at ``/api/v2/monitor/health``."""

        def probe() -> dict[str, Any] | None:
            self.check_alive()
            health = self.health()
            if health and all((health.get(c) or {}).get("status") == "healthy" for c in HEALTH_COMPONENTS):
                return health
            return None

        return wait_for("all components to report healthy", probe, timeout, 1.0, lambda: self.tail_logs())

    def iter_home_files(self) -> Iterator[Path]:
        """Every regular file under ``AIRFLOW_HOME``."""
        for path in self.home.rglob("*"):
            if path.is_file():
                yield path
