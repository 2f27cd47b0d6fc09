"""One process-wide watchdog thread that shuts sockets down at a wall-clock deadline.

``requests`` bounds each socket read, not a whole request: a server that sends a
byte of its headers every half second keeps a read alive for ever. The sync
transport therefore registers each attempt here. When its deadline passes while
the attempt still runs, the watchdog shuts the attempt's sockets down, which
ends the blocked read at once. One thread serves every attempt of the process;
an attempt that ends in time costs a heap push and a flag.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import socket
import threading
import time
from typing import Any


class Watch:
    """One attempt under the watchdog.

    :param deadline: the ``time.monotonic()`` value at which to cut it off.
    """

    __slots__ = ("conns", "deadline", "done", "fired", "lock", "sent")

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline
        self.conns: list[Any] = []
        self.done = False
        self.fired = False
        self.sent = False  # the request (headers and body) went out whole
        self.lock = threading.Lock()

    def add(self, conn: Any) -> None:
        """Cut ``conn`` (anything with a ``sock`` attribute) off at the deadline.

        :param conn: a urllib3 connection.
        """
        if not any(known is conn for known in self.conns):  # connect() and request() both add it
            self.conns.append(conn)
        if self.fired:
            _shut(conn)

    def fire(self) -> None:
        """Shut every registered connection's socket down, unless the attempt already ended."""
        with self.lock:  # never shut a connection the attempt has handed back to its pool
            if self.done:
                return
            self.fired = True
            for conn in list(self.conns):
                _shut(conn)


def _shut(conn: Any) -> None:
    sock = getattr(conn, "sock", None)
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


class Watchdog:
    """A heap of :class:`Watch` objects and the daemon thread that fires them."""

    def __init__(self) -> None:
        self._heap: list[tuple[float, int, Watch]] = []
        self._cond = threading.Condition()
        self._seq = itertools.count()
        self._thread: threading.Thread | None = None
        self._local = threading.local()

    @property
    def current(self) -> Watch | None:
        """The watch of the attempt this thread is running, if any."""
        return getattr(self._local, "watch", None)

    def start(self, deadline: float) -> Watch:
        """Watch the attempt this thread is about to run.

        :param deadline: the ``time.monotonic()`` value at which to cut it off.
        """
        watch = Watch(deadline)
        self._local.watch = watch
        with self._cond:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="paysecure-watchdog", daemon=True)
                self._thread.start()
            if len(self._heap) > 4096:  # attempts that ended long before their deadline
                self._heap = [entry for entry in self._heap if not entry[2].done]
                heapq.heapify(self._heap)
            earliest = self._heap[0][0] if self._heap else None
            heapq.heappush(self._heap, (deadline, next(self._seq), watch))
            if earliest is None or deadline < earliest:
                self._cond.notify()
        return watch

    def stop(self, watch: Watch) -> None:
        """The attempt is over: never fire ``watch``.

        :param watch: what :meth:`start` returned.
        """
        with watch.lock:
            watch.done = True
            watch.conns = []
        self._local.watch = None

    def _run(self) -> None:
        while True:
            with self._cond:
                while True:
                    while self._heap and self._heap[0][2].done:
                        heapq.heappop(self._heap)
                    if not self._heap:
                        self._cond.wait()
                        continue
                    wait = self._heap[0][0] - time.monotonic()
                    if wait <= 0:
                        watch = heapq.heappop(self._heap)[2]
                        break
                    self._cond.wait(wait)
            watch.fire()


#: The process-wide watchdog.
WATCHDOG = Watchdog()
