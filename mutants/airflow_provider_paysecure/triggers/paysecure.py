"""``PaySecureSessionTrigger``: wait, on the triggerer, until PaySecure issues a session.

The trigger is the async transport over the same protocol core as the hook:
:mod:`..wire` builds the request and classifies the reply, :mod:`..connection`
reads the connection and :mod:`..retry` decides when to try again; only the HTTP
client (``httpx.AsyncClient``, imported inside :meth:`PaySecureSessionTrigger.run`)
differs. Nothing here blocks the event loop.

Triggers running together share HTTP clients and connection reads; that lives in
:mod:`.sharing`.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime
import functools
import ssl
import time
from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING, Any

import pendulum
from airflow.triggers.base import BaseTrigger, TriggerEvent

from airflow_provider_paysecure import wire
from airflow_provider_paysecure.connection import (
    DEFAULT_CONN_ID,
    PaySecureSettings,
    validate_expiry,
)
from airflow_provider_paysecure.exceptions import (
    PaySecureConfigError,
    PaySecureError,
)
from airflow_provider_paysecure.retry import (
    TIMEOUT,
    RetryBudget,
    RetryPolicy,
    is_transient,
    transport_failure,
)
from airflow_provider_paysecure.triggers.sharing import read_settings, shared_client

if TYPE_CHECKING:
    import httpx


def deadline_to_epoch(deadline: float | str | None) -> float | None:
    """Read a trigger deadline: epoch seconds, an ISO-8601 string, or ``None`` (no deadline).

    :param deadline: the value given to the trigger.
    :raises ValueError: for anything else.
    """
    if deadline is None:
        return None
    if isinstance(deadline, bool):
        raise ValueError(f"deadline must be epoch seconds or an ISO-8601 string, got {deadline!r}")
    if isinstance(deadline, (int, float)):
        return float(deadline)
    if isinstance(deadline, str):
        parsed = pendulum.parse(deadline)
        if isinstance(parsed, datetime.datetime):
            if parsed.tzinfo is None:
                parsed = parsed.replace(tzinfo=datetime.timezone.utc)
            return parsed.timestamp()
    raise ValueError(f"deadline must be epoch seconds or an ISO-8601 string, got {deadline!r}")


class PaySecureSessionEvent(TriggerEvent):
    """A ``TriggerEvent`` whose ``repr()`` shows the session id masked.

    The triggerer logs every event it fires (``Trigger fired event ... result=<repr>``)
    into the task's log. Registering each session id with Airflow's secrets masker
    instead would cost O(n) regex recompilation per id in a long-lived triggerer
    (about 24 s for 1,000 ids here), so the event masks itself. The payload, which
    the resumed task receives, is unchanged.
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
        self.paysecure_conn_id = paysecure_conn_id
        self.session_expiry_in_min = validate_expiry(session_expiry_in_min)
        if isinstance(poll_interval, bool) or not float(poll_interval) >= 0:
            raise ValueError(f"poll_interval must be >= 0 seconds, got {poll_interval!r}")
        self.poll_interval = float(poll_interval)
        deadline_to_epoch(deadline)  # validate early
        self.deadline = deadline
        self.retry_policy = RetryPolicy.from_dict(retry_policy).to_dict()
        if timeout is not None and not isinstance(timeout, (int, float)):
            timeout = [float(t) for t in timeout]
            if len(timeout) != 2:
                raise ValueError(f"timeout must be seconds or [connect, read], got {timeout!r}")
        self.timeout = timeout
        self.retry_on_error_codes = [str(code) for code in (retry_on_error_codes or [])]

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
        """Poll until success, a fatal error or the deadline; yield exactly one event."""
        deadline = deadline_to_epoch(self.deadline)
        try:
            settings = await read_settings(self.paysecure_conn_id)
        except PaySecureConfigError as exc:
            yield self._error(exc)
            return
        except Exception as exc:  # e.g. AirflowNotFoundException for an unknown conn id
            yield self._error(
                PaySecureConfigError(
                    f"PaySecure connection {self.paysecure_conn_id!r} could not be read ({type(exc).__name__}: {exc})"
                )
            )
            return
        if settings.verify is False:
            self.log.warning(
                "PaySecure connection %r has verify=false: TLS certificates are NOT checked.",
                self.paysecure_conn_id,
            )
        expiry = settings.expiry(self.session_expiry_in_min)
        request = wire.build_create_session_request(settings.base_url, settings.credentials, expiry)
        policy = RetryPolicy.from_dict(self.retry_policy)
        polls = 0
        async with shared_client(settings.verify, self._proxy(settings), trust_env=not settings.proxies) as client:
            while True:
                remaining = None if deadline is None else deadline - time.time()
                if remaining is not None and remaining <= 0:
                    yield self._timeout(polls)
                    return
                polls += 1
                poll_policy = (
                    policy
                    if remaining is None
                    else dataclasses.replace(policy, deadline=min(policy.deadline, remaining))
                )
                try:
                    session = await self._create_session(client, settings, request, poll_policy, expiry)
                except PaySecureError as exc:
                    if not is_transient(exc, self.retry_on_error_codes):
                        yield self._error(exc)
                        return
                    self.log.warning("PaySecure not ready (poll %d): %s: %s", polls, type(exc).__name__, exc)
                except Exception as exc:  # exactly one event, whatever happens
                    yield self._error(exc)
                    return
                else:
                    # No mask_secret() here: Airflow's masker recompiles one regex over
                    # every value masked in the process on each addition, which on a
                    # triggerer running 1,000 of these blocked the event loop for tens of
                    # seconds. This trigger logs the id masked only, the event masks
                    # itself in the triggerer's log, and the resumed task
                    # (execute_complete) registers the id with the masker.
                    self.log.info(
                        "PaySecure session %s created after %d poll%s",
                        wire.mask_session_id(session.session_id),
                        polls,
                        "" if polls == 1 else "s",
                    )
                    yield PaySecureSessionEvent(payload={"status": "success", "session": session.to_xcom()})
                    return
                wait = self.poll_interval
                if deadline is not None:
                    wait = min(wait, max(0.0, deadline - time.time()))
                await asyncio.sleep(wait)

    async def _create_session(
        self,
        client: httpx.AsyncClient,
        settings: PaySecureSettings,
        request: wire.PreparedRequest,
        policy: RetryPolicy,
        expiry: float | None,
    ) -> wire.PaySecureSession:
        """One poll: ``CreateSession`` with retries under ``policy``."""
        import httpx

        connect, read = settings.request_timeouts(self.timeout)
        budget = RetryBudget(policy)
        secrets = (settings.credentials.password,)
        url = _httpx_url(request.url)
        while True:
            budget.begin_attempt()
            started = time.perf_counter()
            try:
                response = await client.post(
                    url,
                    content=request.body,
                    headers=dict(request.headers),
                    timeout=httpx.Timeout(budget.clamp_timeout(read), connect=budget.clamp_timeout(connect)),
                )
                reply = wire.parse_reply(response.status_code, response.headers, response.content, redact=secrets)
                return wire.parse_create_session(
                    reply,
                    created_at=pendulum.now("UTC"),
                    session_expiry_in_min=expiry,
                    round_trip_s=time.perf_counter() - started,
                )
            except wire.TransientFailure as exc:
                failure = exc
            except httpx.TimeoutException as exc:
                failure = transport_failure(exc, timed_out=True)
            except httpx.TransportError as exc:
                if _is_tls_error(exc):
                    raise budget.tls_failure(request.url, exc) from None
                failure = transport_failure(exc, timed_out=False)
            await asyncio.sleep(budget.next_delay(failure, self.log, request.operation))

    # ------------------------------------------------------------------ helpers

    @staticmethod
    def _proxy(settings: PaySecureSettings) -> str | None:
        if not settings.proxies:
            return None
        scheme = settings.base_url.split("://", 1)[0]
        return settings.proxies.get(scheme) or settings.proxies.get("all")

    def _error(self, exc: BaseException) -> TriggerEvent:
        self.log.error("PaySecure session trigger failed: %s: %s", type(exc).__name__, exc)
        return TriggerEvent(
            {
                "status": "error",
                "error_type": type(exc).__name__,
                "message": str(exc) or type(exc).__name__,
                "error_code": getattr(exc, "error_code", None),
                "status_code": getattr(exc, "status_code", None),
            }
        )

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


@functools.lru_cache(maxsize=64)
def _httpx_url(url: str) -> httpx.URL:
    """``httpx.URL(url)``, parsed once per process (an ``httpx.URL`` is immutable)."""
    import httpx

    return httpx.URL(url)


def _is_tls_error(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    for _ in range(10):
        if seen is None:
            return False
        if isinstance(seen, ssl.SSLError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


__all__ = ["TIMEOUT", "PaySecureSessionEvent", "PaySecureSessionTrigger", "deadline_to_epoch", "is_transient"]
