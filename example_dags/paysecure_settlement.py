"""Daily card settlement with PaySecure: wait for the service, then settle each batch.

The pipeline, read top to bottom:

1. ``wait_for_paysecure`` (:class:`PaySecureSessionSensor`, deferrable) waits until
   PaySecure accepts ``CreateSession`` and publishes the session: its id as the
   return value, and the ``session`` XCom with expiry and server stage timings.
   While the service is down it waits on the triggerer, not on a worker slot.
2. ``list_batches`` lists the day's payment batches.
3. ``settle_batch`` is mapped over the batches (dynamic task mapping). Each mapped
   instance checks the batch's BIN (``PSBINCheck``) and verifies the batch's card
   on file (``CreateCardToken`` with a ``SessionId``) through ``PaySecureHook`` on
   the same connection.
4. ``summarise`` adds the results up.

**Sessions that outlive their tasks.** Batches may start hours after the sensor
(pools, slot limits, retries), when its session has expired. ``settle_batch``
therefore hands the published ``session`` XCom to ``hook.session_manager()``, which
uses it while more than 60 s are left, creates a fresh session (same connection)
when the margin is reached or when PaySecure answers with a "session expired or
unknown" ``ErrorCode`` (the connection extra ``session_expired_error_codes``), and
then sends the rejected operation again, once. Later calls of the same task reuse
the renewed session; each batch task renews on its own.

**Re-running a batch safely (at-least-once execution).** A worker can die after
PaySecure processed a card verification but before Airflow recorded the task's
success; the scheduler then runs the batch again. ``settle_batch`` keeps a small
ledger in Airflow Variables under a deterministic key per (DAG run, batch),
``paysecure_settlement__<run_id>__<batch_id>``, which every try computes the same:

- ``done`` (with the result): an earlier try finished; return its result, send nothing.
- ``started``: an earlier try sent the card verification and died before it
  learned the outcome. PaySecure may have processed it, so nothing is sent again:
  the batch's result says ``needs_reconciliation`` (the summary lists it) and a
  warning names the ledger key. A person reconciles with PaySecure; to settle
  the batch again, delete the Variable and clear the task. (Raise
  ``AirflowFailException`` there instead if you want the run to fail.)
- absent, or ``rejected`` (PaySecure answered with an error, so it processed
  nothing): mark ``started`` just before the state-changing call, and ``done``
  after it.

The read-only ``PSBINCheck`` runs before the mark, so a worker death there is
harmless. Replace the Variables with your own ledger table if you have one.

Credentials live only in the ``paysecure_default`` connection. Task results are
JSON-safe and hold no secret: session ids appear only masked (``****abcd``),
and the card tokens PaySecure returns are not passed on.
"""

from __future__ import annotations

import datetime
import json
import logging
import re
from typing import Any

from airflow_provider_paysecure.hooks.paysecure import PaySecureHook
from airflow_provider_paysecure.sensors.paysecure import PaySecureSessionSensor
from airflow_provider_paysecure.wire import mask_session_id

try:
    from airflow.sdk import Variable, dag, get_current_context, task
except ImportError:  # Airflow 2.x
    from airflow.decorators import dag, task  # type: ignore[attr-defined,no-redef]
    from airflow.models import Variable
    from airflow.operators.python import get_current_context  # type: ignore[import-not-found,no-redef]

log = logging.getLogger(__name__)

CONN_ID = "paysecure_default"
SENSOR_TASK_ID = "wait_for_paysecure"

#: The payment batches of a day, by acquiring region (a stand-in for a real ledger query).
REGIONS: tuple[tuple[str, str, int, int], ...] = (
    # region, BIN of the batch's card programme, payments, amount in cents
    ("EAST", "411111", 42, 1_254_300),
    ("WEST", "601100", 17, 389_950),
    ("CENTRAL", "510510", 28, 702_125),
)


#: A batch result when an earlier try died inside ``CreateCardToken``: nothing is sent again.
UNKNOWN_OUTCOME: dict[str, Any] = {
    "pinless_ecommerce": None,
    "card_verified": None,
    "card_last4": None,
    "session_renewals": 0,
    "needs_reconciliation": True,
}


def _batch_fields(batch: dict[str, Any]) -> dict[str, Any]:
    return {"batch_id": batch["batch_id"], "payments": batch["payments"], "amount_cents": batch["amount_cents"]}


def batch_key(run_id: str, batch_id: str) -> str:
    """The ledger key of one batch in one DAG run: the same on every try, unique across runs.

    :param run_id: the DAG run's ``run_id``.
    :param batch_id: the batch's id.
    """
    return re.sub(r"[^A-Za-z0-9_.-]", "_", f"paysecure_settlement__{run_id}__{batch_id}")


def ledger_state(key: str) -> dict[str, Any]:
    """The batch's ledger entry: ``{"state": "done"|"started"|"rejected", ...}``, or ``{}``.

    :param key: the :func:`batch_key`.
    """
    raw = Variable.get(key, None)  # the default, positional: Airflow 2 calls it default_var
    return json.loads(raw) if raw else {}


@dag(
    dag_id="paysecure_settlement",
    schedule="@daily",
    start_date=datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc),
    catchup=False,
    tags=["paysecure", "example"],
    doc_md=__doc__,
)
def paysecure_settlement() -> None:
    """Settle the day's payment batches with the published PaySecure session."""
    # [START howto_sensor_paysecure_session]
    # [START howto_sensor_paysecure_session_deferrable]
    session_ready = PaySecureSessionSensor(
        task_id=SENSOR_TASK_ID,
        paysecure_conn_id=CONN_ID,
        session_expiry_in_min=30,
        deferrable=True,
        poke_interval=5,
        timeout=15 * 60,
    )
    # [END howto_sensor_paysecure_session_deferrable]
    # [END howto_sensor_paysecure_session]

    @task
    def list_batches() -> list[dict[str, Any]]:
        """The day's batches: id, BIN, number of payments and amount."""
        context = get_current_context()
        day = context.get("ds") or datetime.date.today().isoformat()
        return [
            {"batch_id": f"{day}-{region}", "bin": bin_, "payments": count, "amount_cents": cents}
            for region, bin_, count, cents in REGIONS
        ]

    # [START howto_hook_paysecure_call]
    @task(multiple_outputs=False)  # one XCom per batch (a dict return type would split it per key)
    def settle_batch(batch: dict[str, Any]) -> dict[str, Any]:
        """Check the batch's BIN and verify its card on file, renewing the session if it expired."""
        from airflow_provider_paysecure.exceptions import PaySecureAPIError

        context = get_current_context()
        key = batch_key(context["run_id"], batch["batch_id"])
        entry = ledger_state(key)
        if entry.get("state") == "done":
            return dict(entry["result"])  # an earlier try settled this batch: send nothing again
        if entry.get("state") == "started":  # an earlier try died inside CreateCardToken
            log.warning(
                "Batch %s was started by an earlier try that did not finish: PaySecure may have processed "
                "its card verification, so it is not sent again. Reconcile, then delete Variable %r and "
                "clear this task to settle it again.",
                batch["batch_id"],
                key,
            )
            return {**_batch_fields(batch), **UNKNOWN_OUTCOME, "session": entry.get("session")}

        # [START howto_hook_paysecure_session_refresh]
        published = context["ti"].xcom_pull(task_ids=SENSOR_TASK_ID, key="session")
        hook = PaySecureHook(CONN_ID)
        try:
            sessions = hook.session_manager(published)  # renews at 60 s left or on an expiry ErrorCode
            bin_check = hook.call("PSBINCheck", {"BIN": batch["bin"]})  # read-only: before the ledger mark
            session = sessions.current()  # the session CreateCardToken will carry (renewed if due)
            Variable.set(key, json.dumps({"state": "started", "session": mask_session_id(session.session_id)}))
            try:
                token = sessions.call("CreateCardToken", {"VerifyCard": True})
            except PaySecureAPIError:  # PaySecure answered with an error: it processed nothing
                Variable.set(key, json.dumps({"state": "rejected"}))
                raise
        finally:
            hook.close()
        used = sessions.session  # the session of the last call: the published one, or its renewal
        # [END howto_hook_paysecure_session_refresh]
        result = {
            **_batch_fields(batch),
            "pinless_ecommerce": bool(bin_check.get("PinlessEcommerce")),
            "card_verified": token.get("ResponseCode") == "00",
            "card_last4": token.get("CardLast4"),
            "session": mask_session_id(used.session_id) if used is not None else None,
            "session_renewals": sessions.refreshes,
            "needs_reconciliation": False,
        }
        Variable.set(key, json.dumps({"state": "done", "result": result}))
        return result

    # [END howto_hook_paysecure_call]

    @task
    def summarise(results: list[dict[str, Any]]) -> dict[str, Any]:
        """Totals of the settled batches, plus the published session's server stage timings."""
        results = list(results)
        session = get_current_context()["ti"].xcom_pull(task_ids=SENSOR_TASK_ID, key="session") or {}
        stages = {
            name: times.get("duration_s")
            for name, times in (session.get("timestamps") or {}).items()
            if times.get("duration_s") is not None
        }
        return {
            "batches": results,
            "batch_count": len(results),
            "payments": sum(r["payments"] for r in results),
            "amount_cents": sum(r["amount_cents"] for r in results),
            "verified": sum(1 for r in results if r["card_verified"]),
            "needs_reconciliation": [r["batch_id"] for r in results if r["needs_reconciliation"]],
            "session": mask_session_id(str(session.get("session_id") or "")),
            "session_renewals": sum(r["session_renewals"] for r in results),
            "session_expires_at": session.get("expires_at"),
            "session_round_trip_s": session.get("round_trip_s"),
            "stage_durations_s": stages,
        }

    # [START howto_sensor_paysecure_session_output]
    batches = list_batches()
    settled = settle_batch.expand(batch=batches)
    session_ready >> batches
    session_ready >> settled
    summarise(settled)  # type: ignore[arg-type]  # the mapped results, as a list at run time
    # [END howto_sensor_paysecure_session_output]


paysecure_settlement()
