"""Importing the operator, sensor and trigger modules stays cheap (DAG parsing pays for it)."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "airflow_provider_paysecure"
MODULES = ("operators/paysecure.py", "sensors/paysecure.py", "triggers/paysecure.py", "_summary.py")


@pytest.mark.parametrize("relpath", MODULES)
def test_no_module_level_http_client_import(relpath: str) -> None:
    tree = ast.parse((PACKAGE / relpath).read_text())
    top_level = set()
    for node in tree.body:
        if isinstance(node, ast.Import):
            top_level.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            top_level.add(node.module.split(".")[0])
    assert not top_level & {"requests", "httpx", "aiohttp"}


def test_importing_operator_and_sensor_does_not_load_requests() -> None:
    """Our modules add no HTTP client on top of what ``import airflow`` itself loads.

    Airflow 2.11 loads ``requests`` on ``import airflow``; 3.x does not. So compare
    against that baseline rather than against an empty interpreter.
    """
    code = (
        "import json, sys\n"
        "import airflow\n"
        "baseline = set(sys.modules)\n"
        "import airflow_provider_paysecure.operators.paysecure\n"
        "import airflow_provider_paysecure.sensors.paysecure\n"
        "added = sorted(m for m in set(sys.modules) - baseline if m.split('.')[0] in HTTP)\n"
        "print(json.dumps({'baseline': 'requests' in baseline, 'added': added}))\n"
    ).replace("HTTP", repr(("requests", "httpx", "aiohttp", "urllib3")))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["added"] == []
    import airflow

    if airflow.__version__.startswith("2."):
        assert result["baseline"] is True  # Airflow 2 itself imports requests
    else:
        assert result["baseline"] is False  # 3.x does not: our import must not either
