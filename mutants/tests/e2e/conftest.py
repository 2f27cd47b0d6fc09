"""Fixtures for the end-to-end tests: a real Airflow deployment, the sandbox, a browser.

One deployment (scheduler, dag-processor, triggerer, api-server; SQLite and the
LocalExecutor under a temporary ``AIRFLOW_HOME``) serves the whole session. The
PaySecure sandbox (``session_sandbox`` of ``tests/conftest.py``) runs in this
process on a free loopback port; the deployment reaches it through
``AIRFLOW_CONN_PAYSECURE_DEFAULT``.

Nothing here skips: a missing Chromium, Playwright or a deployment that does not
come up makes the tests fail, with the component logs in the message.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
from collections.abc import Iterator
from importlib.metadata import version
from pathlib import Path
from typing import Any

import httpx
import pytest
from packaging.version import Version

from airflow_provider_paysecure.sandbox import PaySecureSandbox
from tests.e2e.deployment import AirflowDeployment, pids_with_marker
from tests.ports import port_is_free

CHROMIUM = os.environ.get("PAYSECURE_E2E_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
#: Keep the deployment's files after the session (for debugging) when set.
KEEP_HOME = os.environ.get("PAYSECURE_E2E_KEEP_HOME") == "1"


@pytest.fixture(scope="session")
def deployment(
    session_sandbox: PaySecureSandbox, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[AirflowDeployment]:
    """A running, healthy Airflow deployment of this venv's Airflow version.

    Torn down at the end of the session: every process group is killed, and the
    teardown asserts that no process of the deployment survived and that the
    api-server's port is free again.
    """
    home = tmp_path_factory.mktemp("airflow-home")
    deployment = AirflowDeployment(
        home=home,
        extra_env={
            **session_sandbox.conn_env("paysecure_default"),
            # The example DAG's sensor defers when this is on (it reads the default).
            "AIRFLOW__OPERATORS__DEFAULT_DEFERRABLE": "True",
        },
    )
    try:
        deployment.start()
        deployment.wait_healthy(timeout=300)
        yield deployment
    finally:
        deployment.stop()
        survivors = pids_with_marker(deployment.marker)
        port_free = port_is_free(deployment.port)
        if not KEEP_HOME:
            shutil.rmtree(home, ignore_errors=True)
    assert survivors == [], f"processes of the deployment survived teardown: {survivors}"
    assert port_free, f"api-server port {deployment.port} is still bound after teardown"


@pytest.fixture(scope="session")
def api(deployment: AirflowDeployment) -> Iterator[httpx.Client]:
    """A REST client for the deployment's api-server."""
    with deployment.client() as client:
        yield client


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's Chromium driven by Playwright. Fails (never skips) when unavailable.

    Module-scoped: Playwright's sync API keeps an event loop running in this thread
    while it is open, which would break every later ``asyncio.run()`` in the session.
    """
    if importlib.util.find_spec("playwright") is None:
        pytest.fail("the 'playwright' package is not installed: pip install --group e2e")
    if not Path(CHROMIUM).is_file():
        pytest.fail(f"Chromium not found at {CHROMIUM}: apt-get install -y chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            yield chromium
        finally:
            chromium.close()


def _tests_for_other_airflow() -> list[str]:
    """Tests here target one Airflow: ``test_*_af2.py`` the Airflow 2 Flask form; the
    other test files and the subfolders Airflow 3 (its React UI and components).
    Collect only those for the installed one."""
    here = Path(__file__).parent
    if Version(version("apache-airflow")).major >= 3:
        return [p.name for p in here.glob("test_*_af2.py")]
    return [
        p.name
        for p in here.iterdir()
        if (p.is_dir() and p.name != "__pycache__") or (p.name.startswith("test_") and not p.name.endswith("_af2.py"))
    ]


collect_ignore = _tests_for_other_airflow()
