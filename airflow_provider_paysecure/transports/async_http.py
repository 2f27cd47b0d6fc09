"""The ``asyncio`` transport of :class:`~airflow_provider_paysecure.call.Call`, for the trigger.

It only does I/O: send one :class:`~airflow_provider_paysecure.call.Send` step
under an ``asyncio`` timeout that ends at the step's wall-clock deadline, stream
the body through a :class:`~airflow_provider_paysecure.call.BodyDecoder`, and
report what happened. A large reply is classified in a worker thread, so that
parsing it never holds the event loop that every trigger shares.

The HTTP/1.1 framing is `h11 <https://h11.readthedocs.io>`_ (the parser httpx's
own transport uses, and the sandbox's server side) over an ``asyncio.Protocol``
of our own, with a keep-alive :class:`Pool`. Compared with ``httpx``, a request
in flight keeps a handful of objects alive instead of ~140 (coroutines, cancel
scopes, locks), and taking a connection from the pool does not scan the pool:
a triggerer hosting a thousand triggers pays less CPU and, above all, fewer
full garbage-collection passes over its heap (``benchmarks/RESULTS.md``).

It speaks only what ``CreateSession`` needs: ``POST`` with a body of a few
hundred bytes, no redirects, no cookies, optional HTTP(S) proxy (absolute-form
requests for ``http://`` services, a ``CONNECT`` tunnel for ``https://`` ones),
and the proxy environment variables when ``trust_env`` is on. Importing this
module imports ``h11``; the trigger imports it inside ``run()``.
"""

from __future__ import annotations

import asyncio
import base64
import functools
import logging
import os
import select
import ssl
import time
from collections.abc import Awaitable
from typing import Any, NamedTuple, TypeVar
from urllib.parse import unquote, urlsplit

import h11

from airflow_provider_paysecure.call import (
    CHUNK_BYTES,
    CONNECT_TIMEOUT,
    CONNECTION_LOST,
    CUT_OFF,
    PROXY_UNREACHABLE,
    READ_TIMEOUT,
    BodyDecodeError,
    BodyDecoder,
    BodyTooLarge,
    Call,
    Done,
    Failure,
    FailureKind,
    Response,
    Send,
    connect_failure,
    decoder_failure,
    tls_failure,
    unexpected_failure,
)
from airflow_provider_paysecure.retry import describe_exception

T = TypeVar("T")
log = logging.getLogger(__name__)

#: Replies larger than this are classified in a worker thread, off the event loop.
OFF_LOOP_BYTES = 64 * 1024
#: The largest response head (status line and headers) accepted, as httpcore does.
MAX_HEAD_BYTES = 100 * 1024
#: Idle keep-alive connections kept per pool, and for how long (httpx's defaults).
MAX_IDLE = 20
IDLE_EXPIRY_S = 5.0
#: Informational (1xx) replies skipped before the real one, at most.
MAX_INFORMATIONAL = 8
#: Body chunks accepted, at most: a reply of a few kilobytes in a million one-byte
#: chunks would cost seconds of CPU in the parser (``BodyTooLarge`` past it).
MAX_BODY_PARTS = 16_384
#: Body chunks parsed between two yields to the event loop.
PARTS_PER_YIELD = 256


async def run(call: Call[T], pool: Pool) -> T:
    """Drive ``call`` to its end over ``pool``; return its result or raise its error.

    :param call: the call to make.
    :param pool: the (shared) connection pool.
    """
    while True:
        step = call.next()
        if isinstance(step, Done):
            return step.unwrap()
        if isinstance(step, Send):
            outcome = await send(pool, step, call.clock)
            if isinstance(outcome, Response) and len(outcome.body) > OFF_LOOP_BYTES:
                await asyncio.to_thread(call.receive, outcome)
            else:
                call.receive(outcome)
        else:
            await asyncio.sleep(step.seconds)


async def send(pool: Pool, step: Send, clock: Any = time.monotonic) -> Response | Failure:
    """One attempt: POST the request and read the reply within the step's limits.

    :param pool: the (shared) connection pool.
    :param step: what to send and within which limits.
    :param clock: the clock ``step.deadline`` is measured on.
    """
    started = clock()
    try:
        return await _bounded(pool._attempt(step, clock, started), max(0.0, step.deadline - started))
    except _Failed as exc:
        return exc.failure
    except (BodyTooLarge, BodyDecodeError) as exc:
        return decoder_failure(exc)
    except (h11.ProtocolError, OSError, EOFError, asyncio.TimeoutError) as exc:  # after the request went out
        if isinstance(exc, (TimeoutError, asyncio.TimeoutError)) and clock() >= step.deadline - 0.01:
            return CUT_OFF  # the attempt's asyncio timeout (not a socket's ETIMEDOUT)
        log.debug("PaySecure request failed: %s", type(exc).__name__)  # h11's text quotes server bytes
        return tls_failure(exc) or CONNECTION_LOST
    except Exception as exc:  # whatever else the server's bytes provoke
        return unexpected_failure(exc)


async def _bounded(attempt: Awaitable[T], seconds: float) -> T:
    """``attempt``, cancelled after ``seconds`` (``asyncio.timeout`` where Python has it)."""
    timeout = getattr(asyncio, "timeout", None)
    if timeout is None:  # Python 3.10
        return await asyncio.wait_for(attempt, seconds)
    async with timeout(seconds):
        return await attempt


class _Failed(Exception):
    """Ends an attempt with ``failure`` (raised where the phase that failed is known)."""

    def __init__(self, failure: Failure) -> None:
        super().__init__(failure.detail)
        self.failure = failure


class _Target(NamedTuple):
    """Where a request URL points, read once per URL (the host guard validated it)."""

    scheme: str
    host: str
    port: int
    authority: str  # the Host header and the CONNECT target
    path: str  # the origin-form request target
    origin: str  # scheme://host[:port] as written (a NO_PROXY "host:80" entry matches it)


@functools.lru_cache(maxsize=64)
def _target(url: str) -> _Target:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = parts.hostname or ""
    default = 443 if scheme == "https" else 80
    port = parts.port or default
    shown = f"[{host}]" if ":" in host else host
    authority = shown if port == default else f"{shown}:{port}"
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return _Target(scheme, host, port, authority, path, f"{parts.scheme}://{parts.netloc}")


class _Proxy(NamedTuple):
    target: _Target
    authorization: str | None  # the Proxy-Authorization header, from the URL's user info


@functools.lru_cache(maxsize=16)
def _proxy(url: str) -> _Proxy:
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise _Failed(Failure(FailureKind.INVALID, f"{parts.scheme[:10]} proxies are not supported by the trigger"))
    auth = None
    if parts.username:  # as requests does it: a user name is needed, Latin-1 where it can be
        text = f"{unquote(parts.username)}:{unquote(parts.password or '')}"
        try:
            pair = text.encode("latin-1")
        except UnicodeEncodeError:
            pair = text.encode("utf-8")
        auth = "Basic " + base64.b64encode(pair).decode("ascii")
    return _Proxy(_target(f"{parts.scheme}://{parts.netloc.rpartition('@')[2]}/"), auth)


class _Connection(asyncio.Protocol):
    """One HTTP/1.1 connection: an ``asyncio.Protocol`` feeding an ``h11`` client."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.h11 = h11.Connection(h11.CLIENT, max_incomplete_event_size=MAX_HEAD_BYTES)
        self._data = bytearray()
        self._eof = False
        self._error: BaseException | None = None
        self._waiter: asyncio.Future[bool] | None = None
        self.idle_since = 0.0
        self.received = 0  # bytes received, framing included (reset per request)

    # -- asyncio.Protocol
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        self.received += len(data)
        self._data += data
        if len(self._data) >= CHUNK_BYTES and self.transport is not None:
            self.transport.pause_reading()  # back-pressure: never buffer more than a chunk or so
        self._wake(True)

    def eof_received(self) -> bool:
        self._eof = True
        self._wake(True)
        return False

    def connection_lost(self, exc: BaseException | None) -> None:
        self._eof = True
        self._error = exc
        self._wake(True)

    def _wake(self, value: bool) -> None:
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(value)

    # -- use
    @property
    def usable(self) -> bool:
        """An idle connection that can carry another request.

        Nothing may have arrived on it meanwhile, not even what the event loop
        has not read yet (as httpcore does, the socket is polled): a server that
        closed it while idle must not cost a request whose outcome is unknown.
        """
        if self._eof or self._data or self.transport is None or self.transport.is_closing():
            return False
        if self.h11.our_state is not h11.IDLE or self.h11.trailing_data[0]:
            return False  # bytes after the last reply: they would pass for the next one
        sock = self.transport.get_extra_info("socket")
        if sock is None:
            return False
        poller = select.poll()
        poller.register(sock.fileno(), select.POLLIN)
        return not poller.poll(0)

    async def read(self, timeout: float) -> bytes:
        """The bytes received so far, waiting up to ``timeout`` for some; ``b""`` at EOF.

        :param timeout: seconds to wait for the first byte.
        :raises _Failed: with a read timeout when nothing arrives in time.
        """
        if not self._data and not self._eof:
            loop = asyncio.get_running_loop()
            self._waiter = waiter = loop.create_future()
            timer = loop.call_later(timeout, self._wake, False)
            try:
                if not await waiter:
                    raise _Failed(READ_TIMEOUT)
            finally:
                timer.cancel()
                self._waiter = None
        if self._data:
            data = bytes(self._data)
            self._data.clear()
            if self.transport is not None and not self._eof:
                self.transport.resume_reading()
            return data
        if self._error is not None:
            raise self._error
        return b""

    async def next_event(self, timeout: float, h: h11.Connection | None = None) -> Any:
        """The next ``h11`` event of the reply, reading as needed.

        :param timeout: seconds to wait for each read.
        :param h: the ``h11`` connection to feed (default: this connection's).
        """
        h = h or self.h11
        while True:
            event = h.next_event()
            if event is not h11.NEED_DATA:
                return event
            h.receive_data(await self.read(timeout))

    def write(self, *events: Any, h: h11.Connection | None = None) -> None:
        """Send ``events`` and the end of the message.

        :param events: ``h11`` events (a request, its body).
        :param h: the ``h11`` connection to frame them (default: this connection's).
        """
        h = h or self.h11
        data = b"".join(h.send(event) or b"" for event in (*events, h11.EndOfMessage()))
        if self.transport is None or self.transport.is_closing():
            raise ConnectionResetError("the connection closed before the request was sent")
        self.transport.write(data)

    def close(self) -> None:
        """Close the connection at once."""
        if self.transport is not None:
            self.transport.abort()


class Pool:
    """Keep-alive connections for requests through one ``verify``/proxy setting.

    At most :data:`MAX_IDLE` idle connections are kept, each for at most
    :data:`IDLE_EXPIRY_S` seconds; the number of connections in use is not
    bounded, so no request queues behind another. Taking an idle connection is
    O(1): the most recently released one that is still usable (no EOF, no
    unsolicited bytes). Bound to the event loop that first uses it.

    :param verify: ``True`` (system/certifi CAs), ``False``, or a CA bundle path.
    :param proxy: the proxy URL (``http://`` or ``https://``), or ``None``.
    :param trust_env: honour ``HTTP(S)_PROXY``/``ALL_PROXY``/``NO_PROXY`` (when
        ``proxy`` is ``None``) and ``SSL_CERT_FILE``/``SSL_CERT_DIR``.
    """

    def __init__(self, verify: bool | str = True, proxy: str | None = None, *, trust_env: bool = True) -> None:
        self.verify = verify
        self.proxy = proxy
        self.trust_env = trust_env
        self._idle: dict[_Target, list[_Connection]] = {}
        self._routes: dict[_Target, _Proxy | None] = {}
        self._closed = False

    async def __aenter__(self) -> Pool:
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close every idle connection (connections in use close when their request ends)."""
        self._closed = True
        for idle in self._idle.values():
            for conn in idle:
                conn.close()
        self._idle.clear()

    # ------------------------------------------------------------------ one attempt

    async def _attempt(self, step: Send, clock: Any, started: float) -> Response:
        request = step.request
        target = _target(request.url)
        route = self._route(target)
        conn = self._take(target, clock())
        if conn is None:
            conn = await self._open(target, route, step.connect_s)
        try:
            headers = [("Host", target.authority)]
            headers += [(k, v) for k, v in request.headers.items() if k.lower() not in ("host", "content-length")]
            headers.append(("Content-Length", str(len(request.body))))
            path = target.path
            if route is not None and target.scheme == "http":  # forwarded, not tunnelled
                path = request.url
                if route.authorization:
                    headers.append(("Proxy-Authorization", route.authorization))
            conn.received = 0
            conn.write(h11.Request(method="POST", target=path, headers=headers), h11.Data(data=request.body))
            # framing counts too: chunk extensions and 1xx replies are bytes to parse
            wire_limit = step.max_bytes + MAX_HEAD_BYTES * (MAX_INFORMATIONAL + 1) + 64 * 1024
            event = await conn.next_event(step.read_s)
            for _ in range(MAX_INFORMATIONAL):
                if not isinstance(event, h11.InformationalResponse):
                    break
                event = await conn.next_event(step.read_s)
            if not isinstance(event, h11.Response):
                raise EOFError("the server closed the connection without a reply")
            reply = _headers(event.headers)
            decoder = BodyDecoder.for_reply(reply, step.max_bytes)  # h11 checked Content-Length is digits
            parts = 0
            while True:
                part = await conn.next_event(step.read_s)
                if conn.received > wire_limit:
                    raise BodyTooLarge(f"more than {wire_limit} bytes received")
                if isinstance(part, h11.Data):
                    parts += 1
                    if parts > MAX_BODY_PARTS:
                        raise BodyTooLarge(f"more than {MAX_BODY_PARTS} body chunks")
                    if parts % PARTS_PER_YIELD == 0:
                        await asyncio.sleep(0)  # many tiny chunks: let the other triggers run
                    decoder.feed(bytes(part.data))
                elif isinstance(part, h11.EndOfMessage):
                    break
                else:
                    raise EOFError("the reply ended early")
            body = decoder.finish()
            response = Response(event.status_code, reply, body, clock() - started)
        except BaseException:
            conn.close()
            raise
        self._release(target, conn, clock())
        return response

    def _route(self, target: _Target) -> _Proxy | None:
        """The proxy for ``target``: the configured one, or the environment's.

        :raises _Failed: (invalid, nothing sent) for a proxy URL that cannot be used;
            the URL is not quoted, as it may hold the proxy's password.
        """
        if target not in self._routes:
            url = self.proxy
            try:
                if url is None and self.trust_env:
                    url = _environment_proxy(target)
                self._routes[target] = None if url is None else _proxy(url)
            except ValueError:  # e.g. a port out of range
                raise _Failed(Failure(FailureKind.INVALID, "the proxy URL is not valid")) from None
        return self._routes[target]

    def _take(self, target: _Target, now: float) -> _Connection | None:
        idle = self._idle.get(target)
        while idle:
            conn = idle.pop()
            if conn.usable and now - conn.idle_since <= IDLE_EXPIRY_S:
                return conn
            conn.close()
        return None

    def _release(self, target: _Target, conn: _Connection, now: float) -> None:
        h = conn.h11
        if not self._closed and h.our_state is h11.DONE and h.their_state is h11.DONE:
            h.start_next_cycle()
            idle = self._idle.setdefault(target, [])
            if conn.usable and len(idle) < MAX_IDLE:
                conn.idle_since = now
                idle.append(conn)
                return
        conn.close()

    async def _open(self, target: _Target, route: _Proxy | None, connect_s: float) -> _Connection:
        """A new connection to ``target`` (through ``route``), TLS included, within ``connect_s``."""
        conn = _Connection()
        try:
            await _bounded(self._connect(conn, target, route), connect_s)
        except BaseException as exc:
            conn.close()
            if isinstance(exc, (TimeoutError, asyncio.TimeoutError)):
                raise _Failed(CONNECT_TIMEOUT) from None
            if isinstance(exc, _Failed) or not isinstance(exc, Exception):
                raise
            log.debug("PaySecure connect failed: %s", type(exc).__name__)
            tls = tls_failure(exc)
            if tls is not None:
                raise _Failed(tls) from None
            if isinstance(exc, ValueError):  # UnicodeError included
                raise _Failed(Failure(FailureKind.INVALID, describe_exception(exc))) from None
            if route is not None:
                raise _Failed(PROXY_UNREACHABLE) from None
            raise _Failed(connect_failure(exc)) from None
        return conn

    async def _connect(self, conn: _Connection, target: _Target, route: _Proxy | None) -> None:
        loop = asyncio.get_running_loop()
        tls = ssl_context(self.verify, self.trust_env) if target.scheme == "https" else None
        first = target if route is None else route.target
        first_tls = tls if route is None else (ssl_context(True, self.trust_env) if first.scheme == "https" else None)
        await loop.create_connection(
            lambda: conn,
            first.host,
            first.port,
            ssl=first_tls,
            server_hostname=first.host if first_tls else None,
            ssl_handshake_timeout=3600 if first_tls else None,  # the caller's timeout ends it
        )
        if route is None or tls is None:
            return
        # an https service through a proxy: a CONNECT tunnel, then TLS inside it
        tunnel = h11.Connection(h11.CLIENT, max_incomplete_event_size=MAX_HEAD_BYTES)
        headers = [("Host", target.authority)]
        if route.authorization:
            headers.append(("Proxy-Authorization", route.authorization))
        conn.write(h11.Request(method="CONNECT", target=target.authority, headers=headers), h=tunnel)
        event = await conn.next_event(3600, tunnel)
        if not isinstance(event, h11.Response) or not 200 <= event.status_code < 300 or tunnel.trailing_data[0]:
            raise _Failed(PROXY_UNREACHABLE)
        assert conn.transport is not None
        conn.transport = await loop.start_tls(
            conn.transport, conn, tls, server_hostname=target.host, ssl_handshake_timeout=3600
        )


class _Headers(dict[str, str]):
    """Response headers: lower-case names, case-insensitive ``get``."""

    def get(self, key: str, default: Any = None) -> Any:
        return super().get(key.lower(), default)

    def __getitem__(self, key: str) -> str:
        return str(super().__getitem__(key.lower()))

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and super().__contains__(key.lower())


def _headers(raw: Any) -> _Headers:
    """``h11`` header pairs as ``{lower-case name: value}``, repeated names joined with ", "."""
    headers = _Headers()
    for name, value in raw:
        key = name.decode("latin-1")
        text = value.decode("latin-1")
        headers[key] = f"{headers[key]}, {text}" if key in headers else text
    return headers


def _environment_proxy(target: _Target) -> str | None:
    """The proxy the environment names for ``target``, read exactly as ``requests`` reads it.

    ``HTTP(S)_PROXY``, ``ALL_PROXY`` and ``NO_PROXY`` (with its CIDR ranges and
    ports), so that the hook and the trigger take the same route.
    """
    from requests.utils import get_environ_proxies, select_proxy

    url = target.origin + target.path
    proxy = select_proxy(url, get_environ_proxies(url))
    if not proxy:
        return None
    return proxy if "://" in proxy else f"http://{proxy}"


@functools.lru_cache(maxsize=16)
def ssl_context(verify: bool | str, trust_env: bool = True) -> ssl.SSLContext:
    """The TLS context for ``verify``, built once per process and shared by all triggers.

    Building a context loads the whole CA bundle; a triggerer runs many
    triggers, so it builds one per ``verify`` value instead. A shared context is
    safe: the triggerer's loop runs in one thread.

    :param verify: ``True`` (system/certifi CAs, as ``httpx`` picks them),
        ``False`` (no verification), or the path of a CA bundle file or directory.
    :param trust_env: honour ``SSL_CERT_FILE``/``SSL_CERT_DIR`` like ``httpx`` does.
    """
    if isinstance(verify, str):
        if os.path.isdir(verify):
            return ssl.create_default_context(capath=verify)
        return ssl.create_default_context(cafile=verify)
    import httpx

    return httpx.create_ssl_context(verify=verify, trust_env=trust_env)


__all__ = ["OFF_LOOP_BYTES", "Pool", "run", "send", "ssl_context"]
