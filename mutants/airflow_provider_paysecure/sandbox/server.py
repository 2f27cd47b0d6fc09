"""A local PaySecure sandbox: a small asyncio server around :class:`.SandboxService`.

This module runs the server (a background thread with its own event loop,
``uvloop`` when importable) and builds connection strings; each client
connection is a :class:`.http11.HTTPConnection` (HTTP/1.1 framed by h11, bounded
by :class:`.HttpLimits`).

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
import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from airflow_provider_paysecure.sandbox.faults import Faults
from airflow_provider_paysecure.sandbox.http11 import HTTPConnection, Shared, sweep
from airflow_provider_paysecure.sandbox.limits import HttpLimits
from airflow_provider_paysecure.sandbox.service import DEFAULT_ACCOUNT, SandboxAccount, SandboxService

if TYPE_CHECKING:
    from airflow.sdk import Connection

log = logging.getLogger(__name__)

#: The listen backlog (the kernel caps it at ``net.core.somaxconn``).
BACKLOG = 4096
_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})


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
    :param limits: the HTTP layer's limits and timeouts (see :class:`.HttpLimits`).
    :param session_lifetime_s: if set, every session lives this many seconds,
        whatever ``SessionExpiryInMin`` asked for (see :meth:`set_session_lifetime`).
    :param session_max_uses: if set, every session serves this many operations,
        then expires (see :meth:`set_session_max_uses`).
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
        limits: HttpLimits | None = None,
        session_lifetime_s: float | None = None,
        session_max_uses: int | None = None,
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
        self.limits = limits or HttpLimits()
        self.accounts: tuple[SandboxAccount, ...] = tuple(accounts) if accounts is not None else (DEFAULT_ACCOUNT,)
        self.service = SandboxService(self.accounts, faults, default_expiry_min, session_lifetime_s, session_max_uses)
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
        shared = Shared(self.service, self.limits, loop)
        server = await loop.create_server(lambda: HTTPConnection(shared), sock=sock, backlog=BACKLOG)
        sweeper = loop.create_task(sweep(shared))
        self._stop_event = asyncio.Event()
        ready.set()
        try:
            await self._stop_event.wait()
        finally:
            sweeper.cancel()
            server.close()
            for connection in list(shared.connections):
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

    def http_stats(self) -> dict[str, int]:
        """The HTTP layer's counters (limits and timeouts that answered), ``{outcome: count}``.

        ``GET /__sandbox/stats`` reports them under ``"http layer"`` once one is non-zero.
        """
        return self.service.http_stats()

    def count(self, route: str, outcome: str | None = None) -> int:
        """Requests received on ``route`` (all outcomes), or with one ``outcome``.

        :param route: an operation name such as ``CreateSession``.
        :param outcome: an outcome name such as ``ok`` or ``fault_503``; ``None`` for all.
        """
        return self.service.count(route, outcome)

    def reset_stats(self) -> None:
        """Forget all counts (the HTTP layer's too)."""
        self.service.reset_stats()

    def expire_session(self, session_id: str) -> None:
        """Expire a session now (for tests of expiry handling).

        :param session_id: a ``SessionId`` the sandbox issued.
        :raises KeyError: if the sandbox never issued it.
        """
        self.service.expire_session(session_id)

    def expire_sessions(self, merchant_id: str | None = None) -> int:
        """Expire every live session now, or only one merchant's.

        :param merchant_id: a configured merchant id; ``None`` for all merchants.
        :return: how many sessions were expired.
        """
        return self.service.expire_sessions(merchant_id)

    def set_session_lifetime(self, seconds: float | None) -> None:
        """Give sessions created from now on a lifetime of ``seconds`` (``None``: as requested).

        :param seconds: a positive number of seconds, or ``None``.
        :raises ValueError: for zero, a negative or a non-finite number.
        """
        self.service.set_session_lifetime(seconds)

    def set_session_max_uses(self, uses: int | None) -> None:
        """Let sessions created from now on serve ``uses`` operations, then answer ``SBX_SESSION_EXPIRED``.

        :param uses: a number of operations >= 0, or ``None`` for no limit.
        :raises ValueError: for a negative number or a non-integer.
        """
        self.service.set_session_max_uses(uses)

    def sessions_info(self) -> dict[str, Any]:
        """The lifetime setting and session counts (``GET /__sandbox/sessions``)."""
        return self.service.sessions_info()

    def merchant_stats(self) -> dict[str, dict[str, dict[str, int]]]:
        """Requests per merchant, as ``{merchant_id: {route: {outcome: count}}}``."""
        return self.service.merchant_stats()

    def __repr__(self) -> str:
        where = self.base_url if self._port else f"{self.host}:?"
        return f"PaySecureSandbox({where}, running={self.running})"


__all__ = ["BACKLOG", "PaySecureSandbox", "is_loopback"]
