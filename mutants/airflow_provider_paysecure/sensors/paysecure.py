"""``PaySecureSessionSensor``: wait until PaySecure issues a session, then publish its id.

Thin: each poke is one ``PaySecureHook.create_session`` call with a small retry
budget; deferrable mode hands the waiting to
:class:`~airflow_provider_paysecure.triggers.paysecure.PaySecureSessionTrigger`.
Importing this module does not import ``requests`` or ``httpx``.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from datetime import timedelta
from typing import TYPE_CHECKING, Any, NoReturn

from airflow.providers.common.compat.sdk import (
    AirflowSensorTimeout,
    AirflowSkipException,
    BaseSensorOperator,
    PokeReturnValue,
)

from airflow_provider_paysecure._compat import default_deferrable
from airflow_provider_paysecure._task_common import expiry, hook_arguments, publish_session, task_arguments
from airflow_provider_paysecure.connection import DEFAULT_CONN_ID
from airflow_provider_paysecure.exceptions import PaySecureError, PaySecureResponseError
from airflow_provider_paysecure.hooks.paysecure import PaySecureHook
from airflow_provider_paysecure.retry import TIMEOUT, RetryPolicy, is_transient
from airflow_provider_paysecure.wire import PaySecureSession

if TYPE_CHECKING:
    from airflow.providers.common.compat.sdk import Context

#: The sensor's hook retries little by default, so that one poke stays quick;
#: the sensor itself is the outer retry loop.
SENSOR_HOOK_DEFAULTS: dict[str, Any] = {"retry_limit": 1, "retry_delay": 1.0, "deadline": 60.0}


class PaySecureSessionSensor(BaseSensorOperator):
    """Wait until PaySecure accepts a ``CreateSession``, then publish the session id.

    Each poke calls ``CreateSession`` once (with the hook's small retry budget).
    On success the sensor returns the session id (XCom ``return_value``) and
    pushes ``PaySecureSession.to_xcom()`` under the key ``session``, exactly like
    :class:`~airflow_provider_paysecure.operators.paysecure.PaySecureCreateSessionOperator`.
    The session id is a short-lived bearer token and XCom is visible to anyone
    who can see the DAG run; logs show it masked.

    What a failed poke means:

    * ``PaySecureTransportError`` (connection errors, timeouts, 429, 5xx after the
      hook's retries): not ready yet; logged at WARNING, poke again.
    * ``PaySecureResponseError`` (an HTML page from a proxy, a truncated body, a
      success without ``SessionId``): also treated as not ready yet, because a
      service in the middle of a deployment sends exactly these. A persistent
      one ends as a sensor timeout; every poke's WARNING says what was wrong.
    * ``PaySecureAPIError`` (an ``ErrorCode`` reply, a 4xx): fatal, unless its
      ``error_code`` is in ``retry_on_error_codes``.
    * ``PaySecureAuthError`` (401/403) and ``PaySecureConfigError``: fatal at once.

    Modes: ``poke`` and ``reschedule`` as for every sensor; with ``deferrable=True``
    ``execute()`` tries once on the worker and, only if that fails transiently,
    defers to :class:`PaySecureSessionTrigger` until the sensor's ``timeout``.
    ``timeout`` and ``soft_fail`` behave as in every Airflow sensor.

    :param paysecure_conn_id: the ``paysecure`` connection id (templated).
    :param session_expiry_in_min: requested session lifetime in minutes (templated);
        zero or negative raises ``ValueError`` at parse time.
    :param hook_params: ``PaySecureHook`` keyword arguments (``timeout``,
        ``retry_limit``, ``retry_delay``, ``deadline``), merged over
        :data:`SENSOR_HOOK_DEFAULTS`; other keys raise ``ValueError``.
    :param retry_on_error_codes: API ``ErrorCode`` values that mean "not ready yet".
    :param deferrable: defer to the triggerer while waiting; defaults to
        ``[operators] default_deferrable``.
    :param kwargs: passed to ``BaseSensorOperator`` (``poke_interval``, ``timeout``,
        ``mode``, ``soft_fail``, ...).
    """

    template_fields: Sequence[str] = ("paysecure_conn_id", "session_expiry_in_min")
    ui_color = "#d8e9f7"

    def __init__(
        self,
        *,
        paysecure_conn_id: str = DEFAULT_CONN_ID,
        session_expiry_in_min: float | str | None = None,
        hook_params: dict[str, Any] | None = None,
        retry_on_error_codes: Sequence[str] | None = None,
        deferrable: bool | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        hook_params, self.retry_on_error_codes = task_arguments(
            type(self).__name__, session_expiry_in_min, hook_params, retry_on_error_codes
        )
        self.paysecure_conn_id = paysecure_conn_id
        self.session_expiry_in_min = session_expiry_in_min
        self.hook_params = {**SENSOR_HOOK_DEFAULTS, **hook_params}
        self.deferrable = default_deferrable() if deferrable is None else bool(deferrable)

    def _expiry(self) -> float | None:
        return expiry(self.session_expiry_in_min, type(self).__name__)

    def poke(self, context: Context) -> bool | PokeReturnValue:
        """Try ``CreateSession`` once.

        :param context: the task's execution context.
        :return: ``PokeReturnValue(is_done=True, xcom_value=<session id>)`` on
            success, ``False`` after a transient failure.
        :raises PaySecureError: for a fatal failure (see the class docstring).
        """
        hook = PaySecureHook(self.paysecure_conn_id, **self.hook_params)
        try:
            session = hook.create_session(self._expiry())
        except PaySecureError as exc:
            if not is_transient(exc, self.retry_on_error_codes):
                raise
            self.log.warning("PaySecure not ready: %s: %s", type(exc).__name__, exc)
            self._honour_retry_after(exc)
            return False
        finally:
            hook.close()
        publish_session(context, session, self.log)
        return PokeReturnValue(is_done=True, xcom_value=session.session_id)

    def execute(self, context: Context) -> Any:
        """Run the sensor; in deferrable mode try once here, then defer if needed.

        :param context: the task's execution context.
        :return: the session id.
        """
        if not self.deferrable:
            return super().execute(context)
        started = time.time()
        result = self.poke(context)
        if isinstance(result, PokeReturnValue) and result.is_done:
            return result.xcom_value
        remaining = max(0.0, self.timeout - (time.time() - started))
        if remaining <= 0:
            self._timed_out(f"Sensor has timed out after its {self.timeout:g} s timeout.")
        arguments = hook_arguments(type(self).__name__, **self.hook_params)
        policy = arguments.policy
        timeout = arguments.timeout
        # imported here: the trigger module costs DAG parsing ~5 ms (airflow.triggers.base)
        from airflow_provider_paysecure.triggers.paysecure import PaySecureSessionTrigger

        self.log.info("Deferring: polling PaySecure every %g s for up to %g s", self.poke_interval, remaining)
        self.defer(
            trigger=PaySecureSessionTrigger(
                paysecure_conn_id=self.paysecure_conn_id,
                session_expiry_in_min=self._expiry(),
                poll_interval=self.poke_interval,
                deadline=started + self.timeout,
                retry_policy=policy.to_dict(),
                timeout=None if timeout is None else list(timeout),
                retry_on_error_codes=self.retry_on_error_codes,
            ),
            method_name="execute_complete",
            timeout=timedelta(seconds=remaining),
        )

    def execute_complete(self, context: Context, event: dict[str, Any]) -> str:
        """Resume after the trigger fired.

        :param context: the task's execution context.
        :param event: the trigger's event payload.
        :return: the session id (and the ``session`` XCom is pushed).
        :raises AirflowSensorTimeout: when the trigger's deadline passed
            (``AirflowSkipException`` instead with ``soft_fail``).
        :raises PaySecureError: the typed error the trigger reported.
        """
        if not isinstance(event, dict):
            raise PaySecureResponseError(f"{type(self).__name__}: unexpected trigger event {type(event).__name__}")
        if event.get("status") == "success":
            session = PaySecureSession.from_xcom(event["session"])
            publish_session(context, session, self.log)
            return session.session_id
        if event.get("error_type") == TIMEOUT:
            self._timed_out(str(event.get("message") or "PaySecure session trigger timed out"))
        raise PaySecureError.from_event(event)

    def _honour_retry_after(self, exc: PaySecureError) -> None:
        """Wait out what the server's ``Retry-After`` (capped) asks beyond ``poke_interval``."""
        extra = min(exc.retry_after or 0.0, RetryPolicy().max_retry_after) - float(self.poke_interval)
        if extra > 0:
            self.log.info("PaySecure asked to retry after %.0f s; waiting %.1f s more", exc.retry_after, extra)
            time.sleep(extra)

    def _timed_out(self, message: str) -> NoReturn:
        if self.soft_fail or getattr(self, "never_fail", False):
            raise AirflowSkipException(f"Skipping due to soft_fail: {message}")
        raise AirflowSensorTimeout(message)


__all__ = ["SENSOR_HOOK_DEFAULTS", "PaySecureSessionSensor"]
