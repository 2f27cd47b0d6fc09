"""What triggers running together on one triggerer share: connection pools and connection reads.

A triggerer runs hundreds of PaySecure triggers at once on one event loop. They
share one keep-alive connection pool per ``verify``/proxy setting
(:func:`shared_pool`), one TLS context per ``verify`` value
(:func:`.async_http.ssl_context`), and a connection read already in flight
(:data:`READ_SHARERS`). Everything is scoped to the running event
loop and reference-counted: nothing outlives the triggers that use it, and no
per-trigger state (credentials, cookies, headers, timeouts) lives in a shared object.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import functools
import weakref
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from airflow_provider_paysecure._compat import get_connection_async
from airflow_provider_paysecure.connection import PaySecureSettings, settings_from_connection

if TYPE_CHECKING:
    from airflow_provider_paysecure.transports.async_http import Pool


class _Lease:
    """One shared pool and how many triggers use it now (a plain class: cheaper to import)."""

    __slots__ = ("pool", "users")

    def __init__(self, pool: Pool) -> None:
        self.pool = pool
        self.users = 0


#: ``{event loop: {(verify, proxy, trust_env): lease}}``. Weak on the loop, so a
#: loop that dies with triggers still holding a lease (never finalised) takes its
#: entries with it; normally the last trigger to leave a pool closes and removes it.
_POOLS: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[tuple[Any, ...], _Lease]] = (
    weakref.WeakKeyDictionary()
)


@contextlib.contextmanager
def shared_pool(verify: bool | str, proxy: str | None, *, trust_env: bool) -> Iterator[Pool]:
    """A connection :class:`~airflow_provider_paysecure.transports.async_http.Pool` shared by the triggers on this loop.

    One pool per ``(running loop, verify, proxy, trust_env)``, reference-counted:
    the first trigger to need it builds it, the last to leave closes its idle
    connections and forgets it, so nothing outlives the triggers that use it and
    a pool is never used on a loop other than the one that built it. Sharing is
    safe because a pool carries no per-trigger state: credentials, headers and
    timeouts go with each request, redirects are not followed and cookies are
    never stored. Taking a connection from the pool is O(1), however many
    triggers share it, so one pool serves them all.

    The trade-offs: environment proxy variables (``HTTP(S)_PROXY``,
    ``NO_PROXY``, with ``trust_env``) are read once per pool and host, not per
    trigger; keep-alive connections are reused across triggers (at most 20
    idle, closed after 5 s idle or when the last trigger leaves); the number of
    connections in use is unbounded, as with one client per trigger, so no
    trigger queues behind another's request.

    :param verify: the connection's ``verify`` (see :func:`.async_http.ssl_context`).
    :param proxy: the proxy URL from the connection, or ``None``.
    :param trust_env: honour proxy and TLS environment variables.
    """
    from airflow_provider_paysecure.transports.async_http import Pool

    leases = _POOLS.setdefault(asyncio.get_running_loop(), {})
    key = (verify, proxy, trust_env)
    lease = leases.get(key)
    if lease is None:
        lease = leases[key] = _Lease(Pool(verify, proxy, trust_env=trust_env))
    lease.users += 1
    try:
        yield lease.pool
    finally:
        lease.users -= 1
        if lease.users == 0:
            del leases[key]
            lease.pool.close()


class _Read:
    """A connection read in flight, how many triggers await it, and their turns to resume."""

    __slots__ = ("task", "turns", "waiters")

    def __init__(self, task: asyncio.Task[PaySecureSettings]) -> None:
        self.task = task
        self.waiters = 0
        self.turns: collections.deque[asyncio.Future[None]] = collections.deque()


#: ``{event loop: {conn_id: the read in flight}}``, only while a read runs.
_READS: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[str, _Read]] = weakref.WeakKeyDictionary()

#: Triggers sharing one connection read at most: how old a shared result can be
#: is bounded by the read's duration, and this bounds how many triggers one slow
#: read (a secrets backend timing out) holds up.
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

    When the read completes, its waiters resume one per event-loop iteration,
    in the order they came: each then runs until its request is on the wire,
    and a whole group resuming in one iteration would hold the loop (and every
    other trigger on it) for all of that work at once.

    :param conn_id: the ``paysecure`` connection id.
    :raises PaySecureConfigError: for a connection that is not a valid ``paysecure`` one.
    :raises Exception: whatever Airflow raises for a connection it cannot read.
    """
    loop = asyncio.get_running_loop()
    reads = _READS.setdefault(loop, {})
    read = reads.get(conn_id)
    if read is None or read.waiters >= READ_SHARERS:
        read = reads[conn_id] = _Read(asyncio.ensure_future(_read_settings(conn_id)))
        read.task.add_done_callback(functools.partial(_read_done, reads, conn_id, read))
    read.waiters += 1
    turn = loop.create_future()
    read.turns.append(turn)
    # a waiter that is cancelled cancels only its turn, never the read the others await
    await turn
    return read.task.result()


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
    _next_turn(task.get_loop(), read.turns)


def _next_turn(loop: asyncio.AbstractEventLoop, turns: collections.deque[asyncio.Future[None]]) -> None:
    """Let the next waiter still waiting resume, and the one after it in the next iteration."""
    while turns:
        turn = turns.popleft()
        if not turn.done():  # a cancelled waiter's turn is skipped
            turn.set_result(None)
            if turns:
                loop.call_soon(_next_turn, loop, turns)
            return
