"""The trigger's ``asyncio`` transport keeps connections alive, and never reuses a dead one.

Servers are real, on 127.0.0.1: the scripted ``http.server`` (HTTP/1.1
keep-alive) and raw sockets that answer and then hang up.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import threading
import time
from typing import Any

import pytest

from airflow_provider_paysecure.call import Call, is_retry_safe
from airflow_provider_paysecure.exceptions import PaySecureResponseError, PaySecureTransportError
from airflow_provider_paysecure.retry import RetryPolicy
from airflow_provider_paysecure.transports import async_http
from airflow_provider_paysecure.wire import Credentials, build_request
from tests.raw_server import RawServer
from tests.reliability.conftest import TLS_SUCCESS
from tests.scripted_server import Reply, ScriptedServer

SECRET = "Pool-S3cret-Pa55word"


def make_call(base_url: str, operation: str = "CreateSession") -> Call[Any]:
    return Call(
        build_request(base_url, operation, Credentials("M", "U", SECRET, "v4")),
        RetryPolicy(retry_limit=0, retry_delay=0.01, deadline=5),
        connect_s=2.0,
        read_s=2.0,
        max_bytes=1 << 20,
        retry_safe=is_retry_safe(operation),
        secrets=(SECRET,),
    )


def test_sequential_calls_share_one_keep_alive_connection() -> None:
    with ScriptedServer() as server:
        server.script(Reply(body=TLS_SUCCESS))

        async def go() -> int:
            async with async_http.Pool(trust_env=False) as pool:
                for _ in range(3):
                    await async_http.run(make_call(server.base_url), pool)
                return sum(len(idle) for idle in pool._idle.values())

        idle = asyncio.run(go())
    assert len(server.requests) == 3
    assert len({seen.client_port for seen in server.requests}) == 1, "a new connection per call"
    assert idle == 1


def test_a_reply_with_connection_close_is_not_pooled() -> None:
    with ScriptedServer() as server:
        server.script(Reply(body=TLS_SUCCESS, headers={"Connection": "close"}))

        async def go() -> int:
            async with async_http.Pool(trust_env=False) as pool:
                for _ in range(2):
                    await async_http.run(make_call(server.base_url), pool)
                return sum(len(idle) for idle in pool._idle.values())

        assert asyncio.run(go()) == 0
    assert len({seen.client_port for seen in server.requests}) == 2


def _answer_then_hang_up(conn: socket.socket, stop: threading.Event) -> None:
    """Answer keep-alive (no ``Connection: close``), then close the connection 0.1 s later."""
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(TLS_SUCCESS))
    conn.sendall(TLS_SUCCESS)
    stop.wait(0.1)


@pytest.mark.parametrize("operation", ["CreateSession", "CreateCardToken"])
def test_a_connection_the_server_closed_while_idle_is_not_reused(operation: str) -> None:
    """Its EOF is waiting in the kernel, unread by the loop: the pool polls the socket.

    Reusing it would lose the request after it was written, which for a payment
    operation ends in an "outcome unknown" error instead of a clean second call.
    """
    with RawServer(_answer_then_hang_up) as server:
        base_url = f"http://127.0.0.1:{server.port}"

        async def go() -> list[str]:
            async with async_http.Pool(trust_env=False) as pool:
                first = await async_http.run(make_call(base_url, operation), pool)
                time.sleep(0.4)  # blocks the loop: the hang-up arrives, unread by it
                second = await async_http.run(make_call(base_url, operation), pool)
                return [first["SessionId"], second["SessionId"]]

        ids = asyncio.run(asyncio.wait_for(go(), 20))
        deadline = time.monotonic() + 5
        while server.requests < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert server.requests == 2
    assert ids == ["tls-session-0123456789"] * 2


def test_the_pool_closes_idle_connections_when_closed() -> None:
    with ScriptedServer() as server:
        server.script(Reply(body=TLS_SUCCESS))

        async def go() -> tuple[bool, bool]:
            pool = async_http.Pool(trust_env=False)
            await async_http.run(make_call(server.base_url), pool)
            (conn,) = [c for idle in pool._idle.values() for c in idle]
            before = conn.transport is not None and not conn.transport.is_closing()
            pool.close()
            await asyncio.sleep(0.05)
            return before, conn.transport is not None and conn.transport.is_closing()

        assert asyncio.run(go()) == (True, True)


def _reply_then(extra: bytes) -> Any:
    """A keep-alive server that sends ``extra`` right behind each reply, in the same write."""
    count = iter(range(1, 1000))

    def handle(conn: socket.socket, stop: threading.Event) -> None:
        body = b'{"SessionId":"real-session-%04d"}' % next(count)
        head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(body)
        conn.sendall(head + body + extra)
        stop.wait(2)  # keep the connection open: only the bytes betray it

    return handle


INJECTED = b'{"SessionId":"INJECTED-session-0002"}'


@pytest.mark.parametrize(
    "extra",
    [
        pytest.param(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(INJECTED) + INJECTED, id="a-second-reply"),
        pytest.param(b"\r\n", id="a-stray-crlf"),
    ],
)
@pytest.mark.parametrize("operation", ["CreateSession", "CreateCardToken"])
def test_a_connection_with_bytes_after_the_reply_is_not_reused(extra: bytes, operation: str) -> None:
    """Reused, those bytes would pass for the next call's reply (another trigger's, in a shared pool)."""
    with RawServer(_reply_then(extra)) as server:
        base_url = f"http://127.0.0.1:{server.port}"

        async def go() -> list[str]:
            async with async_http.Pool(trust_env=False) as pool:
                return [(await async_http.run(make_call(base_url, operation), pool))["SessionId"] for _ in range(2)]

        ids = asyncio.run(asyncio.wait_for(go(), 20))
    assert ids == ["real-session-0001", "real-session-0002"]


def _tiny_chunks(count: int) -> Any:
    def handle(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + b"1\r\nx\r\n" * count + b"0\r\n\r\n")

    return handle


def test_a_body_in_too_many_chunks_is_refused_quickly() -> None:
    """A million one-byte chunks would cost seconds of parser CPU on the loop every trigger shares."""
    with RawServer(_tiny_chunks(async_http.MAX_BODY_PARTS + 10)) as server:

        async def go() -> Any:
            async with async_http.Pool(trust_env=False) as pool:
                return await async_http.run(make_call(f"http://127.0.0.1:{server.port}"), pool)

        started = time.monotonic()
        with pytest.raises(
            PaySecureResponseError, match=f"too large: more than {async_http.MAX_BODY_PARTS} body chunks"
        ):
            asyncio.run(asyncio.wait_for(go(), 20))
    assert time.monotonic() - started < 3


def test_a_body_in_many_chunks_under_the_limit_is_read() -> None:
    parts = async_http.MAX_BODY_PARTS - 100
    body = b'{"SessionId":"chunky-session-0001","X":"' + b"y" * (parts - 50) + b'"}'

    def handle(conn: socket.socket, stop: threading.Event) -> None:
        chunks = [body[i : i + 1] for i in range(len(body))]
        conn.sendall(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
        conn.sendall(b"".join(b"1\r\n" + c + b"\r\n" for c in chunks) + b"0\r\n\r\n")

    with RawServer(handle) as server:

        async def go() -> Any:
            async with async_http.Pool(trust_env=False) as pool:
                return await async_http.run(make_call(f"http://127.0.0.1:{server.port}"), pool)

        assert asyncio.run(asyncio.wait_for(go(), 20))["SessionId"] == "chunky-session-0001"


def test_endless_informational_replies_end_the_attempt_at_once() -> None:
    def handle(conn: socket.socket, stop: threading.Event) -> None:
        with contextlib.suppress(OSError):
            for _ in range(1000):
                conn.sendall(b"HTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n" * 50)
                if stop.wait(0.01):
                    return

    with RawServer(handle) as server:

        async def go() -> Any:
            async with async_http.Pool(trust_env=False) as pool:
                return await async_http.run(make_call(f"http://127.0.0.1:{server.port}", "CreateCardToken"), pool)

        started = time.monotonic()
        with pytest.raises(PaySecureTransportError, match="connection lost after the request was sent") as info:
            asyncio.run(asyncio.wait_for(go(), 20))
    assert time.monotonic() - started < 2  # not at the 5 s deadline
    assert info.value.outcome_unknown


def test_server_bytes_quoted_by_the_parser_stay_out_of_debug_logs(caplog: pytest.LogCaptureFixture) -> None:
    def handle(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(b"HTTP/1.1 2x0 " + SECRET.encode() + b"\r\nContent-Length: 0\r\n\r\n")

    with RawServer(handle) as server, caplog.at_level(logging.DEBUG):

        async def go() -> Any:
            async with async_http.Pool(trust_env=False) as pool:
                return await async_http.run(make_call(f"http://127.0.0.1:{server.port}"), pool)

        with pytest.raises(PaySecureTransportError) as info:
            asyncio.run(asyncio.wait_for(go(), 20))
    assert "PaySecure request failed: RemoteProtocolError" in caplog.text
    assert SECRET[:6] not in caplog.text and SECRET[:6] not in str(info.value)


@pytest.mark.parametrize(
    ("url", "user", "password"),
    [
        ("http://alice:p%40ss@proxy:3128", "alice", "p@ss"),
        ("http://j%C3%BCrgen:s%C3%B6sse@proxy:3128", "jürgen", "sösse"),  # Latin-1, as requests sends it
        ("http://alice@proxy:3128", "alice", ""),
        ("http://:only-a-password@proxy:3128", None, None),  # no user name: no header, as with requests
        ("http://proxy:3128", None, None),
    ],
)
def test_proxy_authorization_is_what_requests_sends(url: str, user: str | None, password: str | None) -> None:
    from requests.auth import _basic_auth_str

    expected = None if user is None else _basic_auth_str(user, password or "")
    assert async_http._proxy(url).authorization == expected


@pytest.mark.parametrize("no_proxy", ["localhost:80", "localhost", "127.0.0.0/8"])
def test_no_proxy_is_read_on_the_url_as_written(monkeypatch: pytest.MonkeyPatch, no_proxy: str) -> None:
    """``NO_PROXY=localhost:80`` matches ``http://localhost:80`` for requests: the trigger agrees."""
    from requests.utils import get_environ_proxies

    for name in ("HTTP_PROXY", "NO_PROXY"):
        monkeypatch.setenv(name, "http://proxy.example:3128" if name == "HTTP_PROXY" else no_proxy)
        monkeypatch.setenv(name.lower(), "http://proxy.example:3128" if name == "HTTP_PROXY" else no_proxy)
    for url in ("http://localhost:80/CreateSession", "http://127.0.0.1:80/CreateSession"):
        bypassed_by_requests = get_environ_proxies(url) == {}
        assert (async_http._environment_proxy(async_http._target(url)) is None) == bypassed_by_requests, url


def test_chunk_framing_counts_towards_the_size_cap() -> None:
    """Chunks carrying 60 KB of extensions each: what is parsed is bounded, not only the body."""

    def handle(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
        chunk = b"1;" + b"e" * 60_000 + b"\r\nx\r\n"
        with contextlib.suppress(OSError):
            for _ in range(2_000):  # 120 MB at most
                conn.sendall(chunk)
                if stop.is_set():
                    return

    with RawServer(handle) as server:

        async def go() -> Any:
            async with async_http.Pool(trust_env=False) as pool:
                return await async_http.run(make_call(f"http://127.0.0.1:{server.port}"), pool)

        started = time.monotonic()
        with pytest.raises(PaySecureResponseError, match=r"too large: more than \d+ bytes received"):
            asyncio.run(asyncio.wait_for(go(), 20))
    assert time.monotonic() - started < 3
