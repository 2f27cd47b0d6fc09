"""2,000 CreateSession calls from 20 threads against a sandbox injecting 503s and drops.

Every call must end in a session or a typed ``PaySecureError`` within its deadline,
with no hang, no unhandled exception and no session id handed to two callers;
the client's tally of requests must reconcile with the sandbox's counters.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest

from airflow_provider_paysecure.exceptions import PaySecureError
from airflow_provider_paysecure.hooks.paysecure import PaySecureHook
from airflow_provider_paysecure.sandbox import PaySecureSandbox
from tests.conftest import LEAK_PASSWORD

THREADS = 20
CALLS_PER_THREAD = 100
CALL_DEADLINE_S = 10.0
JOIN_TIMEOUT_S = 90.0
ROUTE = "CreateSession"


class _Tally:
    """What one worker thread saw."""

    def __init__(self) -> None:
        self.requests = 0
        self.session_ids: list[str] = []
        self.errors: list[PaySecureError] = []
        self.unexpected: list[BaseException] = []
        self.slowest = 0.0


def _worker(hook: PaySecureHook, tally: _Tally) -> None:
    post = hook._http.post

    def counting_post(*args: Any, **kwargs: Any) -> Any:
        tally.requests += 1
        return post(*args, **kwargs)

    hook._http.post = counting_post  # type: ignore[method-assign]
    for _ in range(CALLS_PER_THREAD):
        started = time.monotonic()
        try:
            tally.session_ids.append(hook.create_session().session_id)
        except PaySecureError as exc:
            tally.errors.append(exc)
        except BaseException as exc:  # recorded, then asserted to be empty
            tally.unexpected.append(exc)
        tally.slowest = max(tally.slowest, time.monotonic() - started)


@pytest.mark.slow
def test_load_with_faults_reconciles(sandbox: PaySecureSandbox, make_hook: Callable[..., PaySecureHook]) -> None:
    sandbox.set_faults(error_rate=0.10, error_statuses=(503,), drop_rate=0.02, seed=1234)
    hooks = [
        make_hook(retry_limit=4, retry_delay=0.005, deadline=CALL_DEADLINE_S, timeout=(2.0, 2.0))
        for _ in range(THREADS)
    ]
    tallies = [_Tally() for _ in range(THREADS)]
    threads = [
        threading.Thread(target=_worker, args=(hook, tally), daemon=True, name=f"load-{i}")
        for i, (hook, tally) in enumerate(zip(hooks, tallies, strict=True))
    ]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(max(0.1, JOIN_TIMEOUT_S - (time.monotonic() - started)))
    hung = [t.name for t in threads if t.is_alive()]
    assert not hung, f"threads still running after {JOIN_TIMEOUT_S} s: {hung}"

    unexpected = [exc for t in tallies for exc in t.unexpected]
    assert not unexpected, unexpected[:3]
    ids = [sid for t in tallies for sid in t.session_ids]
    errors = [exc for t in tallies for exc in t.errors]
    assert len(ids) + len(errors) == THREADS * CALLS_PER_THREAD
    assert len(set(ids)) == len(ids), "a session id was handed to two callers"
    assert max(t.slowest for t in tallies) <= CALL_DEADLINE_S + 2.0  # + one read timeout
    for exc in errors:
        assert LEAK_PASSWORD not in str(exc)
        assert "attempts" in str(exc)  # only retries running out can fail a call here
    # at 12 % faults, 5 failed attempts in a row (~2.5e-5 per call) should be rare
    assert len(errors) <= 5, Counter(type(e).__name__ for e in errors)

    stats = sandbox.stats()[ROUTE]
    assert sum(stats.values()) == sum(t.requests for t in tallies), stats
    assert stats.get("ok", 0) == len(ids), stats
    assert set(stats) <= {"ok", "fault_503", "fault_drop"}, stats
    injected = stats.get("fault_503", 0) + stats.get("fault_drop", 0)
    total = sum(stats.values())
    assert 0.06 * total <= injected <= 0.18 * total, stats  # ~12 % injected
