"""The reliability suite's hook factory (on ``tests/conftest.py``'s ``sandbox``) and its limits."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from airflow_provider_paysecure.hooks.paysecure import PaySecureHook
from airflow_provider_paysecure.sandbox import PaySecureSandbox

CONN_ID = "paysecure_reliability"

#: Small delays so retries are visible but fast.
RETRY_LIMIT = 2
RETRY_DELAY = 0.01
DEADLINE = 5.0


@pytest.fixture
def make_hook(sandbox: PaySecureSandbox, paysecure_conn: Callable[..., str]) -> Iterator[Callable[..., PaySecureHook]]:
    """Build a hook on a connection to the sandbox (``CONN_ID`` unless given) with small retry delays."""
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
        hook = PaySecureHook(conn_id or paysecure_conn(CONN_ID, port=sandbox.port), **options)
        hooks.append(hook)
        return hook

    yield build
    for hook in hooks:
        hook.close()
