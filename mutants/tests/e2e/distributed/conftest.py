"""The distributed deployment (CeleryExecutor, Redis, PostgreSQL) for the drills in this folder.

One cluster serves the module: a private PostgreSQL and Redis under a temporary
directory, and api-server, scheduler, dag-processor, two triggerers and two
Celery workers from this virtualenv (see :mod:`tests.e2e.distributed.cluster`).
The PaySecure connection reaches every component only as
``AIRFLOW_CONN_PAYSECURE_DEFAULT`` (the JSON form); the metadata DB has none.

Nothing here skips: a missing PostgreSQL, Redis or Celery provider fails the run.
The figures the drills measure are printed at the end of the session.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
from collections.abc import Iterator
from typing import Any

import pytest

from airflow_provider_paysecure.sandbox import PaySecureSandbox
from tests.e2e.conftest import KEEP_HOME
from tests.e2e.deployment import pids_with_marker
from tests.e2e.distributed.cluster import (
    FIGURES,
    Cluster,
    PrivatePostgres,
    PrivateRedis,
    celery_deployment,
    new_base_dir,
    start_cluster,
)
from tests.ports import port_is_free


@pytest.fixture
def sandbox(session_sandbox: PaySecureSandbox) -> PaySecureSandbox:
    """The session's sandbox: the one the cluster's connection points at (not a fresh one per test)."""
    return session_sandbox


@pytest.fixture(scope="module")
def cluster(session_sandbox: PaySecureSandbox) -> Iterator[Cluster]:
    """Start PostgreSQL, Redis and the Airflow components; stop all of them afterwards."""
    for module in ("airflow.providers.celery", "psycopg2", "redis"):
        if importlib.util.find_spec(module) is None:
            pytest.fail(f"{module} is not installed: run `make test-distributed` (it installs the Celery stack)")
    base = new_base_dir("paysecure-distributed-")
    postgres = PrivatePostgres(base / "postgres")
    redis = PrivateRedis(base / "redis")
    conn_env = session_sandbox.conn_env("paysecure_default")
    assert set(conn_env) == {"AIRFLOW_CONN_PAYSECURE_DEFAULT"}
    assert json.loads(conn_env["AIRFLOW_CONN_PAYSECURE_DEFAULT"])["conn_type"] == "paysecure"
    deployment = celery_deployment(base / "airflow-home", postgres, redis, conn_env)
    try:
        postgres.start()
        redis.start()
        jobs = start_cluster(deployment, postgres)
        with deployment.client(timeout=60) as api:
            yield Cluster(deployment, postgres, redis, api, jobs)
    finally:
        deployment.stop()
        survivors = pids_with_marker(deployment.marker)
        redis.stop()
        postgres.stop()
        ports_free = {p: port_is_free(p) for p in (deployment.port, redis.port, postgres.port)}
        if not KEEP_HOME:
            shutil.rmtree(base, ignore_errors=True)
    assert survivors == [], f"processes of the deployment survived teardown: {survivors}"
    assert all(ports_free.values()), f"ports still bound after teardown: {ports_free}"


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Print the measured figures."""
    if FIGURES:
        terminalreporter.section("distributed drills: measured figures")
        for name, value in FIGURES.items():
            terminalreporter.write_line(f"{name}: {json.dumps(value, default=str)}")
