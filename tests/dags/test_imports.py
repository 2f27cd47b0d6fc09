"""Importing the operator, sensor and trigger modules stays cheap (DAG parsing pays for it)."""

from __future__ import annotations

import ast
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
    code = (
        "import sys\n"
        "import airflow_provider_paysecure.operators.paysecure\n"
        "import airflow_provider_paysecure.sensors.paysecure\n"
        "print('requests' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip().splitlines()[-1] == "False"
