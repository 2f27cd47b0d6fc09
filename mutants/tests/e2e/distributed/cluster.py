"""A distributed Airflow deployment on one machine: CeleryExecutor, Redis, PostgreSQL.

Everything runs on 127.0.0.1, on free ports, with its data under a temporary
directory, and is started and stopped by the caller (the tests, or
``scripts/distributed.py``):

- :class:`PrivatePostgres`: a private PostgreSQL cluster (``initdb``/``pg_ctl`` of
  Debian's ``postgresql`` package). PostgreSQL refuses to run as root, so as root
  it runs as the ``postgres`` user (through ``runuser``).
- :class:`PrivateRedis`: a private ``redis-server`` with a generated config and an
  append-only file, so that a restart keeps the queued Celery messages.
- :func:`celery_deployment`: api-server, scheduler, dag-processor, two triggerers and
  two Celery workers, as an :class:`~tests.e2e.deployment.AirflowDeployment`.

Nothing here falls back to a system-wide service: a missing binary raises
:class:`~tests.e2e.deployment.DeploymentError`.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from tests.e2e.deployment import AirflowDeployment, DeploymentError, wait_for
from tests.ports import free_port

#: What the drills measured (printed in the terminal summary of the session).
FIGURES: dict[str, Any] = {}
PG_BIN_ROOT = Path("/usr/lib/postgresql")
PG_VERSION = "15"
#: Celery worker concurrency (task slots per worker); two workers.
WORKER_CONCURRENCY = 2
WORKERS: tuple[str, ...] = ("worker-1", "worker-2")
TRIGGERERS: tuple[str, ...] = ("triggerer-1", "triggerer-2")


def _pg_bin(name: str) -> str:
    path = PG_BIN_ROOT / PG_VERSION / "bin" / name
    if not path.is_file():
        raise DeploymentError(f"{path} not found: apt-get install -y postgresql (PostgreSQL {PG_VERSION})")
    return str(path)


@dataclass
class PrivatePostgres:
    """A PostgreSQL cluster of its own, listening on 127.0.0.1 only.

    :param base: a fresh directory for the data, socket and log (created; chowned to
        the ``postgres`` user when running as root).
    :param port: the TCP port (a free one by default).
    """

    base: Path
    port: int = field(default_factory=free_port)
    password: str = field(default_factory=lambda: secrets.token_hex(16), repr=False)
    database: str = "airflow"
    user: str = "postgres"

    @property
    def data_dir(self) -> Path:
        """The cluster's data directory."""
        return self.base / "data"

    @property
    def log_file(self) -> Path:
        """The server's log."""
        return self.base / "postgres.log"

    @property
    def url(self) -> str:
        """The SQLAlchemy URL of the Airflow database."""
        return f"postgresql+psycopg2://{self.user}:{self.password}@127.0.0.1:{self.port}/{self.database}"

    def _as_owner(self, *argv: str) -> list[str]:
        if os.getuid() == 0:
            return ["runuser", "-u", "postgres", "--", *argv]
        return list(argv)

    def _run(self, *argv: str, timeout: float = 120) -> str:
        try:
            done = subprocess.run(
                self._as_owner(*argv), capture_output=True, text=True, timeout=timeout, check=True, cwd=self.base
            )
        except subprocess.CalledProcessError as exc:
            raise DeploymentError(f"{' '.join(argv)} failed:\n{exc.stdout}\n{exc.stderr}") from exc
        return done.stdout

    def start(self) -> None:
        """``initdb`` (first time only), ``pg_ctl start`` and create the database."""
        self.base.mkdir(parents=True, exist_ok=True)
        if os.getuid() == 0:
            owner = pwd.getpwnam("postgres")
            os.chown(self.base, owner.pw_uid, owner.pw_gid)
        if not self.data_dir.exists():
            pwfile = self.base / "pwfile"
            pwfile.write_text(self.password + "\n")
            if os.getuid() == 0:
                os.chown(pwfile, owner.pw_uid, owner.pw_gid)
            pwfile.chmod(0o600)
            self._run(
                _pg_bin("initdb"),
                "-D",
                str(self.data_dir),
                "-U",
                self.user,
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
                f"--pwfile={pwfile}",
                "--no-sync",
                "-E",
                "UTF8",
            )
            pwfile.unlink()
            created = True
        else:
            created = False
        options = (
            f"-p {self.port} -k {self.base} -c listen_addresses=127.0.0.1 -c max_connections=300 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        self._run(
            _pg_bin("pg_ctl"),
            "-D",
            str(self.data_dir),
            "-o",
            options,
            "-l",
            str(self.log_file),
            "-w",
            "-t",
            "90",
            "start",
        )
        if created:
            self.psql(f"CREATE DATABASE {self.database}", database="postgres")

    def psql(self, sql: str, database: str | None = None) -> str:
        """Run SQL through ``psql`` on the Unix socket; return unaligned, tuples-only output.

        :param sql: the statement(s).
        :param database: the database (the Airflow one by default).
        """
        return self._run(
            _pg_bin("psql"),
            "-h",
            str(self.base),
            "-p",
            str(self.port),
            "-U",
            self.user,
            "-d",
            database or self.database,
            "-v",
            "ON_ERROR_STOP=1",
            "-At",
            "-c",
            sql,
        )

    def dump(self) -> str:
        """``pg_dump`` of the Airflow database, as plain SQL (every table's rows)."""
        return self._run(
            _pg_bin("pg_dump"), "-h", str(self.base), "-p", str(self.port), "-U", self.user, self.database, timeout=300
        )

    def connect(self) -> Any:
        """A psycopg2 connection (autocommit) to the Airflow database."""
        import psycopg2

        conn = psycopg2.connect(
            host="127.0.0.1", port=self.port, user=self.user, password=self.password, dbname=self.database
        )
        conn.autocommit = True
        return conn

    def stop(self) -> None:
        """``pg_ctl stop -m fast`` (then ``immediate``)."""
        if not (self.data_dir / "postmaster.pid").exists():
            return
        try:
            self._run(_pg_bin("pg_ctl"), "-D", str(self.data_dir), "-m", "fast", "-w", "-t", "30", "stop")
        except (DeploymentError, subprocess.TimeoutExpired):
            with contextlib.suppress(DeploymentError, subprocess.TimeoutExpired):
                self._run(_pg_bin("pg_ctl"), "-D", str(self.data_dir), "-m", "immediate", "-w", "stop")


@dataclass
class PrivateRedis:
    """A ``redis-server`` of its own on 127.0.0.1, with an append-only file under ``base``.

    :param base: a fresh directory for the config, data and log.
    :param port: the TCP port (a free one by default).
    """

    base: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None

    @property
    def config_file(self) -> Path:
        """The generated ``redis.conf``."""
        return self.base / "redis.conf"

    def url(self, db: int) -> str:
        """The ``redis://`` URL of database ``db``.

        :param db: the Redis database number.
        """
        return f"redis://127.0.0.1:{self.port}/{db}"

    def start(self) -> None:
        """Write the config (first time) and start the server; wait until it answers PING."""
        binary = shutil.which("redis-server")
        if binary is None:
            raise DeploymentError("redis-server not found: apt-get install -y redis-server")
        self.base.mkdir(parents=True, exist_ok=True)
        self.config_file.write_text(
            "\n".join(
                [
                    "bind 127.0.0.1",
                    f"port {self.port}",
                    "protected-mode yes",
                    "daemonize no",
                    f"dir {self.base}",
                    f"logfile {self.base / 'redis.log'}",
                    'save ""',
                    "appendonly yes",
                    "appendfsync everysec",
                    "aof-use-rdb-preamble no",
                    "",
                ]
            )
        )
        self.process = subprocess.Popen(
            [binary, str(self.config_file)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        wait_for(f"redis-server on port {self.port}", self.ping, 30, 0.1, self.tail_log)

    def ping(self) -> bool:
        """Whether the server answers ``PING`` with ``+PONG``."""
        if self.process is not None and self.process.poll() is not None:
            raise DeploymentError(f"redis-server exited with {self.process.returncode}\n{self.tail_log()}")
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def tail_log(self) -> str:
        """The last lines of the server's log."""
        path = self.base / "redis.log"
        return "\n".join(path.read_text(errors="replace").splitlines()[-20:]) if path.exists() else ""

    def stop(self, sig: int = signal.SIGTERM) -> None:
        """Stop the server (SIGTERM: it flushes the append-only file) and wait for it.

        :param sig: the signal to send.
        """
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(sig)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)

    def restart(self) -> None:
        """Stop and start again on the same port, with the same data."""
        self.stop()
        self.start()

    def client(self, db: int) -> Any:
        """A redis-py client for database ``db``.

        :param db: the Redis database number.
        """
        import redis

        return redis.Redis(host="127.0.0.1", port=self.port, db=db, socket_timeout=10)


def new_base_dir(prefix: str) -> Path:
    """A fresh directory under the system temp dir, traversable by the ``postgres`` user.

    :param prefix: the directory name's prefix.
    """
    base = Path(tempfile.mkdtemp(prefix=prefix))
    base.chmod(0o755)
    return base


def celery_deployment(
    home: Path,
    postgres: PrivatePostgres,
    redis: PrivateRedis,
    extra_env: Mapping[str, str],
    dags_folder: Path | None = None,
) -> AirflowDeployment:
    """The Airflow deployment: api-server, scheduler, dag-processor, two triggerers, two Celery workers.

    :param home: the ``AIRFLOW_HOME``.
    :param postgres: the metadata database.
    :param redis: the Celery broker and result backend.
    :param extra_env: more environment (the PaySecure connection, for one).
    :param dags_folder: the DAGs folder (the example DAGs by default).
    """
    components: dict[str, Sequence[str]] = {
        "api-server": ("api-server",),
        "scheduler": ("scheduler",),
        "dag-processor": ("dag-processor",),
    }
    for name in WORKERS:
        components[name] = (
            "celery",
            "worker",
            "--concurrency",
            str(WORKER_CONCURRENCY),
            "--celery-hostname",
            f"{name}@%h",
            "--skip-serve-logs",
            "--without-mingle",
            "--without-gossip",
        )
    for name in TRIGGERERS:
        components[name] = ("triggerer", "--skip-serve-logs")
    env = {
        "AIRFLOW__CORE__EXECUTOR": "CeleryExecutor",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": postgres.url,
        "AIRFLOW__CELERY__BROKER_URL": redis.url(0),
        "AIRFLOW__CELERY__RESULT_BACKEND": redis.url(1),
        "AIRFLOW__CELERY__WORKER_CONCURRENCY": str(WORKER_CONCURRENCY),
        "AIRFLOW__CORE__PARALLELISM": "16",
        "AIRFLOW__CORE__MAX_ACTIVE_RUNS_PER_DAG": "32",
        "AIRFLOW__CORE__MAX_ACTIVE_TASKS_PER_DAG": "32",
        # Every task may run twice (the drills kill workers); retry soon.
        "AIRFLOW__CORE__DEFAULT_TASK_RETRIES": "1",
        "AIRFLOW__CORE__DEFAULT_TASK_RETRY_DELAY": "5",
        # Notice a killed worker's tasks, or a killed triggerer's triggers, within seconds.
        "AIRFLOW__SCHEDULER__TASK_INSTANCE_HEARTBEAT_TIMEOUT": "30",
        "AIRFLOW__SCHEDULER__TASK_QUEUED_TIMEOUT": "180",
        "AIRFLOW__TRIGGERER__TRIGGERER_HEALTH_CHECK_THRESHOLD": "20",
        "AIRFLOW__OPERATORS__DEFAULT_DEFERRABLE": "True",
        **extra_env,
    }
    deployment = AirflowDeployment(home=home, extra_env=env, components=components)
    if dags_folder is not None:
        deployment.dags_folder = dags_folder
    return deployment


@dataclass
class Cluster:
    """The running distributed deployment and its parts.

    :param deployment: the Airflow components.
    :param postgres: the metadata database.
    :param redis: the Celery broker and result backend.
    :param api: a client of the api-server.
    :param triggerer_jobs: triggerer name -> its running job id.
    """

    deployment: AirflowDeployment
    postgres: PrivatePostgres
    redis: PrivateRedis
    api: httpx.Client
    triggerer_jobs: dict[str, int] = field(default_factory=dict)


def running_triggerer_job_ids(postgres: PrivatePostgres) -> list[int]:
    """Ids of the running ``TriggererJob`` rows, oldest first.

    :param postgres: the metadata database.
    """
    out = postgres.psql("SELECT id FROM job WHERE job_type = 'TriggererJob' AND state = 'running' ORDER BY id")
    return [int(line) for line in out.split()]


def start_cluster(deployment: AirflowDeployment, postgres: PrivatePostgres, timeout: float = 300) -> dict[str, int]:
    """Migrate, start every component, and wait until all are up; return triggerer name -> job id.

    The triggerers start one after the other, so that each one's job id is known
    (the drills kill the triggerer that holds the triggers).

    :param deployment: from :func:`celery_deployment`.
    :param postgres: its metadata database.
    :param timeout: seconds for each wait.
    """
    deployment.migrate()
    for name in deployment.components:
        if name not in TRIGGERERS:
            deployment.start_component(name)
    jobs: dict[str, int] = {}
    for name in TRIGGERERS:
        known = set(jobs.values())
        deployment.start_component(name)

        def new_job(known: set[int] = known) -> int | None:
            deployment.check_alive()
            fresh = [j for j in running_triggerer_job_ids(postgres) if j not in known]
            return fresh[0] if fresh else None

        jobs[name] = wait_for(f"{name}'s job row", new_job, timeout, 0.5, deployment.tail_logs)
    deployment.wait_healthy(timeout=timeout)
    for name in WORKERS:
        log = deployment.component_log_dir / f"{name}.log"
        wait_for(
            f"{name} to be ready",
            lambda log=log: (
                (deployment.check_alive() or True) and log.exists() and " ready." in log.read_text(errors="replace")
            ),
            timeout,
            0.5,
            deployment.tail_logs,
        )
    return jobs
