"""Triggers running together share a connection pool and connection reads, and leave nothing behind."""

from __future__ import annotations

import asyncio
import itertools
from typing import Any

from airflow_provider_paysecure.connection import PaySecureSettings
from airflow_provider_paysecure.exceptions import PaySecureConfigError
from airflow_provider_paysecure.sandbox import PaySecureSandbox
from airflow_provider_paysecure.triggers import sharing as trig
from airflow_provider_paysecure.triggers.paysecure import PaySecureSessionTrigger
from tests.conftest import run_trigger_async

FAST = {"retry_limit": 0, "retry_delay": 0.01}


def test_many_concurrent_triggers_share_and_release(sandbox: PaySecureSandbox) -> None:
    count = 3 * trig.READ_SHARERS + 5  # more than one read group
    sandbox.set_faults(latency_s=2.0)  # holds every request in flight while we look
    seen: dict[str, int] = {}

    async def main() -> list[dict[str, Any]]:
        loop = asyncio.get_running_loop()
        tasks = [
            asyncio.ensure_future(run_trigger_async(PaySecureSessionTrigger(poll_interval=0.05, retry_policy=FAST)))
            for _ in range(count)
        ]
        for _ in range(100):  # bounded: until the sandbox has received every request
            if sandbox.count("CreateSession") == count:
                break
            await asyncio.sleep(0.02)
        assert sandbox.count("CreateSession") == count, sandbox.stats()
        leases = list(trig._POOLS.get(loop, {}).values())
        seen["pools"] = len(leases)
        seen["users"] = leases[0].users
        results = await asyncio.gather(*tasks)
        seen["pools_after"] = len(trig._POOLS.get(loop, {}))
        seen["reads_after"] = len(trig._READS.get(loop, {}))
        return results

    results = asyncio.run(main())
    assert [r["status"] for r in results] == ["success"] * count
    assert len({r["session"]["session_id"] for r in results}) == count
    assert sandbox.count("CreateSession", "ok") == count
    assert seen["pools"] == 1 and seen["users"] == count
    assert seen["pools_after"] == 0 and seen["reads_after"] == 0


def test_cancelled_triggers_do_not_break_the_others(sandbox: PaySecureSandbox) -> None:
    sandbox.set_faults(latency_s=0.3)

    async def main() -> tuple[list[Any], int]:
        loop = asyncio.get_running_loop()
        tasks = [
            asyncio.ensure_future(run_trigger_async(PaySecureSessionTrigger(poll_interval=0.05, retry_policy=FAST)))
            for _ in range(20)
        ]
        await asyncio.sleep(0)  # they start, and share one connection read
        for task in tasks[:5]:
            task.cancel()
        results = await asyncio.gather(*tasks, return_exceptions=True)
        return results, len(trig._POOLS.get(loop, {}))

    results, pools_left = asyncio.run(main())
    assert all(isinstance(r, asyncio.CancelledError) for r in results[:5])
    assert [r["status"] for r in results[5:]] == ["success"] * 15
    assert pools_left == 0


def test_waiters_of_one_read_resume_one_per_loop_iteration_in_order(sandbox: PaySecureSandbox) -> None:
    """A whole group resuming in one iteration would hold the loop for all their work at once."""

    async def main() -> list[tuple[int, int]]:
        ticks = 0

        async def ticker() -> None:  # counts loop iterations
            nonlocal ticks
            while True:
                ticks += 1
                await asyncio.sleep(0)

        resumed: list[tuple[int, int]] = []

        async def wait(index: int) -> None:
            await trig.read_settings("paysecure_default")
            resumed.append((index, ticks))

        counting = asyncio.ensure_future(ticker())
        waiters = [asyncio.ensure_future(wait(i)) for i in range(6)]
        await asyncio.sleep(0)
        waiters[2].cancel()  # a cancelled waiter's turn is skipped, nobody waits for it
        await asyncio.gather(*waiters, return_exceptions=True)
        counting.cancel()
        return resumed

    resumed = asyncio.run(main())
    assert [index for index, _ in resumed] == [0, 1, 3, 4, 5]
    ticks = [tick for _, tick in resumed]
    assert all(later > earlier for earlier, later in itertools.pairwise(ticks)), ticks
    assert ticks[-1] - ticks[0] <= 2 * len(ticks), "the turns were not handed on promptly"


def test_a_failed_read_reaches_every_waiter(paysecure_conn: Any) -> None:
    conn_id = paysecure_conn("paysecure_broken", extra={"verify": "maybe"})

    async def main() -> list[BaseException | PaySecureSettings]:
        return await asyncio.gather(*(trig.read_settings(conn_id) for _ in range(4)), return_exceptions=True)

    results = asyncio.run(main())
    assert [type(r) for r in results] == [PaySecureConfigError] * 4
    assert all("verify" in str(r) for r in results)
