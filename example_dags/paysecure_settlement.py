"""Daily card settlement with PaySecure: wait for the service, then settle each batch.

The pipeline, read top to bottom:

1. ``wait_for_paysecure`` (:class:`PaySecureSessionSensor`, deferrable) waits until
   PaySecure accepts ``CreateSession`` and publishes the session id as its return
   value (plus the ``session`` XCom with expiry and server stage timings). While
   the service is down it waits on the triggerer, not on a worker slot.
2. ``list_batches`` lists the day's payment batches.
3. ``settle_batch`` is mapped over the batches (dynamic task mapping): each mapped
   instance receives the session id from XCom and, through ``PaySecureHook.call``
   on the same connection, checks the batch's BIN (``PSBINCheck``) and verifies
   the batch's card on file (``CreateCardToken`` with the ``SessionId``).
4. ``summarise`` adds the results up.

Credentials live only in the ``paysecure_default`` connection. Task results are
JSON-safe and hold no secret: the session id appears only masked (``****abcd``),
and the card token PaySecure returns is not passed on.
"""

from __future__ import annotations

import datetime
from typing import Any

from airflow_provider_paysecure.hooks.paysecure import PaySecureHook
from airflow_provider_paysecure.sensors.paysecure import PaySecureSessionSensor
from airflow_provider_paysecure.wire import mask_session_id

try:
    from airflow.sdk import dag, get_current_context, task
except ImportError:  # Airflow 2.x
    from airflow.decorators import dag, task  # type: ignore[attr-defined,no-redef]
    from airflow.operators.python import get_current_context  # type: ignore[no-redef]

CONN_ID = "paysecure_default"

#: The payment batches of a day, by acquiring region (a stand-in for a real ledger query).
REGIONS: tuple[tuple[str, str, int, int], ...] = (
    # region, BIN of the batch's card programme, payments, amount in cents
    ("EAST", "411111", 42, 1_254_300),
    ("WEST", "601100", 17, 389_950),
    ("CENTRAL", "510510", 28, 702_125),
)


@dag(
    dag_id="paysecure_settlement",
    schedule="@daily",
    start_date=datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc),
    catchup=False,
    tags=["paysecure", "example"],
    doc_md=__doc__,
)
def paysecure_settlement() -> None:
    """Settle the day's payment batches through one PaySecure session."""
    # [START howto_sensor_paysecure_session_deferrable]
    session_ready = PaySecureSessionSensor(
        task_id="wait_for_paysecure",
        paysecure_conn_id=CONN_ID,
        session_expiry_in_min=30,
        deferrable=True,
        poke_interval=5,
        timeout=15 * 60,
    )
    # [END howto_sensor_paysecure_session_deferrable]

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
    @task
    def settle_batch(batch: dict[str, Any], session_id: str) -> dict[str, Any]:
        """Check the batch's BIN and verify its card on file with the shared session."""
        hook = PaySecureHook(CONN_ID)
        try:
            bin_check = hook.call("PSBINCheck", {"BIN": batch["bin"]})
            token = hook.call("CreateCardToken", {"SessionId": session_id, "VerifyCard": True})
        finally:
            hook.close()
        return {
            "batch_id": batch["batch_id"],
            "payments": batch["payments"],
            "amount_cents": batch["amount_cents"],
            "pinless_ecommerce": bool(bin_check.get("PinlessEcommerce")),
            "card_verified": token.get("ResponseCode") == "00",
            "card_last4": token.get("CardLast4"),
            "session": mask_session_id(session_id),
        }

    # [END howto_hook_paysecure_call]

    @task
    def summarise(results: list[dict[str, Any]]) -> dict[str, Any]:
        """Totals of the settled batches, plus the session's server stage timings."""
        results = list(results)
        session = get_current_context()["ti"].xcom_pull(task_ids="wait_for_paysecure", key="session") or {}
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
            "session": mask_session_id(str(session.get("session_id") or "")),
            "session_expires_at": session.get("expires_at"),
            "session_round_trip_s": session.get("round_trip_s"),
            "stage_durations_s": stages,
        }

    # [START howto_sensor_paysecure_session_output]
    batches = list_batches()
    settled = settle_batch.partial(session_id=session_ready.output).expand(batch=batches)
    session_ready >> batches
    summarise(settled)
    # [END howto_sensor_paysecure_session_output]


paysecure_settlement()
