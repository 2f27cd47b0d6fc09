"""The protocol core: dates, request building, response parsing. No I/O."""

from __future__ import annotations

import json
from pathlib import Path

import pendulum
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from airflow_provider_paysecure import __version__
from airflow_provider_paysecure.exceptions import (
    PaySecureAPIError,
    PaySecureAuthError,
    PaySecureError,
    PaySecureResponseError,
)
from airflow_provider_paysecure.wire import (
    MIN_VALUE_MS,
    STAGES,
    Credentials,
    InOutTimes,
    PaySecureSession,
    TransientFailure,
    build_create_session_request,
    build_request,
    format_servicestack_date,
    parse_create_session,
    parse_reply,
    parse_retry_after,
    parse_servicestack_date,
    parse_servicestack_date_with_offset,
    parse_timestamps,
)

#: The service's published CreateSession samples (see tests/fixtures/README.md).
FIXTURES = Path(__file__).resolve().parent / "fixtures"
CREDS = Credentials("M-1", "user", "Sup3r-S3cret-PW-do-not-leak", "v4")


def spec_sample_request() -> bytes:
    """The exact request body of the spec's HTTP + CSV sample."""
    return (FIXTURES / "createsession-request.json").read_bytes().strip()


def spec_sample_response() -> bytes:
    """The exact response bytes of the spec's HTTP + CSV sample."""
    return (FIXTURES / "createsession-response.json").read_bytes().strip()


# ----------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("text", "expected", "offset"),
    [
        ("/Date(1700000000000)/", pendulum.datetime(2023, 11, 14, 22, 13, 20, tz="UTC"), None),
        (r"\/Date(1700000000000+0100)\/", pendulum.datetime(2023, 11, 14, 22, 13, 20, tz="UTC"), "+0100"),
        ("/Date(1700000000123-0500)/", pendulum.datetime(2023, 11, 14, 22, 13, 20, 123000, tz="UTC"), "-0500"),
        ("/Date(-1000)/", pendulum.datetime(1969, 12, 31, 23, 59, 59, tz="UTC"), None),
        ("/Date(-1000-0000)/", pendulum.datetime(1969, 12, 31, 23, 59, 59, tz="UTC"), "-0000"),
        ("/Date(0)/", pendulum.datetime(1970, 1, 1, tz="UTC"), None),
    ],
)
def test_parse_date_reads_utc_millis_and_keeps_offset_aside(text, expected, offset):
    value, suffix = parse_servicestack_date_with_offset(text)
    assert value == expected
    assert value.tzinfo is not None and value.utcoffset().total_seconds() == 0
    assert isinstance(value, pendulum.DateTime)
    assert suffix == offset
    assert parse_servicestack_date(text) == expected


@pytest.mark.parametrize(
    "text", [r"\/Date(-62135596800000-0000)\/", "/Date(-62135596800000-0000)/", "/Date(-62135596800000)/"]
)
def test_min_value_sentinel_means_not_recorded(text):
    assert parse_servicestack_date(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Date(1)",
        "/Date()/",
        "/Date(abc)/",
        "/Date(1+01)/",
        "/Date(1+2400)/",
        "/Date(1+0060)/",
        r"\/Date(1)/",
        "/Date(1)\\/",
        "/Date(1) /",
        "2023-01-01T00:00:00Z",
        "/Date(99999999999999999)/",
        "/Date(--1)/",
        "/Date(+1)/",
    ],
)
def test_malformed_dates_raise_response_error(text):
    with pytest.raises(PaySecureResponseError, match="ServiceStack date"):
        parse_servicestack_date(text)


def test_non_string_date_raises_response_error():
    with pytest.raises(PaySecureResponseError, match="got int"):
        parse_servicestack_date(12345)  # type: ignore[arg-type]


def test_format_date_writes_servicestack_form():
    dt = pendulum.datetime(2023, 11, 14, 22, 13, 20, tz="UTC")
    assert format_servicestack_date(dt) == "/Date(1700000000000-0000)/"
    assert format_servicestack_date(dt, offset="") == "/Date(1700000000000)/"
    assert format_servicestack_date(None) == f"/Date({MIN_VALUE_MS}-0000)/"
    # another zone is the same instant
    assert format_servicestack_date(dt.in_timezone("Asia/Kolkata")) == "/Date(1700000000000-0000)/"


def test_format_date_rejects_naive_and_bad_offset():
    import datetime as dt

    with pytest.raises(ValueError, match="timezone-aware"):
        format_servicestack_date(dt.datetime(2020, 1, 1))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="offset"):
        format_servicestack_date(pendulum.now("UTC"), offset="+1")


@settings(max_examples=500, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.datetimes(
        min_value=pendulum.datetime(1, 1, 2).naive(),
        max_value=pendulum.datetime(9999, 12, 30).naive(),
    ).map(lambda d: pendulum.instance(d.replace(microsecond=d.microsecond // 1000 * 1000), tz="UTC")),
    st.sampled_from(["", "-0000", "+0100", "-0530"]),
)
def test_date_round_trip(value, offset):
    text = format_servicestack_date(value, offset=offset)
    assert parse_servicestack_date(text) == value
    assert parse_servicestack_date("\\" + text[:-1] + "\\/") == value


@settings(max_examples=2000)
@given(st.text())
def test_parsing_arbitrary_text_is_a_date_or_a_response_error(text):
    try:
        value = parse_servicestack_date(text)
    except PaySecureResponseError:
        return
    assert value is None or value.tzinfo is not None


# ----------------------------------------------------------------------------- requests


def test_create_session_request_matches_the_spec():
    req = build_create_session_request("https://api.paysecure.acculynk.net/", CREDS, 15)
    assert req.url == "https://api.paysecure.acculynk.net/CreateSession"
    assert req.operation == "CreateSession"
    assert json.loads(req.body) == {
        "Credentials": {
            "MerchantId": "M-1",
            "UserName": "user",
            "Password": "Sup3r-S3cret-PW-do-not-leak",
            "Version": "v4",
        },
        "SessionExpiryInMin": 15,
    }
    assert req.headers["Accept"] == "application/json"
    assert req.headers["Content-Type"] == "application/json"
    assert req.headers["User-Agent"] == f"airflow-provider-paysecure/{__version__}"


def test_create_session_request_has_the_shape_of_the_spec_sample():
    sample = json.loads(spec_sample_request())
    body = json.loads(build_create_session_request("https://h", CREDS, 15).body)
    assert body.keys() == sample.keys()
    assert body["Credentials"].keys() == sample["Credentials"].keys()
    assert type(body["SessionExpiryInMin"]) is type(sample["SessionExpiryInMin"])


def test_expiry_is_left_out_when_not_requested():
    req = build_create_session_request("https://h", CREDS, None)
    assert "SessionExpiryInMin" not in json.loads(req.body)


def test_request_and_credentials_repr_hide_the_password():
    req = build_create_session_request("https://h", CREDS, None)
    assert "Sup3r" not in repr(req)
    assert "Sup3r" not in repr(CREDS)


@pytest.mark.parametrize("operation", ["", "Create Session", "../admin", "X?y=1", "1abc"])
def test_bad_operation_names_are_refused(operation):
    with pytest.raises(ValueError, match="Not a PaySecure operation name"):
        build_request("https://h", operation, CREDS)


def test_payload_cannot_override_credentials():
    with pytest.raises(ValueError, match="Credentials"):
        build_request("https://h", "PSBINCheck", CREDS, {"Credentials": {}})


# ----------------------------------------------------------------------------- responses


def test_spec_sample_bytes_decode_despite_csv_label():
    """The exact sample bytes decode; its placeholder ErrorCode "String" makes it a failure."""
    raw = spec_sample_response()
    assert rb"\/Date(-62135596800000-0000)\/" in raw
    stamps = parse_timestamps(json.loads(raw)["Timestamps"])
    assert set(stamps) == set(STAGES)
    assert all(t.in_time is None and t.out_time is None for t in stamps.values())


def test_spec_sample_timestamps_are_all_not_recorded():
    body = json.loads(spec_sample_response())
    body["ErrorCode"] = ""
    body["ErrorMessage"] = ""
    reply = parse_reply(200, {}, json.dumps(body).encode())
    assert set(reply["Timestamps"]) == set(STAGES)
    assert all(t == InOutTimes(None, None) for t in reply["Timestamps"].values())
    session = parse_create_session(
        reply, created_at=pendulum.datetime(2026, 1, 1, tz="UTC"), session_expiry_in_min=None
    )
    assert session.session_id == "String"
    assert session.timestamps == {}  # unrecorded stages are dropped
    assert session.expires_at is None


def test_error_code_in_200_is_api_error():
    body = spec_sample_response()  # ErrorCode "String" is non-empty
    with pytest.raises(PaySecureAPIError) as info:
        parse_reply(200, {"Content-Type": "text/csv"}, body)
    assert info.value.error_code == "String"
    assert info.value.error_message == "String"
    assert info.value.status_code == 200
    assert "ErrorCode 'String'" in str(info.value)
    assert not isinstance(info.value, PaySecureAuthError)


def test_success_with_stages_missing_and_unknown_fields():
    body = {
        "SessionId": "abc123456789",
        "ErrorCode": "",
        "Extra": {"Unknown": 1},
        "Timestamps": {
            "AppLayer": {"InTime": r"/Date(1700000000000-0000)/", "OutTime": "/Date(1700000000250-0000)/"},
            "Network": {"InTime": "/Date(-62135596800000-0000)/", "OutTime": "/Date(-62135596800000-0000)/"},
            "FutureStage": {"InTime": "/Date(1700000000000)/"},
        },
    }
    reply = parse_reply(200, {}, json.dumps(body).encode())
    created = pendulum.datetime(2026, 1, 1, tz="UTC")
    session = parse_create_session(reply, created_at=created, session_expiry_in_min=15)
    assert session.expires_at == created.add(minutes=15)
    assert set(session.timestamps) == {"AppLayer", "FutureStage"}
    assert session.timestamps["AppLayer"].duration.total_seconds() == 0.25
    assert session.timestamps["FutureStage"].duration is None
    assert session.stage_durations() == {"AppLayer": 0.25}


def test_missing_timestamps_object_is_fine():
    reply = parse_reply(200, {}, b'{"SessionId":"s-000000001"}')
    assert reply["Timestamps"] == {}


@pytest.mark.parametrize("body", [b'{"ErrorCode":""}', b'{"SessionId":""}', b'{"SessionId":null}', b'{"SessionId":5}'])
def test_success_without_session_id_is_response_error(body):
    reply = parse_reply(200, {}, body)
    with pytest.raises(PaySecureResponseError, match="no SessionId"):
        parse_create_session(reply, created_at=pendulum.now("UTC"), session_expiry_in_min=None)


@pytest.mark.parametrize(
    ("body", "match"),
    [
        (b"<html><body><h1>Bad Gateway</h1></body></html>", "an HTML page"),
        (b'{"SessionId":"abc","Timest', "invalid JSON"),
        (b"", "invalid JSON"),
        (b"[1,2]", "Expected a JSON object"),
        (b'{"SessionId":"a","Timestamps":[]}', "Timestamps must be an object"),
        (b'{"SessionId":"a","Timestamps":{"AppLayer":{"InTime":"soon"}}}', "Malformed ServiceStack date"),
    ],
)
def test_invalid_bodies_are_response_errors(body, match):
    with pytest.raises(PaySecureResponseError, match=match):
        parse_reply(200, {"Content-Type": "text/html"}, body)


def test_response_error_excerpt_is_short_and_redacted():
    body = b"<html>" + b"x" * 5000 + b"Sup3r-S3cret-PW-do-not-leak</html>"
    with pytest.raises(PaySecureResponseError) as info:
        parse_reply(200, {}, b"<html>Sup3r-S3cret-PW-do-not-leak" + body, redact=["Sup3r-S3cret-PW-do-not-leak"])
    assert "Sup3r" not in str(info.value)
    assert len(str(info.value)) < 250


RESPONSE_STATUS_400 = json.dumps(
    {
        "ResponseStatus": {
            "ErrorCode": "ValidationException",
            "Message": "Validation failed",
            "StackTrace": "at Foo.Bar()",
            "Errors": [
                {
                    "ErrorCode": "NotEmpty",
                    "FieldName": "Credentials.Password",
                    "Message": "'Password' must not be empty.",
                }
            ],
        }
    }
).encode()


def test_response_status_400_is_api_error_with_field_messages():
    with pytest.raises(PaySecureAPIError) as info:
        parse_reply(400, {}, RESPONSE_STATUS_400)
    err = info.value
    assert type(err) is PaySecureAPIError
    assert err.status_code == 400
    assert err.error_code == "ValidationException"
    assert "Credentials.Password: 'Password' must not be empty." in str(err)
    assert "at Foo.Bar" not in str(err)  # no stack traces in messages


@pytest.mark.parametrize("status", [401, 403])
def test_401_and_403_are_auth_errors(status):
    body = json.dumps({"ResponseStatus": {"ErrorCode": "Unauthorized", "Message": "Invalid UserName or Password"}})
    with pytest.raises(PaySecureAuthError) as info:
        parse_reply(status, {}, body.encode())
    assert info.value.status_code == status
    assert "Invalid UserName or Password" in str(info.value)


def test_404_without_json_is_api_error_with_excerpt():
    with pytest.raises(PaySecureAPIError, match=r"does not know this operation \(HTTP 404\)"):
        parse_reply(404, {}, b"Not Found")


@pytest.mark.parametrize("status", [429, 500, 502, 503, 504, 599])
def test_429_and_5xx_are_transient(status):
    body = json.dumps({"ResponseStatus": {"ErrorCode": "NullReferenceException", "Message": "boom"}}).encode()
    with pytest.raises(TransientFailure) as info:
        parse_reply(status, {"retry-after": "7"}, body)
    assert info.value.status_code == status
    assert info.value.retry_after == 7.0
    assert f"HTTP {status}" in info.value.reason
    assert "boom" in info.value.reason


def test_retry_after_parsing():
    now = pendulum.datetime(2026, 1, 1, 12, 0, 0, tz="UTC")
    assert parse_retry_after("5") == 5.0
    assert parse_retry_after(None) is None
    assert parse_retry_after("soon") is None
    assert parse_retry_after("Thu, 01 Jan 2026 12:00:30 GMT", now=now) == 30.0
    assert parse_retry_after("Thu, 01 Jan 2026 11:00:00 GMT", now=now) == 0.0


# ----------------------------------------------------------------------------- model


def test_session_xcom_round_trip_is_json_safe_and_has_no_credentials():
    created = pendulum.datetime(2026, 3, 1, 8, 0, tz="UTC")
    session = PaySecureSession(
        session_id="sess-1234567890",
        created_at=created,
        expires_at=created.add(minutes=10),
        timestamps={
            "AppLayer": InOutTimes(created, created.add(microseconds=1500)),
            "Network": InOutTimes(created, None),
        },
        round_trip_s=0.012,
    )
    data = json.loads(json.dumps(session.to_xcom()))
    assert data["session_id"] == "sess-1234567890"
    assert data["expires_at"] == "2026-03-01T08:10:00+00:00"
    assert data["timestamps"]["AppLayer"]["duration_s"] == 0.0015
    assert "Password" not in json.dumps(data) and "Credentials" not in json.dumps(data)
    assert PaySecureSession.from_xcom(data) == session


def test_session_repr_masks_the_id():
    session = PaySecureSession(session_id="abcdefgh-SECRET-wxyz", created_at=pendulum.now("UTC"))
    assert "SECRET" not in repr(session)
    assert "****wxyz" in repr(session)


@pytest.mark.parametrize("data", [{}, {"session_id": "x"}, {"session_id": "x", "created_at": "never"}, []])
def test_from_xcom_rejects_garbage(data):
    with pytest.raises(PaySecureResponseError, match="Not a PaySecure session XCom value"):
        PaySecureSession.from_xcom(data)  # type: ignore[arg-type]


def test_errors_are_airflow_exceptions():
    from airflow.exceptions import AirflowException

    assert issubclass(PaySecureError, AirflowException)
    assert issubclass(PaySecureAuthError, PaySecureAPIError)
