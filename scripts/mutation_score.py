"""Print mutmut's results per module: killed / (mutants - equivalents accepted in tests/MUTATION.md).

Run after ``mutmut run`` (``make mutation`` does both). Reads ``mutmut results --all true``.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    """Print one line per mutated module and a total."""
    mutmut = str(Path(sys.executable).with_name("mutmut"))
    command = [mutmut, "results", "--all", "true"]  # a fixed command: no untrusted input
    out = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT)  # noqa: S603
    accepted = set(
        re.findall(r"`(airflow_provider_paysecure\.[^`]+__mutmut_\d+)`", (ROOT / "tests/MUTATION.md").read_text())
    )
    by_module: dict[str, Counter[str]] = defaultdict(Counter)
    for line in out.stdout.splitlines():
        name, _, status = line.strip().rpartition(": ")
        if "__mutmut_" not in name:
            continue
        module = re.split(r"\.x[_ǁ]", name, maxsplit=1)[0]
        by_module[module]["equivalent" if name in accepted and status == "survived" else status] += 1
    total: Counter[str] = Counter()
    for module in sorted(by_module):
        counts = by_module[module]
        total.update(counts)
        print(_line(module, counts))
    print(_line("total", total))
    return 0


def _line(name: str, counts: Counter[str]) -> str:
    scored = sum(counts.values()) - counts["equivalent"] - counts["not checked"]
    score = 100 * counts["killed"] / scored if scored else 0.0
    rest = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()) if k != "killed")
    return f"{name:55} {score:5.1f}%  killed {counts['killed']}/{scored}  ({rest})"


if __name__ == "__main__":
    sys.exit(main())
