"""Sessions that outlive their tasks: use the published session, renew it when needed.

A settlement run publishes one PaySecure session (the sensor's or the operator's
``session`` XCom) and many downstream tasks use it, some of them hours later.
:class:`PaySecureSessionManager` is what such a task holds:

- it starts from the published session: the ``session`` XCom dict, a
  :class:`~airflow_provider_paysecure.wire.PaySecureSession`, or a bare session id
  (whose expiry is unknown);
- it uses that session while more than ``refresh_margin_s`` seconds are left, and
  creates a fresh one (``CreateSession``, same connection) when the margin is reached;
- when the service rejects an operation with an ``ErrorCode`` listed as meaning
  "session expired or unknown", it creates a fresh session and sends the rejected
  operation again, **once**. That is safe even for an operation that is not
  retry-safe: the service answered that it did not process it;
- the renewed session is kept, so later calls of the same task use it too.

A renewal never hides a real error. At most one ``CreateSession`` is made per
operation: a failing ``CreateSession`` (wrong password, service down) raises as
it would without the manager, and so does an expiry reported for a session that
was created for this very operation.

The PaySecure service publishes no list of its ``ErrorCode`` values, so none is
built in: configure the codes your PaySecure environment returns with the
connection extra ``session_expired_error_codes`` (or the argument). The local
sandbox answers ``SBX_SESSION_EXPIRED`` and ``SBX_SESSION_UNKNOWN``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from airflow_provider_paysecure.connection import validate_error_codes, validate_expiry
from airflow_provider_paysecure.exceptions import PaySecureAPIError, PaySecureAuthError, PaySecureConfigError
from airflow_provider_paysecure.wire import PaySecureSession, mask_session_id

if TYPE_CHECKING:
    import datetime

    from airflow_provider_paysecure.hooks.paysecure import PaySecureHook

#: Renew a session when this many seconds or fewer are left (the default margin).
DEFAULT_REFRESH_MARGIN_S = 60.0

#: What a task may hand over as "the published session".
SessionLike = PaySecureSession | Mapping[str, Any] | str | None


def session_from(value: SessionLike) -> PaySecureSession | None:
    """Turn a published session into a :class:`PaySecureSession`.

    :param value: the ``session`` XCom dict, a :class:`PaySecureSession`, a bare
        session id (its creation time is unknown, so it is stamped "now" with no
        expiry), or ``None`` for no session yet.
    :raises PaySecureConfigError: for an empty id or a value of another type.
    :raises PaySecureResponseError: for a dict that is not a ``session`` XCom value.
    """
    if value is None or isinstance(value, PaySecureSession):
        return value
    if isinstance(value, Mapping):
        return PaySecureSession.from_xcom(value)
    if isinstance(value, str):
        if not value.strip():
            raise PaySecureConfigError("The session id is empty; pass the session XCom, a session id or None")
        import pendulum

        return PaySecureSession(session_id=value.strip(), created_at=pendulum.now("UTC"), expires_at=None)
    raise PaySecureConfigError(
        f"Expected the session XCom dict, a PaySecureSession, a session id or None, got {type(value).__name__}"
    )


def validate_margin(value: Any) -> float:
    """Check a refresh margin in seconds.

    :param value: a finite number >= 0.
    :raises PaySecureConfigError: for a negative, non-finite or non-numeric value.
    """
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value < math.inf:
        raise PaySecureConfigError(f"refresh_margin_s must be a finite number of seconds >= 0, got {value!r}")
    return float(value)


class PaySecureSessionManager:
    """Use one merchant's published session across a task's calls, renewing it when needed.

    Get one from :meth:`PaySecureHook.session_manager
    <airflow_provider_paysecure.hooks.paysecure.PaySecureHook.session_manager>`;
    it sends through that hook, so the session always belongs to the hook's
    connection (merchant). Not thread-safe: one manager per task.

    :param hook: the hook whose connection (merchant) owns the session.
    :param session: the published session (see :func:`session_from`), or ``None``
        to create one on the first call.
    :param refresh_margin_s: renew when this many seconds or fewer are left
        (default 60). Has no effect on a session whose expiry is unknown.
    :param expired_error_codes: ``ErrorCode`` values meaning "session expired or
        unknown"; default: the connection's ``session_expired_error_codes`` extra.
    :param session_expiry_in_min: lifetime of renewed sessions; default: the
        published session's own lifetime, else the connection's default.
    :param clock: returns the current time (timezone-aware); for tests.
    :raises PaySecureConfigError: for an invalid argument.
    """

    def __init__(
        self,
        hook: PaySecureHook,
        session: SessionLike = None,
        *,
        refresh_margin_s: float = DEFAULT_REFRESH_MARGIN_S,
        expired_error_codes: Iterable[str] | str | None = None,
        session_expiry_in_min: float | None = None,
        clock: Callable[[], datetime.datetime] | None = None,
    ) -> None:
        self.hook = hook
        self.refresh_margin_s = validate_margin(refresh_margin_s)
        try:
            self._codes = (
                None
                if expired_error_codes is None
                else validate_error_codes(
                    expired_error_codes if isinstance(expired_error_codes, str) else list(expired_error_codes),
                    "expired_error_codes",
                )
            )
            self._expiry_in_min = validate_expiry(session_expiry_in_min)
        except (TypeError, ValueError) as exc:
            raise PaySecureConfigError(str(exc)) from None
        self._clock = clock
        self._session = session_from(session)
        self.published = self._session
        #: How many sessions this manager created (margin and ``ErrorCode`` renewals).
        self.refreshes = 0
        if self._session is not None and hook.mask_session_ids:
            from airflow_provider_paysecure._compat import mask_secret

            mask_secret(self._session.session_id)

    @property
    def expired_error_codes(self) -> tuple[str, ...]:
        """The ``ErrorCode`` values that trigger a renewal (argument, else connection extra)."""
        if self._codes is None:
            self._codes = self.hook.settings.session_expired_error_codes
        return self._codes

    @property
    def session(self) -> PaySecureSession | None:
        """The session in use now (the published one until renewed), for reporting."""
        return self._session

    def current(self) -> PaySecureSession:
        """The session to use now: the one held, unless it is within the margin of its expiry.

        Creates a session if there is none, or if the one held has
        ``refresh_margin_s`` seconds or fewer left.

        :raises PaySecureError: as :meth:`PaySecureHook.create_session` does.
        """
        session = self._session
        if session is None:
            return self._renew("no session was published")
        now = self._clock() if self._clock is not None else None
        if session.expires_within(self.refresh_margin_s, now):
            left = session.time_left(now) or 0.0
            reason = f"{max(left, 0.0):.0f} s left, margin {self.refresh_margin_s:.0f} s"
            return self._renew(reason if left > 0 else "it expired by the client clock")
        return session

    def call(self, operation: str, payload: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """Call an operation that needs a ``SessionId``, with the current session.

        The manager adds ``SessionId`` to ``payload``. If the service answers with
        one of :attr:`expired_error_codes`, it creates a fresh session and sends the
        operation again once; a second rejection raises.

        :param operation: the route, e.g. ``"CreateCardToken"``.
        :param payload: the request DTO's other fields (no ``SessionId``, no ``Credentials``).
        :return: what :meth:`PaySecureHook.call` returns.
        :raises PaySecureConfigError: if ``payload`` already holds a ``SessionId``.
        :raises PaySecureError: as :meth:`PaySecureHook.call` and
            :meth:`PaySecureHook.create_session` do.
        """
        fields = dict(payload or {})
        if "SessionId" in fields:
            raise PaySecureConfigError(
                f"{operation}: do not put SessionId in the payload; the session manager adds the session it holds"
            )
        refreshes_before = self.refreshes
        session = self.current()
        try:
            return self.hook.call(operation, {**fields, "SessionId": session.session_id})
        except PaySecureAuthError:
            raise
        except PaySecureAPIError as exc:
            if exc.error_code not in self.expired_error_codes or self.refreshes != refreshes_before:
                raise  # a real error, or the session created for this call was rejected too
            code = exc.error_code
        fresh = self._renew(f"{operation} was rejected with ErrorCode {code!r}", resend=operation)
        return self.hook.call(operation, {**fields, "SessionId": fresh.session_id})

    def _renew(self, reason: str, resend: str | None = None) -> PaySecureSession:
        old = self._session
        expiry = self._expiry_in_min
        if expiry is None and old is not None and old.lifetime_s is not None and old.lifetime_s > 0:
            expiry = old.lifetime_s / 60.0
        fresh = self.hook.create_session(expiry)
        self._session = fresh
        self.refreshes += 1
        self.hook.log.info(
            "PaySecure session %s renewed as %s on connection %r (%s)%s",
            mask_session_id(old.session_id) if old is not None else "(none)",
            mask_session_id(fresh.session_id),
            self.hook.paysecure_conn_id,
            reason,
            f"; sending {resend} again once" if resend else "",
        )
        if fresh.lifetime_s is not None and fresh.lifetime_s <= self.refresh_margin_s:
            self.hook.log.warning(
                "PaySecure sessions of connection %r live %.0f s, not more than the refresh margin "
                "of %.0f s: every call will create a session. Lower refresh_margin_s.",
                self.hook.paysecure_conn_id,
                fresh.lifetime_s,
                self.refresh_margin_s,
            )
        return fresh

    def __repr__(self) -> str:
        return (
            f"PaySecureSessionManager(conn_id={self.hook.paysecure_conn_id!r}, session={self._session!r}, "
            f"refreshes={self.refreshes})"
        )


def manager_for(
    hook: PaySecureHook,
    session: SessionLike = None,
    *,
    refresh_margin_s: float | None = None,
    expired_error_codes: Iterable[str] | str | None = None,
    session_expiry_in_min: float | None = None,
) -> PaySecureSessionManager:
    """The hook's manager for this published session, created on first use.

    The same session and arguments give the same manager, so a session renewed
    by one call of a task is reused by its later calls. The arguments are those
    of :class:`PaySecureSessionManager`; ``None`` means the default.

    :param hook: the hook whose connection owns the session.
    :param session: the published session (see :func:`session_from`), or ``None``.
    :param refresh_margin_s: renew with this many seconds or fewer left (default 60).
    :param expired_error_codes: ``ErrorCode`` values meaning "session expired or unknown".
    :param session_expiry_in_min: lifetime of renewed sessions.
    :raises PaySecureConfigError: for an invalid argument.
    """
    published = session_from(session)
    codes = (
        expired_error_codes
        if expired_error_codes is None or isinstance(expired_error_codes, str)
        else tuple(expired_error_codes)
    )
    margin = DEFAULT_REFRESH_MARGIN_S if refresh_margin_s is None else refresh_margin_s
    key = (published.session_id if published else None, margin, codes, session_expiry_in_min)
    managers: dict[Any, PaySecureSessionManager] = hook.__dict__.setdefault("_paysecure_session_managers", {})
    if key not in managers:
        managers[key] = PaySecureSessionManager(
            hook,
            published,
            refresh_margin_s=margin,
            expired_error_codes=codes,
            session_expiry_in_min=session_expiry_in_min,
        )
    return managers[key]


__all__ = [
    "DEFAULT_REFRESH_MARGIN_S",
    "PaySecureSessionManager",
    "SessionLike",
    "manager_for",
    "session_from",
    "validate_margin",
]
