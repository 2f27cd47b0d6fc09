"""Benchmarks 3 and 4: 1,000 deferred waits in one event loop, and their memory.

Like Airflow's triggerer, one event loop runs ``N`` tasks, each iterating a
``PaySecureSessionTrigger.run()`` to its first event, against the sandbox (in its
own process) with 200 ms of added latency. A watchdog task loops
``asyncio.sleep(0.1)`` and records how late each wake-up is; the triggerer warns
when the loop is blocked for more than 0.2 s. The same number of calls through
the synchronous hook in ``asyncio.to_thread`` (the default executor, as a
non-deferrable sensor offloaded to threads would run) is measured side by side.

Each run happens in a dedicated child process, whose peak RSS
(``resource.getrusage``) is reported against a child that only imports the same
modules. Connections come from ``AIRFLOW_CONN_*`` variables: no metadata DB, no
triggerer supervisor. ``BaseHook.aget_connection`` reads them on Airflow 3.3.2
outside a triggerer.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import sys
import time
from typing import Any

from _common import median, raise_fd_limit, run_child, sandbox_process, verdict

N = 1000
LATENCY_S = 0.2
REPEATS = 3
WATCHDOG_PERIOD_S = 0.1
WATCHDOG_LIMIT_S = 0.2
TARGET_WALL_S = 10 * LATENCY_S
TARGET_SPEEDUP = 10.0
CONN_ID = "bench_ps"


def _rss_mib() -> float:
    """The current resident set size (Linux ``/proc/self/statm``), in MiB."""
    try:
        with open("/proc/self/statm") as statm:
            pages = int(statm.read().split()[1])
    except (OSError, ValueError, IndexError):
        return 0.0
    return pages * resource.getpagesize() / 2**20


async def _watchdog(stop: asyncio.Event, lags: list[float], rss: list[float]) -> None:
    loop = asyncio.get_running_loop()
    while not stop.is_set():
        before = loop.time()
        await asyncio.sleep(WATCHDOG_PERIOD_S)
        lags.append(loop.time() - before)
        rss.append(_rss_mib())


async def _triggers(n: int) -> list[dict[str, Any]]:
    from airflow_provider_paysecure.triggers.paysecure import PaySecureSessionTrigger

    async def first_event(trigger: PaySecureSessionTrigger) -> dict[str, Any]:
        async for event in trigger.run():
            payload: dict[str, Any] = event.payload
            return payload
        raise RuntimeError("the trigger ended without an event")

    tasks = []
    for _ in range(n):  # like TriggerRunner.create_triggers: one at a time, yielding between
        await asyncio.sleep(0)
        trigger = PaySecureSessionTrigger(CONN_ID, poll_interval=1.0, retry_policy={"retry_delay": 0.1})
        tasks.append(asyncio.create_task(first_event(trigger)))
    return list(await asyncio.gather(*tasks))


async def _threads(n: int) -> list[dict[str, Any]]:
    from airflow_provider_paysecure.hooks.paysecure import PaySecureHook

    def one() -> dict[str, Any]:
        hook = PaySecureHook(CONN_ID, retry_delay=0.1)
        try:
            return {"status": "success", "session": hook.create_session().to_xcom()}
        finally:
            hook.close()

    return list(await asyncio.gather(*(asyncio.to_thread(one) for _ in range(n))))


async def _measure(mode: str, n: int) -> dict[str, Any]:
    stop = asyncio.Event()
    lags: list[float] = []
    rss = [_rss_mib()]
    rss_before = rss[0]
    watchdog = asyncio.create_task(_watchdog(stop, lags, rss))
    await asyncio.sleep(0)
    started = time.perf_counter()
    events = await (_triggers(n) if mode == "triggers" else _threads(n))
    wall = time.perf_counter() - started
    stop.set()
    await watchdog
    ok = [e for e in events if e.get("status") == "success"]
    ids = {e["session"]["session_id"] for e in ok}
    errors = sorted({f"{e.get('error_type')}: {e.get('message')}" for e in events if e not in ok})
    return {
        "mode": mode,
        "n": n,
        "wall_s": wall,
        "ok": len(ok),
        "unique_ids": len(ids),
        "errors": errors[:5],
        "watchdog_max_s": max(lags) if lags else 0.0,
        "watchdog_over_limit": sum(1 for lag in lags if lag > WATCHDOG_LIMIT_S),
        "watchdog_samples": len(lags),
        "rss_before_mib": rss_before,
        "rss_max_during_mib": max(rss),
    }


def child(mode: str, n: int) -> None:
    """Entry point of a measuring child process: print one JSON line."""
    raise_fd_limit()
    # import everything first, so that the baseline child measures the same modules
    import httpx  # noqa: F401

    import airflow_provider_paysecure.hooks.paysecure
    import airflow_provider_paysecure.triggers.paysecure  # noqa: F401

    result: dict[str, Any] = {"mode": mode}
    if mode != "baseline":
        result = asyncio.run(_measure(mode, n))
    result["maxrss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def run() -> dict[str, Any]:
    """Measure and return ``{"triggers": [...], "threads": {...}, "markdown": str}``."""
    with sandbox_process(latency_s=LATENCY_S) as sandbox:
        env = sandbox.conn_env(CONN_ID)
        me = __file__
        baseline = run_child([me, "--child", "baseline"], env)
        run_child([me, "--child", "triggers", "--n", "50"], env)  # warm-up
        triggers = [run_child([me, "--child", "triggers", "--n", str(N)], env) for _ in range(REPEATS)]
        threads = run_child([me, "--child", "threads", "--n", str(N)], env)
        stats = sandbox.stats()
    result = {
        "baseline": baseline,
        "triggers": triggers,
        "threads": threads,
        "sandbox": stats.get("CreateSession", {}),
    }
    result["markdown"] = _markdown(result)
    return result


def _markdown(result: dict[str, Any]) -> str:
    triggers, threads, baseline = result["triggers"], result["threads"], result["baseline"]
    wall = median([t["wall_s"] for t in triggers])
    worst_wall = max(t["wall_s"] for t in triggers)
    lag = max(t["watchdog_max_s"] for t in triggers)
    rss = max(t["maxrss_mib"] for t in triggers)
    speedup = threads["wall_s"] / wall
    all_ok = all(t["ok"] == N and t["unique_ids"] == N for t in triggers)
    lines = [
        f"## 3. Deferrable scale ({N} triggers in one event loop, {LATENCY_S * 1000:.0f} ms latency)",
        "",
        f"Each run in a fresh child process; {REPEATS} trigger runs (median wall time; "
        "worst watchdog lag over all runs). Watchdog: a task looping "
        f"`asyncio.sleep({WATCHDOG_PERIOD_S:g})`, reporting the longest sleep "
        f"(the triggerer warns above {WATCHDOG_LIMIT_S:g} s).",
        "",
        "| run | wall s | sessions (unique) | watchdog max s | samples > 0.2 s | target |",
        "|---|---|---|---|---|---|",
    ]
    for i, t in enumerate(triggers, 1):
        lines.append(
            f"| triggers #{i} | {t['wall_s']:.2f} | {t['ok']} ({t['unique_ids']}) | "
            f"{t['watchdog_max_s']:.3f} | {t['watchdog_over_limit']} | |"
        )
    lines += [
        f"| sync hook via `asyncio.to_thread` | {threads['wall_s']:.2f} | {threads['ok']} "
        f"({threads['unique_ids']}) | {threads['watchdog_max_s']:.3f} | "
        f"{threads['watchdog_over_limit']} | |",
        "",
        "| figure | value | target | |",
        "|---|---|---|---|",
        f"| all {N} triggers done (median of runs; worst) | {wall:.2f} s; {worst_wall:.2f} s "
        f"| <= {TARGET_WALL_S:g} s | {verdict(worst_wall <= TARGET_WALL_S)} |",
        f"| speed-up vs `to_thread` | {speedup:.1f}x | >= {TARGET_SPEEDUP:g}x | {verdict(speedup >= TARGET_SPEEDUP)} |",
        f"| watchdog max (all trigger runs) | {lag:.3f} s | <= {WATCHDOG_LIMIT_S:g} s "
        f"| {verdict(lag <= WATCHDOG_LIMIT_S)} |",
        f"| every trigger yielded a distinct session | {'yes' if all_ok else 'NO'} | all | {verdict(all_ok)} |",
        "",
        f"Errors seen: {'; '.join(e for t in triggers for e in t['errors']) or 'none'}.",
        f"Sandbox CreateSession outcomes over the whole benchmark: {result['sandbox']}.",
        "",
        "## 4. Memory of the 1,000-trigger run",
        "",
        "| process | peak RSS |",
        "|---|---|",
        f"| child that only imports the same modules | {baseline['maxrss_mib']:.0f} MiB |",
        f"| child running {N} triggers (worst of {REPEATS}) | {rss:.0f} MiB "
        f"(+{rss - baseline['maxrss_mib']:.0f} MiB, "
        f"~{(rss - baseline['maxrss_mib']) * 1024 / N:.0f} KiB per trigger) |",
        f"| child running {N} `to_thread` calls | {threads['maxrss_mib']:.0f} MiB |",
        "",
        "Current RSS sampled by the watchdog (every 0.1 s) during the trigger runs: "
        + "; ".join(
            f"{t['rss_before_mib']:.0f} MiB before, {t['rss_max_during_mib']:.0f} MiB at most" for t in triggers
        )
        + f" (so ~{median([t['rss_max_during_mib'] - t['rss_before_mib'] for t in triggers]) * 1024 / N:.0f}"
        " KiB per concurrent trigger). Peak RSS (`ru_maxrss`) includes the import-time peak,"
        " which freed memory later absorbs.",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    """Run the benchmark, or one child measurement with ``--child``."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", choices=("triggers", "threads", "baseline"))
    parser.add_argument("--n", type=int, default=N)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.n)
        return
    result = run()
    print(result["markdown"])
    print(json.dumps({k: v for k, v in result.items() if k != "markdown"}, indent=1), file=sys.stderr)


if __name__ == "__main__":
    main()
