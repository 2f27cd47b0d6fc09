"""Run every benchmark and write ``benchmarks/RESULTS.md`` (``make bench``).

Each benchmark measures its ratios side by side within this one run. Nothing here
is a pass/fail test: figures that miss their target are reported as such.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_hook
import bench_import
import bench_sandbox_http
import bench_triggers
from _common import machine_info

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
DISTRIBUTED_HEADING = "## Distributed"


def main() -> None:
    """Run the benchmarks in turn and write the results file."""
    started = time.perf_counter()
    info = machine_info()
    sections = []
    for name, module in (
        ("import", bench_import),
        ("hook", bench_hook),
        ("triggers", bench_triggers),
        ("sandbox_http", bench_sandbox_http),
    ):
        print(f"running bench_{name} ...", file=sys.stderr, flush=True)
        sections.append(module.run()["markdown"])
    lines = [
        "# Benchmark results",
        "",
        "Written by `benchmarks/run_all.py` (`make bench`). Every ratio is measured side by "
        "side in the same run; absolute figures depend on the machine and on whatever else "
        "it is running.",
        "",
        "| machine | |",
        "|---|---|",
        *(f"| {key} | {value} |" for key, value in info.items()),
        f"| Load average at start (1/5/15 min) | {_loadavg()} |",
        "",
        *sections,
        f"Total benchmark time: {time.perf_counter() - started:.0f} s.",
        "",
    ]
    # The "Distributed" section comes from `make test-distributed`, not from here: keep it.
    previous = RESULTS.read_text() if RESULTS.exists() else ""
    kept = previous[previous.find(DISTRIBUTED_HEADING) :] if DISTRIBUTED_HEADING in previous else ""
    RESULTS.write_text("\n".join(lines) + (f"\n{kept}" if kept else ""))
    print("\n".join(lines))
    print(f"wrote {RESULTS}", file=sys.stderr)


def _loadavg() -> str:
    try:
        return " / ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


if __name__ == "__main__":
    main()
