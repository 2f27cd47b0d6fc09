"""PaySecureCreateSessionOperator against the sandbox (real HTTP on 127.0.0.1)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from airflow_provider_paysecure.exceptions import PaySecureAPIError, PaySecureConfigError, PaySecureTransportError
from airflow_provider_paysecure.operators.paysecure import PaySecureCreateSessionOperator
from airflow_provider_paysecure.sandbox import PaySecureSandbox
from airflow_provider_paysecure.wire import PaySecureSession, mask_session_id
from tests.conftest import LEAK_PASSWORD


def test_constructor_rejects_zero_and_negative_expiry() -> None:
    with pytest.raises(
        ValueError,
        match=r"^PaySecureCreateSessionOperator: session_expiry_in_min "
        r"must be a positive number of minutes, got 0$",
    ):
        PaySecureCreateSessionOperator(task_id="t", session_expiry_in_min=0)
    with pytest.raises(ValueError, match=r"got -5$"):
        PaySecureCreateSessionOperator(task_id="t", session_expiry_in_min=-5)


def test_constructor_accepts_a_jinja_expiry_and_keeps_it_templated() -> None:
    op = PaySecureCreateSessionOperator(
        task_id="t", session_expiry_in_min="{{ params.minutes }}", paysecure_conn_id="{{ x }}"
    )
    assert op.session_expiry_in_min == "{{ params.minutes }}"
    assert set(op.template_fields) == {"paysecure_conn_id", "session_expiry_in_min"}


def test_constructor_rejects_unknown_hook_params() -> None:
    with pytest.raises(ValueError, match="unknown hook_params") as info:
        PaySecureCreateSessionOperator(task_id="t", hook_params={"retries": 3, "timeout": 5})
    assert str(info.value) == (
        "PaySecureCreateSessionOperator: unknown hook_params key(s) 'retries'; "
        "allowed: deadline, retry_delay, retry_limit, timeout"
    )


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"retry_limit": -1}, "retry_limit must be a whole number >= 0, got -1"),
        ({"timeout": 0}, "hook_params: timeout must be a positive number of seconds"),
        ({"timeout": [5]}, r"^PaySecureCreateSessionOperator: hook_params: timeout must be .* pair, got \[5\]$"),
        ({"deadline": "soon"}, "deadline must be a finite number of seconds > 0, got 'soon'"),
    ],
)
def test_constructor_rejects_bad_hook_param_values(params: dict[str, Any], message: str) -> None:
    with pytest.raises(PaySecureConfigError, match=message):
        PaySecureCreateSessionOperator(task_id="t", hook_params=params)


def test_execute_returns_session_id_and_pushes_session_xcom(
    sandbox: PaySecureSandbox, context: dict[str, Any], capfd: pytest.CaptureFixture[str]
) -> None:
    op = PaySecureCreateSessionOperator(task_id="create", session_expiry_in_min=7)
    session_id = op.execute(context)

    assert isinstance(session_id, str)
    assert len(session_id) > 8
    pushed = context["ti"].xcoms["session"]
    assert json.loads(json.dumps(pushed)) == pushed  # JSON-safe
    assert pushed["session_id"] == session_id
    session = PaySecureSession.from_xcom(pushed)
    assert session.expires_at is not None
    assert (session.expires_at - session.created_at).total_seconds() == 7 * 60
    assert set(session.stage_durations()) == {"AppLayer", "DBInsert", "Network"}
    assert LEAK_PASSWORD not in json.dumps(pushed)
    assert "sandbox" not in json.dumps(pushed).lower()  # no login, no merchant
    assert sandbox.count("CreateSession") == 1

    out = capfd.readouterr()
    logs = out.out + out.err
    assert f"PaySecure session {mask_session_id(session_id)} created" in logs
    assert "Server stages:" in logs
    assert "AppLayer" in logs
    assert session_id not in logs
    assert LEAK_PASSWORD not in logs


def test_execute_renders_a_templated_expiry(sandbox: PaySecureSandbox, context: dict[str, Any]) -> None:
    op = PaySecureCreateSessionOperator(task_id="create", session_expiry_in_min="{{ minutes }}")
    op.render_template_fields({"minutes": 3})
    assert op.session_expiry_in_min == "3"
    op.execute(context)
    session = PaySecureSession.from_xcom(context["ti"].xcoms["session"])
    assert session.expires_at is not None
    assert (session.expires_at - session.created_at).total_seconds() == 180


def test_execute_rejects_a_template_that_renders_to_zero(context: dict[str, Any]) -> None:
    op = PaySecureCreateSessionOperator(task_id="create", session_expiry_in_min="{{ minutes }}")
    op.render_template_fields({"minutes": 0})
    with pytest.raises(ValueError, match=r"session_expiry_in_min must be a positive number of minutes, got '0'"):
        op.execute(context)


def test_execute_uses_hook_params_retry_budget(sandbox: PaySecureSandbox, context: dict[str, Any]) -> None:
    sandbox.set_faults(fail_first=5, fail_first_mode="503")
    op = PaySecureCreateSessionOperator(task_id="create", hook_params={"retry_limit": 1, "retry_delay": 0.01})
    with pytest.raises(PaySecureTransportError, match=r"after 2 attempts .*HTTP 503"):
        op.execute(context)
    assert sandbox.count("CreateSession") == 2
    assert "session" not in context["ti"].xcoms


def test_execute_wrong_password_is_an_api_error(
    sandbox: PaySecureSandbox,
    context: dict[str, Any],
    paysecure_conn: Any,
    wrong_password_conn: str,
) -> None:
    conn_id = wrong_password_conn
    op = PaySecureCreateSessionOperator(task_id="create", paysecure_conn_id=conn_id)
    with pytest.raises(PaySecureAPIError, match="SBX_AUTH_FAILED") as info:
        op.execute(context)
    assert info.value.error_code == "SBX_AUTH_FAILED"
    assert sandbox.count("CreateSession") == 1
