"""End to end: ``paysecure_settlement`` on a real Airflow deployment against the sandbox.

One DAG run (module-scoped fixture) is driven through the REST API only:

1. the sandbox answers 503 to everything (``unavailable_for_s``) while the run starts,
   so the sensor's first, synchronous poke fails and it defers;
2. the test watches the sensor's task instance reach ``deferred``, reads the trigger
   row (and its decrypted kwargs) from the metadata DB, and waits until the
   triggerer itself has polled the sandbox at least once;
3. the outage ends; the trigger creates the session, the sensor resumes and the
   mapped batch tasks and the summary run.

The tests below then check the outcome, the deferral, the session id hand-off via
XCom, the sandbox's request counters and that the password leaked nowhere.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import dataclass, field
from typing import Any

import httpx
import pendulum
import pytest
from cryptography.fernet import Fernet, InvalidToken

from airflow_provider_paysecure.sandbox import PaySecureSandbox
from airflow_provider_paysecure.wire import mask_session_id
from tests.conftest import LEAK_ACCOUNT, LEAK_PASSWORD
from tests.e2e.deployment import AirflowDeployment, api_json, task_log, wait_dag_parsed, wait_for, xcom

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(900)]

DAG_ID = "paysecure_settlement"
SENSOR = "wait_for_paysecure"
BATCH_TASK = "settle_batch"
BATCH_COUNT = 3  # example_dags/paysecure_settlement.py: REGIONS
#: The sensor's synchronous poke makes retry_limit + 1 = 2 attempts before deferring.
SENSOR_POKE_ATTEMPTS = 2
NEEDLE = LEAK_PASSWORD.encode()


@dataclass
class RunRecord:
    """What the test saw of one DAG run."""

    run_id: str
    state: str
    sensor_states: list[str]
    trigger_rows: list[dict[str, Any]]
    trigger_kwargs_plain: list[str]
    outage_503s_before_recovery: int
    stats: dict[str, dict[str, int]]
    task_instances: list[dict[str, Any]]
    dag_run_count: int
    logs: dict[str, str] = field(default_factory=dict)  # "task[map_index]#try" -> text


def _db(deployment: AirflowDeployment) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{deployment.home / 'airflow.db'}?mode=ro", uri=True, timeout=30)


def _trigger_kwargs_plain(stored: str, fernet: Fernet) -> str:
    """The trigger row's kwargs as JSON text: Airflow stores them as one Fernet token."""
    if stored.startswith("{"):  # unencrypted (older rows)
        return stored
    try:
        return fernet.decrypt(stored.encode()).decode()
    except InvalidToken as exc:
        raise AssertionError("trigger kwargs are neither JSON nor decryptable") from exc


def _sensor_trigger_rows(deployment: AirflowDeployment, run_id: str) -> list[dict[str, Any]]:
    with _db(deployment) as db:
        rows = db.execute(
            "SELECT t.id, t.classpath, t.kwargs FROM trigger t "
            "JOIN task_instance ti ON ti.trigger_id = t.id "
            "WHERE ti.dag_id = ? AND ti.run_id = ? AND ti.task_id = ?",
            (DAG_ID, run_id, SENSOR),
        ).fetchall()
    return [{"id": r[0], "classpath": r[1], "kwargs": r[2]} for r in rows]


@pytest.fixture(scope="module")
def settlement_run(deployment: AirflowDeployment, api: httpx.Client, session_sandbox: PaySecureSandbox) -> RunRecord:
    """Run ``paysecure_settlement`` once, through a sandbox outage, and record everything."""

    wait_dag_parsed(deployment, api, DAG_ID)

    session_sandbox.clear_faults()
    session_sandbox.reset_stats()
    session_sandbox.set_faults(unavailable_for_s=900)  # until we end the outage below
    api_json(api.patch(f"/api/v2/dags/{DAG_ID}", json={"is_paused": False}))
    run_id = f"e2e_{uuid.uuid4().hex[:12]}"
    api_json(
        api.post(
            f"/api/v2/dags/{DAG_ID}/dagRuns",
            json={"dag_run_id": run_id, "logical_date": pendulum.now("UTC").isoformat()},
        )
    )
    ti_url = f"/api/v2/dags/{DAG_ID}/dagRuns/{run_id}/taskInstances/{SENSOR}"
    sensor_states: list[str] = []

    def sensor_state() -> str | None:
        state = api.get(ti_url).json().get("state")
        if state and (not sensor_states or sensor_states[-1] != state):
            sensor_states.append(state)
        return state

    def diagnostics() -> str:
        return f"sensor states {sensor_states}, sandbox {session_sandbox.stats()}\n{deployment.tail_logs()}"

    wait_for("the sensor to defer", lambda: sensor_state() == "deferred", 240, 0.5, diagnostics)
    trigger_rows = wait_for("the sensor's trigger row", lambda: _sensor_trigger_rows(deployment, run_id), 60, 0.5)
    fernet = Fernet(deployment.env["AIRFLOW__CORE__FERNET_KEY"].encode())
    kwargs_plain = [_trigger_kwargs_plain(row["kwargs"], fernet) for row in trigger_rows]

    # The triggerer (not a worker) must have polled during the outage.
    def triggerer_polled() -> bool:
        sensor_state()
        return session_sandbox.count("CreateSession", "unavailable") > SENSOR_POKE_ATTEMPTS

    wait_for("the triggerer to poll the sandbox", triggerer_polled, 120, 0.5, diagnostics)
    outage_503s = session_sandbox.count("CreateSession", "unavailable")
    session_sandbox.set_faults(unavailable_for_s=0)  # PaySecure is back

    def finished() -> str | None:
        sensor_state()
        state = api.get(f"/api/v2/dags/{DAG_ID}/dagRuns/{run_id}").json().get("state")
        return state if state in ("success", "failed") else None

    state = wait_for("the DAG run to finish", finished, 420, 1.0, diagnostics)
    sensor_state()
    tis = api_json(api.get(f"/api/v2/dags/{DAG_ID}/dagRuns/{run_id}/taskInstances", params={"limit": 100}))[
        "task_instances"
    ]
    runs = api_json(api.get(f"/api/v2/dags/{DAG_ID}/dagRuns"))
    record = RunRecord(
        run_id=run_id,
        state=state,
        sensor_states=sensor_states,
        trigger_rows=trigger_rows,
        trigger_kwargs_plain=kwargs_plain,
        outage_503s_before_recovery=outage_503s,
        stats=session_sandbox.stats(),
        task_instances=tis,
        dag_run_count=runs["total_entries"],
    )
    for ti in tis:
        for try_number in range(1, (ti.get("try_number") or 0) + 1):
            key = f"{ti['task_id']}[{ti['map_index']}]#{try_number}"
            record.logs[key] = task_log(api, DAG_ID, run_id, ti, try_number)
    return record


def _xcom(api: httpx.Client, run_id: str, task_id: str, key: str = "return_value", map_index: int = -1) -> Any:
    return xcom(api, DAG_ID, run_id, task_id, key, map_index)


def test_run_succeeds(settlement_run: RunRecord) -> None:
    states = {(t["task_id"], t["map_index"]): t["state"] for t in settlement_run.task_instances}
    assert settlement_run.state == "success", states
    assert all(s == "success" for s in states.values()), states
    assert {k for k in states if k[0] == BATCH_TASK} == {(BATCH_TASK, i) for i in range(BATCH_COUNT)}
    assert settlement_run.dag_run_count == 1, "only the triggered run may exist (use_job_schedule off)"


def test_sensor_deferred_and_triggerer_waited(settlement_run: RunRecord) -> None:
    # Observed through the REST API: running -> deferred -> ... -> success.
    states = settlement_run.sensor_states
    assert "deferred" in states, states
    assert states[-1] == "success", states
    assert states.index("deferred") < states.index("success"), states
    # The trigger existed in the metadata DB, was ours, and carried no credentials.
    assert [r["classpath"] for r in settlement_run.trigger_rows] == [
        "airflow_provider_paysecure.triggers.paysecure.PaySecureSessionTrigger"
    ]
    assert any("paysecure_default" in text for text in settlement_run.trigger_kwargs_plain), (
        "could not decrypt the trigger kwargs"
    )
    # The triggerer polled during the outage (more 503s than the sensor's own poke made).
    assert settlement_run.outage_503s_before_recovery > SENSOR_POKE_ATTEMPTS
    # The sensor's log shows the deferral and the trigger's polling.
    sensor_log = "\n".join(v for k, v in settlement_run.logs.items() if k.startswith(SENSOR))
    assert "Deferring" in sensor_log
    assert "PaySecure not ready" in sensor_log  # the worker's poke, before deferring
    assert "created after 1 poll" in sensor_log  # the trigger's line, from the triggerer
    assert "Trigger fired event" in sensor_log
    sensor_ti = next(t for t in settlement_run.task_instances if t["task_id"] == SENSOR)
    assert sensor_ti["try_number"] == 1, "the deferral must not cost a retry"


def test_batches_got_the_sensors_session(settlement_run: RunRecord, api: httpx.Client) -> None:
    run_id = settlement_run.run_id
    session_id = _xcom(api, run_id, SENSOR)
    assert isinstance(session_id, str) and len(session_id) > 8, session_id
    session = _xcom(api, run_id, SENSOR, key="session")
    assert session["session_id"] == session_id
    results = [_xcom(api, run_id, BATCH_TASK, map_index=i) for i in range(BATCH_COUNT)]
    assert [r["session"] for r in results] == [mask_session_id(session_id)] * BATCH_COUNT
    assert all(r["card_verified"] for r in results), results
    assert len({r["batch_id"] for r in results}) == BATCH_COUNT
    summary = _xcom(api, run_id, "summarise")
    assert summary["batch_count"] == BATCH_COUNT
    assert summary["verified"] == BATCH_COUNT
    assert summary["session"] == mask_session_id(session_id)


def test_sandbox_counters_match_the_run(settlement_run: RunRecord) -> None:
    stats = settlement_run.stats
    # Exactly one session was created, after the outage; every batch made one BIN check
    # and one card-token call with it (the sandbox rejects unknown sessions, and only
    # one session ever existed, so all three used the sensor's session).
    assert stats["CreateSession"].get("ok") == 1, stats
    assert stats["CreateSession"].get("unavailable", 0) >= settlement_run.outage_503s_before_recovery
    assert set(stats["CreateSession"]) == {"ok", "unavailable"}, stats
    assert stats["PSBINCheck"] == {"ok": BATCH_COUNT}, stats
    assert stats["CreateCardToken"] == {"ok": BATCH_COUNT}, stats
    assert set(stats) == {"CreateSession", "PSBINCheck", "CreateCardToken"}, stats


def test_password_in_no_task_log_via_rest(settlement_run: RunRecord) -> None:
    expected = {SENSOR, "list_batches", BATCH_TASK, "summarise"}
    assert {k.split("[")[0] for k in settlement_run.logs} == expected
    assert len(settlement_run.logs) == 3 + BATCH_COUNT
    leaking = [k for k, text in settlement_run.logs.items() if LEAK_PASSWORD in text]
    assert leaking == []
    # The logs are real: the mapped tasks logged their run.
    assert all(len(text) > 200 for text in settlement_run.logs.values())


def test_clear_session_id_in_no_task_log_via_rest(settlement_run: RunRecord, api: httpx.Client) -> None:
    """The sensor's log includes the triggerer's "Trigger fired event" line: masked there too."""
    session_id = _xcom(api, settlement_run.run_id, SENSOR)
    assert isinstance(session_id, str) and len(session_id) > 8
    sensor_log = next(text for key, text in settlement_run.logs.items() if key.startswith(SENSOR))
    assert "Trigger fired event" in sensor_log
    assert mask_session_id(session_id) in sensor_log
    assert [k for k, text in settlement_run.logs.items() if session_id in text] == []


def test_leak_scan_home_xcom_rendered_fields_trigger(settlement_run: RunRecord, deployment: AirflowDeployment) -> None:
    # 1. Every file under AIRFLOW_HOME (task logs, component logs, config, the DB file).
    files = list(deployment.iter_home_files())
    log_files = [p for p in files if p.suffix == ".log" or "log" in p.parts[-2:]]
    assert any("dag_id=" + DAG_ID in str(p) for p in log_files), "no task log files found"
    assert [str(p) for p in files if NEEDLE in p.read_bytes()] == []
    # 2. The metadata DB, table by table.
    with _db(deployment) as db:
        xcoms = db.execute(
            "SELECT task_id, map_index, key, value FROM xcom WHERE run_id = ?",
            (settlement_run.run_id,),
        ).fetchall()
        rendered = db.execute(
            "SELECT task_id, map_index, rendered_fields FROM rendered_task_instance_fields WHERE run_id = ?",
            (settlement_run.run_id,),
        ).fetchall()
        triggers = db.execute("SELECT kwargs FROM trigger").fetchall()
    assert len(xcoms) >= 2 + BATCH_COUNT + 1, xcoms  # sensor x2, list_batches, batches, summary
    assert [x[:3] for x in xcoms if LEAK_PASSWORD in str(x[3])] == []
    assert len(rendered) >= 3 + BATCH_COUNT
    assert [r[:2] for r in rendered if LEAK_PASSWORD in str(r[2])] == []
    assert all(LEAK_PASSWORD not in str(t[0]) for t in triggers)
    # 3. The serialized (encrypted) trigger kwargs captured while the sensor was deferred.
    assert settlement_run.trigger_kwargs_plain
    assert all(LEAK_PASSWORD not in text for text in settlement_run.trigger_kwargs_plain)
    assert all(LEAK_PASSWORD not in r["kwargs"] for r in settlement_run.trigger_rows)


def test_deployment_serves_health_and_test_connection(
    deployment: AirflowDeployment, api: httpx.Client, session_sandbox: PaySecureSandbox
) -> None:
    health = deployment.health()
    assert health is not None
    assert {c: health[c]["status"] for c in ("metadatabase", "scheduler", "triggerer", "dag_processor")} == {
        c: "healthy" for c in ("metadatabase", "scheduler", "triggerer", "dag_processor")
    }
    # The api-server runs the hook's test_connection (TEST_CONNECTION=Enabled).
    body = {
        "connection_id": "paysecure_rest_probe",
        "conn_type": "paysecure",
        "host": "http://127.0.0.1",
        "port": session_sandbox.port,
        "login": LEAK_ACCOUNT.user_name,
        "password": LEAK_PASSWORD,
        "extra": json.dumps({"merchant_id": LEAK_ACCOUNT.merchant_id, "version": "v4"}),
    }
    result = api_json(api.post("/api/v2/connections/test", json=body))
    assert result["status"] is True, result
    assert result["message"].startswith("PaySecure connection test: connected to ")
    assert LEAK_PASSWORD not in result["message"]
