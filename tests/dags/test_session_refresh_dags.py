"""Sessions that outlive their tasks, under real Airflow (``dag.test()``) against the sandbox.

The sandbox's ``SBX_SESSION_EXPIRED`` and ``SBX_SESSION_UNKNOWN`` stand for the
"session expired or unknown" codes of a real PaySecure environment; the
connections here list them in the ``session_expired_error_codes`` extra.

Counting ``CreateSession``: each task instance (each mapped batch too) is its own
process with its own hook, so it renews the session on its own. A renewed session
is reused by the later calls of the *same* task, never handed to other tasks.
"""

from __future__ import annotations

import importlib.util
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from airflow_provider_paysecure.hooks.paysecure import PaySecureHook
from airflow_provider_paysecure.sandbox import Faults, PaySecureSandbox, SandboxAccount
from airflow_provider_paysecure.wire import mask_session_id
from tests.conftest import LEAK_ACCOUNT, LEAK_PASSWORD
from tests.dags.test_example_dags import AIRFLOW_3_0, EXAMPLE_DAGS, _dagbag, _states, _task_logs, _xcoms
from tests.dags.test_sensor_modes_dag import _dag as _dag_from_file

pytestmark = pytest.mark.slow

SANDBOX_CODES = "SBX_SESSION_EXPIRED,SBX_SESSION_UNKNOWN"
MERCHANTS = {
    "paysecure_merchant_a": SandboxAccount("MERCHANT-A", "user-a", LEAK_PASSWORD + "-a", "v4"),
    "paysecure_merchant_b": SandboxAccount("MERCHANT-B", "user-b", LEAK_PASSWORD + "-b", "v4"),
    "paysecure_merchant_c": SandboxAccount("MERCHANT-C", "user-c", LEAK_PASSWORD + "-c", "v4"),
}
BARE_DAG_FILE = Path(__file__).resolve().parent / "dagfiles" / "paysecure_session_refresh.py"


def _settlement_module() -> Any:
    """The settlement example as a module (for its ``batch_key``)."""
    spec = importlib.util.spec_from_file_location("settlement_for_test", EXAMPLE_DAGS / "paysecure_settlement.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def renewal_lines(logs: str) -> dict[str, str]:
    """The renewal log lines by masked new session id (Airflow 2 logs each line to several sinks)."""
    return {match.group(1): match.group(0) for match in re.finditer(r".*renewed as (\*{4}\w{4}).*", logs)}


def define_conn(
    monkeypatch: pytest.MonkeyPatch, sandbox: PaySecureSandbox, conn_id: str, account: SandboxAccount, **extra: Any
) -> None:
    """Point ``conn_id`` at ``account`` in the sandbox, with the sandbox's expiry codes."""
    conn = {
        "conn_type": "paysecure",
        "host": f"http://{sandbox.url_host}",
        "port": sandbox.port,
        "login": account.user_name,
        "password": account.password,
        "extra": {
            "merchant_id": account.merchant_id,
            "version": account.version,
            "session_expired_error_codes": SANDBOX_CODES,
            **extra,
        },
    }
    monkeypatch.setenv(f"AIRFLOW_CONN_{conn_id.upper()}", json.dumps(conn))


@pytest.fixture
def merchants(monkeypatch: pytest.MonkeyPatch) -> Iterator[PaySecureSandbox]:
    """A sandbox with three merchants, one connection each."""
    with PaySecureSandbox(accounts=list(MERCHANTS.values())) as sb:
        for conn_id, account in MERCHANTS.items():
            define_conn(monkeypatch, sb, conn_id, account)
        yield sb


def test_settlement_survives_a_session_that_expired_before_the_batches(
    airflow_db: Path,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    # Every session lives 0.5 s, and each batch's PSBINCheck (sent before CreateCardToken)
    # takes 1 s: the sensor's session has expired when any batch first uses it.
    faults = Faults(latency_s=1.0, routes=("PSBINCheck",))
    with PaySecureSandbox(accounts=[LEAK_ACCOUNT], session_lifetime_s=0.5, faults=faults) as sandbox:
        define_conn(monkeypatch, sandbox, "paysecure_default", LEAK_ACCOUNT)
        dag = _dagbag().dags["paysecure_settlement"]
        run = dag.test()
        states = _states(run)
        stats = sandbox.stats()
    assert str(run.state) == "success", states
    assert set(states.values()) == {"success"}
    # 1 + 3: the sensor's session, then one renewal per batch task (each mapped
    # instance is its own task with its own hook; a renewal is not shared across tasks)
    assert stats["CreateSession"] == {"ok": 4}
    # each batch: CreateCardToken rejected once for expiry (unprocessed), re-sent once with
    # the renewed session; no other operation is sent twice
    assert stats["CreateCardToken"] == {"session_expired": 3, "ok": 3}
    assert stats["PSBINCheck"] == {"ok": 3}

    xcoms = _xcoms(dag.dag_id, run.run_id)
    session_id = xcoms[("wait_for_paysecure", "return_value", -1)]
    results = [xcoms[("settle_batch", "return_value", i)] for i in range(3)]
    assert [r["session_renewals"] for r in results] == [1, 1, 1]
    assert all(r["card_verified"] for r in results)
    renewed = {r["session"] for r in results}
    assert len(renewed) == 3 and mask_session_id(session_id) not in renewed
    summary = xcoms[("summarise", "return_value", -1)]
    assert summary["session_renewals"] == 3 and summary["verified"] == 3

    logs, _ = _task_logs(capfd, caplog)
    renewals = renewal_lines(logs)
    assert set(renewals) == renewed  # one line per renewal, naming the masked new id ...
    assert all(mask_session_id(session_id) in line and "SBX_SESSION_EXPIRED" in line for line in renewals.values())
    assert session_id not in logs
    assert LEAK_PASSWORD not in logs


def test_settlement_batches_record_the_ledger(
    airflow_db: Path,
    sandbox: PaySecureSandbox,
    capfd: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Every batch leaves a ``done`` entry under its deterministic key (what a re-run reads)."""
    from airflow.models.variable import Variable

    settlement = _dagbag().dags["paysecure_settlement"]
    run = settlement.test()
    assert str(run.state) == "success", _states(run)
    xcoms = _xcoms(settlement.dag_id, run.run_id)
    module = _settlement_module()

    for i, batch in enumerate(xcoms[("list_batches", "return_value", -1)]):
        key = module.batch_key(run.run_id, batch["batch_id"])
        assert key == module.batch_key(run.run_id, batch["batch_id"])  # deterministic
        entry = json.loads(Variable.get(key))
        assert entry == {"state": "done", "result": xcoms[("settle_batch", "return_value", i)]}
    assert sandbox.count("CreateCardToken") == 3


def test_three_merchants_each_batch_uses_its_own_merchants_session(
    airflow_db: Path,
    merchants: PaySecureSandbox,
    capfd: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    dag = _dagbag().dags["paysecure_multi_merchant"]
    run = dag.test()
    states = _states(run)
    assert str(run.state) == "success", states
    assert len([t for t in states if t.startswith("wait_for_merchant[")]) == 3
    assert len([t for t in states if t.startswith("settle_batch[")]) == 6

    xcoms = _xcoms(dag.dag_id, run.run_id)
    published = {
        conn_id: xcoms[("wait_for_merchant", "session", index)]["session_id"] for index, conn_id in enumerate(MERCHANTS)
    }
    assert len(set(published.values())) == 3
    for i in range(6):
        result = xcoms[("settle_batch", "return_value", i)]
        account = MERCHANTS[result["conn_id"]]
        assert result["merchant_id"] == account.merchant_id
        assert result["session"] == mask_session_id(published[result["conn_id"]])
        assert result["session_renewals"] == 0
    # the counters reconcile per merchant: one session each, 3 + 2 cards, nothing refused
    cards = 5
    for account in MERCHANTS.values():
        assert merchants.merchant_stats()[account.merchant_id] == {
            "CreateSession": {"ok": 1},
            "CreateCardToken": {"ok": cards},
        }
    assert merchants.stats()["CreateCardToken"] == {"ok": 3 * cards}  # no session_unknown: nothing crossed
    summary = xcoms[("summarise", "return_value", -1)]
    assert summary["merchants"] == {
        a.merchant_id: {"batches": 2, "cards_verified": cards, "renewals": 0} for a in MERCHANTS.values()
    }
    logs, _ = _task_logs(capfd, caplog)
    for session_id in published.values():
        assert session_id not in logs
    assert LEAK_PASSWORD not in logs


def test_expiry_in_the_middle_of_a_batch_task_renews_once(
    airflow_db: Path,
    merchants: PaySecureSandbox,
    capfd: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    # Each merchant's session serves 4 operations. A merchant's two batches verify 3 + 2
    # cards, in either order: the second batch task meets the expiry after at least one
    # successful call, renews once, and finishes with the renewed session.
    merchants.set_session_max_uses(4)
    dag = _dagbag().dags["paysecure_multi_merchant"]
    run = dag.test()
    states = _states(run)
    assert str(run.state) == "success", states
    for account in MERCHANTS.values():
        assert merchants.merchant_stats()[account.merchant_id] == {
            "CreateSession": {"ok": 2},  # the sensor's session and one renewal
            "CreateCardToken": {"ok": 5, "session_expired": 1},  # one rejected, re-sent once
        }
    xcoms = _xcoms(dag.dag_id, run.run_id)
    results = [xcoms[("settle_batch", "return_value", i)] for i in range(6)]
    assert sorted(r["session_renewals"] for r in results) == [0, 0, 0, 1, 1, 1]
    assert all(r["cards_verified"] == (3 if r["batch_id"].endswith("EAST") else 2) for r in results)
    logs, _ = _task_logs(capfd, caplog)
    assert len(renewal_lines(logs)) == 3


def test_a_bare_session_id_is_renewed_by_the_error_code_alone(
    airflow_db: Path,
    merchants: PaySecureSandbox,
    capfd: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    session_id = PaySecureHook("paysecure_merchant_a").create_session().session_id
    merchants.expire_session(session_id)
    merchants.reset_stats()
    dag = _dag_from_file("paysecure_bare_session", BARE_DAG_FILE)
    conf = {"conn_id": "paysecure_merchant_a", "session_id": session_id, "operation": "CreateCardToken"}
    run = dag.test(run_conf=conf)
    assert str(run.state) == "success", _states(run)
    assert merchants.stats() == {"CreateCardToken": {"session_expired": 1, "ok": 1}, "CreateSession": {"ok": 1}}
    result = _xcoms(dag.dag_id, run.run_id)[("use_bare_session", "return_value", -1)]
    assert result["renewals"] == 1 and result["session"] != mask_session_id(session_id)
    logs, _ = _task_logs(capfd, caplog)
    assert "SBX_SESSION_EXPIRED" in logs and "renewed as" in logs
    assert session_id not in logs  # the manager registered the bare id with the masker


def test_auth_failure_while_renewing_fails_at_once(
    airflow_db: Path,
    merchants: PaySecureSandbox,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    session_id = PaySecureHook("paysecure_merchant_a").create_session().session_id
    merchants.expire_session(session_id)
    merchants.reset_stats()
    rotated = LEAK_PASSWORD + "-rotated"
    define_conn(
        monkeypatch,
        merchants,
        "paysecure_rotated",
        SandboxAccount("MERCHANT-A", "user-a", rotated, "v4"),
    )
    dag = _dag_from_file("paysecure_bare_session", BARE_DAG_FILE)
    # ClientTokenizeCard takes no credentials: only the renewal meets the wrong password
    conf = {
        "conn_id": "paysecure_rotated",
        "session_id": session_id,
        "operation": "ClientTokenizeCard",
        "payload": {"CardNumber": "4111111111111111", "Expiration": "1230"},
    }
    run = dag.test(run_conf=conf)
    assert str(run.state) == "failed"
    assert _states(run) == {"use_bare_session": "failed"}
    # one rejected operation, one refused renewal, nothing more: no loop, no retry
    assert merchants.stats() == {"ClientTokenizeCard": {"session_expired": 1}, "CreateSession": {"api_error": 1}}
    logs, _ = _task_logs(capfd, caplog)
    assert "PaySecureAPIError" in logs and "SBX_AUTH_FAILED" in logs
    assert rotated not in logs and LEAK_PASSWORD not in logs


def test_a_rerun_batch_never_sends_twice(
    airflow_db: Path,
    sandbox: PaySecureSandbox,
    capfd: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The ledger, as a re-run after a worker death meets it.

    Before the run, the ledger says EAST was settled by an earlier try and WEST was
    started by one that died inside ``CreateCardToken``. EAST returns the recorded
    result and sends nothing; WEST sends nothing either and reports that it needs
    reconciliation; CENTRAL settles normally. Nothing is sent twice.
    """
    import datetime
    import inspect

    from airflow.models.variable import Variable

    module = _settlement_module()
    logical_date = datetime.datetime(2026, 3, 4, tzinfo=datetime.timezone.utc)
    run_id = f"manual__{logical_date.isoformat()}"
    recorded = {
        "batch_id": "2026-03-04-EAST",
        "payments": 42,
        "amount_cents": 1_254_300,
        "pinless_ecommerce": True,
        "card_verified": True,
        "card_last4": "1111",
        "session": "****done",
        "session_renewals": 0,
        "needs_reconciliation": False,
    }
    Variable.set(module.batch_key(run_id, "2026-03-04-EAST"), json.dumps({"state": "done", "result": recorded}))
    started = {"state": "started", "session": "****dead"}
    Variable.set(module.batch_key(run_id, "2026-03-04-WEST"), json.dumps(started))

    dag = _dagbag().dags["paysecure_settlement"]
    # Airflow 3 names a manual run after run_after, Airflow 2 after execution_date
    params = inspect.signature(dag.test).parameters
    when = {name: logical_date for name in ("logical_date", "run_after", "execution_date") if name in params}
    run = dag.test(**when)
    assert run.run_id == run_id
    states = _states(run)
    assert str(run.state) == "success", states
    assert sandbox.count("CreateCardToken") == 1  # CENTRAL only
    assert sandbox.count("PSBINCheck") == 1
    xcoms = _xcoms(dag.dag_id, run.run_id)
    assert xcoms[("settle_batch", "return_value", 0)] == recorded
    west = xcoms[("settle_batch", "return_value", 1)]
    assert west["needs_reconciliation"] is True and west["card_verified"] is None
    assert west["session"] == "****dead"
    assert xcoms[("settle_batch", "return_value", 2)]["needs_reconciliation"] is False
    assert xcoms[("summarise", "return_value", -1)]["needs_reconciliation"] == ["2026-03-04-WEST"]
    central = json.loads(Variable.get(module.batch_key(run_id, "2026-03-04-CENTRAL")))
    assert central == {"state": "done", "result": xcoms[("settle_batch", "return_value", 2)]}
    logs, _ = _task_logs(capfd, caplog)
    if not AIRFLOW_3_0:  # 3.0's dag.test() does not show this task log line
        assert "was started by an earlier try that did not finish" in logs
