"""A test DAG: one task uses a bare session id (expiry unknown) through ``hook.session_manager()``.

The test passes ``conn_id``, ``session_id``, ``operation`` and ``payload`` in the
run's conf. The task has no retries, so a failure is final after one try.
"""

from __future__ import annotations

import datetime
from typing import Any

from airflow_provider_paysecure.hooks.paysecure import PaySecureHook
from airflow_provider_paysecure.wire import mask_session_id

try:
    from airflow.sdk import dag, get_current_context, task
except ImportError:  # Airflow 2.x
    from airflow.decorators import dag, task  # type: ignore[attr-defined,no-redef]
    from airflow.operators.python import get_current_context  # type: ignore[import-not-found,no-redef]


@dag(
    dag_id="paysecure_bare_session",
    schedule=None,
    start_date=datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc),
    catchup=False,
)
def paysecure_bare_session() -> None:
    """Use a bare session id of unknown age."""

    @task(retries=0)
    def use_bare_session() -> dict[str, Any]:
        """Call one operation with the bare session id from the run's conf."""
        conf = get_current_context()["dag_run"].conf or {}
        hook = PaySecureHook(conf["conn_id"], retry_limit=0, mask_session_ids=True)
        try:
            sessions = hook.session_manager(conf["session_id"])
            sessions.call(conf["operation"], conf.get("payload") or {})
        finally:
            hook.close()
        assert sessions.session is not None
        return {"renewals": sessions.refreshes, "session": mask_session_id(sessions.session.session_id)}

    use_bare_session()


paysecure_bare_session()
