"""``PaySecureCreateSessionOperator``: create a PaySecure session and publish its id.

The operator is thin: :class:`~airflow_provider_paysecure.hooks.paysecure.PaySecureHook`
does the work, the operator validates its arguments at DAG parse time, publishes
XCom and logs one summary. Importing this module does not import ``requests``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from airflow.providers.common.compat.sdk import BaseOperator

from airflow_provider_paysecure._summary import session_summary
from airflow_provider_paysecure.connection import DEFAULT_CONN_ID, validate_expiry
from airflow_provider_paysecure.hooks.paysecure import PaySecureHook, retry_policy_from_args

if TYPE_CHECKING:
    from airflow.providers.common.compat.sdk import Context

    from airflow_provider_paysecure.wire import PaySecureSession

#: The keys ``hook_params`` may contain (the keyword arguments of ``PaySecureHook``).
HOOK_PARAM_KEYS: frozenset[str] = frozenset({"timeout", "retry_limit", "retry_delay", "deadline"})

#: The XCom key under which the session (``PaySecureSession.to_xcom()``) is pushed.
SESSION_XCOM_KEY = "session"


def check_hook_params(hook_params: Mapping[str, Any] | None, owner: str) -> dict[str, Any]:
    """Validate ``hook_params`` at DAG parse time.

    :param hook_params: keyword arguments for ``PaySecureHook``, or ``None``.
    :param owner: the class name to show in error messages.
    :return: a plain dict copy.
    :raises ValueError: for a non-mapping, an unknown key, or an invalid value.
    """
    if hook_params is None:
        return {}
    if not isinstance(hook_params, Mapping):
        raise ValueError(f"{owner}: hook_params must be a dict, got {type(hook_params).__name__}")
    unknown = sorted(set(hook_params) - HOOK_PARAM_KEYS)
    if unknown:
        raise ValueError(
            f"{owner}: unknown hook_params key(s) {', '.join(map(repr, unknown))}; "
            f"allowed: {', '.join(sorted(HOOK_PARAM_KEYS))}"
        )
    params = dict(hook_params)
    try:
        retry_policy_from_args(params.get("retry_limit"), params.get("retry_delay"), params.get("deadline"))
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{owner}: invalid hook_params: {exc}") from None
    timeout = params.get("timeout")
    if timeout is not None:
        parts = timeout if isinstance(timeout, (tuple, list)) else (timeout,)
        if len(parts) not in (1, 2) or not all(
            isinstance(p, (int, float)) and not isinstance(p, bool) and p > 0 for p in parts
        ):
            raise ValueError(
                f"{owner}: hook_params timeout must be a positive number of seconds or a "
                f"(connect, read) pair, got {timeout!r}"
            )
        if isinstance(timeout, list):
            params["timeout"] = tuple(timeout)
    return params


def check_expiry(value: Any, owner: str) -> None:
    """Validate ``session_expiry_in_min`` at DAG parse time, unless it is a Jinja template.

    :param value: the constructor argument.
    :param owner: the class name to show in error messages.
    :raises ValueError: for zero, a negative number or a non-number.
    """
    if isinstance(value, str) and "{{" in value:
        return  # rendered at run time; checked again then
    validate_expiry(value, f"{owner}: session_expiry_in_min")


def publish_session(context: Context, session: PaySecureSession, log: Any) -> None:
    """Push the ``session`` XCom and log the one summary of the new session.

    The XCom is ``to_xcom()``: id, times, stage timings, no credentials. The log
    message shows the id masked.

    :param context: the task's execution context.
    :param session: the session to publish.
    :param log: the task's logger.
    """
    context["ti"].xcom_push(key=SESSION_XCOM_KEY, value=session.to_xcom())
    log.info("%s", session_summary(session))


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
        service default. Zero or negative raises ``ValueError`` at parse time.
    :param hook_params: keyword arguments for ``PaySecureHook``: ``timeout``,
        ``retry_limit``, ``retry_delay``, ``deadline``. Other keys raise ``ValueError``.
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
        name = type(self).__name__
        check_expiry(session_expiry_in_min, name)
        self.paysecure_conn_id = paysecure_conn_id
        self.session_expiry_in_min = session_expiry_in_min
        self.hook_params = check_hook_params(hook_params, name)

    def execute(self, context: Context) -> str:
        """Create the session, push the ``session`` XCom and return the session id.

        :param context: the task's execution context.
        :raises PaySecureError: as ``PaySecureHook.create_session`` does.
        """
        expiry = validate_expiry(self.session_expiry_in_min, f"{type(self).__name__}: session_expiry_in_min")
        hook = PaySecureHook(self.paysecure_conn_id, **self.hook_params)
        try:
            session = hook.create_session(expiry)
        finally:
            hook.close()
        publish_session(context, session, self.log)
        return session.session_id


__all__ = ["HOOK_PARAM_KEYS", "SESSION_XCOM_KEY", "PaySecureCreateSessionOperator"]
