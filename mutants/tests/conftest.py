"""Shared fixtures and helpers. Airflow reads its environment at import, so set it first.

- ``sandbox`` (one per test) and ``session_sandbox`` (one per session, for the
  e2e deployment) both come from :func:`running_sandbox`;
- ``paysecure_conn`` defines a connection (to the sandbox, a scripted server or
  nowhere); ``wrong_password_conn`` is one to the sandbox with a wrong password;
- :func:`run_trigger` runs a trigger to its event.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

_HOME = Path(tempfile.mkdtemp(prefix="paysecure-airflow-home-"))
os.environ.setdefault("AIRFLOW_HOME", str(_HOME))
os.environ.setdefault("AIRFLOW__CORE__LOAD_EXAMPLES", "False")
os.environ.setdefault("AIRFLOW__CORE__UNIT_TEST_MODE", "False")
os.environ.setdefault("AIRFLOW__CORE__DAGS_FOLDER", str(Path(__file__).resolve().parent.parent / "example_dags"))

import pytest  # noqa: E402

from airflow_provider_paysecure.sandbox import DEFAULT_ACCOUNT, PaySecureSandbox, SandboxAccount  # noqa: E402
from tests.ports import port_is_free  # noqa: E402
from tests.scripted_server import ScriptedServer  # noqa: E402

#: The distinctive password that leak tests grep for.
LEAK_PASSWORD = "Sup3r-S3cret-PW-do-not-leak"
#: A wrong password that still contains ``LEAK_PASSWORD``, so leak checks catch it too.
WRONG_PASSWORD = "Wr0ng-" + LEAK_PASSWORD
#: The merchant of ``paysecure_conn`` and of the sandbox's ``paysecure_default``.
LEAK_ACCOUNT = SandboxAccount(merchant_id="M-100", user_name="user-1", password=LEAK_PASSWORD, version="v4")
#: A second sandbox merchant that accepts any version.
OTHER_ACCOUNT = SandboxAccount("OTHER-MERCHANT", "other-user", "other-password", None)
#: Every sandbox the tests start knows these merchants; the first is the default.
SANDBOX_ACCOUNTS = (LEAK_ACCOUNT, DEFAULT_ACCOUNT, OTHER_ACCOUNT)


@contextlib.contextmanager
def running_sandbox() -> Iterator[PaySecureSandbox]:
    """The one way the tests start a sandbox: ``SANDBOX_ACCOUNTS`` on a free loopback port.

    Asserts on the way out that the port was released.
    """
    with PaySecureSandbox(accounts=list(SANDBOX_ACCOUNTS)) as sb:
        port = sb.port
        yield sb
    assert port_is_free(port), f"sandbox port {port} is still bound after teardown"


@pytest.fixture
def sandbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[PaySecureSandbox]:
    """A fresh sandbox for one test; ``paysecure_default`` points at it (``LEAK_ACCOUNT``)."""
    with running_sandbox() as sb:
        for key, value in sb.conn_env("paysecure_default").items():
            monkeypatch.setenv(key, value)
        yield sb


@pytest.fixture(scope="session")
def session_sandbox() -> Iterator[PaySecureSandbox]:
    """One sandbox for the whole session (the e2e deployment is configured with its port once)."""
    with running_sandbox() as sb:
        yield sb


@pytest.fixture
def scripted_server() -> Iterator[ScriptedServer]:
    """A real HTTP server on 127.0.0.1 that answers with scripted responses."""
    with ScriptedServer() as server:
        yield server


@pytest.fixture
def paysecure_conn(monkeypatch: pytest.MonkeyPatch) -> Callable[..., str]:
    """Define a ``paysecure`` connection through an ``AIRFLOW_CONN_*`` JSON variable.

    Returns a function ``(conn_id="paysecure_test", **fields) -> conn_id``. The
    fields default to ``LEAK_ACCOUNT`` on ``http://127.0.0.1`` without a port;
    pass ``port=`` (a sandbox's or scripted server's) or ``host=`` to point it
    somewhere. ``extra`` is merged into the default extra.
    """

    def define(conn_id: str = "paysecure_test", **fields: Any) -> str:
        extra = {"merchant_id": LEAK_ACCOUNT.merchant_id, "version": LEAK_ACCOUNT.version}
        extra.update(fields.pop("extra", None) or {})
        conn = {
            "conn_type": "paysecure",
            "host": "http://127.0.0.1",
            "login": LEAK_ACCOUNT.user_name,
            "password": LEAK_ACCOUNT.password,
            "extra": extra,
        }
        conn.update(fields)
        monkeypatch.setenv(f"AIRFLOW_CONN_{conn_id.upper()}", json.dumps(conn))
        return conn_id

    return define


@pytest.fixture
def wrong_password_conn(sandbox: PaySecureSandbox, paysecure_conn: Callable[..., str]) -> str:
    """A connection to the sandbox's ``LEAK_ACCOUNT`` with ``WRONG_PASSWORD``."""
    return paysecure_conn("paysecure_wrong", port=sandbox.port, password=WRONG_PASSWORD)


async def run_trigger_async(trigger: Any) -> dict[str, Any]:
    """Run ``trigger.run()`` to its end; assert it yielded exactly one event; return its payload."""
    events = [event async for event in trigger.run()]
    assert len(events) == 1, f"the trigger yielded {len(events)} events: {events}"
    payload: dict[str, Any] = events[0].payload
    return payload


def run_trigger(trigger: Any, timeout: float = 20.0) -> dict[str, Any]:
    """:func:`run_trigger_async` in a new event loop, bounded by ``timeout`` seconds."""
    return asyncio.run(asyncio.wait_for(run_trigger_async(trigger), timeout))
