"""Every sandbox fault mode (and 400/401/ErrorCode replies) against the hook and the trigger.

Each case asserts the exact outcome: the error type (or success), how many
requests the server saw, that the call ended within its deadline, and that the
message names the failure without the password.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest

from airflow_provider_paysecure.exceptions import (
    PaySecureAPIError,
    PaySecureAuthError,
    PaySecureError,
    PaySecureResponseError,
    PaySecureTransportError,
)
from airflow_provider_paysecure.hooks.paysecure import PaySecureHook
from airflow_provider_paysecure.sandbox import PaySecureSandbox
from airflow_provider_paysecure.triggers.paysecure import PaySecureSessionTrigger
from tests.conftest import LEAK_PASSWORD, WRONG_PASSWORD, run_trigger
from tests.logtools import captured_log_text, retry_warnings
from tests.reliability.conftest import CONN_ID, DEADLINE, RETRY_LIMIT
from tests.scripted_server import Reply, ScriptedServer

ATTEMPTS = RETRY_LIMIT + 1
ROUTE = "CreateSession"


@dataclass(frozen=True)
class Case:
    """One fault mode and the hook's exact expected behaviour."""

    faults: dict[str, Any]
    error: type[PaySecureError] | None  # None: a session is expected
    attempts: int
    outcome: str  # the sandbox outcome of the first request
    words: tuple[str, ...] = ()  # must appear in the error message
    hook: dict[str, Any] = field(default_factory=dict)
    retried: bool = False  # the trigger polls again (transient) until its deadline
    trigger_ok_after: int | None = None  # the trigger polls again and then succeeds
    trigger_requests: int | None = None  # at least this many (default: attempts); Retry-After slows polls


CASES: dict[str, Case] = {
    "500": Case(
        {"error_rate": 1.0, "error_statuses": (500,)},
        PaySecureTransportError,
        ATTEMPTS,
        "fault_500",
        ("HTTP 500", f"{ATTEMPTS} attempts", "no retries left"),
        retried=True,
    ),
    "502": Case(
        {"error_rate": 1.0, "error_statuses": (502,)},
        PaySecureTransportError,
        ATTEMPTS,
        "fault_502",
        ("HTTP 502", f"{ATTEMPTS} attempts"),
        retried=True,
    ),
    "503": Case(
        {"error_rate": 1.0, "error_statuses": (503,)},
        PaySecureTransportError,
        ATTEMPTS,
        "fault_503",
        ("HTTP 503", "Injected fault"),
        retried=True,
    ),
    "429": Case(
        {"rate_limit_rate": 1.0, "retry_after_s": 0},
        PaySecureTransportError,
        ATTEMPTS,
        "fault_429",
        ("HTTP 429", "Rate limit"),
        retried=True,
    ),
    "429-retry-after-outlasts-deadline": Case(
        {"rate_limit_rate": 1.0, "retry_after_s": 1},
        PaySecureTransportError,
        2,
        "fault_429",
        ("HTTP 429", "deadline leaves no time"),
        hook={"deadline": 1.5},
        retried=True,
        trigger_requests=1,
    ),
    "drop": Case(
        {"drop_rate": 1.0},
        PaySecureTransportError,
        ATTEMPTS,
        "fault_drop",
        ("ConnectionError", f"{ATTEMPTS} attempts"),
        retried=True,
    ),
    "stall": Case(
        {"stall_rate": 1.0},
        PaySecureTransportError,
        ATTEMPTS,
        "fault_stall",
        ("timed out",),
        hook={"timeout": (1.0, 0.3)},
        retried=True,
    ),
    "html-502": Case(
        {"html_error_rate": 1.0},
        PaySecureTransportError,
        ATTEMPTS,
        "fault_html",
        ("HTTP 502", "Bad Gateway"),
        retried=True,
    ),
    "html-404": Case(
        {"html_error_rate": 1.0, "html_error_status": 404},
        PaySecureAPIError,
        1,
        "fault_html",
        ("HTTP 404", "does not know this operation"),
    ),
    "truncated-json": Case(
        {"truncated_json_rate": 1.0},
        PaySecureResponseError,
        1,
        "fault_truncated",
        ("invalid JSON", "HTTP 200"),
        retried=True,
    ),
    "csv-label": Case({"csv_label": True}, None, 1, "ok"),
    "fail-first-503": Case({"fail_first": 2, "fail_first_mode": "503"}, None, 3, "fault_503"),
    "fail-first-drop": Case({"fail_first": 2, "fail_first_mode": "drop"}, None, 3, "fault_drop"),
    "fail-first-stall": Case(
        {"fail_first": 1, "fail_first_mode": "stall"}, None, 2, "fault_stall", hook={"timeout": (1.0, 0.3)}
    ),
    "fail-first-html": Case({"fail_first": 1, "fail_first_mode": "html"}, None, 2, "fault_html"),
    "fail-first-truncated": Case(
        {"fail_first": 1, "fail_first_mode": "truncated"},
        PaySecureResponseError,
        1,
        "fault_truncated",
        ("invalid JSON",),
        trigger_ok_after=2,
    ),
    "latency": Case({"latency_s": 0.3}, None, 1, "ok"),
    "unavailable": Case(
        {"unavailable_for_s": 30.0},
        PaySecureTransportError,
        ATTEMPTS,
        "unavailable",
        ("HTTP 503", "unavailable"),
        retried=True,
        trigger_requests=1,
    ),
}


def _assert_clean(text: str) -> None:
    assert LEAK_PASSWORD not in text


def _check_error(exc: PaySecureError, case: Case) -> None:
    message = str(exc)
    for word in case.words:
        assert word in message, f"{word!r} not in {message!r}"
    _assert_clean(message)
    _assert_clean(repr(exc))
    _assert_clean(repr(vars(exc)))


@pytest.mark.parametrize("name", list(CASES))
def test_hook_fault_matrix(
    name: str,
    sandbox: PaySecureSandbox,
    make_hook: Callable[..., PaySecureHook],
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    case = CASES[name]
    hook = make_hook(**case.hook)
    sandbox.set_faults(**case.faults)
    deadline = hook.retry_policy.deadline
    started = time.monotonic()
    with caplog.at_level(logging.DEBUG):
        if case.error is None:
            session = hook.create_session()
            assert len(session.session_id) >= 16
            assert "AppLayer" in session.timestamps
            if name == "latency":
                assert session.round_trip_s is not None and session.round_trip_s >= 0.3
            assert sandbox.count(ROUTE, "ok") == 1
        else:
            with pytest.raises(case.error) as info:
                hook.create_session()
            assert type(info.value) is case.error
            _check_error(info.value, case)
            if isinstance(info.value, PaySecureTransportError):
                assert info.value.attempts == case.attempts
                assert info.value.elapsed <= deadline
            assert sandbox.count(ROUTE, "ok") == 0
    elapsed = time.monotonic() - started
    assert sandbox.count(ROUTE) == case.attempts, sandbox.stats()
    assert sandbox.count(ROUTE, case.outcome) >= 1, sandbox.stats()
    assert elapsed <= deadline + 1.0  # the last read timeout may end just past it
    logs = captured_log_text(caplog, capsys)
    _assert_clean(logs)
    # one WARNING per retry, naming the attempt and the failure; none on success
    assert sorted(retry_warnings(logs)) == list(range(1, case.attempts)), logs


def test_hook_400_bad_body_is_not_retried(sandbox: PaySecureSandbox, make_hook: Callable[..., PaySecureHook]) -> None:
    hook = make_hook()
    with pytest.raises(PaySecureAPIError) as info:
        hook.call("CreateSession", {"SessionExpiryInMin": "soon"})
    exc = info.value
    assert type(exc) is PaySecureAPIError
    assert exc.status_code == 400
    assert exc.error_code == "ValidationException"
    assert "HTTP 400" in str(exc) and "SessionExpiryInMin" in str(exc)
    _assert_clean(str(exc))
    assert sandbox.count(ROUTE) == 1
    assert sandbox.count(ROUTE, "bad_request") == 1


def test_hook_error_code_reply_is_not_retried(
    sandbox: PaySecureSandbox, wrong_password_conn: str, make_hook: Callable[..., PaySecureHook]
) -> None:
    hook = make_hook(wrong_password_conn)
    with pytest.raises(PaySecureAPIError) as info:
        hook.create_session()
    exc = info.value
    assert type(exc) is PaySecureAPIError
    assert exc.error_code == "SBX_AUTH_FAILED"
    assert exc.status_code == 200
    assert "ErrorCode 'SBX_AUTH_FAILED'" in str(exc)
    assert WRONG_PASSWORD not in repr(vars(exc)) and LEAK_PASSWORD not in str(exc)
    assert sandbox.count(ROUTE) == 1
    assert sandbox.count(ROUTE, "api_error") == 1


def test_hook_401_is_an_auth_error_not_retried(
    scripted_server: ScriptedServer, paysecure_conn: Callable[..., str]
) -> None:
    body = b'{"ResponseStatus":{"ErrorCode":"Unauthorized","Message":"Invalid credentials"}}'
    scripted_server.script(Reply(status=401, body=body))
    hook = PaySecureHook(paysecure_conn(port=scripted_server.port), retry_limit=3, retry_delay=0.01, deadline=5)
    with pytest.raises(PaySecureAuthError) as info:
        hook.create_session()
    exc = info.value
    assert exc.status_code == 401
    assert "rejected the credentials (HTTP 401, Unauthorized)" in str(exc)
    assert "Invalid credentials" in str(exc)
    _assert_clean(repr(vars(exc)) + str(exc))
    assert len(scripted_server.requests) == 1


# ------------------------------------------------------------------------------ trigger

TRIGGER_WINDOW_S = 0.8


def _trigger(conn_id: str, case: Case) -> PaySecureSessionTrigger:
    timeout = case.hook.get("timeout", (1.0, 1.0))
    return PaySecureSessionTrigger(
        conn_id,
        poll_interval=0.05,
        deadline=time.time() + TRIGGER_WINDOW_S,
        retry_policy={"retry_limit": RETRY_LIMIT, "retry_delay": 0.01, "deadline": DEADLINE},
        timeout=list(timeout),
    )


@pytest.mark.parametrize("name", list(CASES))
def test_trigger_fault_matrix(
    name: str,
    sandbox: PaySecureSandbox,
    paysecure_conn: Callable[..., str],
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    case = CASES[name]
    sandbox.set_faults(**case.faults)
    trigger = _trigger(paysecure_conn(CONN_ID, port=sandbox.port), case)
    started = time.monotonic()
    with caplog.at_level(logging.DEBUG):
        event = run_trigger(trigger)
    elapsed = time.monotonic() - started
    captured = capsys.readouterr()
    _assert_clean(repr(event))
    _assert_clean(caplog.text + captured.out + captured.err)
    if case.error is None or case.trigger_ok_after is not None:
        assert event["status"] == "success", event
        assert len(event["session"]["session_id"]) >= 16
        assert sandbox.count(ROUTE) == (case.trigger_ok_after or case.attempts)
        assert sandbox.count(ROUTE, "ok") == 1
    elif case.retried:
        # transient for a sensor: poll again until the trigger's own deadline
        assert event["status"] == "error" and event["error_type"] == "timeout", event
        assert "deadline" in event["message"]
        assert sandbox.count(ROUTE) >= (case.trigger_requests or case.attempts)
        assert sandbox.count(ROUTE, "ok") == 0
        assert elapsed <= TRIGGER_WINDOW_S + 1.5
    else:
        assert event["status"] == "error", event
        assert event["error_type"] == case.error.__name__
        for word in case.words:
            assert word in event["message"]
        assert sandbox.count(ROUTE) == case.attempts
    assert sandbox.count(ROUTE, case.outcome) >= 1, sandbox.stats()


def test_trigger_error_code_and_401_end_at_once(
    sandbox: PaySecureSandbox,
    wrong_password_conn: str,
    scripted_server: ScriptedServer,
    paysecure_conn: Callable[..., str],
) -> None:
    case = Case({}, PaySecureAPIError, 1, "api_error")
    event = run_trigger(_trigger(wrong_password_conn, case))
    assert event["error_type"] == "PaySecureAPIError"
    assert event["error_code"] == "SBX_AUTH_FAILED"
    assert sandbox.count(ROUTE) == 1
    _assert_clean(repr(event))

    scripted_server.script(Reply(status=401, body=b'{"ResponseStatus":{"ErrorCode":"Unauthorized","Message":"no"}}'))
    event = run_trigger(_trigger(paysecure_conn("ps_401", port=scripted_server.port), case))
    assert event["error_type"] == "PaySecureAuthError"
    assert event["status_code"] == 401
    assert "HTTP 401" in event["message"]
    assert len(scripted_server.requests) == 1
