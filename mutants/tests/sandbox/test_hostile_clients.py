"""Hostile clients against a real sandbox socket on 127.0.0.1: every limit answers and counts.

Each case uses short limits so the suite is quick, every loop is bounded, and
after each case the sandbox still answers ``CreateSession`` within 100 ms.
Responses are read with an h11 client (:class:`Responses`), not parsed by hand.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import selectors
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import h11
import pytest
import requests

from airflow_provider_paysecure.sandbox import Faults, HttpLimits, PaySecureSandbox
from airflow_provider_paysecure.sandbox.cli import main
from airflow_provider_paysecure.sandbox.limits import json_too_deep
from tests.sandbox.helpers import credentials

REPO = Path(__file__).resolve().parents[2]
FAST = HttpLimits(
    max_connections=150,
    header_timeout_s=0.3,
    body_timeout_s=0.3,
    idle_timeout_s=0.6,
    max_head_bytes=8192,
    max_body_bytes=64 * 1024,
    max_json_depth=32,
)
CREATE = json.dumps({"Credentials": credentials()}).encode()


@pytest.fixture
def fast_sandbox() -> Iterator[PaySecureSandbox]:
    """A sandbox with the short :data:`FAST` limits."""
    with PaySecureSandbox(limits=FAST) as sb:
        yield sb


class Responses:
    """Reads the responses arriving on a raw socket with an h11 client, one at a time."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.client = h11.Connection(h11.CLIENT)

    def next(self) -> tuple[int, dict[str, str], bytes]:
        """The next response: ``(status, headers, body)`` (bounded by the socket's timeout)."""
        client = self.client
        if client.our_state is h11.DONE and client.their_state is h11.DONE:
            client.start_next_cycle()
        # Our side of the state machine only: the bytes really sent were written by the test.
        client.send(h11.Request(method="POST", target="/", headers=[("Host", "sandbox"), ("Content-Length", "0")]))
        client.send(h11.EndOfMessage())
        status, headers, body = 0, {}, b""
        while True:
            event = client.next_event()
            if event is h11.NEED_DATA:
                client.receive_data(self.sock.recv(65536))
            elif isinstance(event, h11.Response):
                status = event.status_code
                headers = {k.decode(): v.decode() for k, v in event.headers}
            elif isinstance(event, h11.Data):
                body += event.data
            elif isinstance(event, h11.EndOfMessage):
                return status, headers, body


def request(path: str, body: bytes, *extra: str, method: str = "POST") -> bytes:
    """A request with ``Content-Length`` and ``extra`` header lines."""
    head = [f"{method} {path} HTTP/1.1", "Host: sandbox", f"Content-Length: {len(body)}", *extra]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


def exchange(port: int, payload: bytes) -> tuple[int, dict[str, str], bytes]:
    """Send ``payload`` on a new connection and read one response."""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(payload)
        return Responses(sock).next()


def assert_refused(response: tuple[int, dict[str, str], bytes], status: int, code: str) -> str:
    """``response`` is ``status`` with ``Connection: close`` and a ``ResponseStatus``; returns its message."""
    got, headers, body = response
    assert (got, headers.get("connection")) == (status, "close"), response
    error = json.loads(body)["ResponseStatus"]
    assert error["ErrorCode"] == code
    message: str = error["Message"]
    return message


def assert_answers_create_session(base_url: str) -> None:
    """A new connection gets a session within 100 ms (best of 3: the test machine is shared)."""
    took = []
    for _ in range(3):
        started = time.perf_counter()
        response = requests.post(f"{base_url}/CreateSession", data=CREATE, timeout=2)
        took.append(time.perf_counter() - started)
        assert response.status_code == 200 and response.json()["SessionId"], response.text
        if took[-1] < 0.1:
            return
    pytest.fail(f"CreateSession took {', '.join(f'{t * 1000:.0f} ms' for t in took)}")


def http_stats(base_url: str) -> dict[str, int]:
    """The ``http layer`` counters of ``GET /__sandbox/stats``."""
    stats: dict[str, int] = requests.get(f"{base_url}/__sandbox/stats", timeout=2).json().get("http layer", {})
    return stats


# --------------------------------------------------------------------------- slow clients


def test_a_hundred_slowloris_connections_get_408_and_are_closed(fast_sandbox: PaySecureSandbox) -> None:
    socks = [socket.create_connection(("127.0.0.1", fast_sandbox.port), timeout=5) for _ in range(100)]
    selector = selectors.DefaultSelector()
    answers: dict[socket.socket, bytes] = {}
    try:
        for sock in socks:
            sock.sendall(b"POST /CreateSession HTTP/1.1\r\nHost: sandbox\r\nX-Slow: ")
            selector.register(sock, selectors.EVENT_READ)
        assert_answers_create_session(fast_sandbox.base_url)  # while all 100 are dripping
        for _ in range(100):  # 100 x 50 ms at most, far beyond the 0.3 s header timeout
            for key, _ in selector.select(timeout=0.05):
                ready = key.fileobj
                assert isinstance(ready, socket.socket)
                answers[ready] = ready.recv(65536)
                selector.unregister(ready)
            if len(answers) == len(socks):
                break
            for sock in socks:
                if sock not in answers:
                    with contextlib.suppress(OSError):
                        sock.send(b"x")  # one more header byte
        assert len(answers) == 100
        assert all(a.startswith(b"HTTP/1.1 408 Request Timeout\r\n") for a in answers.values())
        assert all(b"\r\nConnection: close\r\n" in a for a in answers.values())
    finally:
        selector.close()
        for sock in socks:
            sock.close()
    assert fast_sandbox.http_stats() == {"header_timeout": 100}
    assert http_stats(fast_sandbox.base_url) == {"header_timeout": 100}
    assert_answers_create_session(fast_sandbox.base_url)


@pytest.mark.parametrize("drip", [False, True], ids=["stops-sending", "drips"])
def test_a_body_shorter_than_its_content_length_gets_408(fast_sandbox: PaySecureSandbox, drip: bool) -> None:
    with socket.create_connection(("127.0.0.1", fast_sandbox.port), timeout=5) as sock:
        sock.sendall(request("/CreateSession", b"x" * 100)[:-90])  # 10 of the 100 body bytes
        started = time.monotonic()
        if drip:  # a byte every 50 ms: the body timeout is wall-clock, not per byte
            with selectors.DefaultSelector() as selector:
                selector.register(sock, selectors.EVENT_READ)
                for _ in range(60):
                    if selector.select(timeout=0.05):
                        break
                    sock.send(b"x")
        message = assert_refused(Responses(sock).next(), 408, "RequestTimeout")
    assert "body took too long" in message
    assert time.monotonic() - started < FAST.body_timeout_s + 1.5
    assert fast_sandbox.http_stats() == {"body_timeout": 1}
    assert fast_sandbox.stats() == {}  # the request never reached the service
    assert_answers_create_session(fast_sandbox.base_url)


def test_an_idle_keep_alive_connection_is_closed_without_a_response(fast_sandbox: PaySecureSandbox) -> None:
    with socket.create_connection(("127.0.0.1", fast_sandbox.port), timeout=5) as sock:
        sock.sendall(request("/CreateSession", CREATE))
        assert Responses(sock).next()[0] == 200
        started = time.monotonic()
        try:
            leftover = sock.recv(65536)  # blocks until the sandbox closes the idle connection
        except ConnectionResetError:
            leftover = b""
        assert leftover == b""
        assert FAST.idle_timeout_s / 2 < time.monotonic() - started < FAST.idle_timeout_s + 1.5
    assert fast_sandbox.http_stats() == {"idle_timeout": 1}
    assert_answers_create_session(fast_sandbox.base_url)


# --------------------------------------------------------------------------- sizes


def test_a_head_growing_past_the_limit_is_431(fast_sandbox: PaySecureSandbox) -> None:
    unfinished = b"POST /CreateSession HTTP/1.1\r\nHost: sandbox\r\nX-Big: " + b"a" * FAST.max_head_bytes
    assert_refused(exchange(fast_sandbox.port, unfinished), 431, "BadRequest")
    assert fast_sandbox.http_stats() == {"head_too_large": 1}
    assert_answers_create_session(fast_sandbox.base_url)


def test_expect_100_continue_with_a_body_too_large_gets_413_not_100(fast_sandbox: PaySecureSandbox) -> None:
    head = request("/CreateSession", b"", "Expect: 100-continue").replace(
        b"Content-Length: 0", f"Content-Length: {FAST.max_body_bytes + 1}".encode()
    )
    with socket.create_connection(("127.0.0.1", fast_sandbox.port), timeout=5) as sock:
        sock.sendall(head)
        assert sock.recv(12) == b"HTTP/1.1 413"
    assert fast_sandbox.http_stats() == {"body_too_large": 1}
    assert_answers_create_session(fast_sandbox.base_url)


@pytest.fixture(scope="module")
def child_sandbox() -> Iterator[tuple[str, int]]:
    """``paysecure-sandbox`` with a 64 kB body limit in a child process (to measure its RSS): ``(base_url, pid)``."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "airflow_provider_paysecure.sandbox", "--port", "0", "--max-body-bytes", "65536"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    try:
        assert proc.stdout is not None
        found = re.fullmatch(r"Sandbox listening on (http://\S+)\n", proc.stdout.readline())
        assert found, "the sandbox did not start"
        yield found.group(1), proc.pid
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def rss_mib(pid: int) -> tuple[float, float]:
    """``(current, peak)`` resident set size of ``pid`` in MiB (``/proc/PID/status``)."""
    fields = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines() if ":" in line)
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc for RSS")
@pytest.mark.parametrize("first", [False, True], ids=["pipelined-behind-a-delayed-request", "first-request"])
def test_a_300_mb_upload_while_latency_delays_the_reply_is_413_with_bounded_rss(
    child_sandbox: tuple[str, int], first: bool
) -> None:
    upload = 300 * 2**20
    base_url, pid = child_sandbox
    requests.delete(f"{base_url}/__sandbox/stats", timeout=2)
    requests.patch(f"{base_url}/__sandbox/faults", json={"latency_s": 1.0}, timeout=2)
    port = int(base_url.rsplit(":", 1)[1])
    before, _ = rss_mib(pid)
    head = request("/CreateSession", b"").replace(b"Content-Length: 0", f"Content-Length: {upload}".encode())
    stop = threading.Event()
    sent = [0]

    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:

        def send_upload() -> None:
            chunk = b"x" * 2**20
            with contextlib.suppress(OSError):
                sock.sendall(head if first else request("/CreateSession", CREATE) + head)
                while sent[0] < upload and not stop.is_set():
                    sock.sendall(chunk)
                    sent[0] += len(chunk)

        sender = threading.Thread(target=send_upload)
        sender.start()
        try:
            responses = Responses(sock)
            if not first:
                assert responses.next()[0] == 200  # the delayed reply comes first, in order
            assert_refused(responses.next(), 413, "BadRequest")
        finally:
            stop.set()
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sender.join(10)
    assert not sender.is_alive()
    _, peak = rss_mib(pid)
    assert peak - before < 40, f"RSS grew from {before:.0f} MiB to a peak of {peak:.0f} MiB"
    assert requests.delete(f"{base_url}/__sandbox/faults", timeout=2).status_code == 200
    assert http_stats(base_url) == {"body_too_large": 1}
    assert_answers_create_session(base_url)


# --------------------------------------------------------------------------- malformed framing


@pytest.mark.parametrize("value", ["²", "١٢", "1 2", "-1", "0x10"])
def test_a_content_length_that_is_not_ascii_digits_is_400(fast_sandbox: PaySecureSandbox, value: str) -> None:
    payload = request("/CreateSession", CREATE).replace(
        f"Content-Length: {len(CREATE)}".encode(), b"Content-Length: " + value.encode()
    )
    message = assert_refused(exchange(fast_sandbox.port, payload), 400, "BadRequest")
    assert "Content-Length" in message
    assert fast_sandbox.http_stats() == {"malformed": 1}
    assert fast_sandbox.stats() == {}
    assert_answers_create_session(fast_sandbox.base_url)


def test_an_http_1_1_request_without_host_is_400(fast_sandbox: PaySecureSandbox) -> None:
    payload = b"POST /CreateSession HTTP/1.1\r\nContent-Length: %d\r\n\r\n%s" % (len(CREATE), CREATE)
    assert "Missing mandatory Host" in assert_refused(exchange(fast_sandbox.port, payload), 400, "BadRequest")
    twice = request("/CreateSession", CREATE, "Host: again")
    assert "multiple Host" in assert_refused(exchange(fast_sandbox.port, twice), 400, "BadRequest")
    assert fast_sandbox.http_stats() == {"malformed": 2}
    assert_answers_create_session(fast_sandbox.base_url)


# --------------------------------------------------------------------------- JSON nesting


def nested(depth: int) -> str:
    """A JSON array nested ``depth`` deep."""
    return "[" * depth + "]" * depth


@pytest.mark.parametrize(
    "body",
    [
        nested(20_000),  # 40 kB, under the 64 kB body limit
        json.dumps({"Credentials": credentials()})[:-1] + f',"Extra":{nested(FAST.max_json_depth)}}}',
    ],
    ids=["20000-deep", "one-level-too-deep"],
)
def test_deeply_nested_json_in_an_operation_is_400_and_the_connection_stays_usable(
    fast_sandbox: PaySecureSandbox, body: str
) -> None:
    with socket.create_connection(("127.0.0.1", fast_sandbox.port), timeout=5) as sock:
        sock.sendall(request("/CreateSession", body.encode()) + request("/CreateSession", CREATE))
        responses = Responses(sock)
        status, headers, reply = responses.next()
        assert (status, headers.get("connection")) == (400, None)
        error = json.loads(reply)["ResponseStatus"]
        assert error == {
            "ErrorCode": "SerializationException",
            "Message": f"The request body nests JSON deeper than {FAST.max_json_depth} levels",
        }
        assert responses.next()[0] == 200  # same connection, next request
    assert fast_sandbox.http_stats() == {"json_too_deep": 1}
    assert fast_sandbox.stats() == {"CreateSession": {"ok": 1}}
    assert_answers_create_session(fast_sandbox.base_url)


def test_json_at_the_depth_limit_is_served(fast_sandbox: PaySecureSandbox) -> None:
    body = json.dumps({"Credentials": credentials()})[:-1] + f',"Extra":{nested(FAST.max_json_depth - 1)}}}'
    assert exchange(fast_sandbox.port, request("/CreateSession", body.encode()))[0] == 200
    assert fast_sandbox.http_stats() == {}


def test_deeply_nested_json_in_patch_faults_is_400_and_changes_nothing(fast_sandbox: PaySecureSandbox) -> None:
    fast_sandbox.set_faults(retry_after_s=7)
    body = '{"latency_s": ' + nested(20_000) + "}"
    response = requests.patch(f"{fast_sandbox.base_url}/__sandbox/faults", data=body, timeout=5)
    assert response.status_code == 400
    assert response.json()["ResponseStatus"]["ErrorCode"] == "SerializationException"
    assert fast_sandbox.faults == Faults(retry_after_s=7)
    brackets_in_a_string = {"routes": ["[" * 1000]}  # not nesting: accepted
    assert requests.patch(f"{fast_sandbox.base_url}/__sandbox/faults", json=brackets_in_a_string, timeout=5).ok
    assert fast_sandbox.http_stats() == {"json_too_deep": 1}
    fast_sandbox.clear_faults()
    assert_answers_create_session(fast_sandbox.base_url)


@pytest.mark.parametrize(
    ("body", "deep"),
    [
        (b"", False),
        (b'{"a": [1, {"b": [2]}]}', False),
        (b'{"a": "[[[[[[[[[["}', False),
        (b'{"a": "\\"[[[[[[[[[["}', False),
        (b'{"a": [[[[[[[[[[]]]]]]]]]]}', True),
        (b"[" * 11, True),
        (b'"unterminated [[[[[[[[[[[', True),  # invalid JSON may be over-counted, never under-counted
    ],
)
def test_json_too_deep_counts_structure_not_strings(body: bytes, deep: bool) -> None:
    assert json_too_deep(body, 10) is deep


# --------------------------------------------------------------------------- connections


def test_connections_over_the_limit_get_503_and_are_closed() -> None:
    limits = HttpLimits(max_connections=20, header_timeout_s=10)
    with PaySecureSandbox(limits=limits) as limited:
        socks = [socket.create_connection(("127.0.0.1", limited.port), timeout=5) for _ in range(20)]
        try:
            socks[-1].sendall(request("/CreateSession", CREATE))  # the last one is served: all 20 are admitted
            assert Responses(socks[-1]).next()[0] == 200
            with socket.create_connection(("127.0.0.1", limited.port), timeout=5) as extra:
                status, headers, body = Responses(extra).next()  # answered before it sends anything
                assert_refused((status, headers, body), 503, "ServiceUnavailable")
                assert headers["retry-after"] == "1"
                assert "at most 20 connections" in json.loads(body)["ResponseStatus"]["Message"]
                extra.shutdown(socket.SHUT_WR)
                assert extra.recv(1) == b""  # closed (a client that never closes is reset after a grace period)
        finally:
            socks.pop(0).close()  # one slot frees up
        try:
            for _ in range(40):  # bounded: 40 x 50 ms
                with contextlib.suppress(AssertionError, requests.ConnectionError):
                    if requests.post(f"{limited.base_url}/CreateSession", data=CREATE, timeout=2).status_code == 200:
                        break
                time.sleep(0.05)
            else:
                pytest.fail("a freed connection slot was never reused")
        finally:
            for sock in socks:
                sock.close()
        assert limited.http_stats()["connections_refused"] >= 1
        assert_answers_create_session(limited.base_url)


# --------------------------------------------------------------------------- configuration


def test_http_layer_counters_in_the_stats_endpoint_and_their_reset(fast_sandbox: PaySecureSandbox) -> None:
    exchange(fast_sandbox.port, b"GARBAGE\r\n\r\n")
    stats = requests.get(f"{fast_sandbox.base_url}/__sandbox/stats", timeout=2).json()
    assert stats == {"http layer": {"malformed": 1}}
    assert fast_sandbox.stats() == {}  # the Python API keeps routes and the HTTP layer apart
    assert requests.delete(f"{fast_sandbox.base_url}/__sandbox/stats", timeout=2).json() == {}
    assert fast_sandbox.http_stats() == {}


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"header_timeout_s": 0}, "header_timeout_s must be a positive number"),
        ({"body_timeout_s": float("inf")}, "body_timeout_s must be a positive number"),
        ({"max_connections": 0}, "max_connections must be a positive integer"),
        ({"max_body_bytes": 1.5}, "max_body_bytes must be a positive integer"),
        ({"max_json_depth": 501}, "max_json_depth must be at most 500"),
    ],
)
def test_invalid_limits_are_rejected(changes: dict[str, float], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        HttpLimits(**changes)  # type: ignore[arg-type]


def test_cli_limits_flags(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--port", "0", "--max-json-depth", "0"]) == 2
    assert "max_json_depth must be a positive integer" in capsys.readouterr().err
