"""A local PaySecure sandbox: a small asyncio HTTP/1.1 server around :class:`.SandboxService`.

Standard library only (``uvloop`` is used when importable). The HTTP layer is a
hand-written :class:`asyncio.Protocol`: request line, headers, ``Content-Length``
bodies, keep-alive, pipelining, ``Expect: 100-continue``. Chunked request bodies
are refused with 411 (the provider's clients always send ``Content-Length``).

Typical use in tests::

    with PaySecureSandbox() as sandbox:
        os.environ.update(sandbox.conn_env())
        ...  # run the hook / operator / DAG against sandbox.base_url
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import json
import logging
import socket
import struct
import threading
from collections.abc import Iterable
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

from airflow_provider_paysecure.sandbox.faults import Faults
from airflow_provider_paysecure.sandbox.service import (
    DEFAULT_ACCOUNT,
    Reply,
    SandboxAccount,
    SandboxService,
    response_status,
)

if TYPE_CHECKING:
    from airflow.sdk import Connection

log = logging.getLogger(__name__)

#: The listen backlog (the kernel caps it at ``net.core.somaxconn``).
BACKLOG = 4096
MAX_HEAD_BYTES = 64 * 1024
MAX_BODY_BYTES = 1024 * 1024
#: Seconds a client gets to close a ``Connection: close`` connection before a reset.
CLOSE_GRACE_S = 2.0
_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})
_REASONS = {s.value: s.phrase for s in HTTPStatus}
_LINGER_RST = struct.pack("ii", 1, 0)


def is_loopback(host: str) -> bool:
    """Whether ``host`` names the loopback interface.

    :param host: an IP address or host name.
    """
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _drop_short_secret_warning(record: logging.LogRecord) -> bool:
    """Drop Airflow's "secret too short to mask" warning (about the short ``version`` extra)."""
    return "too short" not in record.getMessage()


def _drop_empty_fernet_key_warning(record: logging.LogRecord) -> bool:
    """Drop Airflow 2.x's "empty cryptography key" warning.

    Building a ``Connection`` with a password encrypts it with the Fernet key; the
    sandbox's connection is never stored, and Airflow 2 logs that warning to stdout,
    where ``paysecure-sandbox`` promises its first two lines to other tools.
    """
    return "empty cryptography key" not in record.getMessage()


def _new_loop() -> asyncio.AbstractEventLoop:
    try:
        import uvloop
    except ImportError:  # pragma: no cover - uvloop is optional
        return asyncio.new_event_loop()
    loop: asyncio.AbstractEventLoop = uvloop.new_event_loop()
    return loop


class _HTTPProtocol(asyncio.Protocol):
    """One client connection. Requests on it are answered strictly in order."""

    def __init__(
        self, service: SandboxService, connections: set[_HTTPProtocol], loop: asyncio.AbstractEventLoop
    ) -> None:
        self._service = service
        self._connections = connections
        self._loop = loop
        self._transport: asyncio.Transport | None = None
        self._buffer = bytearray()
        self._head: tuple[str, str, dict[str, str], int, bool] | None = None
        self._busy = False  # a reply is pending (latency) or the connection is stalled/closing
        self._pending: asyncio.TimerHandle | None = None
        self._grace: asyncio.TimerHandle | None = None

    # -- asyncio callbacks

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._transport = cast(asyncio.Transport, transport)  # uvloop's transports are not subclasses
        self._connections.add(self)
        sock = transport.get_extra_info("socket")
        if sock is not None:
            with contextlib.suppress(OSError, AttributeError):  # platform specific
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def connection_lost(self, exc: Exception | None) -> None:
        self._connections.discard(self)
        for handle in (self._pending, self._grace):
            if handle is not None:
                handle.cancel()
        self._pending = self._grace = None
        self._transport = None
        self._busy = True

    def data_received(self, data: bytes) -> None:
        if self._transport is None or (self._busy and self._pending is None):
            return  # stalled or closing: ignore whatever the client sends
        self._buffer += data
        if not self._busy:
            self._process()

    # -- parsing

    def _process(self) -> None:
        buf = self._buffer
        while not self._busy and self._transport is not None:
            if self._head is None:
                end = buf.find(b"\r\n\r\n")
                if end < 0:
                    if len(buf) > MAX_HEAD_BYTES:
                        self._error(431, "Request header fields too large")
                    return
                if not self._parse_head(bytes(buf[:end])):
                    return
                del buf[: end + 4]
            assert self._head is not None
            method, target, headers, length, keep_alive = self._head
            if len(buf) < length:
                return
            body = bytes(buf[:length])
            del buf[:length]
            self._head = None
            try:
                reply, delay = self._service.handle(method, target, headers, body)
            except Exception as exc:  # a sandbox bug: answer like ServiceStack does, keep serving
                log.exception("paysecure-sandbox: error handling %s %s", method, target.partition("?")[0])
                reply, delay = Reply(500, response_status(type(exc).__name__, "Internal sandbox error")), 0.0
            if delay > 0:
                self._busy = True
                self._pending = self._loop.call_later(delay, self._respond, reply, keep_alive, method == "HEAD", True)
            else:
                self._respond(reply, keep_alive, method == "HEAD", False)

    def _parse_head(self, raw: bytes) -> bool:
        try:
            text = raw.decode("latin-1")
            lines = text.split("\r\n")
            method, target, version = lines[0].split(" ")
            if not version.startswith("HTTP/1.") or not target.startswith("/"):
                raise ValueError(lines[0])
            headers: dict[str, str] = {}
            for line in lines[1:]:
                name, sep, value = line.partition(":")
                if not sep or not name or name != name.strip():
                    raise ValueError(line)
                headers[name.lower()] = value.strip()
        except ValueError:
            self._error(400, "Malformed request")
            return False
        if "transfer-encoding" in headers:
            self._error(411, "Chunked request bodies are not supported; send Content-Length")
            return False
        raw_length = headers.get("content-length", "0")
        if not raw_length.isdigit():
            self._error(400, "Invalid Content-Length")
            return False
        length = int(raw_length)
        if length > MAX_BODY_BYTES:
            self._error(413, "Request body too large")
            return False
        connection = headers.get("connection", "").lower()
        keep_alive = "close" not in connection if version == "HTTP/1.1" else "keep-alive" in connection
        self._head = (method, target, headers, length, keep_alive)
        if headers.get("expect", "").lower() == "100-continue" and self._transport is not None:
            self._transport.write(b"HTTP/1.1 100 Continue\r\n\r\n")
        return True

    # -- writing

    def _respond(self, reply: Reply, keep_alive: bool, head_only: bool, resume: bool) -> None:
        self._pending = None
        transport = self._transport
        if transport is None:
            return
        if reply.action == "drop":
            self._busy = True
            self.abort()
            return
        extra = "".join(f"{k}: {v}\r\n" for k, v in reply.headers)
        body = reply.body
        head = (
            f"HTTP/1.1 {reply.status} {_REASONS.get(reply.status, 'Unknown')}\r\n"
            f"Server: paysecure-sandbox\r\nDate: {self._service.http_date()}\r\n"
            f"Content-Type: {reply.content_type}\r\nContent-Length: {len(body)}\r\n{extra}"
            f"{'' if keep_alive else 'Connection: close' + chr(13) + chr(10)}\r\n"
        ).encode("latin-1")
        if reply.action == "stall":
            self._busy = True  # hold the connection open until the client or stop() closes it
            transport.write(head + body[: len(body) // 2])
            return
        transport.write(head if head_only else head + body)
        if not keep_alive:
            self._close_gracefully()
            return
        self._busy = False
        if resume and self._buffer:
            self._process()

    def _error(self, status: int, message: str) -> None:
        """Answer a framing error and close the connection (its state is unknown)."""
        self._respond(Reply(status, response_status("BadRequest", message)), False, False, False)

    def _close_gracefully(self) -> None:
        """Stop reading and let the client close first (so no TIME_WAIT stays on our port).

        Every response carries ``Content-Length``, so clients see the end of the
        response and close; one that does not is reset after :data:`CLOSE_GRACE_S`.
        """
        self._busy = True
        if self._transport is not None and self._grace is None:
            self._grace = self._loop.call_later(CLOSE_GRACE_S, self.abort)

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


class PaySecureSandbox:
    """A local PaySecure service for tests and demos (like stripe-mock or moto).

    The server runs in a background thread with its own event loop. Use it as a
    context manager, or call :meth:`start` and :meth:`stop`.

    :param host: the address to bind; loopback only unless ``allow_non_loopback``.
    :param port: the port to bind; ``0`` picks a free one (see :attr:`port`).
    :param accounts: the merchants accepted; defaults to ``[DEFAULT_ACCOUNT]``.
        The first one is used for :attr:`conn_uri` and :attr:`conn_json`.
    :param faults: initial fault injection settings (see :class:`.Faults`).
    :param allow_non_loopback: allow binding an address reachable from other hosts.
    :param default_expiry_min: session lifetime when ``SessionExpiryInMin`` is absent.
    :param use_uvloop: use ``uvloop`` when it is importable.
    :raises ValueError: for a non-loopback ``host`` without ``allow_non_loopback``,
        no accounts, duplicate merchant ids or a non-positive expiry.
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        accounts: Iterable[SandboxAccount] | None = None,
        faults: Faults | None = None,
        allow_non_loopback: bool = False,
        default_expiry_min: float = 20.0,
        use_uvloop: bool = True,
    ) -> None:
        if not allow_non_loopback and not is_loopback(host):
            raise ValueError(
                f"Refusing to bind the PaySecure sandbox to non-loopback host {host!r}: it accepts "
                "well-known test credentials. Pass allow_non_loopback=True (CLI: --allow-non-loopback) "
                "if you really mean it."
            )
        if not 0 <= port <= 65535:
            raise ValueError(f"port must be 0..65535, got {port}")
        self.host = host.strip("[]")
        self._requested_port = port
        self._port: int | None = port or None
        self._use_uvloop = use_uvloop
        self.accounts: tuple[SandboxAccount, ...] = tuple(accounts) if accounts is not None else (DEFAULT_ACCOUNT,)
        self.service = SandboxService(self.accounts, faults, default_expiry_min)
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop_event: asyncio.Event | None = None
        self._state_lock = threading.Lock()

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> PaySecureSandbox:
        """Bind, start serving in a background thread, and return once listening.

        :return: ``self``.
        :raises RuntimeError: if already running.
        :raises OSError: if the address cannot be bound (e.g. port in use).
        """
        with self._state_lock:
            if self._thread is not None:
                raise RuntimeError("the sandbox is already running")
            sock = self._bind()
            self._port = sock.getsockname()[1]
            loop = _new_loop() if self._use_uvloop else asyncio.new_event_loop()
            ready = threading.Event()
            failure: list[BaseException] = []
            thread = threading.Thread(
                target=self._run, args=(loop, sock, ready, failure), name=f"paysecure-sandbox-{self._port}", daemon=True
            )
            self._loop, self._thread = loop, thread
            thread.start()
            if not ready.wait(timeout=30) or failure:
                self._thread = None
                thread.join(timeout=5)
                raise RuntimeError(f"the sandbox failed to start: {failure[0] if failure else 'timeout'}")
            return self

    def _bind(self) -> socket.socket:
        infos = socket.getaddrinfo(self.host, self._requested_port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
        family, _, _, _, address = infos[0]
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind(address)
            sock.listen(BACKLOG)
            sock.setblocking(False)
        except OSError:
            sock.close()
            raise
        return sock

    def _run(
        self, loop: asyncio.AbstractEventLoop, sock: socket.socket, ready: threading.Event, failure: list[BaseException]
    ) -> None:
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(self._serve(loop, sock, ready))
        except BaseException as exc:
            failure.append(exc)
            ready.set()
            sock.close()
        finally:
            try:
                loop.run_until_complete(loop.shutdown_asyncgens())
            finally:
                asyncio.set_event_loop(None)
                loop.close()

    async def _serve(self, loop: asyncio.AbstractEventLoop, sock: socket.socket, ready: threading.Event) -> None:
        connections: set[_HTTPProtocol] = set()
        service = self.service
        server = await loop.create_server(lambda: _HTTPProtocol(service, connections, loop), sock=sock, backlog=BACKLOG)
        self._stop_event = asyncio.Event()
        ready.set()
        try:
            await self._stop_event.wait()
        finally:
            server.close()
            for connection in list(connections):
                connection.abort()
            await server.wait_closed()
            # Let the transports' close callbacks run before the loop goes away.
            for _ in range(3):
                await asyncio.sleep(0)

    def stop(self) -> None:
        """Close the listener and every client connection, and join the thread. Idempotent."""
        with self._state_lock:
            thread, loop, stop_event = self._thread, self._loop, self._stop_event
            self._thread = self._loop = self._stop_event = None
            if thread is None or loop is None:
                return
            if stop_event is not None:
                with contextlib.suppress(RuntimeError):  # the loop already closed
                    loop.call_soon_threadsafe(stop_event.set)
            thread.join(timeout=30)

    def __enter__(self) -> PaySecureSandbox:
        """Start (unless already running) and return ``self``; leaving the block stops it."""
        return self if self.running else self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        """Whether the server thread is serving."""
        return self._thread is not None and self._thread.is_alive()

    # ------------------------------------------------------------------ addresses

    @property
    def port(self) -> int:
        """The bound port (after :meth:`stop`, the port it last used).

        :raises RuntimeError: if the port was ``0`` and the sandbox was never started.
        """
        if self._port is None:
            raise RuntimeError("the sandbox picks its port when started; call start() first")
        return self._port

    @property
    def url_host(self) -> str:
        """The host part of URLs that reach the sandbox (a wildcard bind maps to loopback)."""
        wildcards = {"0.0.0.0": "127.0.0.1", "::": "::1", "": "127.0.0.1"}  # noqa: S104 - not a bind
        host = wildcards.get(self.host, self.host)
        return f"[{host}]" if ":" in host else host

    @property
    def base_url(self) -> str:
        """``http://HOST:PORT``, without a trailing slash."""
        return f"http://{self.url_host}:{self.port}"

    def _conn_fields(self, account: SandboxAccount | None = None) -> dict[str, Any]:
        account = account or self.accounts[0]
        return {
            "conn_type": "paysecure",
            "host": f"http://{self.url_host}",
            "port": self.port,
            "login": account.user_name,
            "password": account.password,
            "extra": {"merchant_id": account.merchant_id, "version": account.version or DEFAULT_ACCOUNT.version},
        }

    def connection(self, conn_id: str = "paysecure_default", account: SandboxAccount | None = None) -> Connection:
        """An Airflow ``Connection`` pointing at the sandbox (imports Airflow lazily).

        :param conn_id: the connection id.
        :param account: the account to use; defaults to the first one.
        """
        from airflow.providers.common.compat.sdk import Connection

        fields = self._conn_fields(account)
        fields["extra"] = json.dumps(fields["extra"])
        return Connection(conn_id=conn_id, **fields)

    @property
    def conn_uri(self) -> str:
        """An Airflow connection URI for the first account (built by Airflow's ``Connection.get_uri()``).

        Airflow 3 parses URI query values as JSON, so the account's ``version`` must
        not look like a number (the default ``v4`` does not).
        """
        masker_log = logging.getLogger("airflow.sdk._shared.secrets_masker.secrets_masker")
        crypto_log = logging.getLogger("airflow.models.crypto")  # Airflow 2.x
        masker_log.addFilter(_drop_short_secret_warning)
        crypto_log.addFilter(_drop_empty_fernet_key_warning)
        try:
            uri: str = self.connection().get_uri()
        finally:
            masker_log.removeFilter(_drop_short_secret_warning)
            crypto_log.removeFilter(_drop_empty_fernet_key_warning)
        return uri

    @property
    def conn_json(self) -> str:
        """The first account's connection in Airflow's JSON form (no Airflow import needed)."""
        return json.dumps(self._conn_fields())

    def conn_env(self, conn_id: str = "paysecure_default") -> dict[str, str]:
        """Environment variables that define the connection, e.g. ``AIRFLOW_CONN_PAYSECURE_DEFAULT``.

        :param conn_id: the connection id (upper-cased into the variable name).
        """
        return {f"AIRFLOW_CONN_{conn_id.upper()}": self.conn_json}

    # ------------------------------------------------------------------ faults and stats

    @property
    def faults(self) -> Faults:
        """The fault settings in force."""
        return self.service.faults

    def set_faults(self, faults: Faults | None = None, **changes: Any) -> None:
        """Replace (``faults`` given) or update (``**changes``) the faults, thread-safely.

        :param faults: new settings; ``None`` keeps the current ones and applies ``changes``.
        :param changes: :class:`.Faults` fields to change.
        :raises ValueError: for an unknown field or invalid value.
        """
        self.service.set_faults(faults, **changes)

    def clear_faults(self) -> None:
        """Remove every fault."""
        self.service.clear_faults()

    def stats(self) -> dict[str, dict[str, int]]:
        """Requests received so far, as ``{route: {outcome: count}}``."""
        return self.service.stats()

    def count(self, route: str, outcome: str | None = None) -> int:
        """Requests received on ``route`` (all outcomes), or with one ``outcome``.

        :param route: an operation name such as ``CreateSession``.
        :param outcome: an outcome name such as ``ok`` or ``fault_503``; ``None`` for all.
        """
        return self.service.count(route, outcome)

    def reset_stats(self) -> None:
        """Forget all counts."""
        self.service.reset_stats()

    def expire_session(self, session_id: str) -> None:
        """Expire a session now (for tests of expiry handling).

        :param session_id: a ``SessionId`` the sandbox issued.
        :raises KeyError: if the sandbox never issued it.
        """
        self.service.expire_session(session_id)

    def __repr__(self) -> str:
        where = self.base_url if self._port else f"{self.host}:?"
        return f"PaySecureSandbox({where}, running={self.running})"


__all__ = ["BACKLOG", "PaySecureSandbox", "is_loopback"]
