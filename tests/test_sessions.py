"""Sessions that know their lifetime, and the session manager that renews them.

The lifetime arithmetic is tested with a fixed clock and no I/O. The manager is
tested with a real :class:`PaySecureHook` against the sandbox on 127.0.0.1. The
sandbox's codes ``SBX_SESSION_EXPIRED`` and ``SBX_SESSION_UNKNOWN`` stand for the
"session expired or unknown" codes of a real PaySecure environment, which are
not published.
"""

from __future__ import annotations

import datetime
import json
import logging
from collections.abc import Callable, Iterator

import pendulum
import pytest

from airflow_provider_paysecure.connection import settings_from_connection, validate_error_codes
from airflow_provider_paysecure.exceptions import (
    PaySecureAPIError,
    PaySecureConfigError,
    PaySecureResponseError,
)
from airflow_provider_paysecure.hooks.paysecure import PaySecureHook
from airflow_provider_paysecure.sandbox import DEFAULT_ACCOUNT, PaySecureSandbox, SandboxAccount
from airflow_provider_paysecure.sessions import DEFAULT_REFRESH_MARGIN_S, PaySecureSessionManager, session_from
from airflow_provider_paysecure.wire import PaySecureSession, mask_session_id
from tests.conftest import LEAK_PASSWORD
from tests.logtools import captured_log_text

SANDBOX_CODES = ("SBX_SESSION_EXPIRED", "SBX_SESSION_UNKNOWN")
T0 = pendulum.datetime(2026, 11, 26, 12, 0, 0, tz="UTC")
CARD = {"CardNumber": "4111111111111111", "Expiration": "1230"}


def make_session(lifetime_min: float | None = 30.0, created_at: pendulum.DateTime = T0) -> PaySecureSession:
    expires = created_at.add(seconds=lifetime_min * 60) if lifetime_min is not None else None
    return PaySecureSession(session_id="abcdef0123456789", created_at=created_at, expires_at=expires)


# ---------------------------------------------------------------------- lifetime arithmetic (no I/O)


def test_time_left_and_margin_with_a_fixed_clock() -> None:
    session = make_session(30)
    assert session.lifetime_s == 1800.0
    assert session.time_left(T0) == 1800.0
    assert session.time_left(T0.add(minutes=29)) == 60.0
    assert session.time_left(T0.add(minutes=31)) == -60.0
    assert session.expires_within(60, T0.add(minutes=28, seconds=59)) is False  # 61 s left
    assert session.expires_within(60, T0.add(minutes=29)) is True  # exactly the margin: renew
    assert session.expires_within(0, T0.add(minutes=29, seconds=59)) is False
    assert session.expires_within(0, T0.add(minutes=30)) is True
    assert session.expires_within(60, T0.add(hours=2)) is True  # long expired


def test_time_left_accepts_any_aware_datetime() -> None:
    session = make_session(30)
    berlin = datetime.datetime(2026, 11, 26, 13, 10, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))
    assert session.time_left(berlin) == 1200.0  # 12:10 UTC


def test_time_left_after_an_xcom_round_trip() -> None:
    session = make_session(15, created_at=T0.add(microseconds=123456))
    rebuilt = PaySecureSession.from_xcom(json.loads(json.dumps(session.to_xcom())))
    assert rebuilt.time_left(T0.add(minutes=14)) == session.time_left(T0.add(minutes=14)) == 60.123456
    assert rebuilt.expires_within(60, T0.add(minutes=14)) is False
    assert rebuilt.expires_within(61, T0.add(minutes=14)) is True
    assert rebuilt.lifetime_s == 900.0


def test_unknown_expiry_is_explicit() -> None:
    session = make_session(None)
    assert session.time_left(T0) is None
    assert session.lifetime_s is None
    assert session.expires_within(10**9, T0.add(years=1)) is False  # never *known* to expire
    rebuilt = PaySecureSession.from_xcom(json.loads(json.dumps(session.to_xcom())))
    assert rebuilt.time_left() is None


def test_time_left_without_now_uses_the_clock() -> None:
    session = make_session(30, created_at=pendulum.now("UTC"))
    left = session.time_left()
    assert left is not None and 1790 < left <= 1800


@pytest.mark.parametrize("margin", [-1, float("inf"), float("nan"), "60", True])
def test_expires_within_rejects_a_bad_margin(margin: object) -> None:
    with pytest.raises(ValueError, match="margin_s must be a finite number of seconds >= 0"):
        make_session().expires_within(margin, T0)  # type: ignore[arg-type]


def test_a_naive_now_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        make_session().time_left(datetime.datetime(2026, 11, 26, 12, 0))


class _NoOffset(datetime.tzinfo):
    """A ``tzinfo`` that does not know its offset: Python counts such a time as naive."""

    def utcoffset(self, dt: datetime.datetime | None) -> datetime.timedelta | None:
        return None

    def dst(self, dt: datetime.datetime | None) -> datetime.timedelta | None:
        return None

    def tzname(self, dt: datetime.datetime | None) -> str | None:
        return None


def test_a_now_whose_zone_has_no_offset_is_refused_as_naive() -> None:
    now = datetime.datetime(2026, 11, 26, 12, 0, tzinfo=_NoOffset())
    with pytest.raises(ValueError, match=r"^now must be timezone-aware, got the naive '2026-11-26T12:00:00'$"):
        make_session().time_left(now)


def test_session_from_each_published_form() -> None:
    session = make_session()
    assert session_from(session) is session
    assert session_from(None) is None
    assert session_from(session.to_xcom()) == session
    bare = session_from("  bare-session-id-1234 ")
    assert bare is not None and bare.session_id == "bare-session-id-1234" and bare.expires_at is None


@pytest.mark.parametrize(
    ("value", "error", "message"),
    [
        ("   ", PaySecureConfigError, "The session id is empty"),
        (42, PaySecureConfigError, "got int"),
        ({"session_id": "x"}, PaySecureResponseError, "Not a PaySecure session XCom value"),
    ],
)
def test_session_from_rejects(value: object, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        session_from(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "codes"),
    [
        (None, ()),
        ("", ()),
        ("SBX_SESSION_EXPIRED", ("SBX_SESSION_EXPIRED",)),
        (" SBX_SESSION_EXPIRED , SBX_SESSION_UNKNOWN,", SANDBOX_CODES),
        ('["SBX_SESSION_EXPIRED", "SBX_SESSION_UNKNOWN"]', SANDBOX_CODES),
        (["SBX_SESSION_EXPIRED", "SBX_SESSION_EXPIRED"], ("SBX_SESSION_EXPIRED",)),
    ],
)
def test_error_codes_accepted_forms(value: object, codes: tuple[str, ...]) -> None:
    assert validate_error_codes(value) == codes


@pytest.mark.parametrize("value", [42, ["ok", ""], [1], "[not json", {"a": 1}])
def test_error_codes_connection_extra_is_validated(value: object) -> None:
    from airflow.models.connection import Connection

    conn = Connection(
        conn_id="ps_codes",
        conn_type="paysecure",
        login="u",
        password="p",
        extra=json.dumps({"merchant_id": "M", "version": "v4", "session_expired_error_codes": value}),
    )
    with pytest.raises(
        PaySecureConfigError,
        match=r"PaySecure connection 'ps_codes': extra session_expired_error_codes must be a list of ErrorCode strings",
    ):
        settings_from_connection(conn)


# ---------------------------------------------------------------------- the manager against the sandbox


@pytest.fixture
def sandbox() -> Iterator[PaySecureSandbox]:
    leak = SandboxAccount("LEAK-M", "leak-user", LEAK_PASSWORD, "v4")
    with PaySecureSandbox(accounts=[DEFAULT_ACCOUNT, leak]) as sb:
        yield sb


@pytest.fixture
def conn(sandbox: PaySecureSandbox, paysecure_conn: Callable[..., str]) -> Callable[..., str]:
    """Define a connection to the sandbox's leak-test merchant, with the sandbox's expiry codes."""

    def define(conn_id: str = "paysecure_sessions", password: str = LEAK_PASSWORD, **extra: object) -> str:
        return paysecure_conn(
            conn_id=conn_id,
            host=sandbox.base_url,
            login="leak-user",
            password=password,
            extra={"merchant_id": "LEAK-M", "session_expired_error_codes": ",".join(SANDBOX_CODES), **extra},
        )

    return define


def published(sandbox_hook: PaySecureHook, minutes: float = 30) -> PaySecureSession:
    session = sandbox_hook.create_session(minutes)
    return session


def test_a_session_with_time_left_is_used_as_published(sandbox: PaySecureSandbox, conn: Callable[..., str]) -> None:
    hook = PaySecureHook(conn())
    session = published(hook)
    sandbox.reset_stats()
    manager = hook.session_manager(session.to_xcom())
    assert manager.expired_error_codes == SANDBOX_CODES  # from the connection extra
    assert manager.refresh_margin_s == DEFAULT_REFRESH_MARGIN_S
    for _ in range(2):
        assert manager.call("CreateCardToken", {"VerifyCard": True})["ResponseCode"] == "00"
    assert manager.session == session and manager.refreshes == 0
    assert sandbox.count("CreateSession") == 0
    assert hook.session_manager(session.to_xcom()) is manager  # the task's later calls share it


def test_margin_reached_renews_before_sending(sandbox: PaySecureSandbox, conn: Callable[..., str]) -> None:
    hook = PaySecureHook(conn())
    session = published(hook, minutes=15)
    sandbox.reset_stats()
    clock = [session.created_at.add(minutes=14, seconds=1)]  # 59 s left: inside the 60 s margin
    manager = PaySecureSessionManager(hook, session, clock=lambda: clock[0])
    manager.call("CreateCardToken", {})
    renewed = manager.session
    assert renewed is not None and renewed.session_id != session.session_id
    assert renewed.lifetime_s == 900.0  # renewed with the published session's lifetime
    clock[0] = renewed.created_at.add(minutes=5)
    manager.call("CreateCardToken", {})
    assert manager.session is renewed and manager.refreshes == 1
    assert sandbox.stats() == {"CreateSession": {"ok": 1}, "CreateCardToken": {"ok": 2}}


def test_expiry_code_renews_and_resends_once(
    sandbox: PaySecureSandbox,
    conn: Callable[..., str],
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    hook = PaySecureHook(conn())
    session = published(hook)
    sandbox.expire_session(session.session_id)
    sandbox.reset_stats()
    manager = hook.session_manager(session)
    with caplog.at_level(logging.INFO):
        reply = manager.call("CreateCardToken", {"VerifyCard": True})
        manager.call("CreateCardToken", {"VerifyCard": True})  # reuses the renewed session
    assert reply["ResponseCode"] == "00"
    assert manager.refreshes == 1 and manager.published == session
    assert manager.session is not None and manager.session.session_id != session.session_id
    assert sandbox.stats() == {"CreateSession": {"ok": 1}, "CreateCardToken": {"session_expired": 1, "ok": 2}}
    text = captured_log_text(caplog, capsys)
    line = next(line for line in text.splitlines() if "renewed as" in line)
    assert mask_session_id(session.session_id) in line and mask_session_id(manager.session.session_id) in line
    assert "SBX_SESSION_EXPIRED" in line and "sending CreateCardToken again once" in line
    assert session.session_id not in text and manager.session.session_id not in text


def test_a_bare_id_of_unknown_age_is_renewed_by_the_error_code_alone(
    sandbox: PaySecureSandbox, conn: Callable[..., str]
) -> None:
    hook = PaySecureHook(conn())
    session_id = published(hook).session_id
    sandbox.expire_session(session_id)
    sandbox.reset_stats()
    manager = hook.session_manager(session_id, refresh_margin_s=10**6)  # a margin cannot apply: expiry unknown
    manager.call("CreateCardToken", {})
    assert manager.refreshes == 1
    assert sandbox.stats() == {"CreateSession": {"ok": 1}, "CreateCardToken": {"session_expired": 1, "ok": 1}}


def test_an_unknown_session_is_renewed_when_its_code_is_listed(
    sandbox: PaySecureSandbox, conn: Callable[..., str]
) -> None:
    manager = PaySecureHook(conn()).session_manager("0" * 32)
    manager.call("CreateCardToken", {})
    assert sandbox.stats() == {"CreateSession": {"ok": 1}, "CreateCardToken": {"session_unknown": 1, "ok": 1}}


def test_without_listed_codes_the_expiry_is_raised(sandbox: PaySecureSandbox, conn: Callable[..., str]) -> None:
    hook = PaySecureHook(conn(session_expired_error_codes=""))
    session = published(hook)
    sandbox.expire_session(session.session_id)
    manager = hook.session_manager(session)
    assert manager.expired_error_codes == ()
    with pytest.raises(PaySecureAPIError, match="SBX_SESSION_EXPIRED") as info:
        manager.call("CreateCardToken", {})
    assert info.value.error_code == "SBX_SESSION_EXPIRED"
    assert sandbox.count("CreateSession") == 1 and manager.refreshes == 0
    # the argument overrides the connection
    assert hook.session_manager(session, expired_error_codes=["SBX_SESSION_EXPIRED"]).call("CreateCardToken", {})


def test_a_second_expiry_right_after_a_renewal_raises(sandbox: PaySecureSandbox, conn: Callable[..., str]) -> None:
    hook = PaySecureHook(conn())
    session = published(hook)
    sandbox.expire_session(session.session_id)
    sandbox.set_session_lifetime(0.000001)  # every new session is dead on arrival
    sandbox.reset_stats()
    with pytest.raises(PaySecureAPIError, match="SBX_SESSION_EXPIRED"):
        hook.session_manager(session).call("CreateCardToken", {})
    assert sandbox.stats() == {"CreateSession": {"ok": 1}, "CreateCardToken": {"session_expired": 2}}


def test_a_session_renewed_by_the_margin_is_not_renewed_again_for_the_same_call(
    sandbox: PaySecureSandbox, conn: Callable[..., str]
) -> None:
    hook = PaySecureHook(conn())
    sandbox.set_session_lifetime(0.000001)
    sandbox.reset_stats()
    with pytest.raises(PaySecureAPIError, match="SBX_SESSION_EXPIRED"):
        hook.session_manager(None).call("CreateCardToken", {})
    assert sandbox.stats() == {"CreateSession": {"ok": 1}, "CreateCardToken": {"session_expired": 1}}


def test_auth_failure_while_renewing_raises_at_once(sandbox: PaySecureSandbox, conn: Callable[..., str]) -> None:
    # ClientTokenizeCard takes no credentials, so only the renewal meets the wrong password
    good = PaySecureHook(conn())
    session = published(good)
    sandbox.expire_session(session.session_id)
    sandbox.reset_stats()
    wrong = PaySecureHook(conn("paysecure_rotated", password=LEAK_PASSWORD + "-rotated"))
    with pytest.raises(PaySecureAPIError, match="SBX_AUTH_FAILED") as info:
        wrong.session_manager(session).call("ClientTokenizeCard", CARD)
    assert info.value.error_code == "SBX_AUTH_FAILED"
    assert LEAK_PASSWORD not in str(info.value)
    assert sandbox.stats() == {"ClientTokenizeCard": {"session_expired": 1}, "CreateSession": {"api_error": 1}}


def test_other_api_errors_are_not_renewals(sandbox: PaySecureSandbox, conn: Callable[..., str]) -> None:
    hook = PaySecureHook(conn())
    manager = hook.session_manager(published(hook))
    with pytest.raises(PaySecureAPIError, match="SBX_INVALID_CARD"):
        manager.call("ClientTokenizeCard", {**CARD, "CardNumber": "4111111111111112"})
    assert manager.refreshes == 0


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"refresh_margin_s": -1}, "refresh_margin_s must be a finite number of seconds >= 0"),
        ({"refresh_margin_s": float("nan")}, "refresh_margin_s must be a finite number"),
        ({"expired_error_codes": [""]}, "expired_error_codes must be a list of ErrorCode strings"),
        ({"session_expiry_in_min": 0}, "session_expiry_in_min must be a positive number of minutes"),
    ],
)
def test_bad_manager_arguments(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(PaySecureConfigError, match=message):
        PaySecureHook("never_read").session_manager("some-session-id", **kwargs)  # type: ignore[arg-type]


def test_session_id_in_the_payload_is_refused(sandbox: PaySecureSandbox, conn: Callable[..., str]) -> None:
    manager = PaySecureHook(conn()).session_manager("some-session-id")
    with pytest.raises(PaySecureConfigError, match="do not put SessionId in the payload"):
        manager.call("CreateCardToken", {"SessionId": "other"})
    assert sandbox.stats() == {}


def test_repr_masks_the_session_id() -> None:
    manager = PaySecureSessionManager(PaySecureHook("never_read"), make_session())
    assert "abcdef0123456789" not in repr(manager)
    assert mask_session_id("abcdef0123456789") in repr(manager)
