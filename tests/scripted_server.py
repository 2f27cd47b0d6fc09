"""A tiny real HTTP server on 127.0.0.1 that plays back scripted responses.

Hook tests use it where they need byte-exact control of one response (the
spec's sample body, a stalled body, an HTML page). Behaviour tests that need a
realistic service use the sandbox instead.
"""

from __future__ import annotations

import ssl
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType


@dataclass
class Reply:
    """One scripted response."""

    status: int = 200
    body: bytes = b"{}"
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "application/json"})
    stall_s: float = 0.0  # send headers and half the body, then wait this long


@dataclass
class Seen:
    """One request the server received."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    #: the client's port: requests on one keep-alive connection share it
    client_port: int = 0


class ScriptedServer:
    """Serve ``replies`` in order (the last one repeats) and record every request.

    :param ssl_context: a server-side TLS context to serve https instead of http.
    """

    def __init__(self, ssl_context: ssl.SSLContext | None = None) -> None:
        self.replies: list[Reply] = []
        self.requests: list[Seen] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:
                return

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                with outer._lock:
                    outer.requests.append(
                        Seen("POST", self.path, dict(self.headers.items()), body, self.client_address[1])
                    )
                    index = min(len(outer.requests), len(outer.replies)) - 1
                    reply = outer.replies[index] if outer.replies else Reply(status=500)
                self.send_response(reply.status)
                for key, value in reply.headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                if reply.stall_s:
                    self.wfile.write(reply.body[: len(reply.body) // 2])
                    self.wfile.flush()
                    outer._stop.wait(reply.stall_s)
                    self.close_connection = True
                    return
                self.wfile.write(reply.body)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        if ssl_context is not None:
            self._server.socket = ssl_context.wrap_socket(self._server.socket, server_side=True)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>``."""
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def port(self) -> int:
        """The listening port."""
        return int(self._server.server_address[1])

    def script(self, *replies: Reply) -> None:
        """Set the replies, served in order; the last one repeats."""
        with self._lock:
            self.replies = list(replies)

    def __enter__(self) -> ScriptedServer:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._stop.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)
        time.sleep(0)
