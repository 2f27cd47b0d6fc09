"""``PaySecureCreateSessionOperator``: create a PaySecure session and publish its id.

The operator is thin: :class:`~airflow_provider_paysecure.hooks.paysecure.PaySecureHook`
does the work, the operator validates its arguments at DAG parse time, publishes
XCom and logs one summary. Importing this module does not import ``requests``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from airflow.providers.common.compat.sdk import BaseOperator

# re-exported: these lived here before _task_common existed
from airflow_provider_paysecure._task_common import (
    HOOK_PARAM_KEYS,
    SESSION_XCOM_KEY,
    check_expiry,
    check_hook_params,
    expiry,
    publish_session,
    task_arguments,
)
from airflow_provider_paysecure.connection import DEFAULT_CONN_ID
from airflow_provider_paysecure.hooks.paysecure import PaySecureHook

if TYPE_CHECKING:
    from airflow.providers.common.compat.sdk import Context


class PaySecureCreateSessionOperator(BaseOperator):
    """Create a PaySecure session (``CreateSession``) and return its ``SessionId``.

    The return value (XCom ``return_value``, i.e. ``op.output`` or
    ``{{ ti.xcom_pull(task_ids="...") }}``) is the session id. The XCom key
    ``session`` holds ``PaySecureSession.to_xcom()``: the id, creation and expiry
    times, round trip and per-stage server timings. Credentials are never pushed.

    .. warning::
        The session id is a short-lived bearer token: ``ClientTokenizeCard``
        accepts it without credentials until it expires. XCom values are visible
        to anyone who can see the DAG run, so keep ``session_expiry_in_min`` short
        and the DAG's access restricted. Task logs show it masked (``****abcd``).

    :param paysecure_conn_id: the ``paysecure`` connection id (templated).
    :param session_expiry_in_min: requested session lifetime in minutes (templated);
        defaults to the connection's ``session_expiry_in_min`` extra, else the
        service default. Zero or negative raises ``PaySecureConfigError`` at parse time.
    :param hook_params: keyword arguments for ``PaySecureHook``: ``timeout``,
        ``retry_limit``, ``retry_delay``, ``deadline``. Other keys raise ``PaySecureConfigError``.
    :param kwargs: passed to ``BaseOperator``.
    """

    template_fields: Sequence[str] = ("paysecure_conn_id", "session_expiry_in_min")
    ui_color = "#d8e9f7"

    def __init__(
        self,
        *,
        paysecure_conn_id: str = DEFAULT_CONN_ID,
        session_expiry_in_min: float | str | None = None,
        hook_params: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.hook_params, _ = task_arguments(type(self).__name__, session_expiry_in_min, hook_params)
        self.paysecure_conn_id = paysecure_conn_id
        self.session_expiry_in_min = session_expiry_in_min

    def execute(self, context: Context) -> str:
        """Create the session, push the ``session`` XCom and return the session id.

        :param context: the task's execution context.
        :raises PaySecureError: as ``PaySecureHook.create_session`` does.
        """
        hook = PaySecureHook(self.paysecure_conn_id, **self.hook_params)
        try:
            session = hook.create_session(expiry(self.session_expiry_in_min, type(self).__name__))
        finally:
            hook.close()
        publish_session(context, session, self.log)
        return session.session_id


__all__ = [
    "HOOK_PARAM_KEYS",
    "SESSION_XCOM_KEY",
    "PaySecureCreateSessionOperator",
    "check_expiry",
    "check_hook_params",
    "publish_session",
]
