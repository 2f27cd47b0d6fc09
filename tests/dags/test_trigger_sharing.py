"""Triggers running together share clients and connection reads, and leave nothing behind."""

from __future__ import annotations

import asyncio
from typing import Any

from airflow_provider_paysecure.sandbox import PaySecureSandbox
from airflow_provider_paysecure.triggers import sharing as trig
from airflow_provider_paysecure.triggers.paysecure import PaySecureSessionTrigger
from tests.conftest import run_trigger_async

FAST = {"retry_limit": 0, "retry_delay": 0.01}


def test_many_concurrent_triggers_share_and_release(sandbox: PaySecureSandbox) -> None:
    count = 3 * max(trig.CLIENT_SHARERS, trig.READ_SHARERS) + 5  # more than one client and one read group
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
        leases = [lease for group in trig._CLIENTS.get(loop, {}).values() for lease in group]
        seen["clients"] = len(leases)
        seen["max_users"] = max(lease.users for lease in leases)
        results = await asyncio.gather(*tasks)
        seen["clients_after"] = sum(len(g) for g in trig._CLIENTS.get(loop, {}).values())
        seen["reads_after"] = len(trig._READS.get(loop, {}))
        return results

    results = asyncio.run(main())
    assert [r["status"] for r in results] == ["success"] * count
    assert len({r["session"]["session_id"] for r in results}) == count
    assert sandbox.count("CreateSession", "ok") == count
    assert seen["clients"] == -(-count // trig.CLIENT_SHARERS) and seen["max_users"] == trig.CLIENT_SHARERS
    assert seen["clients_after"] == 0 and seen["reads_after"] == 0


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
        return results, sum(len(g) for g in trig._CLIENTS.get(loop, {}).values())

    results, clients_left = asyncio.run(main())
    assert all(isinstance(r, asyncio.CancelledError) for r in results[:5])
    assert [r["status"] for r in results[5:]] == ["success"] * 15
    assert clients_left == 0
