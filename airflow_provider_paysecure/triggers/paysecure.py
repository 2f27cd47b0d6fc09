"""``PaySecureSessionTrigger``: wait, on the triggerer, until PaySecure issues a session.

The trigger is the async transport over the same protocol core as the hook:
:mod:`..wire` builds the request and classifies the reply, :mod:`..connection`
reads the connection and :mod:`..retry` decides when to try again; only the HTTP
transport (:mod:`..transports.async_http`, ``asyncio`` and ``h11``, imported inside
:meth:`PaySecureSessionTrigger.run`) differs. Nothing here blocks the event loop.

Triggers running together share connection pools and connection reads; that lives in
:mod:`.sharing`.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime
import math
import time
from collections.abc import AsyncIterator, Sequence
from typing import Any

import pendulum
from airflow.triggers.base import BaseTrigger, TriggerEvent

from airflow_provider_paysecure import wire
from airflow_provider_paysecure._task_common import check_error_codes, check_timeout, expiry
from airflow_provider_paysecure.call import Call
from airflow_provider_paysecure.connection import DEFAULT_CONN_ID, PaySecureSettings
from airflow_provider_paysecure.exceptions import (
    PaySecureConfigError,
    PaySecureError,
)
from airflow_provider_paysecure.retry import TIMEOUT, RetryPolicy, is_transient
from airflow_provider_paysecure.triggers.sharing import read_settings, shared_pool


def deadline_to_epoch(deadline: float | str | None) -> float | None:
    """Read a trigger deadline: epoch seconds, an ISO-8601 string, or ``None`` (no deadline).

    :param deadline: the value given to the trigger.
    :raises PaySecureConfigError: for anything else.
    """
    if deadline is None:
        return None
    problem = PaySecureConfigError(f"deadline must be epoch seconds or an ISO-8601 string, got {deadline!r}")
    if isinstance(deadline, bool):
        raise problem
    if isinstance(deadline, (int, float)):
        if not math.isfinite(deadline):
            raise problem
        return float(deadline)
    if isinstance(deadline, str):
        try:
            parsed = pendulum.parse(deadline)
        except Exception:
            raise problem from None
        if isinstance(parsed, datetime.datetime):
            if parsed.tzinfo is None:
                parsed = parsed.replace(tzinfo=datetime.timezone.utc)
            return parsed.timestamp()
    raise problem


class PaySecureSessionEvent(TriggerEvent):
    """A ``TriggerEvent`` whose ``repr()`` shows the session id masked.

    The triggerer logs every event it fires (``Trigger fired event ... result=<repr>``)
    into the task's log. The trigger does not register ids with the secrets
    masker (see the masking rule in
    :func:`~airflow_provider_paysecure._task_common.publish_session`), so the
    event masks itself. The payload, which the resumed task receives, is unchanged.
    """

    def __repr__(self) -> str:
        payload = self.payload
        if isinstance(payload, dict) and isinstance(payload.get("session"), dict):
            session = dict(payload["session"])
            session["session_id"] = wire.mask_session_id(str(session.get("session_id") or ""))
            payload = {**payload, "session": session}
        return f"TriggerEvent<{payload!r}>"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        """Equal to any plain ``TriggerEvent`` with the same payload."""
        if isinstance(other, TriggerEvent):
            return bool(self.payload == other.payload)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable payload, as in TriggerEvent


class PaySecureSessionTrigger(BaseTrigger):
    """Poll ``CreateSession`` until PaySecure issues a session, a fatal error, or the deadline.

    Yields exactly one event: ``{"status": "success", "session": session.to_xcom()}``,
    or ``{"status": "error", "error_type": <PaySecure error class name or "timeout">,
    "message": ..., "error_code": ..., "status_code": ...}``.

    The kwargs hold no credentials: the connection is read inside :meth:`run`.

    **Restarts.** After a triggerer restart Airflow runs the trigger again from
    the start. That is safe: ``CreateSession`` has no side effect beyond issuing a
    session, so a session created by an interrupted run merely expires unused.

    :param paysecure_conn_id: the ``paysecure`` connection id.
    :param session_expiry_in_min: requested lifetime in minutes; ``None`` uses the
        connection's extra, else the service default.
    :param poll_interval: seconds between polls (after a poll's own retries).
    :param deadline: when to give up: epoch seconds or an ISO-8601 string; ``None``
        polls until a session or a fatal error.
    :param retry_policy: ``RetryPolicy.to_dict()`` applied within each poll.
    :param timeout: request timeout override in seconds, or ``[connect, read]``;
        ``None`` uses the connection's ``connect_timeout``/``timeout`` extras.
    :param retry_on_error_codes: API ``ErrorCode`` values that mean "poll again".
    """

    def __init__(
        self,
        paysecure_conn_id: str = DEFAULT_CONN_ID,
        session_expiry_in_min: float | None = None,
        poll_interval: float = 30.0,
        deadline: float | str | None = None,
        retry_policy: dict[str, Any] | None = None,
        timeout: float | Sequence[float] | None = None,
        retry_on_error_codes: Sequence[str] | None = None,
    ) -> None:
        super().__init__()
        owner = type(self).__name__
        self.paysecure_conn_id = paysecure_conn_id
        self.session_expiry_in_min = expiry(session_expiry_in_min, owner)
        if isinstance(poll_interval, bool) or not isinstance(poll_interval, (int, float)) or not poll_interval >= 0:
            raise PaySecureConfigError(f"{owner}: poll_interval must be >= 0 seconds, got {poll_interval!r}")
        self.poll_interval = float(poll_interval)
        try:
            deadline_to_epoch(deadline)
            self.retry_policy = RetryPolicy.from_dict(retry_policy).to_dict()
        except PaySecureConfigError as exc:
            raise PaySecureConfigError(f"{owner}: {exc}") from None
        self.deadline = deadline
        checked = check_timeout(timeout, owner)
        self.timeout: float | list[float] | None = None
        if checked is not None:
            self.timeout = (
                checked[0] if checked[0] == checked[1] and not isinstance(timeout, (list, tuple)) else list(checked)
            )
        self.retry_on_error_codes = check_error_codes(retry_on_error_codes, owner)
        if not isinstance(paysecure_conn_id, str) or not paysecure_conn_id:
            raise PaySecureConfigError(f"{owner}: paysecure_conn_id must be a connection id, got {paysecure_conn_id!r}")

    def serialize(self) -> tuple[str, dict[str, Any]]:
        """The classpath and JSON-safe kwargs (no credentials, no tenacity objects)."""
        return (
            f"{type(self).__module__}.{type(self).__qualname__}",
            {
                "paysecure_conn_id": self.paysecure_conn_id,
                "session_expiry_in_min": self.session_expiry_in_min,
                "poll_interval": self.poll_interval,
                "deadline": self.deadline,
                "retry_policy": dict(self.retry_policy),
                "timeout": self.timeout,
                "retry_on_error_codes": list(self.retry_on_error_codes),
            },
        )

    # ------------------------------------------------------------------ run

    async def run(self) -> AsyncIterator[TriggerEvent]:
        """Poll until success, a fatal error or the deadline; yield exactly one event.

        Whatever the connection or the server holds, this yields one event and
        never raises (cancellation excepted).
        """
        try:
            event = await self._poll()
        except asyncio.CancelledError:
            raise
        except PaySecureError as exc:
            event = self._error(exc)
        except Exception as exc:  # exactly one event, whatever happens
            event = self._error(PaySecureError(f"{type(exc).__name__}: {_text(exc)}"))
        yield event

    async def _poll(self) -> TriggerEvent:
        deadline = deadline_to_epoch(self.deadline)
        try:
            settings = await read_settings(self.paysecure_conn_id)
        except PaySecureError:
            raise
        except Exception as exc:  # e.g. AirflowNotFoundException for an unknown conn id
            why = f"{type(exc).__name__}: {_text(exc)}"
            raise PaySecureConfigError(
                f"PaySecure connection {self.paysecure_conn_id!r} could not be read ({why})"
            ) from None
        if settings.verify is False:
            self.log.warning(
                "PaySecure connection %r has verify=false: TLS certificates are NOT checked.",
                self.paysecure_conn_id,
            )
        from airflow_provider_paysecure.transports import async_http

        expiry_min = settings.expiry(self.session_expiry_in_min)
        request = wire.build_create_session_request(settings.base_url, settings.credentials, expiry_min)
        policy = RetryPolicy.from_dict(self.retry_policy)
        connect, read = settings.request_timeouts(self.timeout)
        polls = 0
        with shared_pool(settings.verify, self._proxy(settings), trust_env=not settings.proxies) as pool:
            while True:
                remaining = None if deadline is None else deadline - time.time()
                if remaining is not None and remaining <= 0:
                    return self._timeout(polls)
                polls += 1
                call: Call[wire.PaySecureSession] = Call(
                    request,
                    policy
                    if remaining is None
                    else dataclasses.replace(policy, deadline=min(policy.deadline, remaining)),
                    connect_s=connect,
                    read_s=read,
                    max_bytes=settings.max_response_bytes,
                    retry_safe=True,  # CreateSession: an extra session merely expires
                    secrets=settings.secrets,
                    interpret=wire.session_reader(expiry_min, settings.secrets),
                    log=self.log,
                )
                try:
                    session = await async_http.run(call, pool)
                except PaySecureError as exc:
                    if not is_transient(exc, self.retry_on_error_codes):
                        raise
                    self.log.warning("PaySecure not ready (poll %d): %s: %s", polls, type(exc).__name__, exc)
                    wait = max(self.poll_interval, min(exc.retry_after or 0.0, policy.max_retry_after))
                else:
                    # Logged masked; masking rule: _task_common.publish_session.
                    self.log.info(
                        "PaySecure session %s created after %d poll%s",
                        wire.mask_session_id(session.session_id),
                        polls,
                        "" if polls == 1 else "s",
                    )
                    return PaySecureSessionEvent(payload={"status": "success", "session": session.to_xcom()})
                if deadline is not None:
                    wait = min(wait, max(0.0, deadline - time.time()))
                await asyncio.sleep(wait)

    # ------------------------------------------------------------------ helpers

    @staticmethod
    def _proxy(settings: PaySecureSettings) -> str | None:
        if not settings.proxies:
            return None
        scheme = settings.base_url.split("://", 1)[0]
        return settings.proxies.get(scheme) or settings.proxies.get("all")

    def _error(self, exc: PaySecureError) -> TriggerEvent:
        self.log.error("PaySecure session trigger failed: %s: %s", type(exc).__name__, exc)
        return TriggerEvent({"status": "error", **exc.to_event()})

    def _timeout(self, polls: int) -> TriggerEvent:
        message = (
            f"PaySecure did not issue a session before the deadline ({polls} poll{'' if polls == 1 else 's'} made)"
        )
        self.log.error("%s", message)
        return TriggerEvent(
            {
                "status": "error",
                "error_type": TIMEOUT,
                "message": message,
                "error_code": None,
                "status_code": None,
            }
        )


def _text(exc: BaseException) -> str:
    """A bounded, printable rendering of an unexpected exception."""
    text = str(exc).encode("ascii", "backslashreplace").decode("ascii")
    text = " ".join(text.split())
    return text if len(text) <= 300 else text[:299] + "…"


__all__ = ["TIMEOUT", "PaySecureSessionEvent", "PaySecureSessionTrigger", "deadline_to_epoch", "is_transient"]
