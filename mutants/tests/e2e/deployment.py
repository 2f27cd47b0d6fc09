"""Start and stop a real Airflow deployment (scheduler, dag-processor, triggerer, api-server).

Each component runs as ``airflow <command>`` from this virtualenv, in its own
process group, by default with SQLite and the LocalExecutor under a temporary
``AIRFLOW_HOME`` (``extra_env`` and ``components`` turn it into another
deployment, e.g. the Celery one of ``tests/e2e/distributed``). Every process
carries a marker in its environment, and the name of the component that started
it, so that teardown can find (and the tests can assert there are no) stray
descendants, even ones that left their process group, and a drill can kill one
component with everything it started.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
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
COMPONENT_VAR = "PAYSECURE_E2E_COMPONENT"

T = TypeVar("T")


class DeploymentError(RuntimeError):
    """The deployment did not start, or did not reach the expected state in time."""


def pids_with_marker(marker: str, component: str | None = None) -> list[int]:
    """Processes whose environment holds ``MARKER_VAR=marker`` (zombies excluded).

    :param marker: the deployment's marker.
    :param component: only the processes of this component (``COMPONENT_VAR``), if given.
    """
    needle = f"{MARKER_VAR}={marker}".encode()
    component_needle = f"{COMPONENT_VAR}={component}".encode() if component else None
    found: list[int] = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "stat").read_text()
            if status.rsplit(")", 1)[1].split()[0] == "Z":
                continue
            environ = (entry / "environ").read_bytes().split(b"\0")
            if needle in environ and (component_needle is None or component_needle in environ):
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
    :param extra_env: more environment variables for every component (they win over the defaults).
    :param dags_folder: the DAGs folder.
    :param components: component name -> ``airflow`` arguments, started in this order.
    :param component_env: component name -> more environment variables for that component only.
    """

    home: Path
    extra_env: Mapping[str, str] = field(default_factory=dict)
    dags_folder: Path = DAGS_FOLDER
    components: Mapping[str, Sequence[str]] = field(default_factory=lambda: {c: (c,) for c in COMPONENTS})
    component_env: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
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

    def migrate(self) -> None:
        """Create ``AIRFLOW_HOME`` and migrate the metadata DB."""
        self.home.mkdir(parents=True, exist_ok=True)
        self.component_log_dir.mkdir(exist_ok=True)
        try:
            self.airflow("db", "migrate")
        except subprocess.CalledProcessError as exc:
            raise DeploymentError(f"airflow db migrate failed:\n{exc.stdout}\n{exc.stderr}") from exc

    def start_component(self, name: str) -> subprocess.Popen[bytes]:
        """Start (or restart) one component in its own process group; output goes to its log.

        :param name: a key of ``components``.
        """
        log = (self.component_log_dir / f"{name}.log").open("ab")
        self._log_files.append(log)
        env = {**self.env, **self.component_env.get(name, {}), COMPONENT_VAR: name}
        proc = subprocess.Popen(
            ["airflow", *self.components[name]],
            env=env,
            cwd=self.home,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.processes[name] = proc
        return proc

    def kill_component(self, name: str) -> list[int]:
        """``kill -9`` one component and every process it started; return their pids.

        :param name: a key of ``components``.
        """
        pids = sorted({*pids_with_marker(self.marker, name), *self.pids_of(name)})
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.processes[name].pid, signal.SIGKILL)
        for pid in pids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.processes[name].wait(timeout=10)
        wait_for(f"{name} to die", lambda: not pids_with_marker(self.marker, name), 15, 0.2)
        del self.processes[name]  # killed on purpose: check_alive() must not report it
        return pids

    def component_of(self, pid: int) -> str | None:
        """The component that started process ``pid`` (by ancestry or process group), if any.

        :param pid: a process id.
        """
        mains = {proc.pid: name for name, proc in self.processes.items() if proc.poll() is None}
        current = pid
        for _ in range(64):
            if current in mains:
                return mains[current]
            try:
                fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                return None
            if int(fields[2]) in mains:  # the process group
                return mains[int(fields[2])]
            current = int(fields[1])  # the parent
            if current <= 1:
                return None
        return None

    def pids_of(self, name: str) -> list[int]:
        """The live processes of one component (the main process and its descendants or group).

        :param name: a key of ``components``.
        """
        return [
            int(e.name) for e in Path("/proc").iterdir() if e.name.isdigit() and self.component_of(int(e.name)) == name
        ]

    def start(self) -> None:
        """Migrate the DB and start every component (returns without waiting for health)."""
        self.migrate()
        for name in self.components:
            self.start_component(name)

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
        for name in self.components:
            path = self.component_log_dir / f"{name}.log"
            proc = self.processes.get(name)
            if path.exists():
                text = path.read_text(errors="replace").splitlines()[-lines:]
                parts.append(f"----- {name} (exit code {proc.poll() if proc else None}) -----")
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


# ---------------------------------------------------------------------- REST helpers


def api_json(response: httpx.Response) -> Any:
    """The JSON body of a successful response; an assertion error with the body otherwise."""
    assert response.status_code < 300, (
        f"{response.request.method} {response.url}: {response.status_code} {response.text}"
    )
    return response.json()


def xcom(
    api: httpx.Client, dag_id: str, run_id: str, task_id: str, key: str = "return_value", map_index: int = -1
) -> Any:
    """One XCom value, deserialized, through ``/api/v2``.

    :param api: a client of the api-server.
    :param dag_id: the DAG.
    :param run_id: the DAG run.
    :param task_id: the task.
    :param key: the XCom key.
    :param map_index: the mapped task's index (``-1`` when not mapped).
    """
    url = f"/api/v2/dags/{dag_id}/dagRuns/{run_id}/taskInstances/{task_id}/xcomEntries/{key}"
    return api_json(api.get(url, params={"map_index": map_index, "deserialize": "true"}))["value"]


def task_log(api: httpx.Client, dag_id: str, run_id: str, ti: Mapping[str, Any], try_number: int) -> str:
    """The full log of one task try, through ``/api/v2``, as text.

    :param api: a client of the api-server.
    :param dag_id: the DAG.
    :param run_id: the DAG run.
    :param ti: the task instance as the API lists it (``task_id``, ``map_index``).
    :param try_number: the try.
    """
    url = f"/api/v2/dags/{dag_id}/dagRuns/{run_id}/taskInstances/{ti['task_id']}/logs/{try_number}"
    response = api.get(
        url,
        params={"map_index": ti["map_index"], "full_content": "true"},
        headers={"Accept": "application/json"},
    )
    content = api_json(response).get("content")
    assert content, f"empty log for {ti['task_id']}[{ti['map_index']}] try {try_number}"
    return "\n".join(item if isinstance(item, str) else json.dumps(item) for item in content)


def wait_dag_parsed(deployment: AirflowDeployment, api: httpx.Client, dag_id: str, timeout: float = 180) -> None:
    """Wait until the DAG is known to the api-server; fail at once on an import error.

    :param deployment: the deployment (checked to be alive while waiting).
    :param api: a client of its api-server.
    :param dag_id: the DAG.
    :param timeout: seconds.
    """

    def parsed() -> bool:
        deployment.check_alive()
        if api.get(f"/api/v2/dags/{dag_id}").status_code == 200:
            return True
        errors = api.get("/api/v2/importErrors").json().get("import_errors", [])
        if errors:
            raise DeploymentError(f"DAG import errors: {errors}")
        return False

    wait_for(f"{dag_id} to be parsed", parsed, timeout, 1.0, deployment.tail_logs)
