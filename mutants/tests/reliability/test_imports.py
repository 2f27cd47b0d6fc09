"""What importing our modules pulls in, checked in fresh interpreters."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

_PROVIDER_INFO = r"""
import json, sys
from airflow_provider_paysecure.get_provider_info import get_provider_info
info = get_provider_info()
print(json.dumps({"loaded": sorted(sys.modules), "package": info["package-name"]}))
"""

_MODULE = r"""
import importlib, json, sys
try:
    import airflow.sdk  # what DAG parsing loads on Airflow 3
except ImportError:
    import airflow  # Airflow 2
baseline = set(sys.modules)
importlib.import_module(sys.argv[1])
print(json.dumps({"baseline": sorted(baseline), "added": sorted(set(sys.modules) - baseline)}))
"""


def _run(code: str, *args: str) -> dict[str, list[str]]:
    result = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    data: dict[str, list[str]] = json.loads(result.stdout.strip().splitlines()[-1])
    return data


def test_get_provider_info_imports_no_airflow_and_no_http_client() -> None:
    data = _run(_PROVIDER_INFO)
    roots = {name.split(".")[0] for name in data["loaded"]}
    assert data["package"] == "airflow-provider-paysecure"
    assert not roots & {"airflow", "requests", "httpx", "pendulum", "urllib3"}, sorted(
        roots & {"airflow", "requests", "httpx", "pendulum", "urllib3"}
    )


@pytest.mark.parametrize(
    "module",
    [
        "airflow_provider_paysecure.hooks.paysecure",
        "airflow_provider_paysecure.operators.paysecure",
        "airflow_provider_paysecure.sensors.paysecure",
        "airflow_provider_paysecure.triggers.paysecure",
    ],
)
def test_module_import_does_not_load_requests(module: str) -> None:
    data = _run(_MODULE, module)
    # only what our import adds is ours: Airflow 2 itself loads requests, 3.3's airflow.sdk httpx
    assert any(name.startswith("airflow") for name in data["baseline"])
    added_roots = {name.split(".")[0] for name in data["added"]}
    assert module in data["added"]
    assert not added_roots & {"requests", "urllib3", "httpx", "aiohttp"}, sorted(added_roots)
