"""The smallest PaySecure example: create a session, hand its id to the next task.

``PaySecureCreateSessionOperator`` returns the session id, so ``create.output``
is an XComArg a downstream task can take as an argument. The id is a
short-lived bearer token: pass it on, log it only masked.
"""

from __future__ import annotations

import datetime

from airflow_provider_paysecure.operators.paysecure import PaySecureCreateSessionOperator
from airflow_provider_paysecure.wire import mask_session_id

try:
    from airflow.sdk import dag, task
except ImportError:  # Airflow 2.x
    from airflow.decorators import dag, task  # type: ignore[attr-defined,no-redef]


@dag(
    dag_id="paysecure_create_session",
    schedule=None,
    start_date=datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc),
    catchup=False,
    tags=["paysecure", "example"],
    doc_md=__doc__,
)
def paysecure_create_session() -> None:
    """Create a PaySecure session and use it downstream."""
    # [START howto_operator_paysecure_create_session]
    create = PaySecureCreateSessionOperator(
        task_id="create_session",
        paysecure_conn_id="paysecure_default",
        session_expiry_in_min=15,
    )
    # [END howto_operator_paysecure_create_session]

    # [START howto_operator_paysecure_use_session]
    @task
    def use_session(session_id: str) -> str:
        """Stand-in for the work that needs the session; returns the masked id."""
        return mask_session_id(session_id)

    use_session(create.output)  # type: ignore[arg-type]  # the XComArg is the str at run time
    # [END howto_operator_paysecure_use_session]


paysecure_create_session()
