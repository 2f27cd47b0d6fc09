"""Fixtures for operator, sensor, trigger and example-DAG tests.

``tests/conftest.py`` already pointed ``AIRFLOW_HOME`` at a temp dir and the DAGs
folder at ``example_dags/`` before Airflow was imported.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest


@contextlib.contextmanager
def logging_restored(*names: str) -> Iterator[None]:
    """Put back the handlers and levels of the root logger and of ``names`` afterwards.

    Airflow 2.x's ``initdb`` re-reads ``alembic.ini`` (root logger: WARNING, a
    handler on the *current* ``sys.stderr``) and its ``dag.test()`` adds a handler on
    the current ``sys.stdout`` to ``airflow.task``. Under pytest those streams are
    per-test captures, closed later: every later test would log into a closed file.
    """
    loggers = [logging.getLogger(), *(logging.getLogger(name) for name in names)]
    saved = [(lg, lg.handlers[:], lg.level) for lg in loggers]
    try:
        yield
    finally:
        for lg, handlers, level in saved:
            lg.handlers[:] = handlers
            lg.setLevel(level)


@pytest.fixture(scope="session")
def airflow_db() -> Path:
    """A migrated SQLite metadata DB under the test ``AIRFLOW_HOME`` (migrated once)."""
    from airflow.utils.db import initdb

    with logging_restored():
        initdb()
    return Path(os.environ["AIRFLOW_HOME"])


class RecordingTI:
    """The part of a task instance that the operator and sensor use: XCom push, reschedule date."""

    def __init__(self) -> None:
        self.xcoms: dict[str, Any] = {}
        self.first_reschedule_date: Any = None
        # what Airflow 2.x's reschedule mode reads to find the first try's start date
        self.dag_id = "paysecure_test_dag"
        self.task_id = "wait"
        self.run_id = "paysecure_test_run"
        self.map_index = -1
        self.try_number = 1
        self.max_tries = 0

    def xcom_push(self, key: str, value: Any) -> None:
        self.xcoms[key] = value

    def get_first_reschedule_date(self, context: Any) -> Any:
        return self.first_reschedule_date


@pytest.fixture
def context() -> dict[str, Any]:
    """A minimal execution context with a recording ``ti``."""
    return {"ti": RecordingTI()}
