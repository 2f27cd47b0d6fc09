"""Benchmark 2: per-call overhead of ``PaySecureHook.create_session`` on loopback.

Three clients call ``CreateSession`` on the same sandbox (running in its own
process), interleaved in one process: ``ROUNDS`` rounds of ``PER_ROUND`` sequential
calls each, with the order rotating every round:

- ``PaySecureHook().create_session()`` with its DEFAULT settings: the full path,
  including parsing into ``PaySecureSession`` with pendulum timestamps. (By
  default the hook does not register session ids with Airflow's secrets masker;
  the task that publishes a session does, once.)
- raw ``requests.Session().post(...)`` + ``json.loads`` (the floor);
- ``HttpHook(method="POST").run(...)`` + ``json.loads`` from the HTTP provider.

The sandbox issues a distinct session id per call. Separate child processes
(:func:`growth_child`) check that the per-call cost does not grow with the number
of sessions a process has created: each hook call is paired with a raw-requests
call, and the median ratio hook / control of calls 1-50 is compared with that of
calls 1001-1050, with the defaults (target) and with the opt-in
``mask_session_ids=True`` (reported).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any, cast

from _common import create_session_request, median, raw_requests_client, run_child, sandbox_process, verdict

ROUNDS = 10
PER_ROUND = 200
TARGET_VS_RAW = 1.10
GROWTH_CALLS = 1050
GROWTH_WINDOW = 50
TARGET_GROWTH = 1.25


def growth_child(calls: int, window: int, mask: bool) -> None:
    """Entry point of a growth child process: print one JSON line.

    Each hook call is paired with a call of the raw-requests floor (the control), so
    that the machine slowing down during the run is not read as growth.

    :param calls: hook calls to time (after 5 warm-up calls).
    :param window: calls per window (the first and the last are compared).
    :param mask: run the hook with the opt-in ``mask_session_ids=True``.
    """
    from airflow_provider_paysecure.hooks.paysecure import PaySecureHook

    hook = PaySecureHook("bench_ps", mask_session_ids=True) if mask else PaySecureHook("bench_ps")
    control = raw_requests_client(json.loads(os.environ["AIRFLOW_CONN_BENCH_PS"]))
    for _ in range(5):  # warm-up: the connections, lazy imports
        hook.create_session()
        control()
    times: list[float] = []
    control_times: list[float] = []
    ids = set()
    for _ in range(calls):
        started = time.perf_counter()
        ids.add(hook.create_session().session_id)
        times.append(time.perf_counter() - started)
        started = time.perf_counter()
        control()
        control_times.append(time.perf_counter() - started)
    pairs = list(zip(times, control_times, strict=True))

    def ratio(part: list[tuple[float, float]]) -> float:
        return statistics.median(h / c for h, c in part)

    result = {
        "first_ms": statistics.median(times[:window]) * 1000,
        "last_ms": statistics.median(times[-window:]) * 1000,
        "first_ratio": ratio(pairs[:window]),
        "last_ratio": ratio(pairs[-window:]),
        "distinct_ids": len(ids),
        "mean_ms": sum(times) / calls * 1000,
    }
    print(json.dumps(result))


def _clients(conn: dict[str, Any]) -> dict[str, Callable[[], Any]]:
    from airflow.providers.http.hooks.http import HttpHook

    from airflow_provider_paysecure.hooks.paysecure import PaySecureHook

    prepared = create_session_request(conn)
    headers = dict(prepared.headers)

    hook = PaySecureHook("bench_ps")  # the defaults, session-id masking included
    http_hook = HttpHook(method="POST", http_conn_id="bench_http")

    def ours() -> Any:
        return hook.create_session()

    def http_provider() -> Any:
        # the same bytes as the other clients; HttpHook passes them through to requests
        # (its ``data`` annotation omits bytes)
        response = http_hook.run("CreateSession", data=cast(Any, prepared.body), headers=headers)
        return json.loads(response.content)

    return {
        "PaySecureHook().create_session (defaults)": ours,
        "raw requests.Session.post + json.loads": raw_requests_client(conn),
        "HttpHook(POST).run + json.loads": http_provider,
    }


def run() -> dict[str, Any]:
    """Measure and return ``{"per_call_us": {...}, "ratios": {...}, "markdown": str}``."""
    with sandbox_process() as sandbox:
        conn = sandbox.conn
        http_conn = {
            "conn_type": "http",
            "host": conn["host"],
            "port": conn["port"],
        }
        os.environ.update(sandbox.conn_env("bench_ps"))
        os.environ["AIRFLOW_CONN_BENCH_HTTP"] = json.dumps(http_conn)
        clients = _clients(conn)
        names = list(clients)
        for client in clients.values():  # warm-up: connections, caches, lazy imports
            for _ in range(20):
                client()
        totals = dict.fromkeys(names, 0.0)
        per_round: dict[str, list[float]] = {name: [] for name in names}
        for round_no in range(ROUNDS):
            shift = round_no % len(names)
            for name in names[shift:] + names[:shift]:
                call = clients[name]
                started = time.perf_counter()
                for _ in range(PER_ROUND):
                    call()
                elapsed = time.perf_counter() - started
                totals[name] += elapsed
                per_round[name].append(elapsed / PER_ROUND * 1e6)
        env = sandbox.conn_env("bench_ps")
        growth, growth_opt_in = (
            run_child(
                [__file__, "--growth-child", mode, "--calls", str(GROWTH_CALLS), "--window", str(GROWTH_WINDOW)],
                env,
            )
            for mode in ("defaults", "mask")
        )
        stats = sandbox.stats()
    ours, raw, _http = names
    calls = ROUNDS * PER_ROUND
    per_call = {name: totals[name] / calls * 1e6 for name in names}
    ratios = {name: totals[name] / totals[raw] for name in names}
    round_ratios = [a / b for a, b in zip(per_round[ours], per_round[raw], strict=True)]
    result = {
        "per_call_us": per_call,
        "ratios": ratios,
        "median_round_ratio_vs_raw": median(round_ratios),
        "growth": growth,
        "growth_opt_in": growth_opt_in,
        "sandbox_ok": stats.get("CreateSession", {}).get("ok", 0),
    }
    result["markdown"] = _markdown(result, names)
    return result


def _markdown(result: dict[str, Any], names: list[str]) -> str:
    ours, raw, http = names
    per_call, ratios = result["per_call_us"], result["ratios"]
    vs_raw_ok = ratios[ours] <= TARGET_VS_RAW
    vs_http_ok = ratios[ours] < ratios[http]
    growth, opt_in = result["growth"], result["growth_opt_in"]
    growth_ratio = growth["last_ratio"] / growth["first_ratio"]
    opt_in_ratio = opt_in["last_ratio"] / opt_in["first_ratio"]
    lines = [
        "## 2. Hook overhead (sequential CreateSession on loopback)",
        "",
        f"{ROUNDS} interleaved rounds x {PER_ROUND} sequential calls per client against the "
        "sandbox in a separate process; one client object each, kept across calls "
        f"(the sandbox counted {result['sandbox_ok']} successful CreateSession calls).",
        "",
        "| client | us per call | x raw requests | target |",
        "|---|---|---|---|",
        f"| `{ours}` (defaults; full parse into PaySecureSession) | "
        f"{per_call[ours]:.0f} | {ratios[ours]:.3f}x (median round {result['median_round_ratio_vs_raw']:.3f}x) "
        f"| <= {TARGET_VS_RAW:.2f}x raw: {verdict(vs_raw_ok)}; faster than HttpHook: "
        f"{verdict(vs_http_ok)} |",
        f"| {raw} | {per_call[raw]:.0f} | 1.000x | floor |",
        f"| `{http}` | {per_call[http]:.0f} | {ratios[http]:.3f}x | reference |",
        "",
        f"The hook above runs with its defaults ({ROUNDS * PER_ROUND + 20} distinct session ids in "
        "one process). Growth of the per-call cost with the number of sessions one process "
        f"has created: {GROWTH_CALLS} calls in a fresh process after 5 warm-up calls, each "
        "paired with a raw `requests` POST of the same request (the control, so that the machine "
        "slowing down is not read as growth); per window of "
        f"{GROWTH_WINDOW} pairs, the median of hook / control. Growth = last window's ratio / first's:",
        "",
        "| hook | first window: ms (x control) | last window: ms (x control) | growth | target |",
        "|---|---|---|---|---|",
        f"| defaults | {growth['first_ms']:.2f} ({growth['first_ratio']:.2f}x) | "
        f"{growth['last_ms']:.2f} ({growth['last_ratio']:.2f}x) | {growth_ratio:.2f}x | "
        f"<= {TARGET_GROWTH:.2f}x: {verdict(growth_ratio <= TARGET_GROWTH)} |",
        f"| `mask_session_ids=True` (opt-in) | {opt_in['first_ms']:.2f} ({opt_in['first_ratio']:.2f}x) | "
        f"{opt_in['last_ms']:.2f} ({opt_in['last_ratio']:.2f}x) | {opt_in_ratio:.2f}x | reported |",
        "",
        f"({growth['distinct_ids']} and {opt_in['distinct_ids']} distinct session ids.)",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    """Run and print the markdown (and the raw figures as JSON on stderr), or one growth child."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--growth-child", choices=("defaults", "mask"))
    parser.add_argument("--calls", type=int, default=GROWTH_CALLS)
    parser.add_argument("--window", type=int, default=GROWTH_WINDOW)
    args = parser.parse_args()
    if args.growth_child:
        growth_child(args.calls, args.window, args.growth_child == "mask")
        return
    result = run()
    print(result["markdown"])
    print(json.dumps({k: v for k, v in result.items() if k != "markdown"}, indent=1), file=sys.stderr)


if __name__ == "__main__":
    main()
