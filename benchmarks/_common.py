"""Helpers shared by the benchmarks: machine info, a sandbox in its own process, statistics.

The sandbox runs in a separate process so that its event loop does not compete
for the GIL with the client being measured (a real PaySecure is on another host).
It is driven through its admin API (``/__sandbox/faults``, ``/__sandbox/stats``).
"""

from __future__ import annotations

import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from airflow_provider_paysecure.wire import PreparedRequest

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable

#: How long a benchmark child process may run before it is killed.
CHILD_TIMEOUT_S = 300

_SANDBOX_CHILD = r"""
import json, resource, sys
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
from airflow_provider_paysecure.sandbox import Faults, PaySecureSandbox
faults = Faults.from_dict(json.loads(sys.argv[1]))
with PaySecureSandbox(faults=faults, use_uvloop=False) as sb:
    print(json.dumps({"base_url": sb.base_url, "conn_json": sb.conn_json}), flush=True)
    sys.stdin.read()  # until the parent closes stdin
"""


def raise_fd_limit() -> None:
    """Raise the soft open-files limit to the hard one (1,000 concurrent sockets)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


class SandboxProcess:
    """A :class:`PaySecureSandbox` in a child process, controlled over its admin API."""

    def __init__(self, proc: subprocess.Popen[str], base_url: str, conn_json: str) -> None:
        self.proc = proc
        self.base_url = base_url
        self.conn_json = conn_json

    @property
    def conn(self) -> dict[str, Any]:
        """The connection fields (``host``, ``port``, ``login``, ``password``, ``extra``)."""
        data: dict[str, Any] = json.loads(self.conn_json)
        return data

    def conn_env(self, conn_id: str) -> dict[str, str]:
        """``{"AIRFLOW_CONN_<ID>": <json>}`` for a ``paysecure`` connection to this sandbox."""
        return {f"AIRFLOW_CONN_{conn_id.upper()}": self.conn_json}

    def _admin(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        request = urllib.request.Request(
            f"{self.base_url}/__sandbox{path}",
            data=None if body is None else json.dumps(body).encode(),
            method=method,
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read())

    def set_faults(self, **changes: Any) -> None:
        """Change fault fields (``PATCH /__sandbox/faults``)."""
        self._admin("PATCH", "/faults", changes)

    def stats(self) -> dict[str, dict[str, int]]:
        """``{route: {outcome: n}}``."""
        result: dict[str, dict[str, int]] = self._admin("GET", "/stats")
        return result

    def reset_stats(self) -> None:
        """Forget all counts."""
        self._admin("DELETE", "/stats")


@contextmanager
def sandbox_process(**faults: Any) -> Iterator[SandboxProcess]:
    """Start the sandbox in a child process with the given faults; stop it on exit."""
    proc = subprocess.Popen(
        [PYTHON, "-c", _SANDBOX_CHILD, json.dumps(faults)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
        env=child_env(),
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line:
            raise RuntimeError("the sandbox child process did not start")
        info = json.loads(line)
        yield SandboxProcess(proc, info["base_url"], info["conn_json"])
    finally:
        if proc.stdin is not None:
            proc.stdin.close()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def child_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of benchmark children: ours, plus ``extra``, with bytecode caching on.

    ``PYTHONDONTWRITEBYTECODE`` (set in some dev shells) would make every fresh
    interpreter recompile our modules from source while Airflow's come from the
    ``.pyc`` files pip wrote: an unfair import-cost comparison, and not how a
    deployed (pip-installed) provider behaves.
    """
    env = {**os.environ, **(extra or {})}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_child(args: Sequence[str], env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run ``python <args>`` and parse the last line of its stdout as JSON."""
    result = subprocess.run(
        [PYTHON, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=child_env(env),
        timeout=CHILD_TIMEOUT_S,
        check=False,
    )
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    if result.returncode != 0 or not lines:
        raise RuntimeError(
            f"benchmark child {' '.join(args)} failed (exit {result.returncode}):\n{result.stderr[-3000:]}"
        )
    data: dict[str, Any] = json.loads(lines[-1])
    return data


def create_session_request(conn: Mapping[str, Any]) -> PreparedRequest:
    """The ``CreateSession`` request every client under test sends for the sandbox connection ``conn``.

    :param conn: the connection in Airflow's JSON form (``SandboxProcess.conn``).
    """
    from airflow_provider_paysecure import wire

    credentials = wire.Credentials(
        conn["extra"]["merchant_id"], conn["login"], conn["password"], conn["extra"]["version"]
    )
    return wire.build_create_session_request(f"{conn['host']}:{conn['port']}", credentials, None)


def raw_requests_client(conn: Mapping[str, Any]) -> Callable[[], Any]:
    """The floor of the hook benchmarks: ``requests.Session().post`` of that request + ``json.loads``.

    :param conn: the connection in Airflow's JSON form (``SandboxProcess.conn``).
    """
    import requests

    prepared = create_session_request(conn)
    headers = dict(prepared.headers)
    raw = requests.Session()

    def raw_requests() -> Any:
        response = raw.post(prepared.url, data=prepared.body, headers=headers, timeout=(10, 30))
        response.raise_for_status()
        return json.loads(response.content)

    return raw_requests


def median(values: Sequence[float]) -> float:
    """The median of ``values``."""
    return float(statistics.median(values))


def verdict(ok: bool) -> str:
    """``"met"`` or ``"MISSED"`` for the results table."""
    return "met" if ok else "**MISSED**"


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _ram_gib() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def _version(dist: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(dist)
    except PackageNotFoundError:
        return "not installed"


def machine_info() -> dict[str, str]:
    """CPU model, cores, RAM, Python, Airflow and client library versions, date."""
    return {
        "Date (UTC)": time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime()),
        "CPU": _cpu_model(),
        "Cores": str(os.cpu_count()),
        "RAM": _ram_gib(),
        "OS": platform.platform(),
        "Python": platform.python_version(),
        "apache-airflow": _version("apache-airflow"),
        "apache-airflow-providers-http": _version("apache-airflow-providers-http"),
        "airflow-provider-paysecure": _version("airflow-provider-paysecure"),
        "requests": _version("requests"),
        "httpx": _version("httpx"),
        "pendulum": _version("pendulum"),
    }
