"""Benchmark 5: the sandbox's HTTP layer, hand-written (before) against h11 (after), side by side.

1,000 concurrent keep-alive clients (bare asyncio streams, one connection each)
each issue ``REQUESTS_PER_CLIENT`` sequential ``CreateSession`` calls; requests
per second over the whole run and the p99 latency of a call are reported for
both servers, in interleaved rounds of one run.

The "before" server is not kept in the tree: it is read from git history
(``git show 989603f:airflow_provider_paysecure/sandbox/server.py``, the last
commit with the hand-written HTTP/1.1 framing) into a temporary module, which
runs around today's ``SandboxService``. Each server runs in its own child
process with its default event loop (``uvloop`` when importable), so the client
does not compete with it for the GIL. Needs a git checkout.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from _common import PYTHON, ROOT, child_env, median, raise_fd_limit

OLD_COMMIT = "989603f"
OLD_PATH = "airflow_provider_paysecure/sandbox/server.py"
CLIENTS = 1000
REQUESTS_PER_CLIENT = 10
ROUNDS = 3

_SERVER_CHILD = r"""
import importlib.util, json, resource, sys
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
if sys.argv[1] == "new":
    from airflow_provider_paysecure.sandbox.server import PaySecureSandbox
else:  # the hand-written server, loaded from the file git printed
    spec = importlib.util.spec_from_file_location("paysecure_sandbox_server_old", sys.argv[1])
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    PaySecureSandbox = module.PaySecureSandbox
with PaySecureSandbox() as sb:
    print(json.dumps({"port": sb.port}), flush=True)
    sys.stdin.read()  # until the parent closes stdin
"""


@contextmanager
def _server(which: str) -> Iterator[int]:
    """Run the ``new`` server, or the old one from the file ``which``, in a child; yield its port."""
    proc = subprocess.Popen(
        [PYTHON, "-c", _SERVER_CHILD, which],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
        env=child_env(),
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line:
            raise RuntimeError(f"the {which} sandbox child did not start")
        yield int(json.loads(line)["port"])
    finally:
        if proc.stdin is not None:
            proc.stdin.close()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def _old_server_file(directory: Path) -> Path:
    """Write the hand-written server of :data:`OLD_COMMIT` (from git history) into ``directory``."""
    source = subprocess.run(
        ["git", "show", f"{OLD_COMMIT}:{OLD_PATH}"], cwd=ROOT, capture_output=True, text=True, check=True, timeout=60
    ).stdout
    path = directory / "paysecure_sandbox_server_old.py"
    path.write_text(source)
    return path


def _request() -> bytes:
    from airflow_provider_paysecure.sandbox import DEFAULT_ACCOUNT

    creds = {
        "MerchantId": DEFAULT_ACCOUNT.merchant_id,
        "UserName": DEFAULT_ACCOUNT.user_name,
        "Password": DEFAULT_ACCOUNT.password,
        "Version": DEFAULT_ACCOUNT.version,
    }
    body = json.dumps({"Credentials": creds}).encode()
    head = ["POST /CreateSession HTTP/1.1", "Host: sandbox", "Content-Type: application/json"]
    return "\r\n".join([*head, f"Content-Length: {len(body)}", "", ""]).encode() + body


async def _client(port: int, request: bytes, start: asyncio.Event, latencies: list[float]) -> int:
    """One keep-alive connection issuing :data:`REQUESTS_PER_CLIENT` calls; returns the 200s."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=2**20)
    ok = 0
    try:
        await start.wait()
        for _ in range(REQUESTS_PER_CLIENT):
            sent = time.perf_counter()
            writer.write(request)
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 30)
            length = int(head.lower().split(b"content-length:", 1)[1].split(b"\r\n", 1)[0])
            await asyncio.wait_for(reader.readexactly(length), 30)
            latencies.append(time.perf_counter() - sent)
            ok += head.startswith(b"HTTP/1.1 200 ")
    finally:
        writer.close()
    return ok


async def _load(port: int, request: bytes) -> dict[str, float]:
    start = asyncio.Event()
    latencies: list[float] = []
    tasks = [asyncio.ensure_future(_client(port, request, start, latencies)) for _ in range(CLIENTS)]
    await asyncio.sleep(0.5)  # every client connects before the clock starts
    began = time.perf_counter()
    start.set()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    wall = time.perf_counter() - began
    ok = sum(r for r in results if isinstance(r, int))
    latencies.sort()
    return {
        "ok": ok,
        "failed_clients": sum(1 for r in results if isinstance(r, BaseException)),
        "wall_s": wall,
        "rps": ok / wall,
        "p50_ms": latencies[len(latencies) // 2] * 1000 if latencies else float("nan"),
        "p99_ms": latencies[int(len(latencies) * 0.99)] * 1000 if latencies else float("nan"),
    }


def run() -> dict[str, Any]:
    """Measure and return ``{"runs": {...}, "summary": {...}, "markdown": str}``."""
    raise_fd_limit()
    request = _request()
    runs: dict[str, list[dict[str, float]]] = {"old": [], "new": []}
    with tempfile.TemporaryDirectory() as tmp:
        old_file = str(_old_server_file(Path(tmp)))
        with _server(old_file) as old_port, _server("new") as new_port:
            for _ in range(ROUNDS):
                for name, port in (("old", old_port), ("new", new_port)):
                    runs[name].append(asyncio.run(_load(port, request)))
    summary = {
        name: {key: median([r[key] for r in results]) for key in ("rps", "p50_ms", "p99_ms")}
        for name, results in runs.items()
    }
    result: dict[str, Any] = {"runs": runs, "summary": summary}
    result["markdown"] = _markdown(runs, summary)
    return result


def _markdown(runs: dict[str, list[dict[str, float]]], summary: dict[str, dict[str, float]]) -> str:
    old, new = summary["old"], summary["new"]
    total = CLIENTS * REQUESTS_PER_CLIENT
    rows = [
        f"| {label} #{i + 1} | {r['rps']:.0f} | {r['p50_ms']:.1f} | {r['p99_ms']:.1f} | {r['ok']:.0f}/{total} |"
        for name, label in (("old", "hand-written (989603f)"), ("new", "h11"))
        for i, r in enumerate(runs[name])
    ]
    return "\n".join(
        [
            f"## 5. Sandbox HTTP layer: hand-written vs h11 ({CLIENTS} concurrent keep-alive clients)",
            "",
            f"{CLIENTS} bare asyncio-streams clients, one keep-alive connection each, all connected before the "
            f"clock starts, each sending {REQUESTS_PER_CLIENT} sequential `CreateSession` calls ({total} per run); "
            f"{ROUNDS} interleaved rounds per server. Each server runs in its own child process (default event "
            f"loop: uvloop when importable); the hand-written one is loaded from `git show {OLD_COMMIT}:{OLD_PATH}` "
            "around today's `SandboxService`. Absolute figures depend on the machine and its load (see the "
            "table at the top): read the ratio.",
            "",
            "| server / round | requests/s | p50 ms | p99 ms | 200 OK |",
            "|---|---|---|---|---|",
            *rows,
            "",
            "| figure (median of rounds) | hand-written | h11 | h11 / hand-written |",
            "|---|---|---|---|",
            f"| requests/s | {old['rps']:.0f} | {new['rps']:.0f} | {new['rps'] / old['rps']:.2f}x |",
            f"| p50 latency ms | {old['p50_ms']:.1f} | {new['p50_ms']:.1f} | {new['p50_ms'] / old['p50_ms']:.2f}x |",
            f"| p99 latency ms | {old['p99_ms']:.1f} | {new['p99_ms']:.1f} | {new['p99_ms'] / old['p99_ms']:.2f}x |",
            "",
        ]
    )


def main() -> None:
    """Run and print the markdown (and the raw figures as JSON on stderr)."""
    result = run()
    print(result["markdown"])
    print(json.dumps({k: v for k, v in result.items() if k != "markdown"}, indent=1), file=sys.stderr)


if __name__ == "__main__":
    main()
