"""The reliability suite's hook factory (on ``tests/conftest.py``'s ``sandbox``), its limits, and an https server."""

from __future__ import annotations

import json
import ssl
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from airflow_provider_paysecure.hooks.paysecure import PaySecureHook
from airflow_provider_paysecure.sandbox import PaySecureSandbox
from tests.pki import write_pki
from tests.scripted_server import Reply, ScriptedServer

CONN_ID = "paysecure_reliability"

#: Small delays so retries are visible but fast.
RETRY_LIMIT = 2
RETRY_DELAY = 0.01
DEADLINE = 5.0

#: What the https test server answers to CreateSession.
TLS_SESSION_ID = "tls-session-0123456789"
TLS_SUCCESS = json.dumps({"SessionId": TLS_SESSION_ID, "Timestamps": {}}).encode()


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


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    return write_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture
def tls_server(pki: tuple[Path, Path, Path]) -> Iterator[ScriptedServer]:
    """An https server on 127.0.0.1 whose certificate is signed by a CA made at test time."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(pki[1], pki[2])
    with ScriptedServer(ssl_context=context) as server:
        server.script(Reply(body=TLS_SUCCESS))
        yield server
