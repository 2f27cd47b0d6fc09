"""One table of faults through BOTH transports, against raw-socket servers on 127.0.0.1.

Each fault is served by a real socket server scripted byte by byte. The same
:class:`~airflow_provider_paysecure.call.Call` is driven once by the ``requests``
transport and once by the trigger's ``asyncio`` transport; both must end with the same error
type, attempt count and message (elapsed times aside), within the deadline plus
one second, and with bounded memory.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import json
import re
import socket
import time
import tracemalloc
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from airflow_provider_paysecure.call import Call, is_retry_safe
from airflow_provider_paysecure.exceptions import (
    PaySecureAPIError,
    PaySecureAuthError,
    PaySecureError,
    PaySecureResponseError,
    PaySecureTransportError,
)
from airflow_provider_paysecure.retry import RetryPolicy
from airflow_provider_paysecure.transports import async_http, sync_http
from airflow_provider_paysecure.wire import Credentials, build_request
from tests.raw_server import Handler, RawServer, drip, flood, gzip_bomb, reply, reset

SECRET = "Sup3r-S3cret-PW-parity"
MAX_BYTES = 1024 * 1024

OK = json.dumps({"SessionId": "parity-session-0001", "ErrorCode": ""}).encode()
STATUS_500 = json.dumps({"ResponseStatus": {"ErrorCode": "NullReferenceException", "Message": "boom"}}).encode()


@dataclass(frozen=True)
class Fault:
    handler: Handler | None  # None: nothing listens (connection refused)
    error: type[PaySecureError] | None
    attempts: int  # for CreateSession (retry-safe)
    unsafe_attempts: int  # for CreateCardToken (not retry-safe)
    words: str  # in the message
    unknown: bool = False  # outcome_unknown for CreateCardToken
    deadline: float = 3.0
    scheme: str = "http"


FAULTS: dict[str, Fault] = {
    "ok": Fault(reply(200, OK), None, 1, 1, ""),
    "refused": Fault(None, PaySecureTransportError, 3, 3, "ConnectionError: connection refused"),
    "reset-after-send": Fault(
        reset, PaySecureTransportError, 3, 1, "connection lost after the request was sent", unknown=True
    ),
    "500": Fault(reply(500, STATUS_500), PaySecureTransportError, 3, 1, "HTTP 500", unknown=True),
    "502-html": Fault(reply(502, b"<html>Bad Gateway</html>"), PaySecureTransportError, 3, 1, "HTTP 502", unknown=True),
    "503": Fault(reply(503, b"busy", "Retry-After: 0"), PaySecureTransportError, 3, 3, "HTTP 503"),
    "429": Fault(reply(429, b"", "Retry-After: 0"), PaySecureTransportError, 3, 3, "HTTP 429"),
    "401": Fault(
        reply(401, json.dumps({"ResponseStatus": {"ErrorCode": "Unauthorized", "Message": "no"}}).encode()),
        PaySecureAuthError,
        1,
        1,
        "rejected the credentials",
    ),
    "error-code": Fault(
        reply(200, b'{"ErrorCode":"E1","ErrorMessage":"nope"}'), PaySecureAPIError, 1, 1, "ErrorCode 'E1'"
    ),
    "invalid-json": Fault(reply(200, b"{not json"), PaySecureResponseError, 1, 1, "invalid JSON"),
    "header-drip": Fault(
        drip(b"HTTP/1.1 200 OK\r\nX-Drip: "), PaySecureTransportError, 1, 1, "deadline", unknown=True, deadline=1.5
    ),
    "body-drip": Fault(
        drip(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n{"),
        PaySecureTransportError,
        1,
        1,
        "deadline",
        unknown=True,
        deadline=1.5,
    ),
    "huge-content-length": Fault(
        flood(b"HTTP/1.1 200 OK\r\nContent-Length: 209715200\r\n\r\n", b"x" * 65536),
        PaySecureResponseError,
        1,
        1,
        "too large",
    ),
    "endless-chunked": Fault(
        flood(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n", b"10000\r\n" + b"x" * 65536 + b"\r\n"),
        PaySecureResponseError,
        1,
        1,
        "too large",
    ),
    "corrupt-gzip": Fault(
        reply(200, b"definitely not gzip", "Content-Encoding: gzip"), PaySecureResponseError, 1, 1, "corrupt"
    ),
    "brotli": Fault(reply(200, b"\x0b\x02\x80", "Content-Encoding: br"), PaySecureResponseError, 1, 1, "unsupported"),
    # the server accepts the connection and never answers the TLS ClientHello
    "tls-stall": Fault(
        reply(200, OK),
        PaySecureTransportError,
        3,
        3,
        "(no retries left); last failure: connect timed out",
        deadline=4.0,
        scheme="https",
    ),
    "gzip-ok": Fault(reply(200, gzip.compress(OK), "Content-Encoding: gzip"), None, 1, 1, ""),
    # two Content-Length values: the reply is unreadable, and the request was delivered
    "conflicting-content-length": Fault(
        reply(200, OK, "Content-Length: 5"),
        PaySecureTransportError,
        3,
        1,
        "connection lost after the request was sent",
        unknown=True,
    ),
}


@pytest.fixture(scope="module")
def bomb() -> bytes:
    return gzip_bomb()


@contextlib.contextmanager
def serve(fault: Fault) -> Iterator[int]:
    if fault.handler is None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        yield port
        return
    with RawServer(fault.handler) as server:
        yield server.port


def make_call(port: int, operation: str, deadline: float, scheme: str = "http") -> Call[Any]:
    request = build_request(f"{scheme}://127.0.0.1:{port}", operation, Credentials("M", "U", SECRET, "v4"))
    return Call(
        request,
        RetryPolicy(retry_limit=2, retry_delay=0.01, deadline=deadline),
        connect_s=1.0,
        read_s=1.0,
        max_bytes=MAX_BYTES,
        retry_safe=is_retry_safe(operation),
        secrets=(SECRET,),
    )


def via_requests(call: Call[Any]) -> Any:
    http = sync_http.new_session(True, None)
    try:
        return sync_http.run(call, http, True)
    finally:
        http.close()


def via_asyncio(call: Call[Any]) -> Any:
    async def go() -> Any:
        async with async_http.Pool() as pool:
            return await async_http.run(call, pool)

    return asyncio.run(go())


TRANSPORTS = {"requests": via_requests, "asyncio": via_asyncio}


def outcome(transport: str, fault: Fault, operation: str) -> tuple[Any, Call[Any], float]:
    with serve(fault) as port:
        call = make_call(port, operation, fault.deadline, fault.scheme)
        started = time.monotonic()
        try:
            result: Any = TRANSPORTS[transport](call)
        except PaySecureError as exc:
            result = exc
        return result, call, time.monotonic() - started


def shape(result: Any) -> Any:
    if isinstance(result, PaySecureError):
        return type(result), re.sub(r"over \d+\.\d s", "over N s", str(result)), result.to_event()["outcome_unknown"]
    return result


@pytest.mark.parametrize("operation", ["CreateSession", "CreateCardToken"])
@pytest.mark.parametrize("name", sorted(FAULTS))
def test_both_transports_end_alike(name: str, operation: str) -> None:
    fault = FAULTS[name]
    results = {}
    for transport in TRANSPORTS:
        result, call, elapsed = outcome(transport, fault, operation)
        assert elapsed < fault.deadline + 1.0, (transport, elapsed)
        expected_attempts = fault.attempts if operation == "CreateSession" else fault.unsafe_attempts
        assert call.attempts == expected_attempts, (transport, result)
        if fault.error is None:
            assert isinstance(result, dict) and result["SessionId"] == "parity-session-0001", (transport, result)
        else:
            assert type(result) is fault.error, (transport, result)
            assert fault.words in str(result), (transport, str(result))
            assert SECRET not in str(result)
            if isinstance(result, PaySecureTransportError):
                assert result.attempts == expected_attempts
                assert result.outcome_unknown is (fault.unknown and operation == "CreateCardToken")
        results[transport] = shape(result)
    assert results["requests"] == results["asyncio"]


@pytest.mark.parametrize("transport", sorted(TRANSPORTS))
def test_gzip_bomb_is_refused_in_bounded_time_and_memory(transport: str, bomb: bytes) -> None:
    fault = Fault(reply(200, bomb, "Content-Encoding: gzip"), PaySecureResponseError, 1, 1, "too large")
    tracemalloc.start()
    try:
        result, call, elapsed = outcome(transport, fault, "CreateSession")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert type(result) is PaySecureResponseError and "too large" in str(result)
    assert call.attempts == 1
    assert elapsed < 5
    assert peak < 50 * 1024 * 1024 - len(bomb)
