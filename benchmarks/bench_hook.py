"""Benchmark 2: per-call overhead of ``PaySecureHook.create_session`` on loopback.

Three clients call ``CreateSession`` on the same sandbox (running in its own
process), interleaved in one process: ``ROUNDS`` rounds of ``PER_ROUND`` sequential
calls each, with the order rotating every round:

- ``PaySecureHook(mask_session_ids=False).create_session()``: the full path,
  including parsing into ``PaySecureSession`` with pendulum timestamps;
- raw ``requests.Session().post(...)`` + ``json.loads`` (the floor);
- ``HttpHook(method="POST").run(...)`` + ``json.loads`` from the HTTP provider.

The hook's default (``mask_session_ids=True``) registers every session id with
Airflow's secrets masker, whose cost grows with the number of values already
masked in the process; a separate child process measures that growth.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from typing import Any

from _common import median, run_child, sandbox_process, verdict

ROUNDS = 10
PER_ROUND = 200
TARGET_VS_RAW = 1.10
MASKED_CALLS = 200

_MASKED_CHILD = r"""
import json, sys, time
from airflow_provider_paysecure.hooks.paysecure import PaySecureHook
calls = int(sys.argv[1])
hook = PaySecureHook("bench_ps")
hook.create_session()
times = []
for _ in range(calls):
    t = time.perf_counter()
    hook.create_session()
    times.append(time.perf_counter() - t)
q = max(1, calls // 4)
print(json.dumps({"first_ms": sum(times[:q]) / q * 1000, "last_ms": sum(times[-q:]) / q * 1000,
                  "mean_ms": sum(times) / calls * 1000}))
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

    hook = PaySecureHook("bench_ps", mask_session_ids=False)
    raw = requests.Session()
    http_hook = HttpHook(method="POST", http_conn_id="bench_http")

    def ours() -> Any:
        return hook.create_session()

    def raw_requests() -> Any:
        response = raw.post(prepared.url, data=prepared.body, headers=headers, timeout=(10, 30))
        response.raise_for_status()
        return json.loads(response.content)

    def http_provider() -> Any:
        response = http_hook.run("CreateSession", data=prepared.body, headers=headers)
        return json.loads(response.content)

    return {
        "PaySecureHook.create_session": ours,
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
        masked = run_child(["-c", _MASKED_CHILD, str(MASKED_CALLS)], sandbox.conn_env("bench_ps"))
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
        "masked": masked,
        "sandbox_ok": stats.get("CreateSession", {}).get("ok", 0),
    }
    result["markdown"] = _markdown(result, names)
    return result


def _markdown(result: dict[str, Any], names: list[str]) -> str:
    ours, raw, http = names
    per_call, ratios = result["per_call_us"], result["ratios"]
    vs_raw_ok = ratios[ours] <= TARGET_VS_RAW
    vs_http_ok = ratios[ours] < ratios[http]
    masked = result["masked"]
    lines = [
        "## 2. Hook overhead (sequential CreateSession on loopback)",
        "",
        f"{ROUNDS} interleaved rounds x {PER_ROUND} sequential calls per client against the "
        "sandbox in a separate process; one client object each, kept across calls "
        f"(the sandbox counted {result['sandbox_ok']} successful CreateSession calls).",
        "",
        "| client | us per call | x raw requests | target |",
        "|---|---|---|---|",
        f"| `{ours}` (full parse into PaySecureSession, pendulum timestamps) | "
        f"{per_call[ours]:.0f} | {ratios[ours]:.3f}x (median round {result['median_round_ratio_vs_raw']:.3f}x) "
        f"| <= {TARGET_VS_RAW:.2f}x raw: {verdict(vs_raw_ok)}; faster than HttpHook: "
        f"{verdict(vs_http_ok)} |",
        f"| {raw} | {per_call[raw]:.0f} | 1.000x | floor |",
        f"| `{http}` | {per_call[http]:.0f} | {ratios[http]:.3f}x | reference |",
        "",
        f"The hook above runs with `mask_session_ids=False`. With the default "
        f"(`True`), each session id is registered with Airflow's secrets masker, which "
        f"recompiles one regex over every value masked so far in the process. In a fresh "
        f"process, {MASKED_CALLS} default calls cost {masked['first_ms']:.2f} ms each for "
        f"the first quarter and {masked['last_ms']:.2f} ms each for the last quarter "
        f"(mean {masked['mean_ms']:.2f} ms): negligible for a task that creates a few "
        "sessions, quadratic for one process that creates thousands.",
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
