"""Benchmarks 3 and 4: 1,000 deferred waits in one event loop, and their memory.

Like Airflow's triggerer, one event loop runs ``N`` tasks, each iterating a
``PaySecureSessionTrigger.run()`` to its first event, against the sandbox (in its
own process) with 200 ms of added latency. A watchdog task loops
``asyncio.sleep(0.1)`` and records how late each wake-up is; the triggerer warns
when the loop is blocked for more than 0.2 s. Side by side, the same number of
calls through:

- the synchronous hook in ``asyncio.to_thread`` (the default executor, as a
  non-deferrable sensor offloaded to threads would run);
- a *floor*: bare ``asyncio`` streams, one keep-alive connection and one POST of
  the same CreateSession request per task, created the same staggered way
  (``await asyncio.sleep(0)`` between tasks), reading the reply by
  ``Content-Length`` and ``json.loads``. The triggers-to-floor ratio is what the
  triggers' own machinery costs.

Section 4b checks that one maximum-size (1 MiB) reply, and one gzip-compressed
reply, through one trigger never stall the event loop: a probe task sleeping
1 ms records how late it wakes up.

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

from _common import create_session_request, median, raise_fd_limit, run_child, sandbox_process, verdict

N = 1000
LATENCY_S = 0.2
REPEATS = 7
FROZEN_REPEATS = 3
WATCHDOG_PERIOD_S = 0.1
WATCHDOG_LIMIT_S = 0.2
TARGET_WALL_S = 10 * LATENCY_S
TARGET_SPEEDUP = 10.0
TARGET_FLOOR_RATIO = 4.0
STALL_PROBE_S = 0.001
STALL_LIMIT_S = 0.05
STALL_RUNS = 5
MAX_REPLY_BYTES = 1 << 20
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


async def _floor(n: int) -> list[dict[str, Any]]:
    """``n`` concurrent keep-alive POSTs over bare asyncio streams (no HTTP client library)."""
    import os
    from urllib.parse import urlsplit

    prepared = create_session_request(json.loads(os.environ[f"AIRFLOW_CONN_{CONN_ID.upper()}"]))
    url = urlsplit(prepared.url)
    host, port = url.hostname or "127.0.0.1", url.port or 80
    head = [f"POST {url.path} HTTP/1.1", f"Host: {url.netloc}", "Connection: keep-alive"]
    head += [f"{name}: {value}" for name, value in prepared.headers.items() if name.lower() != "host"]
    head.append(f"Content-Length: {len(prepared.body)}")
    request = ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + prepared.body

    async def one() -> dict[str, Any]:
        reader, writer = await asyncio.open_connection(host, port)
        try:
            writer.write(request)
            await writer.drain()
            status_and_headers = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in status_and_headers.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            reply = json.loads(await reader.readexactly(length))
            return {"status": "success", "session": {"session_id": reply["SessionId"]}}
        except Exception as exc:  # reported, not raised: the run counts failures
            return {"status": "error", "error_type": type(exc).__name__, "message": str(exc)[:200]}
        finally:
            writer.close()

    tasks = []
    for _ in range(n):  # staggered exactly like _triggers
        await asyncio.sleep(0)
        tasks.append(asyncio.create_task(one()))
    return list(await asyncio.gather(*tasks))


class _FullCollections:
    """Count the garbage collector's full (generation 2) passes and time the longest.

    A full pass walks every tracked object of the process (mostly Airflow's, imported
    before the run) and holds the event loop meanwhile; how often one runs depends on
    how many objects the run keeps alive. Reported next to the watchdog lag.
    """

    def __init__(self) -> None:
        self.count = 0
        self.longest_s = 0.0
        self._started = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if info.get("generation") != 2:
            return
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.count += 1
            self.longest_s = max(self.longest_s, time.perf_counter() - self._started)


async def _measure(mode: str, n: int) -> dict[str, Any]:
    import gc

    collections = _FullCollections()
    gc.callbacks.append(collections)
    stop = asyncio.Event()
    lags: list[float] = []
    rss = [_rss_mib()]
    rss_before = rss[0]
    watchdog = asyncio.create_task(_watchdog(stop, lags, rss))
    await asyncio.sleep(0)
    started = time.perf_counter()
    runner = {"triggers": _triggers, "threads": _threads, "floor": _floor}[mode]
    events = await runner(n)
    wall = time.perf_counter() - started
    stop.set()
    await watchdog
    gc.callbacks.remove(collections)
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
        "full_gc_passes": collections.count,
        "full_gc_longest_s": collections.longest_s,
    }


def child(mode: str, n: int) -> None:
    """Entry point of a measuring child process: print one JSON line."""
    raise_fd_limit()
    # import everything first, so that the baseline child measures the same modules
    import httpx  # noqa: F401

    import airflow_provider_paysecure.hooks.paysecure
    import airflow_provider_paysecure.transports.async_http
    import airflow_provider_paysecure.triggers.paysecure  # noqa: F401

    result: dict[str, Any] = {"mode": mode}
    if mode == "stall":
        result = asyncio.run(_stall())
    elif mode == "triggers-frozen":
        # the heap as a process that froze it after start-up (gc.freeze(), as Airflow's
        # DAG processor and LocalExecutor do) would have it: full passes skip it
        import gc

        gc.collect()
        gc.freeze()
        result = asyncio.run(_measure("triggers", n))
        result["mode"] = mode
    elif mode != "baseline":
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
        run_child([me, "--child", "floor", "--n", "50"], env)
        triggers, floors = [], []
        for _ in range(REPEATS):  # interleaved, so both see the same machine
            triggers.append(run_child([me, "--child", "triggers", "--n", str(N)], env))
            floors.append(run_child([me, "--child", "floor", "--n", str(N)], env))
        frozen = [run_child([me, "--child", "triggers-frozen", "--n", str(N)], env) for _ in range(FROZEN_REPEATS)]
        threads = run_child([me, "--child", "threads", "--n", str(N)], env)
        stats = sandbox.stats()
    stalls = {kind: _stall_runs(kind) for kind in ("small", "max-size", "gzip")}
    result = {
        "baseline": baseline,
        "triggers": triggers,
        "floors": floors,
        "threads": threads,
        "frozen": frozen,
        "stalls": stalls,
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
    floors = result["floors"]
    floor_wall = median([f["wall_s"] for f in floors])
    floor_ratio = wall / floor_wall
    all_ok = all(t["ok"] == N and t["unique_ids"] == N for t in triggers)
    lines = [
        f"## 3. Deferrable scale ({N} triggers in one event loop, {LATENCY_S * 1000:.0f} ms latency)",
        "",
        f"Each run in a fresh child process; {REPEATS} trigger runs interleaved with {REPEATS} floor runs "
        "(the wall-time verdicts use the medians, the worst run is shown beside them; the watchdog "
        "verdict uses the worst lag over all runs). Watchdog: a task looping "
        f"`asyncio.sleep({WATCHDOG_PERIOD_S:g})`, reporting the longest sleep "
        f"(the triggerer warns above {WATCHDOG_LIMIT_S:g} s). Full GC: the collector's generation-2 "
        "passes during the run and the longest one; each walks the whole process heap (mostly Airflow's "
        'modules) and blocks the loop while it runs. "Heap frozen": the same trigger run after '
        "`gc.collect(); gc.freeze()`, as a process that froze its start-up heap would run it (Airflow's "
        "DAG processor and LocalExecutor do; its triggerer does not), so that a full pass walks only "
        "what the run itself allocates.",
        "",
        "| run | wall s | sessions (unique) | watchdog max s | samples > 0.2 s | full GC passes (longest ms) |",
        "|---|---|---|---|---|---|",
    ]
    for label, runs in (
        ("triggers #{}", triggers),
        ("floor #{}: bare asyncio streams", floors),
        ("triggers, heap frozen #{}", result["frozen"]),
    ):
        lines += [_run_row(label.format(i), run) for i, run in enumerate(runs, 1)]
    frozen_lag = max(z["watchdog_max_s"] for z in result["frozen"])
    lines += [
        _run_row("sync hook via `asyncio.to_thread`", threads),
        "",
        "| figure | value | target | |",
        "|---|---|---|---|",
        f"| all {N} triggers done (median of runs; worst) | {wall:.2f} s; {worst_wall:.2f} s "
        f"| <= {TARGET_WALL_S:g} s | {verdict(wall <= TARGET_WALL_S)} |",
        f"| triggers / floor (medians) | {floor_ratio:.2f}x ({wall:.2f} s / {floor_wall:.2f} s) "
        f"| <= {TARGET_FLOOR_RATIO:g}x | {verdict(floor_ratio <= TARGET_FLOOR_RATIO)} |",
        f"| speed-up vs `to_thread` | {speedup:.1f}x | >= {TARGET_SPEEDUP:g}x | {verdict(speedup >= TARGET_SPEEDUP)} |",
        f"| watchdog max (all trigger runs) | {lag:.3f} s | <= {WATCHDOG_LIMIT_S:g} s "
        f"| {verdict(lag <= WATCHDOG_LIMIT_S)} |",
        f"| watchdog max, heap frozen (reported: the triggers' own share of the lag) | {frozen_lag:.3f} s "
        "| reported | |",
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
        *_stall_markdown(result["stalls"]),
    ]
    return "\n".join(lines)


def _run_row(label: str, run: dict[str, Any]) -> str:
    """One row of the runs table: wall time, sessions, watchdog, full GC passes."""
    return (
        f"| {label} | {run['wall_s']:.2f} | {run['ok']} ({run['unique_ids']}) | {run['watchdog_max_s']:.3f} | "
        f"{run['watchdog_over_limit']} | {run['full_gc_passes']} ({run['full_gc_longest_s'] * 1000:.0f}) |"
    )


# ---------------------------------------------------------------------- 4b. loop stall

_STALL_SERVER = r"""
import gzip, json, sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
kind, size = sys.argv[1], int(sys.argv[2])
if kind == "small":
    body, encoding = json.dumps({"SessionId": "a1b2c3d4e5f6a7b8"}).encode(), None
else:
    head = b'{"SessionId": "a1b2c3d4e5f6a7b8", "Pad": "'
    # max-size: exactly `size` bytes on the wire; gzip: `size` - 1 bytes once decoded
    raw = head + b"x" * ((size if kind == "max-size" else size - 1) - len(head) - 2) + b'"}'
    body, encoding = (raw, None) if kind == "max-size" else (gzip.compress(raw), "gzip")
class H(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def log_message(self, *a):
        pass
    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        if encoding:
            self.send_header("Content-Encoding", encoding)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
srv = ThreadingHTTPServer(("127.0.0.1", 0), H)
srv.daemon_threads = True
print(json.dumps({"port": srv.server_address[1], "wire_bytes": len(body)}), flush=True)
import threading
threading.Thread(target=srv.serve_forever, daemon=True).start()
sys.stdin.read()
"""


async def _stall() -> dict[str, Any]:
    """One trigger to its first event while a probe measures the event loop's lateness."""
    from airflow_provider_paysecure.triggers.paysecure import PaySecureSessionTrigger

    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    worst = [0.0]

    async def probe() -> None:
        while not stop.is_set():
            before = loop.time()
            await asyncio.sleep(STALL_PROBE_S)
            worst[0] = max(worst[0], loop.time() - before - STALL_PROBE_S)

    async def first_event() -> dict[str, Any]:
        trigger = PaySecureSessionTrigger(CONN_ID, poll_interval=60, deadline=time.time() + 30)
        async for event in trigger.run():
            payload: dict[str, Any] = event.payload
            return payload
        raise RuntimeError("the trigger ended without an event")

    await first_event()  # warm-up: imports, the connection read, the pool
    prober = asyncio.create_task(probe())
    await asyncio.sleep(0.05)
    worst[0] = 0.0
    payload = await first_event()
    stop.set()
    await prober
    return {"max_lag_s": worst[0], "status": payload.get("status"), "error_type": payload.get("error_type")}


def _stall_runs(kind: str) -> dict[str, Any]:
    """``STALL_RUNS`` children, each one trigger against a server sending a ``kind`` reply."""
    import subprocess

    from _common import PYTHON, child_env

    server = subprocess.Popen(
        [PYTHON, "-c", _STALL_SERVER, kind, str(MAX_REPLY_BYTES)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=child_env(),
    )
    try:
        assert server.stdout is not None
        info = json.loads(server.stdout.readline())
        conn = {
            "conn_type": "paysecure",
            "host": f"http://127.0.0.1:{info['port']}",
            "login": "bench-user",
            "password": "bench-password",
            "extra": {"merchant_id": "M-BENCH", "version": "v4"},
        }
        env = {f"AIRFLOW_CONN_{CONN_ID.upper()}": json.dumps(conn)}
        runs = [run_child([__file__, "--child", "stall"], env) for _ in range(STALL_RUNS)]
    finally:
        if server.stdin is not None:
            server.stdin.close()
        server.wait(timeout=30)
    return {"wire_bytes": info["wire_bytes"], "runs": runs}


def _stall_markdown(stalls: dict[str, Any]) -> list[str]:
    lines = [
        "## 4b. Event-loop stall from one large reply",
        "",
        f"One trigger to its first event, {STALL_RUNS} fresh child processes per reply; a probe task "
        f"sleeping {STALL_PROBE_S * 1000:g} ms reports the worst lateness of its wake-ups. The server "
        "runs in its own process.",
        "",
        "| reply | bytes on the wire | events | worst loop lag | target |",
        "|---|---|---|---|---|",
    ]
    for kind, label in (
        ("small", "small session (reference)"),
        ("max-size", f"maximum size ({MAX_REPLY_BYTES:,} bytes, identity)"),
        ("gzip", f"gzip, {MAX_REPLY_BYTES - 1:,} bytes decoded"),
    ):
        data = stalls[kind]
        worst = max(run["max_lag_s"] for run in data["runs"])
        outcomes = sorted({str(run["error_type"] or run["status"]) for run in data["runs"]})
        target = f"<= {STALL_LIMIT_S * 1000:g} ms: {verdict(worst <= STALL_LIMIT_S)}"
        if kind == "small":
            target = "reference"
        lines.append(f"| {label} | {data['wire_bytes']:,} | {', '.join(outcomes)} | {worst * 1000:.1f} ms | {target} |")
    lines.append("")
    return lines


def main() -> None:
    """Run the benchmark, or one child measurement with ``--child``."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", choices=("triggers", "triggers-frozen", "threads", "floor", "baseline", "stall"))
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
