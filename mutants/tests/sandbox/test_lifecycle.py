"""Starting and stopping the sandbox, its addresses and connection strings, concurrency."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time

import pytest
import requests

from airflow_provider_paysecure.sandbox import DEFAULT_ACCOUNT, Faults, PaySecureSandbox, SandboxAccount
from airflow_provider_paysecure.sandbox.server import BACKLOG, is_loopback
from tests.ports import port_is_free
from tests.sandbox.helpers import call, create_session


@pytest.mark.parametrize("use_uvloop", [True, False])
def test_clean_start_and_stop_leaves_no_threads_or_ports(use_uvloop: bool) -> None:
    before = set(threading.enumerate())
    sandbox = PaySecureSandbox(use_uvloop=use_uvloop, faults=Faults(latency_s=5)).start()
    port = sandbox.port
    assert not port_is_free(port)
    with requests.Session() as client:  # a keep-alive connection still open at stop()
        assert client.post(f"{sandbox.base_url}/__sandbox/health", timeout=5).status_code == 405
    idle = socket.create_connection(("127.0.0.1", port))
    pending = threading.Thread(target=lambda: _swallow(lambda: call(sandbox, "CreateSession", timeout=10)))
    pending.start()
    time.sleep(0.2)  # the CreateSession request is now waiting out its latency
    started = time.monotonic()
    sandbox.stop()
    pending.join(5)
    assert time.monotonic() - started < 2
    assert not pending.is_alive()
    idle.close()
    assert set(threading.enumerate()) == before
    assert port_is_free(port)
    assert not sandbox.running
    sandbox.stop()  # idempotent
    assert sandbox.port == port  # still reports the last port


def _swallow(fn: object) -> None:
    try:
        fn()  # type: ignore[operator]
    except requests.RequestException:
        pass


def test_stop_does_not_wait_for_stalled_clients() -> None:
    before = set(threading.enumerate())
    with PaySecureSandbox(faults=Faults(stall_rate=1.0)) as sandbox:
        port = sandbox.port
        client = threading.Thread(target=lambda: _swallow(lambda: call(sandbox, "CreateSession", timeout=30)))
        client.start()
        time.sleep(0.2)
        started = time.monotonic()
    assert time.monotonic() - started < 2
    client.join(5)
    assert not client.is_alive()  # stop() closed the stalled connection
    assert set(threading.enumerate()) == before
    assert port_is_free(port)


def test_context_manager_and_restart() -> None:
    sandbox = PaySecureSandbox()
    with pytest.raises(RuntimeError, match="start"):
        _ = sandbox.port
    with sandbox as sb:
        assert sb is sandbox and sb.running
        with pytest.raises(RuntimeError, match="already running"):
            sb.start()
        create_session(sb)
    with sandbox:
        assert create_session(sandbox)
    assert not sandbox.running


def test_fixed_port_in_use_raises_oserror() -> None:
    with PaySecureSandbox() as first, pytest.raises(OSError, match="in use"):
        PaySecureSandbox(port=first.port).start()
    assert threading.active_count() == len(threading.enumerate())


@pytest.mark.parametrize("host", ["0.0.0.0", "10.1.2.3", "example.com", "::"])
def test_non_loopback_host_is_refused(host: str) -> None:
    with pytest.raises(ValueError, match="non-loopback"):
        PaySecureSandbox(host=host)


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("127.0.0.1", True),
        ("127.5.5.5", True),
        ("::1", True),
        ("localhost", True),
        ("0.0.0.0", False),
        ("192.168.1.1", False),
    ],
)
def test_is_loopback(host: str, expected: bool) -> None:
    assert is_loopback(host) is expected


def test_non_loopback_allowed_explicitly() -> None:
    with PaySecureSandbox(host="0.0.0.0", allow_non_loopback=True) as sb:
        assert sb.base_url == f"http://127.0.0.1:{sb.port}"
        assert create_session(sb)


def test_ipv6_loopback() -> None:
    if not socket.has_ipv6:
        pytest.skip("no IPv6")
    try:
        sb = PaySecureSandbox(host="::1").start()
    except OSError:
        pytest.skip("IPv6 loopback unavailable")
    with sb:
        assert sb.base_url.startswith("http://[::1]:")
        assert create_session(sb)


def test_invalid_configuration() -> None:
    with pytest.raises(ValueError, match="duplicate"):
        PaySecureSandbox(accounts=[DEFAULT_ACCOUNT, DEFAULT_ACCOUNT])
    with pytest.raises(ValueError, match="at least one"):
        PaySecureSandbox(accounts=[])
    with pytest.raises(ValueError, match="default_expiry_min"):
        PaySecureSandbox(default_expiry_min=0)
    with pytest.raises(ValueError, match="non-empty"):
        SandboxAccount("", "u", "p")


def test_account_repr_hides_the_password() -> None:
    assert "sandbox-password" not in repr(DEFAULT_ACCOUNT)


def test_connection_strings() -> None:
    with PaySecureSandbox() as sb:
        fields = json.loads(sb.conn_json)
        assert fields == {
            "conn_type": "paysecure",
            "host": "http://127.0.0.1",
            "port": sb.port,
            "login": "sandbox-user",
            "password": "sandbox-password",
            "extra": {"merchant_id": "SANDBOX-MERCHANT-001", "version": "v4"},
        }
        assert sb.conn_env() == {"AIRFLOW_CONN_PAYSECURE_DEFAULT": sb.conn_json}
        assert list(sb.conn_env("my_ps")) == ["AIRFLOW_CONN_MY_PS"]

        from airflow.providers.common.compat.sdk import Connection

        if hasattr(Connection, "from_uri"):  # Airflow 3.1+ task SDK
            conn = Connection.from_uri(sb.conn_uri, conn_id="x")
        else:  # Airflow 2.x and 3.0: the metadata model parses URIs
            from airflow.models.connection import Connection as ModelConnection

            conn = ModelConnection(conn_id="x", uri=sb.conn_uri)
        assert (conn.conn_type, conn.host, conn.port, conn.login, conn.password) == (
            "paysecure",
            "http://127.0.0.1",
            sb.port,
            "sandbox-user",
            "sandbox-password",
        )
        assert conn.extra_dejson == {"merchant_id": "SANDBOX-MERCHANT-001", "version": "v4"}


def test_conn_json_defaults_the_version_for_version_agnostic_accounts() -> None:
    with PaySecureSandbox(accounts=[SandboxAccount("M", "u", "p-12345")]) as sb:
        assert json.loads(sb.conn_json)["extra"] == {"merchant_id": "M", "version": "v4"}


def test_backlog_is_large() -> None:
    assert BACKLOG >= 2048


def test_a_thousand_concurrent_clients(sandbox: PaySecureSandbox) -> None:
    body = json.dumps(
        {
            "Credentials": {
                "MerchantId": DEFAULT_ACCOUNT.merchant_id,
                "UserName": DEFAULT_ACCOUNT.user_name,
                "Password": DEFAULT_ACCOUNT.password,
                "Version": "v4",
            }
        }
    ).encode()
    request = f"POST /CreateSession HTTP/1.1\r\nHost: x\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body
    sandbox.set_faults(latency_s=0.3)  # all 1,000 are connected and waiting at the same time

    async def one() -> bytes:
        reader, writer = await asyncio.open_connection("127.0.0.1", sandbox.port)
        try:
            writer.write(request)
            await writer.drain()
            return await reader.readline()
        finally:
            writer.close()

    async def main() -> list[bytes | BaseException]:
        return await asyncio.gather(*(one() for _ in range(1000)), return_exceptions=True)

    started = time.monotonic()
    results = asyncio.run(main())
    assert [r for r in results if r != b"HTTP/1.1 200 OK\r\n"] == []
    assert time.monotonic() - started < 10
    assert sandbox.count("CreateSession", "ok") == 1000
