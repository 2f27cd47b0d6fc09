"""PaySecureSessionSensor in poke, reschedule and deferrable modes, against real servers.

The sensor runs its real ``execute()`` (Airflow's own ``BaseSensorOperator``
loop); only the task instance is a small recording stand-in. Full Airflow runs
of the deferrable path are in ``test_example_dags.py``.
"""

from __future__ import annotations

import datetime
import json
import time
from typing import Any

import pytest
from airflow.providers.common.compat.sdk import (
    AirflowSensorTimeout,
    AirflowSkipException,
    TaskDeferred,
)

from airflow_provider_paysecure.exceptions import (
    PaySecureAPIError,
    PaySecureAuthError,
    PaySecureConfigError,
    PaySecureResponseError,
    PaySecureTransportError,
)
from airflow_provider_paysecure.sandbox import PaySecureSandbox
from airflow_provider_paysecure.sensors.paysecure import PaySecureSessionSensor
from airflow_provider_paysecure.triggers.paysecure import PaySecureSessionTrigger
from tests.conftest import run_trigger
from tests.scripted_server import Reply, ScriptedServer

try:
    from airflow.sdk.exceptions import AirflowRescheduleException
except ImportError:  # Airflow 2.x
    from airflow.exceptions import AirflowRescheduleException

FAST = {"retry_limit": 0, "retry_delay": 0.01}


def _sensor(**kwargs: Any) -> PaySecureSessionSensor:
    kwargs.setdefault("task_id", "wait")
    kwargs.setdefault("poke_interval", 0.05)
    kwargs.setdefault("timeout", 30)
    kwargs.setdefault("hook_params", FAST)
    kwargs.setdefault("deferrable", False)
    return PaySecureSessionSensor(**kwargs)


# ------------------------------------------------------------------ construction


def test_defaults() -> None:
    sensor = PaySecureSessionSensor(task_id="wait")
    assert sensor.paysecure_conn_id == "paysecure_default"
    assert sensor.hook_params == {"retry_limit": 1, "retry_delay": 1.0, "deadline": 60.0}
    assert sensor.deferrable is False
    assert sensor.retry_on_error_codes == []


def test_deferrable_defaults_to_airflow_config(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AIRFLOW__OPERATORS__DEFAULT_DEFERRABLE", "True")
    assert PaySecureSessionSensor(task_id="wait").deferrable is True
    assert PaySecureSessionSensor(task_id="wait", deferrable=False).deferrable is False


def test_constructor_errors() -> None:
    with pytest.raises(
        ValueError,
        match=r"^PaySecureSessionSensor: session_expiry_in_min must "
        r"be a positive number of minutes, got -1$",
    ):
        PaySecureSessionSensor(task_id="wait", session_expiry_in_min=-1)
    with pytest.raises(ValueError, match=r"^PaySecureSessionSensor: unknown hook_params key\(s\) 'verify'"):
        PaySecureSessionSensor(task_id="wait", hook_params={"verify": False})
    with pytest.raises(
        PaySecureConfigError,
        match="^PaySecureSessionSensor: retry_on_error_codes must be a list of error codes, got 'E1'$",
    ):
        PaySecureSessionSensor(task_id="wait", retry_on_error_codes="E1")
    with pytest.raises(PaySecureConfigError, match=r"hook_params: timeout must be .* pair, got \[5\]$"):
        PaySecureSessionSensor(task_id="wait", hook_params={"timeout": [5]})


def test_hook_params_override_sensor_defaults() -> None:
    sensor = PaySecureSessionSensor(task_id="wait", hook_params={"retry_limit": 4})
    assert sensor.hook_params == {"retry_limit": 4, "retry_delay": 1.0, "deadline": 60.0}


# ------------------------------------------------------------------ poke mode


def test_poke_mode_transient_then_success(
    sandbox: PaySecureSandbox, context: dict[str, Any], capfd: pytest.CaptureFixture[str]
) -> None:
    sandbox.set_faults(fail_first=2, fail_first_mode="503")
    session_id = _sensor().execute(context)

    assert isinstance(session_id, str)
    assert context["ti"].xcoms["session"]["session_id"] == session_id
    assert sandbox.count("CreateSession") == 3
    assert sandbox.count("CreateSession", "fault_503") == 2
    logs = "".join(capfd.readouterr())
    assert logs.count("PaySecure not ready: PaySecureTransportError") == 2
    assert session_id not in logs


def test_poke_mode_wrong_password_fails_at_once(
    sandbox: PaySecureSandbox,
    context: dict[str, Any],
    paysecure_conn: Any,
    wrong_password_conn: str,
) -> None:
    sensor = _sensor(paysecure_conn_id=wrong_password_conn)
    with pytest.raises(PaySecureAPIError) as info:
        sensor.execute(context)
    assert info.value.error_code == "SBX_AUTH_FAILED"
    assert str(info.value) == (
        "PaySecure returned ErrorCode 'SBX_AUTH_FAILED': Invalid user name or password for this merchant."
    )
    assert sandbox.count("CreateSession") == 1
    assert context["ti"].xcoms == {}


def test_retry_on_error_codes_makes_an_api_error_transient(
    sandbox: PaySecureSandbox,
    context: dict[str, Any],
    paysecure_conn: Any,
    wrong_password_conn: str,
) -> None:
    sensor = _sensor(
        paysecure_conn_id=wrong_password_conn,
        retry_on_error_codes=["SBX_AUTH_FAILED"],
    )
    assert sensor.poke(context) is False
    assert sandbox.count("CreateSession", "api_error") == 1


def test_real_401_is_an_auth_error_even_if_listed(
    scripted_server: ScriptedServer, paysecure_conn: Any, context: dict[str, Any]
) -> None:
    scripted_server.script(
        Reply(
            401,
            b'{"ResponseStatus":{"ErrorCode":"Unauthorized","Message":"Invalid credentials"}}',
        )
    )
    conn_id = paysecure_conn(host=scripted_server.base_url)
    sensor = _sensor(paysecure_conn_id=conn_id, retry_on_error_codes=["Unauthorized"])
    with pytest.raises(PaySecureAuthError) as info:
        sensor.execute(context)
    assert str(info.value) == ("PaySecure rejected the credentials (HTTP 401, Unauthorized): Invalid credentials")
    assert len(scripted_server.requests) == 1


def test_config_error_fails_at_once(paysecure_conn: Any, context: dict[str, Any]) -> None:
    conn_id = paysecure_conn(extra={"merchant_id": ""})
    with pytest.raises(PaySecureConfigError) as info:
        _sensor(paysecure_conn_id=conn_id).execute(context)
    assert str(info.value) == ("PaySecure connection 'paysecure_test': missing extra merchant_id (MerchantId)")


def test_response_error_is_transient(
    scripted_server: ScriptedServer, paysecure_conn: Any, context: dict[str, Any]
) -> None:
    scripted_server.script(
        Reply(200, b"<html>maintenance</html>", {"Content-Type": "text/html"}),
        Reply(200, b'{"SessionId":"0123456789abcdef"}'),
    )
    conn_id = paysecure_conn(host=scripted_server.base_url)
    assert _sensor(paysecure_conn_id=conn_id).execute(context) == "0123456789abcdef"
    assert len(scripted_server.requests) == 2


def test_poke_mode_timeout_and_soft_fail(sandbox: PaySecureSandbox, context: dict[str, Any]) -> None:
    sandbox.set_faults(unavailable_for_s=60)
    with pytest.raises(AirflowSensorTimeout, match="Sensor has timed out"):
        _sensor(timeout=0.3).execute(context)
    with pytest.raises(AirflowSkipException):
        _sensor(timeout=0.3, soft_fail=True).execute(context)
    assert sandbox.count("CreateSession", "ok") == 0


# ------------------------------------------------------------------ reschedule mode


def test_reschedule_mode_frees_the_slot_then_succeeds(
    sandbox: PaySecureSandbox, context: dict[str, Any], request: pytest.FixtureRequest
) -> None:
    import airflow

    if airflow.__version__.startswith("2."):
        # 2.x reads the first try's start date from the metadata DB (task_reschedule)
        request.getfixturevalue("airflow_db")
    sandbox.set_faults(fail_first=1, fail_first_mode="429")
    sensor = _sensor(mode="reschedule", poke_interval=5)
    before = datetime.datetime.now(datetime.timezone.utc)
    with pytest.raises(AirflowRescheduleException) as info:
        sensor.execute(context)
    wait = (info.value.reschedule_date - before).total_seconds()
    assert 4 <= wait <= 6
    assert context["ti"].xcoms == {}
    # the scheduler brings the task back later; this time PaySecure answers
    session_id = sensor.execute(context)
    assert context["ti"].xcoms["session"]["session_id"] == session_id
    assert sandbox.count("CreateSession") == 2
    assert sandbox.count("CreateSession", "fault_429") == 1


# ------------------------------------------------------------------ deferrable mode


def test_deferrable_first_try_success_does_not_defer(sandbox: PaySecureSandbox, context: dict[str, Any]) -> None:
    session_id = _sensor(deferrable=True).execute(context)
    assert context["ti"].xcoms["session"]["session_id"] == session_id
    assert sandbox.count("CreateSession") == 1


def test_deferrable_transient_defers_then_trigger_succeeds(sandbox: PaySecureSandbox, context: dict[str, Any]) -> None:
    sandbox.set_faults(fail_first=2, fail_first_mode="drop")
    sensor = _sensor(deferrable=True, poke_interval=0.1, timeout=20, session_expiry_in_min=4)
    before = time.time()
    with pytest.raises(TaskDeferred) as info:
        sensor.execute(context)
    deferred = info.value
    assert deferred.method_name == "execute_complete"
    assert deferred.timeout is not None
    assert 19 <= deferred.timeout.total_seconds() <= 20
    trigger = deferred.trigger
    assert isinstance(trigger, PaySecureSessionTrigger)
    _, kwargs = trigger.serialize()
    assert kwargs["paysecure_conn_id"] == "paysecure_default"
    assert kwargs["session_expiry_in_min"] == 4.0
    assert kwargs["poll_interval"] == 0.1
    assert before + 20 - 1 <= kwargs["deadline"] <= time.time() + 20
    assert kwargs["retry_policy"]["retry_limit"] == 0
    assert sandbox.count("CreateSession") == 1  # the one try on the worker

    session_id = sensor.execute_complete(context, run_trigger(trigger))
    assert context["ti"].xcoms["session"]["session_id"] == session_id
    assert sandbox.count("CreateSession") == 3
    assert sandbox.count("CreateSession", "fault_drop") == 2


def test_deferrable_fatal_error_on_worker_does_not_defer(
    sandbox: PaySecureSandbox,
    context: dict[str, Any],
    paysecure_conn: Any,
    wrong_password_conn: str,
) -> None:
    sensor = _sensor(deferrable=True, paysecure_conn_id=wrong_password_conn)
    with pytest.raises(PaySecureAPIError, match="SBX_AUTH_FAILED"):
        sensor.execute(context)


@pytest.mark.parametrize(
    ("event", "error", "message"),
    [
        (
            {
                "status": "error",
                "error_type": "PaySecureAuthError",
                "message": "bad creds",
                "error_code": "Unauthorized",
                "status_code": 401,
            },
            PaySecureAuthError,
            "bad creds",
        ),
        (
            {
                "status": "error",
                "error_type": "PaySecureAPIError",
                "message": "E1: nope",
                "error_code": "E1",
                "status_code": 200,
            },
            PaySecureAPIError,
            "E1: nope",
        ),
        (
            {"status": "error", "error_type": "PaySecureConfigError", "message": "no conn"},
            PaySecureConfigError,
            "no conn",
        ),
        (
            {"status": "error", "error_type": "PaySecureTransportError", "message": "down"},
            PaySecureTransportError,
            "down",
        ),
        (
            {"status": "error", "error_type": "PaySecureResponseError", "message": "html"},
            PaySecureResponseError,
            "html",
        ),
        (
            {"status": "error", "error_type": "timeout", "message": "no session before deadline"},
            AirflowSensorTimeout,
            "no session before deadline",
        ),
    ],
)
def test_execute_complete_maps_errors_to_typed_exceptions(
    event: dict[str, Any], error: type[Exception], message: str, context: dict[str, Any]
) -> None:
    with pytest.raises(error) as info:
        _sensor(deferrable=True).execute_complete(context, event)
    assert type(info.value) is error
    assert str(info.value) == message
    if "error_code" in event:
        assert info.value.error_code == event["error_code"]  # type: ignore[attr-defined]


def test_execute_complete_timeout_with_soft_fail_skips(context: dict[str, Any]) -> None:
    sensor = _sensor(deferrable=True, soft_fail=True)
    with pytest.raises(AirflowSkipException, match="no session"):
        sensor.execute_complete(context, {"status": "error", "error_type": "timeout", "message": "no session"})


def test_resume_execution_soft_fail_skips_a_trigger_error(context: dict[str, Any]) -> None:
    sensor = _sensor(deferrable=True, soft_fail=True)
    event = {"status": "error", "error_type": "PaySecureAPIError", "message": "E1"}
    with pytest.raises(AirflowSkipException):
        sensor.resume_execution("execute_complete", {"event": event}, context)


def test_execute_complete_success_publishes_session(context: dict[str, Any]) -> None:
    session = {
        "session_id": "abcdef0123456789",
        "created_at": "2026-01-01T00:00:00+00:00",
        "expires_at": None,
        "round_trip_s": 0.01,
        "timestamps": {},
    }
    result = _sensor(deferrable=True).execute_complete(context, {"status": "success", "session": session})
    assert result == "abcdef0123456789"
    assert context["ti"].xcoms["session"] == session
    assert json.loads(json.dumps(context["ti"].xcoms["session"])) == session


def test_poke_waits_out_the_servers_retry_after(
    scripted_server: ScriptedServer, paysecure_conn: Any, context: dict[str, Any]
) -> None:
    scripted_server.script(
        Reply(503, b"busy", headers={"Retry-After": "1"}),
        Reply(body=b'{"SessionId":"sensor-retry-after-01","ErrorCode":""}'),
    )
    sensor = _sensor(paysecure_conn_id=paysecure_conn(host=scripted_server.base_url))
    started = time.monotonic()
    assert sensor.execute(context) == "sensor-retry-after-01"
    assert time.monotonic() - started >= 1.0
    assert len(scripted_server.requests) == 2


def test_execute_complete_rebuilds_transport_error_fields(context: dict[str, Any]) -> None:
    error = PaySecureTransportError("lost", attempts=1, elapsed=2.5, status_code=502, outcome_unknown=True)
    with pytest.raises(PaySecureTransportError) as info:
        _sensor().execute_complete(context, {"status": "error", **error.to_event()})
    assert (info.value.attempts, info.value.elapsed, info.value.status_code) == (1, 2.5, 502)
    assert info.value.outcome_unknown is True
