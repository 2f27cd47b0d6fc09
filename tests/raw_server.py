"""A raw-socket HTTP server on 127.0.0.1, scripted byte by byte, for hostile-upstream tests.

:class:`RawServer` reads each request and hands the socket to a handler, which
may answer normally (:func:`reply`), reset the connection (:func:`reset`), drip
bytes (:func:`drip`) or flood them (:func:`flood`). Every wait is bounded by the
server's stop event.
"""

from __future__ import annotations

import contextlib
import re
import socket
import threading
import zlib
from collections.abc import Callable

Handler = Callable[[socket.socket, threading.Event], None]


class RawServer:
    """Accept connections on 127.0.0.1 and run ``handler`` on each in its own thread."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.requests = 0
        self.stop = threading.Event()
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self.port = self._listener.getsockname()[1]
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except (TimeoutError, OSError):
                continue
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        with contextlib.suppress(OSError), conn:
            while not self.stop.is_set() and read_request(conn):
                with self._lock:
                    self.requests += 1
                self.handler(conn, self.stop)
                return

    def __enter__(self) -> RawServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self._thread.join(5)
        self._listener.close()


def read_request(conn: socket.socket) -> bool:
    """Read one HTTP request (headers and Content-Length body); ``False`` at EOF."""
    conn.settimeout(10)
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return False
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    match = re.search(rb"(?i)content-length:\s*(\d+)", head)
    length = int(match.group(1)) if match else 0
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            return False
        body += chunk
    return True


def http(status: int, body: bytes, *headers: str) -> bytes:
    lines = [f"HTTP/1.1 {status} X", f"Content-Length: {len(body)}", "Connection: close", *headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def reply(status: int, body: bytes, *headers: str) -> Handler:
    def handle(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(http(status, body, *headers))

    return handle


def reset(conn: socket.socket, stop: threading.Event) -> None:
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")


def drip(prefix: bytes, every: float = 0.1) -> Handler:
    """Send ``prefix``, then one byte every ``every`` seconds until stopped."""

    def handle(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(prefix)
        while not stop.wait(every):
            conn.sendall(b"a")

    return handle


def flood(head: bytes, chunk: bytes) -> Handler:
    """Send ``head``, then ``chunk`` over and over until the client goes away."""

    def handle(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(head)
        while not stop.is_set():
            conn.sendall(chunk)

    return handle


def gzip_bomb(inflated: int = 200 * 1024 * 1024) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = b"\0" * (1024 * 1024)
    return b"".join(packer.compress(zeros) for _ in range(inflated // len(zeros))) + packer.flush()
