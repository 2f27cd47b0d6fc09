"""What triggers running together on one triggerer share: HTTP clients and connection reads.

A triggerer runs hundreds of PaySecure triggers at once on one event loop. Giving
each its own ``httpx.AsyncClient`` costs a client build and teardown, a TLS context
with the whole CA bundle, and a cold connection per trigger; one client for all of
them costs more, because httpcore's pool scans every connection on every request.
So triggers share clients in bounded groups (:data:`CLIENT_SHARERS`), share one
TLS context per ``verify`` value (:func:`ssl_context`), and share a connection read
already in flight (:data:`READ_SHARERS`). Everything is scoped to the running event
loop and reference-counted: nothing outlives the triggers that use it, and no
per-trigger state (credentials, cookies, headers, timeouts) lives in a shared object.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import os
import ssl
import weakref
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from airflow_provider_paysecure._compat import get_connection_async
from airflow_provider_paysecure.connection import PaySecureSettings, settings_from_connection

if TYPE_CHECKING:
    import httpx


def _no_cookies() -> Any:
    """A cookie jar that neither stores nor sends cookies.

    A shared client must not carry one trigger's cookies (possibly set for another
    merchant's credentials) into another trigger's requests. ``CreateSession``
    authenticates with the credentials in the body, so no cookie is needed.
    (``http.cookiejar`` is imported here, not at module level: it pulls in
    ``urllib.request``, which DAG parsing should not pay for.)
    """
    import http.cookiejar

    class NoCookies(http.cookiejar.CookieJar):
        def extract_cookies(self, response: Any, request: Any) -> None:
            return None

        def set_cookie(self, cookie: http.cookiejar.Cookie) -> None:
            return None

        def add_cookie_header(self, request: Any) -> None:
            return None

    return NoCookies()


class _Lease:
    """One shared client and how many triggers use it now (a plain class: cheaper to import)."""

    __slots__ = ("client", "users")

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client
        self.users = 0


#: ``{event loop: {(verify, proxy, trust_env): [lease, ...]}}``. Weak on the loop, so
#: a loop that dies with triggers still holding a lease (never finalised) takes its
#: entries with it; normally the last trigger to leave a client closes and removes it.
_CLIENTS: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[tuple[Any, ...], list[_Lease]]] = (
    weakref.WeakKeyDictionary()
)

#: Triggers sharing one client at most. httpcore's pool scans all its connections
#: (and polls each idle socket) twice per request, so a client shared by many
#: concurrent triggers costs O(n^2) CPU; a client of its own costs ~170 us to
#: build and close. Measured side by side with 1,000 concurrent triggers
#: (benchmarks/bench_triggers.py, 7 rounds): 1 -> 2.15 s, 2 -> 1.88 s,
#: 4 -> 1.69-1.82 s, 8 -> 1.79 s, 32 -> 1.98-2.30 s.
CLIENT_SHARERS = 4


@contextlib.asynccontextmanager
async def shared_client(verify: bool | str, proxy: str | None, *, trust_env: bool) -> AsyncIterator[httpx.AsyncClient]:
    """An ``httpx.AsyncClient`` shared by the triggers running now on this event loop.

    Clients are kept per ``(running loop, verify, proxy, trust_env)``, each shared
    by up to :data:`CLIENT_SHARERS` triggers at a time and reference-counted: a
    trigger that finds no client with room builds one, the last to leave a client
    closes it (and its connections) and forgets it, so nothing outlives the
    triggers that use it and a client is never used on a loop other than the one
    that built it. Sharing is safe because the client carries no per-trigger
    state: credentials, headers and timeouts go with each request, redirects are
    not followed, and cookies are neither stored nor sent (:func:`_no_cookies`).

    Compared with one client per trigger, this saves building one (mostly
    httpx's scan of the environment for proxy variables) and tearing it down,
    and lets a trigger reuse a connection another one just released (the
    1,000-trigger figures are in benchmarks/RESULTS.md). The trade-offs:

    * Environment proxy variables (``HTTP(S)_PROXY``, ``NO_PROXY``, with
      ``trust_env``) are read when the shared client is built, not per trigger.
    * Keep-alive connections are pooled across triggers (at most 20 idle, closed
      after 5 s idle or when the last trigger leaves); the total number of
      connections is unbounded, as with one client per trigger, so no
      trigger queues behind another's request.
    * Cookies a server sets are dropped rather than echoed on the next poll of
      the same trigger.

    :param verify: the connection's ``verify`` (see :func:`ssl_context`).
    :param proxy: the proxy URL from the connection, or ``None``.
    :param trust_env: honour proxy and TLS environment variables.
    """
    import httpx

    leases = _CLIENTS.setdefault(asyncio.get_running_loop(), {}).setdefault((verify, proxy, trust_env), [])
    lease = next((ls for ls in reversed(leases) if ls.users < CLIENT_SHARERS), None)
    if lease is None:
        lease = _Lease(
            httpx.AsyncClient(
                verify=ssl_context(verify, trust_env=trust_env),
                proxy=proxy,
                trust_env=trust_env,
                follow_redirects=False,
                cookies=_no_cookies(),
                limits=httpx.Limits(max_connections=None, max_keepalive_connections=20),
            )
        )
        leases.append(lease)
    lease.users += 1
    try:
        yield lease.client
    finally:
        lease.users -= 1
        if lease.users == 0:
            leases.remove(lease)  # before awaiting: a newcomer builds a fresh client
            await lease.client.aclose()


class _Read:
    """A connection read in flight and how many triggers await it."""

    __slots__ = ("task", "waiters")

    def __init__(self, task: asyncio.Task[PaySecureSettings]) -> None:
        self.task = task
        self.waiters = 0


#: ``{event loop: {conn_id: the read in flight}}``, only while a read runs.
_READS: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[str, _Read]] = weakref.WeakKeyDictionary()

#: Triggers sharing one connection read at most. All of them resume in the same
#: event-loop iteration when it completes, and each then runs until its request
#: is on the wire, so the group size bounds how long the loop stalls at once;
#: unbounded, every trigger starting together would resume in one iteration.
READ_SHARERS = 32


async def read_settings(conn_id: str) -> PaySecureSettings:
    """Read and validate the connection ``conn_id``, sharing a read already in flight.

    Each trigger reads its connection when it starts (nothing is cached: a
    rotated password is seen by the next trigger to start). Triggers that start
    on the same event loop while a read of the same connection is still running
    (a triggerer picking up hundreds of triggers at once) wait for that read
    instead of starting their own, up to :data:`READ_SHARERS` per read: its
    result is at most that read's duration old. This saves Airflow's connection
    lookup (secrets backends, a thread hop) and the validation for all but one
    trigger in each group.

    :param conn_id: the ``paysecure`` connection id.
    :raises PaySecureConfigError: for a connection that is not a valid ``paysecure`` one.
    :raises Exception: whatever Airflow raises for a connection it cannot read.
    """
    reads = _READS.setdefault(asyncio.get_running_loop(), {})
    read = reads.get(conn_id)
    if read is None or read.waiters >= READ_SHARERS:
        read = reads[conn_id] = _Read(asyncio.ensure_future(_read_settings(conn_id)))
        read.task.add_done_callback(functools.partial(_read_done, reads, conn_id, read))
    read.waiters += 1
    # shield: a waiter that is cancelled must not cancel the read the others await
    return await asyncio.shield(read.task)


async def _read_settings(conn_id: str) -> PaySecureSettings:
    conn = await get_connection_async(conn_id)
    # Airflow 3.3's sync extra_dejson masks values with a lock that must not be
    # taken inside the event loop; its async twin is safe there.
    aextra = getattr(conn, "aextra_dejson", None)
    return settings_from_connection(conn, await aextra() if aextra else None)


def _read_done(reads: dict[str, _Read], conn_id: str, read: _Read, task: asyncio.Task[PaySecureSettings]) -> None:
    if reads.get(conn_id) is read:
        del reads[conn_id]
    if not task.cancelled():
        task.exception()  # retrieved: no "never retrieved" warning if every waiter left


@functools.lru_cache(maxsize=16)
def ssl_context(verify: bool | str, trust_env: bool = True) -> ssl.SSLContext:
    """The TLS context for ``verify``, built once per process and shared by all triggers.

    ``httpx.AsyncClient(verify=True)`` builds a new ``SSLContext`` and loads the
    whole CA bundle on every construction, blocking the event loop and holding a
    copy of the bundle per trigger; a triggerer runs many triggers, so it builds
    one context per ``verify`` value instead. A shared context is safe: the
    triggerer's loop runs in one thread.

    :param verify: ``True`` (system/certifi CAs), ``False`` (no verification, as
        ``httpx`` does it), or the path of a CA bundle file or directory.
    :param trust_env: honour ``SSL_CERT_FILE``/``SSL_CERT_DIR`` like ``httpx`` does.
    """
    import httpx

    if isinstance(verify, str):
        if os.path.isdir(verify):
            return ssl.create_default_context(capath=verify)
        return ssl.create_default_context(cafile=verify)
    return httpx.create_ssl_context(verify=verify, trust_env=trust_env)
