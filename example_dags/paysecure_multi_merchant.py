"""Settle card batches for several merchant accounts, each with its own PaySecure session.

A payment company settles for many merchants. Each merchant account is one
Airflow connection (its own ``MerchantId``, user name and password), and a
PaySecure session belongs to the merchant that created it: PaySecure (and the
sandbox) refuse a session used with another merchant's credentials.

The pipeline, read top to bottom:

1. ``wait_for_merchant`` is one :class:`PaySecureSessionSensor` mapped over the
   connection ids in ``MERCHANT_CONN_IDS``: map index *i* waits for merchant *i*
   and publishes that merchant's session (the ``session`` XCom of that index).
2. ``list_batches`` lists each merchant's batches; a batch names its connection
   and the map index of its merchant's sensor.
3. ``settle_batch`` is mapped over all batches. Each instance pulls the session
   of *its* merchant (``map_indexes=batch["merchant_index"]``), opens the hook on
   *its* merchant's connection, and verifies the batch's cards on file through
   ``hook.session_manager()``, which renews the session on the same connection
   when it expires, so a renewal can never cross merchants either.
4. ``summarise`` totals the batches per merchant.

Add a merchant by adding its connection id to ``MERCHANT_CONN_IDS``. To make a
re-run of a batch safe after a worker death, use the ledger pattern of the
``paysecure_settlement`` example.
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
    from airflow.operators.python import get_current_context  # type: ignore[import-not-found,no-redef]

#: One ``paysecure`` connection per merchant account; the sensor's map index is the position here.
MERCHANT_CONN_IDS: tuple[str, ...] = ("paysecure_merchant_a", "paysecure_merchant_b", "paysecure_merchant_c")

#: Each merchant's batches: region and the number of cards on file to verify.
BATCHES_PER_MERCHANT: tuple[tuple[str, int], ...] = (("EAST", 3), ("WEST", 2))

SENSOR_TASK_ID = "wait_for_merchant"


@dag(
    dag_id="paysecure_multi_merchant",
    schedule="@daily",
    start_date=datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc),
    catchup=False,
    tags=["paysecure", "example"],
    doc_md=__doc__,
)
def paysecure_multi_merchant() -> None:
    """Settle every merchant's batches with that merchant's own PaySecure session."""
    # [START howto_paysecure_multi_merchant]
    sessions_ready = PaySecureSessionSensor.partial(
        task_id=SENSOR_TASK_ID,
        session_expiry_in_min=30,
        deferrable=True,
        poke_interval=5,
        timeout=15 * 60,
    ).expand(paysecure_conn_id=list(MERCHANT_CONN_IDS))

    @task
    def list_batches() -> list[dict[str, Any]]:
        """Every merchant's batches, each naming its connection and its merchant's sensor index."""
        day = get_current_context().get("ds") or datetime.date.today().isoformat()
        return [
            {
                "batch_id": f"{day}-{conn_id}-{region}",
                "conn_id": conn_id,
                "merchant_index": index,
                "cards": cards,
            }
            for index, conn_id in enumerate(MERCHANT_CONN_IDS)
            for region, cards in BATCHES_PER_MERCHANT
        ]

    @task
    def settle_batch(batch: dict[str, Any]) -> dict[str, Any]:
        """Verify the batch's cards with its own merchant's session, renewing it if it expires."""
        published = get_current_context()["ti"].xcom_pull(
            task_ids=SENSOR_TASK_ID, key="session", map_indexes=batch["merchant_index"]
        )
        hook = PaySecureHook(batch["conn_id"])  # the merchant's own connection
        try:
            sessions = hook.session_manager(published)
            tokens = [sessions.call("CreateCardToken", {"VerifyCard": True}) for _ in range(batch["cards"])]
            merchant_id = hook.settings.credentials.merchant_id
        finally:
            hook.close()
        used = sessions.session
        return {
            "batch_id": batch["batch_id"],
            "conn_id": batch["conn_id"],
            "merchant_id": merchant_id,
            "cards_verified": sum(1 for token in tokens if token.get("ResponseCode") == "00"),
            "session": mask_session_id(used.session_id) if used is not None else None,
            "session_renewals": sessions.refreshes,
        }

    # [END howto_paysecure_multi_merchant]

    @task
    def summarise(results: list[dict[str, Any]]) -> dict[str, Any]:
        """Verified cards and session renewals per merchant."""
        per_merchant: dict[str, dict[str, int]] = {}
        for result in results:
            totals = per_merchant.setdefault(result["merchant_id"], {"batches": 0, "cards_verified": 0, "renewals": 0})
            totals["batches"] += 1
            totals["cards_verified"] += result["cards_verified"]
            totals["renewals"] += result["session_renewals"]
        return {"merchants": per_merchant, "batch_count": sum(t["batches"] for t in per_merchant.values())}

    batches = list_batches()
    settled = settle_batch.expand(batch=batches)
    sessions_ready >> batches
    sessions_ready >> settled
    summarise(settled)  # type: ignore[arg-type]  # the mapped results, as a list at run time


paysecure_multi_merchant()
