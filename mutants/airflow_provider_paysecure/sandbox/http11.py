"""One client connection of the sandbox: HTTP/1.1 framed by h11, bounded by :class:`.HttpLimits`.

`h11 <https://h11.readthedocs.io>`_ (the sans-I/O library httpx is built on) does
all the framing: request line, headers, ``Content-Length`` bodies, keep-alive,
pipelining, ``Expect: 100-continue``. This module only moves bytes between the
socket and h11, hands complete requests to :meth:`.SandboxService.handle`, and
enforces the limits. Chunked request bodies are refused with 411 (the provider's
clients always send ``Content-Length``).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import socket
import struct
from http import HTTPStatus
from typing import cast

import h11

from airflow_provider_paysecure.sandbox.limits import HttpLimits, json_too_deep
from airflow_provider_paysecure.sandbox.service import Reply, SandboxService, response_status

log = logging.getLogger(__name__)

#: Seconds a client gets to close a ``Connection: close`` connection before a reset.
CLOSE_GRACE_S = 2.0
_REASONS = {s.value: s.phrase.encode() for s in HTTPStatus}
_LINGER_RST = struct.pack("ii", 1, 0)
_CONTINUE = h11.InformationalResponse(status_code=100, headers=[], reason=b"Continue")
_END = h11.EndOfMessage()
# Connection states; each but BUSY has a deadline (a reply is owed during BUSY).
_IDLE, _HEAD, _BODY, _BUSY, _CLOSING = range(5)


class Shared:
    """What every connection of one server needs: the service, the limits and the connection set."""

    __slots__ = ("admitted", "connections", "limits", "loop", "service")

    def __init__(self, service: SandboxService, limits: HttpLimits, loop: asyncio.AbstractEventLoop) -> None:
        self.service = service
        self.limits = limits
        self.loop = loop
        self.connections: set[HTTPConnection] = set()
        self.admitted = 0  # connections counted against limits.max_connections


class HTTPConnection(asyncio.Protocol):
    """One client connection, framed by h11. Requests on it are answered strictly in order.

    While a reply is owed (a latency fault delays it) or the client does not read
    what we write, the socket is not read either: the kernel's flow control holds
    the client back, so pipelined or oversized uploads are never buffered here.
    Deadlines are checked by the server's sweeper (:func:`sweep`).
    """

    def __init__(self, shared: Shared) -> None:
        self._shared = shared
        self._limits = shared.limits
        self._h11 = h11.Connection(h11.SERVER, max_incomplete_event_size=shared.limits.max_head_bytes)
        self._transport: asyncio.Transport | None = None
        self._request: tuple[str, str, dict[str, str]] | None = None
        self._body = bytearray()
        self._raw: list[bytes] = []  # the bytes this request's head came in (see _refuse_hostless)
        self._state = _HEAD
        self.deadline = math.inf
        self._admitted = False
        self._reading = True
        self._write_paused = False
        self._pending: asyncio.TimerHandle | None = None

    # -- asyncio callbacks

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        """Admit the connection, or answer 503 when ``max_connections`` are being served.

        :param transport: the connection's transport.
        """
        self._transport = cast(asyncio.Transport, transport)  # uvloop's transports are not subclasses
        shared = self._shared
        shared.connections.add(self)
        sock = transport.get_extra_info("socket")
        if sock is not None:
            with contextlib.suppress(OSError, AttributeError):  # platform specific
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if shared.admitted >= self._limits.max_connections:
            message = f"The sandbox serves at most {self._limits.max_connections} connections at once"
            self._fail(503, "connections_refused", "ServiceUnavailable", message, (("Retry-After", "1"),))
            return
        shared.admitted += 1
        self._admitted = True
        self._expect(_HEAD, self._limits.header_timeout_s)

    def connection_lost(self, exc: Exception | None) -> None:
        """Forget the connection and cancel a delayed reply.

        :param exc: the error that closed it, if any.
        """
        self._shared.connections.discard(self)
        if self._admitted:
            self._shared.admitted -= 1
            self._admitted = False
        if self._pending is not None:
            self._pending.cancel()
            self._pending = None
        self._transport = None
        self._state, self.deadline = _CLOSING, math.inf

    def data_received(self, data: bytes) -> None:
        """Feed h11 and answer every complete request.

        :param data: the bytes received.
        """
        if self._state == _CLOSING:
            return  # closing or stalled: ignore whatever the client sends
        if self._state == _IDLE:
            self._expect(_HEAD, self._limits.header_timeout_s)
        if self._request is None and self._state != _BUSY:
            self._raw.append(data)
        self._h11.receive_data(data)
        if self._state != _BUSY:
            self._process()

    def pause_writing(self) -> None:
        """The client does not read its replies: stop reading its requests."""
        self._write_paused = True
        self._update_reading()

    def resume_writing(self) -> None:
        """The client reads again: so do we."""
        self._write_paused = False
        self._update_reading()

    # -- reading

    def _expect(self, state: int, timeout: float) -> None:
        self._state = state
        self.deadline = self._shared.loop.time() + timeout

    def _update_reading(self) -> None:
        transport = self._transport
        want = self._state == _CLOSING or (self._state != _BUSY and not self._write_paused)
        if transport is None or want == self._reading:
            return
        self._reading = want
        if want:
            transport.resume_reading()
        else:
            transport.pause_reading()

    def _process(self) -> None:
        conn = self._h11
        while self._state in (_IDLE, _HEAD, _BODY):
            try:
                event = conn.next_event()
            except h11.RemoteProtocolError as exc:
                if exc.error_status_hint == 431:
                    self._fail(431, "head_too_large", "BadRequest", "Request header fields too large")
                elif str(exc).startswith("Missing mandatory Host"):
                    self._refuse_hostless()
                else:
                    self._fail(400, "malformed", "BadRequest", f"Malformed request: {exc}")
                return
            kind = type(event)
            if kind is h11.Data:
                self._body += cast(h11.Data, event).data
            elif kind is h11.Request:
                if not self._start(cast(h11.Request, event)):
                    return
            elif kind is h11.EndOfMessage:
                self._dispatch()
            else:  # NEED_DATA, or the client closed its side
                return

    def _refusal(self, request: h11.Request) -> tuple[int, str, str] | None:
        """Why a well-framed request head is refused (status, counter, message), if it is."""
        if not request.target.startswith(b"/"):
            return 400, "malformed", "Malformed request: the target must be a path"
        headers = dict(request.headers)  # names are lower-case
        if b"transfer-encoding" in headers:
            return 411, "chunked_refused", "Chunked request bodies are not supported; send Content-Length"
        if int(headers.get(b"content-length", b"0")) > self._limits.max_body_bytes:
            return 413, "body_too_large", "Request body too large"  # h11 checked the digits
        return None

    def _refuse_hostless(self) -> None:
        """Answer an HTTP/1.1 request without ``Host`` (h11 refuses it) with its most specific error.

        The hand-written server answered 411 or 413 for such a request when they
        applied; h11 reads the head again as HTTP/1.0 (where ``Host`` is optional)
        to tell, otherwise the answer is 400.
        """
        probe = h11.Connection(h11.SERVER)
        probe.receive_data(b"".join(self._raw).replace(b" HTTP/1.1\r\n", b" HTTP/1.0\r\n", 1))
        with contextlib.suppress(h11.RemoteProtocolError):
            event = probe.next_event()
            refusal = self._refusal(event) if type(event) is h11.Request else None
            if refusal is not None:
                self._fail(refusal[0], refusal[1], "BadRequest", refusal[2])
                return
        self._fail(400, "malformed", "BadRequest", "Malformed request: Missing mandatory Host: header")

    def _start(self, request: h11.Request) -> bool:
        """Check a request's head; answer ``100 Continue`` if the client waits for it."""
        refusal = self._refusal(request)
        if refusal is not None:
            self._fail(refusal[0], refusal[1], "BadRequest", refusal[2])
            return False
        headers = {name.decode("latin-1"): value.decode("latin-1") for name, value in request.headers}
        self._request = (request.method.decode("ascii"), request.target.decode("latin-1"), headers)
        self._raw = []
        self._expect(_BODY, self._limits.body_timeout_s)
        if self._h11.they_are_waiting_for_100_continue and self._transport is not None:
            self._transport.write(self._h11.send(_CONTINUE))
        return True

    def _dispatch(self) -> None:
        assert self._request is not None
        (method, target, headers), body = self._request, bytes(self._body)
        self._request, self._body = None, bytearray()
        self._state, self.deadline = _BUSY, math.inf
        service = self._shared.service
        if body and json_too_deep(body, self._limits.max_json_depth):
            service.record_http("json_too_deep")
            message = f"The request body nests JSON deeper than {self._limits.max_json_depth} levels"
            reply, delay = Reply(400, response_status("SerializationException", message)), 0.0
        else:
            try:
                reply, delay = service.handle(method, target, headers, body)
            except Exception as exc:  # a sandbox bug: answer like ServiceStack does, keep serving
                log.exception("paysecure-sandbox: error handling %s %s", method, target.partition("?")[0])
                reply, delay = Reply(500, response_status(type(exc).__name__, "Internal sandbox error")), 0.0
        if delay > 0:
            self._update_reading()
            self._pending = self._shared.loop.call_later(delay, self._respond, reply, method == "HEAD", True)
        else:
            self._respond(reply, method == "HEAD")

    # -- writing

    def _respond(self, reply: Reply, head_only: bool = False, resume: bool = False) -> None:
        """Write ``reply``; then close, or go on with the next request (``resume``: buffered ones too)."""
        self._pending = None
        transport = self._transport
        if transport is None:
            return
        if reply.action == "drop":
            self.abort()
            return
        conn = self._h11
        headers = [
            (b"Server", b"paysecure-sandbox"),
            (b"Date", self._shared.service.http_date().encode()),
            (b"Content-Type", reply.content_type.encode()),
            (b"Content-Length", b"%d" % len(reply.body)),
            *((name.encode(), value.encode()) for name, value in reply.headers),
        ]
        try:
            out = conn.send(
                h11.Response(status_code=reply.status, headers=headers, reason=_REASONS.get(reply.status, b""))
            )
            if reply.action == "stall":  # hold the connection open until the client or stop() closes it
                transport.write(out + conn.send(h11.Data(reply.body[: len(reply.body) // 2])))
                self._state, self.deadline = _CLOSING, math.inf
                return
            if reply.body and not head_only:
                out += conn.send(h11.Data(reply.body))
            transport.write(out + conn.send(_END))
        except h11.LocalProtocolError:  # pragma: no cover - a sandbox bug; the state is unknown
            log.exception("paysecure-sandbox: cannot frame a %s reply", reply.status)
            self.abort()
            return
        if conn.our_state is not h11.DONE or conn.their_state is not h11.DONE:
            self._close_gracefully()
            return
        conn.start_next_cycle()
        pipelined = conn.trailing_data[0]
        self._raw = [pipelined] if pipelined else []
        if pipelined:
            self._expect(_HEAD, self._limits.header_timeout_s)
        else:
            self._expect(_IDLE, self._limits.idle_timeout_s)
        self._update_reading()
        if resume:  # otherwise _process is running and goes on by itself
            self._process()

    def _fail(
        self, status: int, counter: str, code: str, message: str, headers: tuple[tuple[str, str], ...] = ()
    ) -> None:
        """Count a limit or framing error, answer it and close (the connection's state is unknown)."""
        self._shared.service.record_http(counter)
        self._state = _BUSY
        self._respond(Reply(status, response_status(code, message), headers=(("Connection", "close"), *headers)))

    def _close_gracefully(self) -> None:
        """Stop answering and let the client close first (so no TIME_WAIT stays on our port).

        Every response carries ``Content-Length``, so clients see the end of the
        response and close; one that does not is reset after :data:`CLOSE_GRACE_S`.
        Whatever the client still sends meanwhile is read and discarded.
        """
        self._expect(_CLOSING, CLOSE_GRACE_S)
        self._update_reading()

    def on_deadline(self) -> None:
        """The current deadline passed: answer 408 or close, by state (called by :func:`sweep`)."""
        self.deadline = math.inf
        if self._transport is None:
            return
        if self._state == _HEAD:
            self._fail(408, "header_timeout", "RequestTimeout", "The request head took too long")
        elif self._state == _BODY:
            self._fail(408, "body_timeout", "RequestTimeout", "The request body took too long")
        elif self._state == _IDLE:
            self._shared.service.record_http("idle_timeout")
            self.abort()
        else:
            self.abort()

    def abort(self) -> None:
        """Close now with a TCP reset (no TIME_WAIT left on the sandbox port)."""
        transport = self._transport
        if transport is None:
            return
        sock = transport.get_extra_info("socket")
        if sock is not None:
            with contextlib.suppress(OSError, AttributeError):  # platform specific
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, _LINGER_RST)
        transport.abort()


async def sweep(shared: Shared) -> None:
    """Enforce every connection's deadline, :attr:`.HttpLimits.sweep_interval_s` apart."""
    interval = shared.limits.sweep_interval_s
    loop = shared.loop
    while True:
        await asyncio.sleep(interval)
        now = loop.time()
        for connection in [c for c in shared.connections if c.deadline <= now]:
            connection.on_deadline()


__all__ = ["CLOSE_GRACE_S", "HTTPConnection", "Shared", "sweep"]
