"""Fixtures for operator, sensor, trigger and example-DAG tests.

``tests/conftest.py`` already pointed ``AIRFLOW_HOME`` at a temp dir and the DAGs
folder at ``example_dags/`` before Airflow was imported.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from airflow_provider_paysecure.sandbox import DEFAULT_ACCOUNT, PaySecureSandbox, SandboxAccount
from tests.conftest import LEAK_PASSWORD

#: The sandbox merchant whose password leak tests look for.
LEAK_ACCOUNT = SandboxAccount(
    merchant_id="LEAK-MERCHANT-7", user_name="leak-user", password=LEAK_PASSWORD, version="v4"
)


@pytest.fixture(scope="session")
def airflow_db() -> Path:
    """A migrated SQLite metadata DB under the test ``AIRFLOW_HOME`` (migrated once)."""
    from airflow.utils.db import initdb

    initdb()
    return Path(os.environ["AIRFLOW_HOME"])


@pytest.fixture
def sandbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[PaySecureSandbox]:
    """A sandbox with the default account and the leak-test account.

    ``paysecure_default`` points at the leak-test account (so leak tests use the
    distinctive password); ``paysecure_sbx`` at the default account.
    """
    with PaySecureSandbox(accounts=[LEAK_ACCOUNT, DEFAULT_ACCOUNT]) as sb:
        for key, value in sb.conn_env("paysecure_default").items():
            monkeypatch.setenv(key, value)
        yield sb


class RecordingTI:
    """The part of a task instance that the operator and sensor use: XCom push, reschedule date."""

    def __init__(self) -> None:
        self.xcoms: dict[str, Any] = {}
        self.first_reschedule_date: Any = None

    def xcom_push(self, key: str, value: Any) -> None:
        self.xcoms[key] = value

    def get_first_reschedule_date(self, context: Any) -> Any:
        return self.first_reschedule_date


@pytest.fixture
def context() -> dict[str, Any]:
    """A minimal execution context with a recording ``ti``."""
    return {"ti": RecordingTI()}


def run_sync(coro_factory: Callable[[], Any]) -> Any:
    """Run an async callable to completion (for triggers)."""
    import asyncio

    return asyncio.run(coro_factory())
