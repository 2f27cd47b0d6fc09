"""The watchdog that cuts a blocked ``requests`` read off at the wall-clock deadline."""

from __future__ import annotations

import socket
import threading
import time
from types import SimpleNamespace

from airflow_provider_paysecure.transports.watchdog import Watchdog


def test_a_blocked_read_is_cut_off_at_the_deadline():
    dog = Watchdog()
    ours, theirs = socket.socketpair()
    with ours, theirs:
        watch = dog.start(time.monotonic() + 0.3)
        watch.add(SimpleNamespace(sock=ours))
        started = time.monotonic()
        assert ours.recv(1) == b""  # blocks until the watchdog shuts the socket down
        assert 0.25 <= time.monotonic() - started < 2
        assert watch.fired
        dog.stop(watch)


def test_a_stopped_watch_never_fires():
    dog = Watchdog()
    ours, theirs = socket.socketpair()
    with ours, theirs:
        watch = dog.start(time.monotonic() + 0.1)
        watch.add(SimpleNamespace(sock=ours))
        dog.stop(watch)
        time.sleep(0.3)
        assert not watch.fired
        theirs.sendall(b"x")
        assert ours.recv(1) == b"x"  # still usable


def test_watches_are_per_thread_and_one_thread_serves_all():
    dog = Watchdog()
    seen: list[object] = []

    def attempt() -> None:
        watch = dog.start(time.monotonic() + 30)
        seen.append(dog.current is watch)
        dog.stop(watch)
        seen.append(dog.current is None)

    threads = [threading.Thread(target=attempt) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(5)
    assert seen == [True] * 16
    assert sum(t.name == "paysecure-watchdog" for t in threading.enumerate()) >= 1
