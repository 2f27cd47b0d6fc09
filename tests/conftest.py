"""Shared fixtures. Airflow reads its environment at import, so set it first."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

_HOME = Path(tempfile.mkdtemp(prefix="paysecure-airflow-home-"))
os.environ.setdefault("AIRFLOW_HOME", str(_HOME))
os.environ.setdefault("AIRFLOW__CORE__LOAD_EXAMPLES", "False")
os.environ.setdefault("AIRFLOW__CORE__UNIT_TEST_MODE", "False")
os.environ.setdefault("AIRFLOW__CORE__DAGS_FOLDER", str(Path(__file__).resolve().parent.parent / "example_dags"))

import pytest  # noqa: E402

from tests.scripted_server import ScriptedServer  # noqa: E402

#: The distinctive password that leak tests grep for.
LEAK_PASSWORD = "Sup3r-S3cret-PW-do-not-leak"


@pytest.fixture
def scripted_server() -> Iterator[ScriptedServer]:
    """A real HTTP server on 127.0.0.1 that answers with scripted responses."""
    with ScriptedServer() as server:
        yield server


@pytest.fixture
def paysecure_conn(monkeypatch: pytest.MonkeyPatch) -> Callable[..., str]:
    """Define a ``paysecure`` connection through an ``AIRFLOW_CONN_*`` JSON variable.

    Returns a function ``(conn_id="paysecure_test", **fields) -> conn_id``.
    """

    def define(conn_id: str = "paysecure_test", **fields: object) -> str:
        extra = {"merchant_id": "M-100", "version": "v4"}
        extra.update(fields.pop("extra", {}) or {})  # type: ignore[arg-type]
        conn = {
            "conn_type": "paysecure",
            "host": "http://127.0.0.1",
            "login": "user-1",
            "password": LEAK_PASSWORD,
            "extra": extra,
        }
        conn.update(fields)
        monkeypatch.setenv(f"AIRFLOW_CONN_{conn_id.upper()}", json.dumps(conn))
        return conn_id

    return define
