"""Fixtures of the reliability suite: a sandbox whose password is ``LEAK_PASSWORD``.

One sandbox serves a whole module (starting one per test would dominate the
runtime); an autouse fixture clears its faults and counters before every test.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from airflow_provider_paysecure.hooks.paysecure import PaySecureHook
from airflow_provider_paysecure.sandbox import PaySecureSandbox, SandboxAccount
from tests.conftest import LEAK_PASSWORD

MERCHANT = "M-RELIABILITY"
USER = "reliability-user"
VERSION = "v4"
CONN_ID = "paysecure_reliability"

#: Small delays so retries are visible but fast.
RETRY_LIMIT = 2
RETRY_DELAY = 0.01
DEADLINE = 5.0


@pytest.fixture(scope="module")
def sandbox_server() -> Iterator[PaySecureSandbox]:
    """A module-wide sandbox accepting ``MERCHANT``/``USER``/``LEAK_PASSWORD``."""
    account = SandboxAccount(MERCHANT, USER, LEAK_PASSWORD, VERSION)
    with PaySecureSandbox(accounts=[account], use_uvloop=False) as server:
        yield server


@pytest.fixture
def sb(sandbox_server: PaySecureSandbox) -> PaySecureSandbox:
    """The module's sandbox with no faults and zeroed counters."""
    sandbox_server.clear_faults()
    sandbox_server.reset_stats()
    return sandbox_server


@pytest.fixture
def ps_conn(sb: PaySecureSandbox, monkeypatch: pytest.MonkeyPatch) -> Callable[..., str]:
    """Define a connection to the sandbox; ``(conn_id=CONN_ID, password=..., **extra)``."""

    def define(conn_id: str = CONN_ID, password: str = LEAK_PASSWORD, **extra: Any) -> str:
        conn = {
            "conn_type": "paysecure",
            "host": f"http://127.0.0.1:{sb.port}",
            "login": USER,
            "password": password,
            "extra": {"merchant_id": MERCHANT, "version": VERSION, **extra},
        }
        monkeypatch.setenv(f"AIRFLOW_CONN_{conn_id.upper()}", json.dumps(conn))
        return conn_id

    return define


@pytest.fixture
def make_hook(ps_conn: Callable[..., str]) -> Iterator[Callable[..., PaySecureHook]]:
    """Build a hook on the sandbox connection with small retry delays."""
    hooks: list[PaySecureHook] = []

    def build(conn_id: str | None = None, **kwargs: Any) -> PaySecureHook:
        options: dict[str, Any] = {
            "retry_limit": RETRY_LIMIT,
            "retry_delay": RETRY_DELAY,
            "deadline": DEADLINE,
            "timeout": (1.0, 1.0),
            "mask_session_ids": False,
        }
        options.update(kwargs)
        hook = PaySecureHook(conn_id or ps_conn(), **options)
        hooks.append(hook)
        return hook

    yield build
    for hook in hooks:
        hook.close()


def first_event(trigger: Any, timeout: float = 20.0) -> dict[str, Any]:
    """Run ``trigger.run()`` to its first event (bounded) and return the payload."""

    async def go() -> dict[str, Any]:
        async for event in trigger.run():
            payload: dict[str, Any] = event.payload
            return payload
        raise AssertionError("the trigger ended without an event")

    async def bounded() -> dict[str, Any]:
        return await asyncio.wait_for(go(), timeout)

    return asyncio.run(bounded())
