"""The ``requests`` transport of :class:`~airflow_provider_paysecure.call.Call`, for the hook.

It only does I/O: send one :class:`~airflow_provider_paysecure.call.Send` step,
stream the body through a :class:`~airflow_provider_paysecure.call.BodyDecoder`,
stop at the step's wall-clock deadline, and report what happened. The
connections it uses register with the :mod:`.watchdog`, which cuts a read off at
the deadline however slowly the server drips bytes. Importing this module
imports ``requests``; the hook imports it at the first call.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any, TypeVar

import requests
import requests.adapters
import urllib3
import urllib3.connection
import urllib3.connectionpool
import urllib3.exceptions

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
    exception_chain,
    tls_failure,
    unexpected_failure,
)
from airflow_provider_paysecure.transports.watchdog import WATCHDOG, Watch

T = TypeVar("T")
log = logging.getLogger(__name__)


def _watch(conn: Any) -> Watch | None:
    """Put ``conn`` under the current call's watchdog, if a call is running; return its watch."""
    watch = WATCHDOG.current
    if watch is not None:
        watch.add(conn)
    return watch


def _watched_connect(conn: Any, connect: Callable[[], None]) -> None:
    """Connect ``conn`` under the current call's watchdog.

    So a proxy dripping its ``CONNECT`` reply, or a stalled TLS handshake, is cut
    off at the deadline too.
    """
    _watch(conn)
    connect()


def _watched_request(conn: Any, request: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Send a request on ``conn`` under the current call's watchdog, then mark it sent."""
    watch = _watch(conn)
    result = request(*args, **kwargs)
    if watch is not None:
        watch.sent = True
    return result


class _WatchedHTTPConnection(urllib3.connection.HTTPConnection):
    def connect(self) -> None:
        _watched_connect(self, super().connect)

    def request(self, *args: Any, **kwargs: Any) -> Any:
        return _watched_request(self, super().request, *args, **kwargs)


class _WatchedHTTPSConnection(urllib3.connection.HTTPSConnection):
    def connect(self) -> None:
        _watched_connect(self, super().connect)

    def request(self, *args: Any, **kwargs: Any) -> Any:
        return _watched_request(self, super().request, *args, **kwargs)


class _HTTPPool(urllib3.connectionpool.HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _HTTPSPool(urllib3.connectionpool.HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


_POOLS = {"http": _HTTPPool, "https": _HTTPSPool}


class WatchedAdapter(requests.adapters.HTTPAdapter):
    """An ``HTTPAdapter`` whose connections the :mod:`.watchdog` can cut off."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        """Build the pool manager with watched connection pools.

        :param args: as for ``HTTPAdapter``.
        :param kwargs: as for ``HTTPAdapter``.
        """
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _POOLS

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        """The proxy manager for ``proxy``, with watched connection pools.

        :param proxy: the proxy URL.
        :param proxy_kwargs: as for ``HTTPAdapter``.
        """
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        if hasattr(manager, "pool_classes_by_scheme") and not proxy.lower().startswith("socks"):
            manager.pool_classes_by_scheme = _POOLS
        return manager


def new_session(verify: bool | str, proxies: dict[str, str] | None) -> requests.Session:
    """A ``requests.Session`` for PaySecure: watched connections, the connection's TLS and proxies.

    :param verify: ``True``/``False`` or a CA bundle path.
    :param proxies: scheme to proxy URL, or ``None`` (then the environment's proxies apply).
    """
    session = requests.Session()
    adapter = WatchedAdapter()
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.verify = verify
    if proxies:
        session.proxies.update(proxies)
    session.trust_env = not proxies
    return session


def run(call: Call[T], http: requests.Session, verify: bool | str) -> T:
    """Drive ``call`` to its end over ``http``; return its result or raise its error.

    :param call: the call to make.
    :param http: the session from :func:`new_session`.
    :param verify: ``True``/``False`` or a CA bundle path, given per request: with
        ``trust_env``, requests lets ``REQUESTS_CA_BUNDLE`` override a *session*
        ``verify`` (psf/requests#3829).
    """
    while True:
        step = call.next()
        if isinstance(step, Done):
            return step.unwrap()
        if isinstance(step, Send):
            call.receive(send(http, step, verify))
        else:
            time.sleep(step.seconds)


def send(http: requests.Session, step: Send, verify: bool | str) -> Response | Failure:
    """One attempt: POST the request and read the reply within the step's limits.

    :param http: the session from :func:`new_session`.
    :param step: what to send and within which limits.
    :param verify: ``True``/``False`` or a CA bundle path.
    """
    request = step.request
    started = time.monotonic()
    watch = WATCHDOG.start(step.deadline)
    try:
        response = http.post(
            request.url,
            data=request.body,
            headers=dict(request.headers),
            timeout=(step.connect_s, step.read_s),
            allow_redirects=False,
            verify=verify,
            stream=True,
        )
        complete = False
        try:
            decoder = BodyDecoder.for_reply(response.headers, step.max_bytes)
            read: Callable[..., bytes] = response.raw.read
            while True:
                if time.monotonic() >= step.deadline:
                    return CUT_OFF
                chunk = read(CHUNK_BYTES, decode_content=False)
                if not chunk:
                    break
                decoder.feed(chunk)
            body = decoder.finish()
            complete = True
        finally:
            if complete:  # the whole body was read: keep the connection alive
                WATCHDOG.stop(watch)  # first: the watchdog must never cut a pooled connection
                response.raw.release_conn()
            else:  # a half-read reply must not be reused
                response.close()
        return Response(response.status_code, response.headers, body, time.monotonic() - started)
    except (BodyTooLarge, BodyDecodeError) as exc:
        return decoder_failure(exc)
    except (requests.exceptions.RequestException, urllib3.exceptions.HTTPError, OSError) as exc:
        if watch.fired or time.monotonic() >= step.deadline:
            return CUT_OFF
        return _failure(exc, sent=watch.sent)
    except Exception as exc:  # whatever else the server's bytes provoke in the HTTP stack
        return unexpected_failure(exc)
    finally:
        WATCHDOG.stop(watch)


def _failure(exc: BaseException, *, sent: bool) -> Failure:
    """Classify a ``requests``/``urllib3`` exception by what it proves about delivery.

    :param exc: the exception.
    :param sent: whether the whole request had been written to the connection.
    """
    log.debug("PaySecure request failed: %s", type(exc).__name__)  # its text may quote server bytes
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return CONNECT_TIMEOUT
    tls = tls_failure(exc)
    if tls is not None:
        return tls
    if isinstance(exc, (requests.exceptions.ReadTimeout, urllib3.exceptions.ReadTimeoutError)):
        return READ_TIMEOUT if sent else CONNECT_TIMEOUT  # urllib3 times a TLS handshake as a read
    if isinstance(exc, requests.exceptions.InvalidURL) or (
        isinstance(exc, requests.exceptions.InvalidHeader) and not sent  # after sending: the reply's headers
    ):
        # not the exception's text: it quotes the URL, and a proxy URL may hold a password
        return Failure(FailureKind.INVALID, f"{type(exc).__name__}: a request or proxy URL, or a header, is not valid")
    if isinstance(exc, requests.exceptions.ProxyError):
        return PROXY_UNREACHABLE
    if any(isinstance(link, urllib3.exceptions.NewConnectionError) for link in exception_chain(exc)):
        return connect_failure(exc)
    return CONNECTION_LOST


__all__ = ["WatchedAdapter", "new_session", "run", "send"]
