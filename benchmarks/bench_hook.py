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
check that the per-call cost does not grow with the number of sessions a process
has created: the median of calls 1-50 against calls 1001-1050, with the defaults
(target) and with the opt-in ``mask_session_ids=True`` (reported).
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from typing import Any, cast

from _common import median, run_child, sandbox_process, verdict

ROUNDS = 10
PER_ROUND = 200
TARGET_VS_RAW = 1.10
GROWTH_CALLS = 1050
GROWTH_WINDOW = 50
TARGET_GROWTH = 1.25

_GROWTH_CHILD = r"""
import json, os, statistics, sys, time
import requests
from airflow_provider_paysecure import wire
from airflow_provider_paysecure.hooks.paysecure import PaySecureHook
calls, window, mask = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3] == "mask"
hook = PaySecureHook("bench_ps", mask_session_ids=True) if mask else PaySecureHook("bench_ps")
# the control, paired call by call: a raw requests POST of the same request
conn = json.loads(os.environ["AIRFLOW_CONN_BENCH_PS"])
prepared = wire.build_create_session_request(
    f"{conn['host']}:{conn['port']}",
    wire.Credentials(conn["extra"]["merchant_id"], conn["login"], conn["password"], conn["extra"]["version"]),
    None,
)
raw, headers = requests.Session(), dict(prepared.headers)
def control():
    return json.loads(raw.post(prepared.url, data=prepared.body, headers=headers, timeout=(10, 30)).content)
for _ in range(5):  # warm-up: the connections, lazy imports
    hook.create_session()
    control()
times, control_times = [], []
ids = set()
for _ in range(calls):
    t = time.perf_counter()
    ids.add(hook.create_session().session_id)
    times.append(time.perf_counter() - t)
    t = time.perf_counter()
    control()
    control_times.append(time.perf_counter() - t)
def ratio(part):
    return statistics.median(h / c for h, c in part)
pairs = list(zip(times, control_times))
print(json.dumps({"first_ms": statistics.median(times[:window]) * 1000,
                  "last_ms": statistics.median(times[-window:]) * 1000,
                  "first_ratio": ratio(pairs[:window]), "last_ratio": ratio(pairs[-window:]),
                  "distinct_ids": len(ids), "mean_ms": sum(times) / calls * 1000}))
"""


def _clients(conn: dict[str, Any]) -> dict[str, Callable[[], Any]]:
    import requests
    from airflow.providers.http.hooks.http import HttpHook

    from airflow_provider_paysecure import wire
    from airflow_provider_paysecure.hooks.paysecure import PaySecureHook

    base_url = f"{conn['host']}:{conn['port']}"
    credentials = wire.Credentials(
        conn["extra"]["merchant_id"], conn["login"], conn["password"], conn["extra"]["version"]
    )
    prepared = wire.build_create_session_request(base_url, credentials, None)
    headers = dict(prepared.headers)

    hook = PaySecureHook("bench_ps")  # the defaults, session-id masking included
    raw = requests.Session()
    http_hook = HttpHook(method="POST", http_conn_id="bench_http")

    def ours() -> Any:
        return hook.create_session()

    def raw_requests() -> Any:
        response = raw.post(prepared.url, data=prepared.body, headers=headers, timeout=(10, 30))
        response.raise_for_status()
        return json.loads(response.content)

    def http_provider() -> Any:
        # the same bytes as the other clients; HttpHook passes them through to requests
        # (its ``data`` annotation omits bytes)
        response = http_hook.run("CreateSession", data=cast(Any, prepared.body), headers=headers)
        return json.loads(response.content)

    return {
        "PaySecureHook().create_session (defaults)": ours,
        "raw requests.Session.post + json.loads": raw_requests,
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
        growth = run_child(["-c", _GROWTH_CHILD, str(GROWTH_CALLS), str(GROWTH_WINDOW), "defaults"], env)
        growth_opt_in = run_child(["-c", _GROWTH_CHILD, str(GROWTH_CALLS), str(GROWTH_WINDOW), "mask"], env)
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
    """Run and print the markdown (and the raw figures as JSON on stderr)."""
    result = run()
    print(result["markdown"])
    print(json.dumps({k: v for k, v in result.items() if k != "markdown"}, indent=1), file=sys.stderr)


if __name__ == "__main__":
    main()
