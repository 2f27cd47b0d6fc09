"""The example DAGs: they import cleanly and run end to end with real Airflow.

Each run is ``dag.test()`` on a migrated SQLite DB against the sandbox on
127.0.0.1. Task logs of every run are captured (Airflow writes them to the
process's stdout/stderr under ``dag.test``; any files under ``AIRFLOW_HOME/logs``
are read too) and checked for the password and the clear session id.
"""

from __future__ import annotations

import contextlib
import json
import os
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import airflow
import pytest

from airflow_provider_paysecure.sandbox import PaySecureSandbox
from airflow_provider_paysecure.wire import mask_session_id
from tests.conftest import LEAK_PASSWORD
from tests.dags.conftest import logging_restored

EXAMPLE_DAGS = Path(__file__).resolve().parents[2] / "example_dags"
PACKAGE_DIRS = (str(EXAMPLE_DAGS), str(Path(__file__).resolve().parents[2] / "airflow_provider_paysecure"))

pytestmark = pytest.mark.slow

#: Airflow 3.0.x traces task<->supervisor messages unmasked under ``dag.test()`` (see ``_task_logs``).
AIRFLOW_3_0 = airflow.__version__.startswith("3.0.")


def _dagbag() -> Any:
    try:
        from airflow.dag_processing.dagbag import DagBag
    except ImportError:  # Airflow 2.x
        from airflow.models.dagbag import DagBag
    return DagBag(dag_folder=str(EXAMPLE_DAGS))


def _xcoms(dag_id: str, run_id: str) -> dict[tuple[str, str, int], Any]:
    try:
        from airflow.models.xcom import XComModel
    except ImportError:  # Airflow 2.x: the ORM model is BaseXCom (value: JSON bytes)
        from airflow.models.xcom import BaseXCom as XComModel
    from airflow.utils.session import create_session

    out: dict[tuple[str, str, int], Any] = {}
    with create_session() as session:
        rows = session.query(XComModel).filter(XComModel.dag_id == dag_id, XComModel.run_id == run_id)
        for row in rows:
            value = row.value
            if isinstance(value, (str, bytes)):
                with contextlib.suppress(ValueError):
                    value = json.loads(value)
            out[(row.task_id, row.key, row.map_index)] = value
    return out


def _states(dag_run: Any) -> dict[str, str]:
    from airflow.utils.session import create_session

    with create_session() as session:
        return {
            ti.task_id if ti.map_index < 0 else f"{ti.task_id}[{ti.map_index}]": str(ti.state)
            for ti in dag_run.get_task_instances(session=session)
        }


def _task_logs(capfd: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture) -> tuple[str, str]:
    """Everything the run logged: task logs (stdout/stderr), stdlib records, log files.

    Returns ``(logs, comms)``. Airflow 3.0's in-process ``dag.test()`` supervisor
    traces every message between task and supervisor at debug level, unmasked:
    ``SetXCom`` with the XCom value (the session id is the operator's return value),
    ``SetRenderedFields``, and each ``MaskSecret`` request *with the value being
    registered* -- Airflow's own for the connection password, ours for the session
    id. That trace is Airflow's plumbing, not task output (later releases do not
    print it), so on 3.0 it is split off into ``comms`` (empty on other versions).
    """
    captured = capfd.readouterr()
    files = Path(os.environ["AIRFLOW_HOME"], "logs")
    on_disk = "".join(p.read_text(errors="replace") for p in files.rglob("*") if p.is_file()) if files.exists() else ""
    text = captured.out + captured.err + caplog.text + on_disk
    if not AIRFLOW_3_0:
        return text, ""
    logs, comms = [], []
    for line in text.splitlines():
        trace = "[debug" in line and ("Sending request" in line or "Received message from task runner" in line)
        (comms if trace else logs).append(line)
    return "\n".join(logs), "\n".join(comms)


@pytest.fixture(autouse=True)
def _task_logger_handlers_restored() -> Iterator[None]:
    """Airflow 2.x's ``dag.test()`` leaves a handler on this test's captured stdout."""
    with logging_restored("airflow.task"):
        yield


def test_example_dags_import_without_errors_or_warnings() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        bag = _dagbag()
    assert bag.import_errors == {}
    assert set(bag.dag_ids) >= {"paysecure_settlement", "paysecure_create_session", "paysecure_multi_merchant"}
    ours = [w for w in caught if str(w.filename).startswith(PACKAGE_DIRS)]
    assert ours == []
    settlement = bag.dags["paysecure_settlement"]
    assert settlement.catchup is False
    sensor = settlement.get_task("wait_for_paysecure")
    assert sensor.deferrable is True
    assert settlement.get_task("settle_batch").upstream_task_ids == {"wait_for_paysecure", "list_batches"}


def test_create_session_dag_passes_the_session_id_downstream(
    airflow_db: Path,
    sandbox: PaySecureSandbox,
    capfd: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    dag = _dagbag().dags["paysecure_create_session"]
    run = dag.test()
    assert str(run.state) == "success", _states(run)
    xcoms = _xcoms(dag.dag_id, run.run_id)
    session_id = xcoms[("create_session", "return_value", -1)]
    assert xcoms[("create_session", "session", -1)]["session_id"] == session_id
    assert xcoms[("use_session", "return_value", -1)] == mask_session_id(session_id)
    assert sandbox.count("CreateSession", "ok") == 1

    logs, comms = _task_logs(capfd, caplog)
    if AIRFLOW_3_0:  # the operator registered the session id with the masker
        assert f"MaskSecret(value='{session_id}'" in comms
    assert f"PaySecure session {mask_session_id(session_id)} created" in logs
    assert session_id not in logs
    assert LEAK_PASSWORD not in logs


def test_settlement_dag_defers_then_settles_every_batch(
    airflow_db: Path,
    sandbox: PaySecureSandbox,
    capfd: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    # the worker's try (2 attempts) and the trigger's first attempt fail: a real deferral
    sandbox.set_faults(fail_first=3, fail_first_mode="503", routes=("CreateSession",))
    dag = _dagbag().dags["paysecure_settlement"]
    run = dag.test()
    states = _states(run)
    assert str(run.state) == "success", states
    assert set(states.values()) == {"success"}
    assert len([t for t in states if t.startswith("settle_batch[")]) == 3

    assert sandbox.count("CreateSession", "fault_503") == 3
    assert sandbox.count("CreateSession", "ok") == 1
    # every batch used the session: the sandbox rejects unknown session ids
    assert sandbox.count("CreateCardToken", "ok") == 3
    assert sandbox.count("PSBINCheck", "ok") == 3

    xcoms = _xcoms(dag.dag_id, run.run_id)
    session_id = xcoms[("wait_for_paysecure", "return_value", -1)]
    session = xcoms[("wait_for_paysecure", "session", -1)]
    assert session["session_id"] == session_id
    assert session["expires_at"] is not None
    batches = xcoms[("list_batches", "return_value", -1)]
    results = [xcoms[("settle_batch", "return_value", i)] for i in range(3)]
    assert [r["batch_id"] for r in results] == [b["batch_id"] for b in batches]
    for result in results:
        assert result["session"] == mask_session_id(session_id)
        assert result["card_verified"] is True
        assert set(result) == {
            "batch_id",
            "payments",
            "amount_cents",
            "pinless_ecommerce",
            "card_verified",
            "card_last4",
            "session",
            "session_renewals",
            "needs_reconciliation",
        }
    summary = xcoms[("summarise", "return_value", -1)]
    assert summary["batch_count"] == 3
    assert summary["payments"] == sum(b["payments"] for b in batches)
    assert summary["verified"] == 3
    assert summary["session"] == mask_session_id(session_id)
    assert set(summary["stage_durations_s"]) == {"AppLayer", "DBInsert", "Network"}
    assert session_id not in json.dumps([results, summary])

    logs, comms = _task_logs(capfd, caplog)
    if AIRFLOW_3_0:  # the sensor registered the session id with the masker
        assert f"MaskSecret(value='{session_id}'" in comms
    assert "[DAG TEST] running trigger in line" in logs
    assert "Deferring: polling PaySecure" in logs
    assert "created after 1 poll" in logs
    assert session_id not in logs
    assert LEAK_PASSWORD not in logs


def test_settlement_dag_fails_fast_on_wrong_password(
    airflow_db: Path,
    sandbox: PaySecureSandbox,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    conn = json.loads(sandbox.conn_json)
    wrong = LEAK_PASSWORD + "-wrong"
    conn["password"] = wrong
    monkeypatch.setenv("AIRFLOW_CONN_PAYSECURE_DEFAULT", json.dumps(conn))
    dag = _dagbag().dags["paysecure_settlement"]
    run = dag.test()
    states = _states(run)
    assert str(run.state) == "failed"
    assert states["wait_for_paysecure"] == "failed"
    assert states["list_batches"] == "upstream_failed"
    assert states["summarise"] == "upstream_failed"
    assert sandbox.count("CreateSession") == 1  # fatal: no retry, no deferral
    assert sandbox.count("CreateCardToken") == 0

    logs, _ = _task_logs(capfd, caplog)
    assert "PaySecureAPIError" in logs
    assert "SBX_AUTH_FAILED" in logs
    assert wrong not in logs
    assert LEAK_PASSWORD not in logs
