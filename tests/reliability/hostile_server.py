"""A scripted raw-socket server on 127.0.0.1 that misbehaves on purpose.

``HostileServer`` speaks just enough HTTP/1.1 to read a request and then lets a
*behaviour* do anything with the socket: drip headers one byte at a time, stall a
TLS handshake, play a proxy that never answers ``CONNECT``, send a gzip bomb, an
endless chunked body, a 200 MB body, or reset the connection after reading the
request. It counts every request it received, so tests can tell attempts and
repeats apart.

Everything is bounded: each behaviour stops after its own time limit or byte
budget, each connection is closed when the server stops, and the server stops by
itself after ``lifetime_s`` even if a test forgets to. Only 127.0.0.1, port 0.
"""

from __future__ import annotations

import functools
import json
import socket
import struct
import threading
import time
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Any

#: Wire-level JSON of a valid CreateSession reply (the sandbox's shape).
SESSION_ID = "a1b2c3d4e5f60718293a4b5c6d7e8f90"


@dataclass(frozen=True)
class Seen:
    """One request the server read (``method`` is ``"TLS"`` for a raw TLS hello)."""

    method: str
    target: str
    headers: dict[str, str]
    body: bytes


class Conn:
    """One accepted connection, as a behaviour sees it.

    :param sock: the accepted socket.
    :param stop: set when the server stops; every wait checks it.
    """

    def __init__(self, sock: socket.socket, stop: threading.Event) -> None:
        self.sock = sock
        self.stop = stop

    def send(self, data: bytes) -> bool:
        """Send ``data`` in 64 KiB pieces; ``False`` once the peer is gone or the server stops."""
        view = memoryview(data)
        for start in range(0, len(view), 65536):
            if self.stop.is_set():
                return False
            try:
                self.sock.sendall(view[start : start + 65536])
            except OSError:
                return False
        return True

    def drip(self, data: bytes, interval: float, limit_s: float) -> bool:
        """Send ``data`` one byte every ``interval`` seconds, for at most ``limit_s``."""
        ends = time.monotonic() + limit_s
        for index in range(len(data)):
            if time.monotonic() >= ends or not self.send(data[index : index + 1]):
                return False
            if self.stop.wait(interval):
                return False
        return True

    def hold(self, limit_s: float) -> None:
        """Keep the connection open and silent until the peer leaves, the server stops or ``limit_s``."""
        ends = time.monotonic() + limit_s
        self.sock.settimeout(0.1)
        while not self.stop.is_set() and time.monotonic() < ends:
            try:
                if not self.sock.recv(65536):
                    return
            except TimeoutError:
                continue
            except OSError:
                return

    def reset(self) -> None:
        """Close with an RST (``SO_LINGER`` 0) instead of a FIN."""
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.sock.close()


#: A behaviour answers one request on ``Conn``; the server closes the socket afterwards.
Behaviour = Callable[[Conn, Seen], None]


class HostileServer:
    """Serve ``behaviours`` in order (the last one repeats) and record every request.

    :param behaviours: what to do with the 1st, 2nd, ... request.
    :param raw: do not read an HTTP request first (for a TLS handshake that never
        gets an answer); each connection is recorded as a ``"TLS"`` request.
    :param lifetime_s: the server stops by itself after this many seconds.
    """

    def __init__(self, *behaviours: Behaviour, raw: bool = False, lifetime_s: float = 120.0) -> None:
        self.behaviours: list[Behaviour] = list(behaviours) or [reply(500)]
        self.raw = raw
        self.requests: list[Seen] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._conns: set[socket.socket] = set()
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self._listener.settimeout(0.1)
        self._port = int(self._listener.getsockname()[1])
        self._lifetime_s = lifetime_s
        self._thread = threading.Thread(target=self._serve, name="hostile-server", daemon=True)

    @property
    def port(self) -> int:
        """The listening port."""
        return self._port

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>``."""
        return f"http://127.0.0.1:{self.port}"

    def script(self, *behaviours: Behaviour) -> None:
        """Replace the behaviours and forget the requests seen so far."""
        with self._lock:
            self.behaviours = list(behaviours)
            self.requests = []

    def count(self, method: str | None = None) -> int:
        """How many requests arrived (of ``method``, if given)."""
        with self._lock:
            return sum(1 for seen in self.requests if method is None or seen.method == method)

    # ------------------------------------------------------------------ serving

    def _serve(self) -> None:
        ends = time.monotonic() + self._lifetime_s
        while not self._stop.is_set():
            if time.monotonic() >= ends:
                self._stop.set()
                break
            try:
                sock, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                break
            with self._lock:
                self._conns.add(sock)
            threading.Thread(target=self._handle, args=(sock,), daemon=True).start()
        self._close_all()

    def _handle(self, sock: socket.socket) -> None:
        conn = Conn(sock, self._stop)
        try:
            while not self._stop.is_set():
                seen = self._read_raw(sock) if self.raw else _read_request(sock, self._stop)
                if seen is None:
                    return
                with self._lock:
                    self.requests.append(seen)
                    behaviour = self.behaviours[min(len(self.requests), len(self.behaviours)) - 1]
                behaviour(conn, seen)
                if getattr(behaviour, "keep_alive", False) is not True:
                    return
        except OSError:
            return
        finally:
            with self._lock:
                self._conns.discard(sock)
            try:
                sock.close()
            except OSError:
                pass

    def _read_raw(self, sock: socket.socket) -> Seen | None:
        sock.settimeout(5.0)
        try:
            hello = sock.recv(65536)
        except OSError:
            return None
        return Seen("TLS", "", {}, hello) if hello else None

    def _close_all(self) -> None:
        with self._lock:
            conns = list(self._conns)
        for sock in conns:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        try:
            self._listener.close()
        except OSError:
            pass

    def __enter__(self) -> HostileServer:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._stop.set()
        self._thread.join(5)
        self._close_all()


def _read_request(sock: socket.socket, stop: threading.Event) -> Seen | None:
    """Read one HTTP/1.1 request (headers <= 64 KiB, body <= 1 MiB); ``None`` at EOF."""
    sock.settimeout(0.2)
    data = b""
    ends = time.monotonic() + 10.0
    while b"\r\n\r\n" not in data:
        if stop.is_set() or time.monotonic() >= ends or len(data) > 65536:
            return None
        try:
            chunk = sock.recv(65536)
        except TimeoutError:
            continue
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, target = [*lines[0].split(" "), "", ""][:2]
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = min(int(headers.get("content-length", "0") or 0), 1 << 20)
    while len(body) < length:
        if stop.is_set() or time.monotonic() >= ends:
            return None
        try:
            chunk = sock.recv(65536)
        except TimeoutError:
            continue
        if not chunk:
            break
        body += chunk
    return Seen(method, target, headers, body[:length])


# ---------------------------------------------------------------------- behaviours


def _head(status: int, headers: Sequence[tuple[str, str]]) -> bytes:
    lines = [f"HTTP/1.1 {status} {'OK' if status < 400 else 'Error'}"]
    lines += [f"{name}: {value}" for name, value in headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def reply(
    status: int = 200,
    body: bytes = b"{}",
    headers: Sequence[tuple[str, str]] = (("Content-Type", "application/json"),),
    *,
    keep_alive: bool = False,
) -> Behaviour:
    """A complete, well-framed response (``Content-Length``; closes unless ``keep_alive``).

    :param status: the HTTP status.
    :param body: the bytes of the body.
    :param headers: the headers besides ``Content-Length`` and ``Connection``.
    :param keep_alive: keep the connection for the next request.
    """

    def behaviour(conn: Conn, seen: Seen) -> None:
        framing = [("Content-Length", str(len(body))), ("Connection", "keep-alive" if keep_alive else "close")]
        conn.send(_head(status, [*headers, *framing]) + body)

    behaviour.keep_alive = keep_alive  # type: ignore[attr-defined]
    return behaviour


def session_reply(session_id: str = SESSION_ID, **fields: Any) -> Behaviour:
    """A 200 CreateSession reply with ``session_id`` (JSON-encoded as given) and extra ``fields``."""
    return reply(200, json.dumps({"SessionId": session_id, **fields}).encode())


def header_drip(interval: float = 0.5, limit_s: float = 10.0) -> Behaviour:
    """Status line and headers one byte every ``interval`` s; the headers never end."""
    endless = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" + b"X-Drip: " + b"d" * 100_000

    def behaviour(conn: Conn, seen: Seen) -> None:
        conn.drip(endless, interval, limit_s)

    return behaviour


def body_drip(header_interval: float = 0.05, interval: float = 0.5, limit_s: float = 10.0) -> Behaviour:
    """Slow headers (``header_interval`` s a byte), then a valid session body one byte every ``interval`` s."""
    body = json.dumps({"SessionId": SESSION_ID, "Pad": " " * 2000}).encode()

    def behaviour(conn: Conn, seen: Seen) -> None:
        started = time.monotonic()
        head = _head(200, [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
        if conn.drip(head, header_interval, limit_s):
            conn.drip(body, interval, limit_s - (time.monotonic() - started))

    return behaviour


def silent(limit_s: float = 10.0) -> Behaviour:
    """Read the request (or the TLS ClientHello, or a proxy ``CONNECT``) and never answer."""

    def behaviour(conn: Conn, seen: Seen) -> None:
        conn.hold(limit_s)

    return behaviour


def reset_after_request() -> Behaviour:
    """Read the whole request, then reset the connection (RST, no response)."""

    def behaviour(conn: Conn, seen: Seen) -> None:
        conn.reset()

    return behaviour


@functools.lru_cache(maxsize=1)
def gzip_bomb_body(inflated: int = 1 << 30) -> bytes:
    """A gzip stream of ``inflated`` zero bytes (1 GiB -> about 1 MB); built once per process."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = bytes(1 << 20)
    parts = [compressor.compress(block) for _ in range(inflated >> 20)]
    parts.append(compressor.flush())
    return b"".join(parts)


def gzip_bomb() -> Behaviour:
    """A 200 with ``Content-Encoding: gzip``: about 1 MB on the wire, 1 GiB decoded."""

    def behaviour(conn: Conn, seen: Seen) -> None:
        body = gzip_bomb_body()
        head = _head(
            200,
            [
                ("Content-Type", "application/json"),
                ("Content-Encoding", "gzip"),
                ("Content-Length", str(len(body))),
                ("Connection", "close"),
            ],
        )
        conn.send(head + body)

    return behaviour


def endless_chunked(limit_s: float = 10.0, limit_bytes: int = 8 << 30) -> Behaviour:
    """A 200 with ``Transfer-Encoding: chunked`` whose chunks never end (within the limits)."""
    chunk = b"%x\r\n%s\r\n" % (65536, b" " * 65536)

    def behaviour(conn: Conn, seen: Seen) -> None:
        head = _head(200, [("Content-Type", "application/json"), ("Transfer-Encoding", "chunked")])
        if not conn.send(head + b'f\r\n{"SessionId": "\r\n'):
            return
        ends = time.monotonic() + limit_s
        sent = 0
        while sent < limit_bytes and time.monotonic() < ends and conn.send(chunk):
            sent += len(chunk)

    return behaviour


def huge_body(size: int = 200 << 20) -> Behaviour:
    """A 200 whose ``Content-Length`` is ``size`` (default 200 MB), and which sends it all."""
    block = b" " * (1 << 20)

    def behaviour(conn: Conn, seen: Seen) -> None:
        head = _head(
            200, [("Content-Type", "application/json"), ("Content-Length", str(size)), ("Connection", "close")]
        )
        if not conn.send(head):
            return
        left = size
        while left > 0 and conn.send(block[: min(left, len(block))]):
            left -= len(block)

    return behaviour


def invalid_json(size: int = 900_000, status: int = 200) -> Behaviour:
    """An unterminated JSON object of ``size`` bytes (below the 1 MiB cap)."""
    body = b'{"SessionId": "' + b"x" * (size - 15)
    return reply(status, body)


def malformed_5xx(status: int = 503) -> Behaviour:
    """A 5xx whose body claims JSON and is not."""
    return reply(status, b'{"ResponseStatus": {"ErrorCode": ')


def retry_after(value: str, status: int = 503) -> Behaviour:
    """A ``status`` reply with ``Retry-After: value`` (encoded as UTF-8 on the wire)."""

    def behaviour(conn: Conn, seen: Seen) -> None:
        body = b'{"ResponseStatus": {"ErrorCode": "Busy", "Message": "try later"}}'
        head = _head(status, [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
        head = head.replace(
            b"\r\n\r\n", b"\r\nRetry-After: " + value.encode("utf-8") + b"\r\nConnection: close\r\n\r\n"
        )
        conn.send(head + body)

    return behaviour


def errors_field(value: Any, status: int = 400) -> Behaviour:
    """A ServiceStack error body whose ``ResponseStatus.Errors`` is ``value`` (e.g. ``5`` or ``true``)."""
    body = {"ResponseStatus": {"ErrorCode": "Invalid", "Message": "bad request", "Errors": value}}
    return reply(status, json.dumps(body).encode())


def raw_session_id(json_literal: str) -> Behaviour:
    """A 200 whose ``SessionId`` is the raw JSON text ``json_literal`` (e.g. ``'"\\\\ud800"'``)."""
    return reply(200, b'{"SessionId": ' + json_literal.encode("ascii") + b"}")


def stage(name: str, seconds: float = 0.25) -> Behaviour:
    """A valid session whose ``Timestamps`` hold one stage called ``name`` plus ``Network``."""
    times = {"InTime": "/Date(1700000000000)/", "OutTime": f"/Date({1700000000000 + int(seconds * 1000)})/"}
    return session_reply(Timestamps={"Network": times, name: times})


__all__ = [
    "SESSION_ID",
    "Behaviour",
    "Conn",
    "HostileServer",
    "Seen",
    "body_drip",
    "endless_chunked",
    "errors_field",
    "gzip_bomb",
    "gzip_bomb_body",
    "header_drip",
    "huge_body",
    "invalid_json",
    "malformed_5xx",
    "raw_session_id",
    "reply",
    "reset_after_request",
    "retry_after",
    "session_reply",
    "silent",
    "stage",
]
