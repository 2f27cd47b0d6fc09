"""Benchmark 1: what importing our modules adds to DAG parsing.

Each measurement is a fresh interpreter that first imports ``airflow.sdk``
(``airflow`` on 2.x), as every DAG file does, and then times the import of one
module. The runs are interleaved (module order rotates each round), and the
median of the rounds is reported next to the HTTP provider's operator module.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from _common import median, run_child, verdict

ROUNDS = 7
TARGET_MS = 30.0
TARGET_RATIO = 0.1
REFERENCE = "airflow.providers.http.operators.http"
#: What any trigger module must import (its base class), measured as a second reference.
TRIGGER_BASE = "airflow.triggers.base"
OURS = (
    "airflow_provider_paysecure.hooks.paysecure",
    "airflow_provider_paysecure.operators.paysecure",
    "airflow_provider_paysecure.sensors.paysecure",
    "airflow_provider_paysecure.triggers.paysecure",
)

_CHILD = r"""
import importlib, json, sys, time
try:
    import airflow.sdk
except ImportError:  # Airflow 2.x
    import airflow
base = set(sys.modules)
started = time.perf_counter()
importlib.import_module(sys.argv[1])
elapsed = time.perf_counter() - started
added = set(sys.modules) - base
print(json.dumps({
    "ms": elapsed * 1000,
    "modules_added": len(added),
    "requests": "requests" in added,
    "httpx": "httpx" in added,
}))
"""

_PROVIDER_INFO_CHILD = r"""
import json, sys
import airflow_provider_paysecure.get_provider_info as m
info = m.get_provider_info()
heavy = sorted(n for n in sys.modules if n.split(".")[0] in ("airflow", "requests", "httpx"))
print(json.dumps({"heavy": heavy, "package_name": info.get("package-name")}))
"""


def run() -> dict[str, Any]:
    """Measure and return ``{"rows": [...], "provider_info": {...}, "markdown": str}``."""
    modules = (*OURS, TRIGGER_BASE, REFERENCE)
    samples: dict[str, list[float]] = {m: [] for m in modules}
    flags: dict[str, dict[str, Any]] = {}
    for module in modules:  # warm-up: write the .pyc files, warm the OS page cache
        run_child(["-c", _CHILD, module])
    for round_no in range(ROUNDS):
        shift = round_no % len(modules)
        for module in modules[shift:] + modules[:shift]:
            result = run_child(["-c", _CHILD, module])
            samples[module].append(result["ms"])
            flags[module] = result
    reference_ms = median(samples[REFERENCE])
    rows = []
    for module in modules:
        ms = median(samples[module])
        ratio = ms / reference_ms
        ours = module not in (REFERENCE, TRIGGER_BASE)
        rows.append(
            {
                "module": module,
                "median_ms": ms,
                "min_ms": min(samples[module]),
                "max_ms": max(samples[module]),
                "ratio": ratio,
                "modules_added": flags[module]["modules_added"],
                "imports_requests": flags[module]["requests"],
                "ok": (ms <= TARGET_MS and ratio <= TARGET_RATIO) if ours else None,
            }
        )
    info = run_child(["-c", _PROVIDER_INFO_CHILD])
    return {"rows": rows, "provider_info": info, "markdown": _markdown(rows, info)}


def _markdown(rows: list[dict[str, Any]], info: dict[str, Any]) -> str:
    lines = [
        "## 1. Import cost (DAG parsing)",
        "",
        f"Fresh interpreter per sample; time to import the module after `import airflow.sdk`; "
        f"median of {ROUNDS} interleaved rounds. Target: each of ours <= {TARGET_MS:g} ms "
        f"and <= {TARGET_RATIO:g}x the HTTP provider's operator module.",
        "",
        "| module | median ms (min-max) | x HTTP operator | modules added | imports requests | target |",
        "|---|---|---|---|---|---|",
    ]
    for row in rows:
        target = verdict(row["ok"]) if row["ok"] is not None else "reference"
        lines.append(
            f"| `{row['module']}` | {row['median_ms']:.1f} ({row['min_ms']:.1f}-"
            f"{row['max_ms']:.1f}) | {row['ratio']:.3f}x | {row['modules_added']} | "
            f"{'yes' if row['imports_requests'] else 'no'} | {target} |"
        )
    clean = not info["heavy"]
    by_module = {row["module"]: row for row in rows}
    trigger, base = by_module[OURS[-1]], by_module[TRIGGER_BASE]
    lines += [
        "",
        f"DAG parsing imports the hook, operator and sensor modules. The trigger module is imported "
        f"by a worker when the sensor defers and by the triggerer; its figure includes "
        f"`{TRIGGER_BASE}` ({base['median_ms']:.1f} ms, {base['ratio']:.3f}x here), which every "
        f"trigger module imports for its base class, leaving {trigger['median_ms'] - base['median_ms']:.1f} ms "
        f"({(trigger['median_ms'] - base['median_ms']) / by_module[REFERENCE]['median_ms']:.3f}x) of its own.",
        "",
        f"`import airflow_provider_paysecure.get_provider_info` + calling it loads "
        f"{'no airflow, requests or httpx module' if clean else 'HEAVY modules: ' + ', '.join(info['heavy'])}"
        f" ({verdict(clean)}).",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    """Run and print the markdown (and the raw figures as JSON on stderr)."""
    result = run()
    print(result["markdown"])
    print(json.dumps(result["rows"], indent=1), file=sys.stderr)


if __name__ == "__main__":
    main()
