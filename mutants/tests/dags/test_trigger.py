"""PaySecureSessionTrigger: serialization, and run() against real servers on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

import pytest

from airflow_provider_paysecure.exceptions import PaySecureConfigError, PaySecureError
from airflow_provider_paysecure.retry import RetryPolicy
from airflow_provider_paysecure.sandbox import PaySecureSandbox
from airflow_provider_paysecure.triggers.paysecure import PaySecureSessionTrigger
from airflow_provider_paysecure.wire import PaySecureSession
from tests.conftest import LEAK_PASSWORD, run_trigger, run_trigger_async
from tests.scripted_server import Reply, ScriptedServer

CLASSPATH = "airflow_provider_paysecure.triggers.paysecure.PaySecureSessionTrigger"
FAST = RetryPolicy(retry_limit=0, retry_delay=0.01).to_dict()


def test_serialize_round_trips_exactly() -> None:
    trigger = PaySecureSessionTrigger(
        paysecure_conn_id="paysecure_x",
        session_expiry_in_min=15,
        poll_interval=2,
        deadline=1_900_000_000.5,
        retry_policy=RetryPolicy(retry_limit=2, retry_delay=0.5, deadline=30).to_dict(),
        timeout=(3, 9),
        retry_on_error_codes=("E1", "E2"),
    )
    classpath, kwargs = trigger.serialize()
    assert classpath == CLASSPATH
    assert kwargs == {
        "paysecure_conn_id": "paysecure_x",
        "session_expiry_in_min": 15.0,
        "poll_interval": 2.0,
        "deadline": 1_900_000_000.5,
        "retry_policy": {
            "retry_limit": 2,
            "retry_delay": 0.5,
            "max_delay": 30.0,
            "max_retry_after": 60.0,
            "deadline": 30,
        },
        "timeout": [3.0, 9.0],
        "retry_on_error_codes": ["E1", "E2"],
    }
    assert json.loads(json.dumps(kwargs)) == kwargs
    assert PaySecureSessionTrigger(**kwargs).serialize() == (classpath, kwargs)


def test_serialize_round_trips_through_airflow_serde() -> None:
    try:
        from airflow.sdk.serde import deserialize, serialize
    except ImportError:  # Airflow 2.x and 3.0: serde lives in core
        from airflow.serialization.serde import deserialize, serialize  # type: ignore[no-redef]

    trigger = PaySecureSessionTrigger(deadline="2030-01-01T00:00:00+00:00", timeout=5)
    classpath, kwargs = trigger.serialize()
    again = PaySecureSessionTrigger(**deserialize(serialize(kwargs)))
    assert again.serialize() == (classpath, kwargs)


def test_kwargs_hold_no_credentials(sandbox: PaySecureSandbox) -> None:
    _, kwargs = PaySecureSessionTrigger(retry_policy=FAST).serialize()
    text = json.dumps(kwargs)
    assert LEAK_PASSWORD not in text
    assert "leak-user" not in text
    assert str(sandbox.port) not in text


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"session_expiry_in_min": 0}, "session_expiry_in_min must be a positive number of minutes, got 0"),
        ({"poll_interval": -1}, "poll_interval must be >= 0 seconds, got -1"),
        ({"deadline": "soon"}, "soon"),
        ({"retry_policy": {"retry_limit": -2}}, "retry_limit must be a whole number >= 0, got -2"),
        (
            {"timeout": [1, 2, 3]},
            r"timeout must be a positive number of seconds or a \(connect, read\) pair, got \[1, 2, 3\]",
        ),
        ({"timeout": [5]}, r"PaySecureSessionTrigger: timeout must be .* got \[5\]"),
        ({"retry_on_error_codes": "E1"}, "retry_on_error_codes must be a list of error codes, got 'E1'"),
    ],
)
def test_bad_arguments(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(PaySecureConfigError, match=message):
        PaySecureSessionTrigger(**kwargs)


def test_success_after_transient_failures_yields_one_event(
    sandbox: PaySecureSandbox, capfd: pytest.CaptureFixture[str]
) -> None:
    sandbox.set_faults(fail_first=3, fail_first_mode="503")
    trigger = PaySecureSessionTrigger(
        poll_interval=0.05, deadline=time.time() + 20, retry_policy=FAST, session_expiry_in_min=9
    )
    payload = run_trigger(trigger)
    assert payload["status"] == "success"
    session = PaySecureSession.from_xcom(payload["session"])
    assert session.expires_at is not None
    assert (session.expires_at - session.created_at).total_seconds() == 9 * 60
    assert "Network" in session.stage_durations()
    assert sandbox.count("CreateSession") == 4
    assert sandbox.count("CreateSession", "fault_503") == 3
    logs = "".join(capfd.readouterr())
    assert session.session_id not in logs
    assert LEAK_PASSWORD not in logs
    assert "created after 4 polls" in logs


def test_retries_within_a_poll_use_the_retry_policy(sandbox: PaySecureSandbox) -> None:
    sandbox.set_faults(fail_first=2, fail_first_mode="429", retry_after_s=0)
    trigger = PaySecureSessionTrigger(
        poll_interval=30,  # a second poll would blow the test's time: retries must do it
        deadline=time.time() + 20,
        retry_policy=RetryPolicy(retry_limit=2, retry_delay=0.01).to_dict(),
    )
    started = time.monotonic()
    payload = run_trigger(trigger)
    assert payload["status"] == "success"
    assert time.monotonic() - started < 10
    assert sandbox.count("CreateSession") == 3


#: The error-event fields that only transport errors fill in.
NO_TRANSPORT_FIELDS = {
    "attempts": None,
    "elapsed": None,
    "outcome_unknown": False,
    "retryable": True,
    "retry_after": None,
}


def test_wrong_password_is_one_fatal_event(
    sandbox: PaySecureSandbox, paysecure_conn: Any, wrong_password_conn: str
) -> None:
    conn_id = wrong_password_conn
    payload = run_trigger(
        PaySecureSessionTrigger(conn_id, poll_interval=0.05, deadline=time.time() + 10, retry_policy=FAST)
    )
    assert payload == {
        "status": "error",
        "error_type": "PaySecureAPIError",
        "message": "PaySecure returned ErrorCode 'SBX_AUTH_FAILED': Invalid user name or password for this merchant.",
        "error_code": "SBX_AUTH_FAILED",
        "error_message": "Invalid user name or password for this merchant.",
        "status_code": 200,
        **NO_TRANSPORT_FIELDS,
    }
    assert sandbox.count("CreateSession") == 1


def test_listed_error_code_keeps_polling_until_deadline(
    sandbox: PaySecureSandbox,
    paysecure_conn: Any,
    wrong_password_conn: str,
) -> None:
    conn_id = wrong_password_conn
    trigger = PaySecureSessionTrigger(
        conn_id,
        poll_interval=0.1,
        deadline=time.time() + 0.5,
        retry_policy=FAST,
        retry_on_error_codes=["SBX_AUTH_FAILED"],
    )
    payload = run_trigger(trigger)
    assert payload["error_type"] == "timeout"
    assert sandbox.count("CreateSession", "api_error") >= 3


def test_real_401_is_a_fatal_auth_event(scripted_server: ScriptedServer, paysecure_conn: Any) -> None:
    scripted_server.script(
        Reply(401, b'{"ResponseStatus":{"ErrorCode":"Unauthorized","Message":"Invalid credentials"}}')
    )
    conn_id = paysecure_conn(host=scripted_server.base_url)
    payload = run_trigger(PaySecureSessionTrigger(conn_id, deadline=time.time() + 10, retry_policy=FAST))
    assert payload == {
        "status": "error",
        "error_type": "PaySecureAuthError",
        "message": "PaySecure rejected the credentials (HTTP 401, Unauthorized): Invalid credentials",
        "error_code": "Unauthorized",
        "error_message": "Invalid credentials",
        "status_code": 401,
        **NO_TRANSPORT_FIELDS,
    }
    assert len(scripted_server.requests) == 1
    assert LEAK_PASSWORD.encode() in scripted_server.requests[0].body  # it was sent, not logged


def test_deadline_yields_one_timeout_event(sandbox: PaySecureSandbox) -> None:
    sandbox.set_faults(unavailable_for_s=60)
    started = time.monotonic()
    payload = run_trigger(PaySecureSessionTrigger(poll_interval=0.2, deadline=time.time() + 1.0, retry_policy=FAST))
    elapsed = time.monotonic() - started
    assert payload["status"] == "error"
    assert payload["error_type"] == "timeout"
    assert payload["message"].startswith("PaySecure did not issue a session before the deadline (")
    assert 0.9 <= elapsed < 5
    assert sandbox.count("CreateSession", "ok") == 0
    # 503 with Retry-After: 1 -- the trigger waits it out (capped by the deadline) before polling again
    assert sandbox.count("CreateSession") == 1


def test_deadline_in_the_past_sends_nothing(sandbox: PaySecureSandbox) -> None:
    payload = run_trigger(PaySecureSessionTrigger(deadline="2020-01-01T00:00:00+00:00"))
    assert payload["error_type"] == "timeout"
    assert sandbox.count("CreateSession") == 0


def test_unknown_connection_is_a_config_error_event() -> None:
    payload = run_trigger(PaySecureSessionTrigger("paysecure_nowhere", retry_policy=FAST))
    assert payload["error_type"] == "PaySecureConfigError"
    assert payload["message"].startswith("PaySecure connection 'paysecure_nowhere' could not be read (")


def test_run_does_not_block_the_event_loop(sandbox: PaySecureSandbox) -> None:
    sandbox.set_faults(latency_s=0.6)
    trigger = PaySecureSessionTrigger(deadline=time.time() + 20, retry_policy=FAST)

    async def main() -> tuple[dict[str, Any], int]:
        ticks = 0
        done = asyncio.Event()

        async def tick() -> None:
            nonlocal ticks
            while not done.is_set():
                ticks += 1
                await asyncio.sleep(0.02)

        ticker = asyncio.create_task(tick())
        payload = await run_trigger_async(trigger)
        done.set()
        await ticker
        return payload, ticks

    payload, ticks = asyncio.run(main())
    assert payload["status"] == "success"
    assert ticks >= 15  # the loop kept running during the 0.6 s response


def test_request_timeout_is_applied(scripted_server: ScriptedServer, paysecure_conn: Any) -> None:
    scripted_server.script(Reply(200, b'{"SessionId":"0123456789abcdef"}', stall_s=5))
    conn_id = paysecure_conn(host=scripted_server.base_url)
    started = time.monotonic()
    payload = run_trigger(
        PaySecureSessionTrigger(conn_id, poll_interval=0.1, deadline=time.time() + 1.5, retry_policy=FAST, timeout=0.3)
    )
    assert payload["error_type"] == "timeout"
    assert time.monotonic() - started < 4
    assert len(scripted_server.requests) >= 2


#: ``PaySecureSessionTrigger(...).serialize()`` as release 6800d8f wrote it (before the
#: call procedure). Deferred sensors sit in the metadata DB across a provider upgrade,
#: so this exact payload must still deserialize and run.
PINNED_6800D8F = (
    "airflow_provider_paysecure.triggers.paysecure.PaySecureSessionTrigger",
    {
        "paysecure_conn_id": "paysecure_default",
        "session_expiry_in_min": 15.0,
        "poll_interval": 0.2,
        "deadline": 1893456000.0,
        "retry_policy": {
            "retry_limit": 1,
            "retry_delay": 0.01,
            "max_delay": 30.0,
            "max_retry_after": 60.0,
            "deadline": 5.0,
        },
        "timeout": [2.0, 3.0],
        "retry_on_error_codes": ["SBX_NOT_READY"],
    },
)


def test_a_trigger_serialized_by_the_previous_release_still_runs(sandbox: PaySecureSandbox) -> None:
    import importlib

    classpath, kwargs = PINNED_6800D8F
    module, _, name = classpath.rpartition(".")
    trigger = getattr(importlib.import_module(module), name)(**json.loads(json.dumps(kwargs)))
    assert trigger.serialize() == PINNED_6800D8F
    payload = run_trigger(trigger)
    assert payload["status"] == "success", payload
    assert PaySecureSession.from_xcom(payload["session"]).expires_at is not None


@pytest.mark.parametrize(
    "extra",
    [
        {"verify": "maybe"},
        {"proxies": {"http": "not a url"}},
        {"proxies": {"http": "http://127.0.0.1:1"}},
        {"timeout": "-1"},
        {"max_response_bytes": "lots"},
    ],
    ids=["verify-maybe", "proxy-not-a-url", "dead-proxy", "bad-timeout", "bad-cap"],
)
def test_run_yields_exactly_one_error_event_for_a_broken_connection(paysecure_conn: Any, extra: dict[str, Any]) -> None:
    conn_id = paysecure_conn(conn_id="paysecure_broken", host="http://127.0.0.1:9", extra=extra)
    started = time.monotonic()
    payload = run_trigger(
        PaySecureSessionTrigger(conn_id, deadline=time.time() + 3, retry_policy=FAST, poll_interval=0.1)
    )
    assert time.monotonic() - started < 5
    assert payload["status"] == "error"
    assert payload["error_type"] in {"PaySecureConfigError", "PaySecureError", "PaySecureTransportError", "timeout"}
    assert LEAK_PASSWORD not in json.dumps(payload)


async def _all_events(trigger: PaySecureSessionTrigger) -> list[Any]:
    return [event async for event in trigger.run()]


def test_a_session_id_with_a_lone_surrogate_still_ends_in_one_event(
    scripted_server: ScriptedServer, paysecure_conn: Any
) -> None:
    scripted_server.script(Reply(body=b'{"SessionId":"abc\\ud800defghijkl","ErrorCode":""}'))
    conn_id = paysecure_conn(host=scripted_server.base_url)
    events = asyncio.run(_all_events(PaySecureSessionTrigger(conn_id, deadline=time.time() + 3, retry_policy=FAST)))
    assert len(events) == 1
    json.dumps(events[0].payload)  # storable
    repr(events[0])


def test_trigger_waits_out_retry_after_between_polls(scripted_server: ScriptedServer, paysecure_conn: Any) -> None:
    scripted_server.script(
        Reply(503, b"busy", headers={"Retry-After": "1"}),
        Reply(body=b'{"SessionId":"retry-after-session-1","ErrorCode":""}'),
    )
    conn_id = paysecure_conn(host=scripted_server.base_url)
    started = time.monotonic()
    payload = run_trigger(
        PaySecureSessionTrigger(conn_id, poll_interval=0.05, deadline=time.time() + 10, retry_policy=FAST)
    )
    assert payload["status"] == "success"
    assert len(scripted_server.requests) == 2
    assert time.monotonic() - started >= 1.0


def test_an_error_event_rebuilds_the_typed_error(scripted_server: ScriptedServer, paysecure_conn: Any) -> None:
    scripted_server.script(Reply(403, b'{"ResponseStatus":{"ErrorCode":"Forbidden","Message":"no"}}'))
    conn_id = paysecure_conn(host=scripted_server.base_url)
    error = PaySecureError.from_event(
        run_trigger(PaySecureSessionTrigger(conn_id, deadline=time.time() + 5, retry_policy=FAST))
    )
    assert type(error).__name__ == "PaySecureAuthError"
    assert error.status_code == 403 and error.error_code == "Forbidden"
