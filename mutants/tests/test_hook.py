"""PaySecureHook against a real HTTP server on 127.0.0.1 (scripted responses)."""

from __future__ import annotations

import json
import logging
import time

import pendulum
import pytest

from airflow_provider_paysecure.exceptions import (
    PaySecureAPIError,
    PaySecureAuthError,
    PaySecureConfigError,
    PaySecureResponseError,
    PaySecureTransportError,
)
from airflow_provider_paysecure.hooks.paysecure import PaySecureHook
from airflow_provider_paysecure.wire import USER_AGENT
from tests.conftest import LEAK_PASSWORD
from tests.logtools import captured_log_text, retry_warnings
from tests.scripted_server import Reply, ScriptedServer
from tests.test_wire import RESPONSE_STATUS_400, spec_sample_response

SUCCESS = (
    json.dumps(
        {
            "SessionId": "6f1c2d3e4f5a6b7c8d9e",
            "ErrorCode": "",
            "ErrorMessage": "",
            "Timestamps": {
                "AppLayer": {"InTime": "/Date(1700000000000-0000)/", "OutTime": "/Date(1700000000042-0000)/"},
                "DBInsert": {"InTime": "/Date(1700000000010-0000)/", "OutTime": "/Date(1700000000020-0000)/"},
                "Network": {"InTime": "/Date(-62135596800000-0000)/", "OutTime": "/Date(-62135596800000-0000)/"},
            },
        }
    )
    .replace("/", "\\/")
    .encode()
)


def status_body(code: str, message: str) -> bytes:
    return json.dumps({"ResponseStatus": {"ErrorCode": code, "Message": message, "Errors": []}}).encode()


@pytest.fixture
def hook(scripted_server: ScriptedServer, paysecure_conn) -> PaySecureHook:
    conn_id = paysecure_conn(port=scripted_server.port)
    return PaySecureHook(conn_id, retry_limit=3, retry_delay=0.01, timeout=(2, 2))


def test_create_session_success_sends_the_spec_request(hook, scripted_server):
    scripted_server.script(Reply(body=SUCCESS))
    before = pendulum.now("UTC")
    session = hook.create_session(session_expiry_in_min=15)
    assert session.session_id == "6f1c2d3e4f5a6b7c8d9e"
    assert before <= session.created_at <= pendulum.now("UTC")
    assert session.expires_at == session.created_at.add(minutes=15)
    assert session.timestamps["AppLayer"].duration.total_seconds() == pytest.approx(0.042)
    assert "Network" not in session.timestamps  # MinValue: not recorded
    assert session.round_trip_s is not None and session.round_trip_s > 0
    (seen,) = scripted_server.requests
    assert seen.path == "/CreateSession"
    assert seen.headers["Accept"] == "application/json"
    assert seen.headers["Accept-Encoding"] == "identity"
    assert seen.headers["Content-Type"] == "application/json"
    assert seen.headers["User-Agent"] == USER_AGENT
    assert json.loads(seen.body) == {
        "Credentials": {"MerchantId": "M-100", "UserName": "user-1", "Password": LEAK_PASSWORD, "Version": "v4"},
        "SessionExpiryInMin": 15,
    }


def test_expiry_falls_back_to_connection_default(scripted_server, paysecure_conn):
    conn_id = paysecure_conn(port=scripted_server.port, extra={"session_expiry_in_min": "7.5"})
    scripted_server.script(Reply(body=SUCCESS))
    session = PaySecureHook(conn_id).create_session()
    assert json.loads(scripted_server.requests[0].body)["SessionExpiryInMin"] == 7.5
    assert session.expires_at == session.created_at.add(seconds=450)


def test_no_expiry_anywhere_leaves_it_out(hook, scripted_server):
    scripted_server.script(Reply(body=SUCCESS))
    assert hook.create_session().expires_at is None
    assert "SessionExpiryInMin" not in json.loads(scripted_server.requests[0].body)


@pytest.mark.parametrize("bad", [0, -5, "soon", float("nan")])
def test_bad_expiry_argument_is_refused_before_sending(hook, scripted_server, bad):
    with pytest.raises(ValueError, match="positive number of minutes"):
        hook.create_session(session_expiry_in_min=bad)
    assert scripted_server.requests == []


def test_spec_sample_labelled_text_csv_is_parsed_as_json(hook, scripted_server):
    body = json.loads(spec_sample_response())
    body.update(SessionId="sample-session-0001", ErrorCode="", ErrorMessage="")
    raw = json.dumps(body).replace("/", "\\/").encode()
    scripted_server.script(Reply(body=raw, headers={"Content-Type": "text/csv"}))
    session = hook.create_session()
    assert session.session_id == "sample-session-0001"
    assert session.timestamps == {}


def test_error_code_in_200_is_not_retried(hook, scripted_server):
    scripted_server.script(Reply(body=b'{"SessionId":"","ErrorCode":"E1042","ErrorMessage":"Merchant is suspended"}'))
    with pytest.raises(PaySecureAPIError) as info:
        hook.create_session()
    assert info.value.error_code == "E1042"
    assert "Merchant is suspended" in str(info.value)
    assert len(scripted_server.requests) == 1


def test_400_response_status_is_api_error_not_retried(hook, scripted_server):
    scripted_server.script(Reply(status=400, body=RESPONSE_STATUS_400))
    with pytest.raises(PaySecureAPIError) as info:
        hook.create_session()
    assert type(info.value) is PaySecureAPIError
    assert info.value.status_code == 400
    assert "Credentials.Password" in str(info.value)
    assert len(scripted_server.requests) == 1


def test_401_is_auth_error_not_retried(hook, scripted_server):
    scripted_server.script(Reply(status=401, body=status_body("Unauthorized", "Invalid UserName or Password")))
    with pytest.raises(PaySecureAuthError, match="rejected the credentials.*Invalid UserName or Password"):
        hook.create_session()
    assert len(scripted_server.requests) == 1


def test_500_response_status_is_retried_then_transport_error(hook, scripted_server):
    scripted_server.script(Reply(status=500, body=status_body("NullReferenceException", "Object reference not set")))
    with pytest.raises(PaySecureTransportError) as info:
        hook.create_session()
    assert info.value.attempts == 4 == len(scripted_server.requests)
    assert info.value.status_code == 500
    assert "4 attempts" in str(info.value)
    assert "Object reference not set" in str(info.value)


def log_lines(caplog, capsys) -> list[str]:
    """Log lines from stdlib logging and from Airflow 3's structlog (which prints)."""
    out = capsys.readouterr()
    return caplog.text.splitlines() + out.out.splitlines() + out.err.splitlines()


def test_503_then_success(hook, scripted_server, caplog, capsys):
    scripted_server.script(Reply(status=503, body=b"busy"), Reply(status=503, body=b"busy"), Reply(body=SUCCESS))
    with caplog.at_level(logging.WARNING):
        session = hook.create_session()
    assert session.session_id == "6f1c2d3e4f5a6b7c8d9e"
    assert len(scripted_server.requests) == 3
    retries = retry_warnings(captured_log_text(caplog, capsys))
    assert sorted(retries) == [1, 2]  # exactly two retries, each logged at WARNING
    assert all(reason.startswith("HTTP 503") for reason in retries.values())


def test_429_honours_retry_after(scripted_server, paysecure_conn):
    conn_id = paysecure_conn(port=scripted_server.port)
    hook = PaySecureHook(conn_id, retry_limit=2, retry_delay=0.01)
    scripted_server.script(Reply(status=429, body=b"", headers={"Retry-After": "1"}), Reply(body=SUCCESS))
    started = time.monotonic()
    hook.create_session()
    assert time.monotonic() - started >= 1.0
    assert len(scripted_server.requests) == 2


def test_retry_after_beyond_deadline_gives_up_at_once(scripted_server, paysecure_conn):
    conn_id = paysecure_conn(port=scripted_server.port)
    hook = PaySecureHook(conn_id, retry_limit=5, retry_delay=0.01, deadline=3)
    scripted_server.script(Reply(status=429, body=b"", headers={"Retry-After": "30"}))
    started = time.monotonic()
    with pytest.raises(PaySecureTransportError, match="deadline") as info:
        hook.create_session()
    assert time.monotonic() - started < 1.0
    assert info.value.attempts == 1 and info.value.status_code == 429


def test_stalled_response_hits_the_timeout(scripted_server, paysecure_conn):
    conn_id = paysecure_conn(port=scripted_server.port)
    hook = PaySecureHook(conn_id, retry_limit=1, retry_delay=0.01, timeout=(1, 0.5))
    scripted_server.script(Reply(body=SUCCESS, stall_s=5))
    started = time.monotonic()
    with pytest.raises(PaySecureTransportError) as info:
        hook.create_session()
    assert time.monotonic() - started < 4
    assert info.value.attempts == 2 == len(scripted_server.requests)
    assert "timed out" in str(info.value) or "ConnectionError" in str(info.value)


def test_deadline_bounds_the_whole_call(scripted_server, paysecure_conn):
    conn_id = paysecure_conn(port=scripted_server.port)
    hook = PaySecureHook(conn_id, retry_limit=10, retry_delay=0.01, timeout=(1, 5), deadline=1.5)
    scripted_server.script(Reply(body=SUCCESS, stall_s=10))
    started = time.monotonic()
    with pytest.raises(PaySecureTransportError):
        hook.create_session()
    assert time.monotonic() - started < 2.5


def test_html_502_page_is_retried_then_reported(hook, scripted_server):
    page = b"<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>"
    scripted_server.script(Reply(status=502, body=page, headers={"Content-Type": "text/html"}))
    with pytest.raises(PaySecureTransportError, match="HTTP 502.*Bad Gateway") as info:
        hook.create_session()
    assert info.value.attempts == 4


def test_html_page_on_200_is_response_error(hook, scripted_server):
    scripted_server.script(Reply(body=b"<html>maintenance</html>", headers={"Content-Type": "text/html"}))
    with pytest.raises(PaySecureResponseError, match="an HTML page"):
        hook.create_session()
    assert len(scripted_server.requests) == 1


def test_truncated_json_is_response_error(hook, scripted_server):
    scripted_server.script(Reply(body=SUCCESS[: len(SUCCESS) // 2]))
    with pytest.raises(PaySecureResponseError, match="invalid JSON"):
        hook.create_session()


def test_connection_refused_is_retried_then_transport_error(paysecure_conn):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    hook = PaySecureHook(paysecure_conn(port=port), retry_limit=2, retry_delay=0.01)
    with pytest.raises(PaySecureTransportError, match="3 attempts.*ConnectionError") as info:
        hook.create_session()
    assert info.value.status_code is None


def test_plain_http_to_non_loopback_is_refused_before_sending(paysecure_conn):
    hook = PaySecureHook(paysecure_conn(host="http://payments.example.com"))
    with pytest.raises(
        PaySecureConfigError, match="refusing plain http:// to non-loopback host 'payments.example.com'"
    ):
        hook.create_session()


def test_call_reaches_other_operations_with_credentials(hook, scripted_server):
    scripted_server.script(
        Reply(body=b'{"CardToken":"tok_1","ErrorCode":"","Timestamps":{"AppLayer":{"InTime":"\\/Date(0)\\/"}}}')
    )
    reply = hook.call("CreateCardToken", {"SessionId": "s-1", "VerifyCard": True, "Ignored": None})
    assert reply["CardToken"] == "tok_1"
    assert reply["Timestamps"]["AppLayer"] == {
        "in_time": pendulum.datetime(1970, 1, 1, tz="UTC").isoformat(),
        "out_time": None,
        "duration_s": None,
    }
    assert json.loads(json.dumps(reply)) == reply  # JSON-safe: a @task may return it through XCom
    seen = scripted_server.requests[0]
    assert seen.path == "/CreateCardToken"
    body = json.loads(seen.body)
    assert body["SessionId"] == "s-1" and body["VerifyCard"] is True and "Ignored" not in body
    assert body["Credentials"]["MerchantId"] == "M-100"


def test_one_http_session_is_reused(hook, scripted_server):
    scripted_server.script(Reply(body=SUCCESS))
    hook.create_session()
    first = hook._http
    hook.create_session()
    assert hook._http is first
    hook.close()
    assert "_http" not in hook.__dict__


def test_test_connection_reports_success_without_clear_session_id(hook, scripted_server):
    scripted_server.script(Reply(body=SUCCESS))
    ok, message = hook.test_connection()
    assert ok is True
    assert "6f1c2d3e4f5a6b7c8d9e" not in message
    assert "****8d9e" in message
    assert "server AppLayer 42 ms" in message
    assert "M-100" in message
    assert message.startswith(f"PaySecure connection test: connected to http://127.0.0.1:{scripted_server.port} ")


def test_test_connection_reports_failure(hook, scripted_server):
    scripted_server.script(Reply(body=b'{"ErrorCode":"SBX_AUTH_FAILED","ErrorMessage":"bad password"}'))
    ok, message = hook.test_connection()
    assert ok is False
    assert message.startswith("PaySecure connection test failed: ")
    assert "SBX_AUTH_FAILED" in message and LEAK_PASSWORD not in message


def test_test_connection_messages_do_not_name_the_throwaway_conn_id(scripted_server, paysecure_conn):
    """Airflow tests a form's values under a random id such as 'bz4L9XnJ'; don't show it."""
    conn_id = paysecure_conn("bz4L9XnJ", port=scripted_server.port, extra={"merchant_id": ""})
    ok, message = PaySecureHook(conn_id).test_connection()
    assert ok is False
    assert message == "PaySecure connection test failed: missing extra merchant_id (MerchantId)"
    conn_id = paysecure_conn("bz4L9XnJ", host="http://10.0.0.5")
    ok, message = PaySecureHook(conn_id).test_connection()
    assert ok is False
    assert message.startswith(
        "PaySecure connection test failed: refusing plain http:// to non-loopback host '10.0.0.5'"
    )
    assert "bz4L9XnJ" not in message
    assert scripted_server.requests == []


def test_verify_false_logs_a_warning(scripted_server, paysecure_conn, caplog, capsys):
    conn_id = paysecure_conn(port=scripted_server.port, extra={"verify": "false"})
    scripted_server.script(Reply(body=SUCCESS))
    with caplog.at_level(logging.WARNING):
        PaySecureHook(conn_id).create_session()
    assert any("verify=false" in line and "warning" in line.lower() for line in log_lines(caplog, capsys))


# ---------------------------------------------------------------- delivery semantics


def test_unsafe_operation_with_a_500_is_sent_once_and_reports_an_unknown_outcome(hook, scripted_server):
    scripted_server.script(Reply(status=500, body=status_body("Timeout", "backend timed out")))
    with pytest.raises(PaySecureTransportError) as info:
        hook.call("CreateCardToken", {"SessionId": "s-1"})
    assert len(scripted_server.requests) == 1
    assert info.value.outcome_unknown is True
    assert "outcome unknown" in str(info.value) and "CreateCardToken is not retry-safe" in str(info.value)


def test_lost_reply_of_an_unsafe_operation_is_not_repeated(paysecure_conn):
    from tests.raw_server import RawServer, reset

    with RawServer(reset) as server:
        hook = PaySecureHook(paysecure_conn(port=server.port), retry_limit=3, retry_delay=0.01)
        with pytest.raises(PaySecureTransportError, match="outcome unknown") as info:
            hook.call("CreateCardToken", {"SessionId": "s-1"})
        assert server.requests == 1
    assert info.value.outcome_unknown is True


def test_an_operation_declared_safe_per_call_is_retried(hook, scripted_server):
    scripted_server.script(Reply(status=500, body=b"oops"), Reply(body=b'{"CardToken":"tok","ErrorCode":""}'))
    assert hook.call("CreateCardToken", {"SessionId": "s-1"}, retry_safe=True)["CardToken"] == "tok"
    assert len(scripted_server.requests) == 2


def test_an_operation_declared_safe_by_the_connection_is_retried(scripted_server, paysecure_conn):
    conn_id = paysecure_conn(port=scripted_server.port, extra={"retry_safe_operations": ["LookupThing"]})
    hook = PaySecureHook(conn_id, retry_limit=2, retry_delay=0.01)
    scripted_server.script(Reply(status=502, body=b"bad gateway"), Reply(body=b'{"ErrorCode":""}'))
    hook.call("LookupThing", {})
    assert len(scripted_server.requests) == 2


def test_read_only_lookup_is_retried(hook, scripted_server):
    scripted_server.script(Reply(status=500, body=b"oops"), Reply(body=b'{"InternetPinDebit":true,"ErrorCode":""}'))
    assert hook.call("PSBINCheck", {"BIN": "411111"})["InternetPinDebit"] is True
    assert len(scripted_server.requests) == 2


@pytest.mark.parametrize("bad", ["yes", 1])
def test_retry_safe_must_be_a_bool(hook, bad):
    with pytest.raises(PaySecureConfigError, match="retry_safe must be True, False or None"):
        hook.call("PSBINCheck", {}, retry_safe=bad)


def test_reply_over_the_cap_is_a_response_error_and_the_extra_raises_the_cap(scripted_server, paysecure_conn):
    big = json.dumps({"SessionId": "big-session-000001", "ErrorCode": "", "Pad": "x" * (2 * 1024 * 1024)}).encode()
    scripted_server.script(Reply(body=big))
    small = PaySecureHook(paysecure_conn(port=scripted_server.port), retry_limit=0)
    with pytest.raises(PaySecureResponseError, match="too large"):
        small.create_session()
    roomy = PaySecureHook(
        paysecure_conn(conn_id="paysecure_roomy", port=scripted_server.port, extra={"max_response_bytes": 4 << 20})
    )
    assert roomy.create_session().session_id == "big-session-000001"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"timeout": [5]}, r"^PaySecureHook: timeout must be a positive number of seconds or a \(connect, read\) pair"),
        ({"timeout": "5"}, "got '5'"),
        ({"retry_limit": "3"}, "^PaySecureHook: retry_limit must be a whole number >= 0, got '3'$"),
        ({"deadline": -1}, "deadline must be a finite number of seconds > 0, got -1"),
    ],
)
def test_bad_hook_arguments_fail_at_construction(kwargs, message):
    with pytest.raises(PaySecureConfigError, match=message):
        PaySecureHook("paysecure_test", **kwargs)


def test_test_button_answers_within_the_deadline_when_headers_drip(paysecure_conn):
    from tests.raw_server import RawServer, drip

    with RawServer(drip(b"HTTP/1.1 200 OK\r\nX-Drip: ", every=0.1)) as server:
        hook = PaySecureHook(paysecure_conn(port=server.port), deadline=1.5, timeout=(1, 1))
        started = time.monotonic()
        ok, message = hook.test_connection()
    assert time.monotonic() - started < 2.5
    assert ok is False and "deadline" in message


def test_call_result_round_trips_through_a_task_xcom(hook, scripted_server):
    scripted_server.script(Reply(body=SUCCESS))
    reply = hook.call("CreateSession", {})
    assert json.loads(json.dumps(reply)) == reply
    assert reply["Timestamps"]["AppLayer"]["duration_s"] == pytest.approx(0.042)
