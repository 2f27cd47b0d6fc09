"""The protocol core: dates, request building, response parsing. No I/O."""

from __future__ import annotations

import gc
import json
from pathlib import Path
from urllib.parse import quote

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
from airflow_provider_paysecure.wire.models import mask_session_id
from airflow_provider_paysecure.wire.redaction import (
    Redactor,
    clean,
    excerpt,
    excerpt_bytes,
    redact,
    redactor,
    secret_forms,
)
from airflow_provider_paysecure.wire.reply import MAX_UNKNOWN_STAGES, validate_session_id

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
    assert value is not None and value.tzinfo is not None
    utc_offset = value.utcoffset()
    assert utc_offset is not None and utc_offset.total_seconds() == 0
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
    assert req.headers == {  # exactly these: the server is asked not to compress its reply
        "Accept": "application/json",
        "Accept-Encoding": "identity",
        "Content-Type": "application/json",
        "User-Agent": f"airflow-provider-paysecure/{__version__}",
    }


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


@pytest.mark.parametrize(
    "operation", ["", "Create Session", "../admin", "X?y=1", "1abc", "CreateSession\n", "Créate", "A" * 129, "_x"]
)
def test_bad_operation_names_are_refused(operation):
    with pytest.raises(ValueError, match="Not a PaySecure operation name"):
        build_request("https://h", operation, CREDS)


@pytest.mark.parametrize("operation", ["A", "PSBINCheck", "x_1", "A" * 128])
def test_plain_operation_names_are_accepted(operation):
    request = build_request("https://h/", operation, CREDS, {"Skip": None, "Keep": 0})
    assert request.url == f"https://h/{operation}"
    assert json.loads(request.body) == {"Credentials": CREDS.to_wire(), "Keep": 0}


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
    app_layer = session.timestamps["AppLayer"].duration
    assert app_layer is not None and app_layer.total_seconds() == 0.25
    assert session.timestamps["FutureStage"].duration is None
    assert session.stage_durations() == {"AppLayer": 0.25}


def test_duration_s_is_the_duration_in_seconds_across_offsets():
    """``duration_s`` (what the XCom value carries) agrees with pendulum's ``duration``."""
    start = pendulum.datetime(2026, 1, 1, 10, 0, 0, 123000, tz=pendulum.fixed_timezone(7200))
    end = pendulum.datetime(2026, 1, 1, 8, 0, 1, 125000, tz="UTC")
    times = InOutTimes(start, end)
    assert times.duration_s == 1.002
    assert times.duration is not None and times.duration_s == times.duration.total_seconds()
    assert InOutTimes(end, start).duration_s == -1.002
    assert InOutTimes(start, None).duration_s is None
    assert InOutTimes(None, end).duration_s is None


def test_missing_timestamps_object_is_fine():
    reply = parse_reply(200, {}, b'{"SessionId":"s-000000001"}')
    assert reply["Timestamps"] == {}


@pytest.mark.parametrize(
    ("body", "match"),
    [
        (b'{"ErrorCode":""}', "no SessionId"),
        (b'{"SessionId":""}', "no SessionId"),
        (b'{"SessionId":null}', "no SessionId"),
        (b'{"SessionId":5}', "SessionId that is not a string but int"),
    ],
)
def test_success_without_session_id_is_response_error(body, match):
    reply = parse_reply(200, {}, body)
    with pytest.raises(PaySecureResponseError, match=match):
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
        PaySecureSession.from_xcom(data)


def test_errors_are_airflow_exceptions():
    from airflow.exceptions import AirflowException

    assert issubclass(PaySecureError, AirflowException)
    assert issubclass(PaySecureAuthError, PaySecureAPIError)


# ----------------------------------------------------------------------------- hostile replies: typed errors only


def test_session_id_mask_threshold():
    assert mask_session_id("12345678") == "****"
    assert mask_session_id("123456789") == "****6789"
    assert mask_session_id("") == "****"


JUNK_ERRORS = [5, True, "x", {"a": 1}, [1, "a", None, [], {"FieldName": 5, "Message": {"a": [1]}}], [[[[]]]]]


@pytest.mark.parametrize("errors", JUNK_ERRORS)
def test_response_status_errors_of_any_type_on_400(errors):
    body = json.dumps({"ResponseStatus": {"ErrorCode": "Bad", "Message": "nope", "Errors": errors}}).encode()
    with pytest.raises(PaySecureAPIError) as info:
        parse_reply(400, {}, body)
    assert info.value.error_code == "Bad"
    assert info.value.error_message == "nope"
    assert str(info.value).startswith("PaySecure rejected the request (HTTP 400, Bad): nope")


@pytest.mark.parametrize("errors", JUNK_ERRORS)
@pytest.mark.parametrize("status", [500, 503])
def test_response_status_errors_of_any_type_on_5xx_stay_transient(errors, status):
    body = json.dumps({"ResponseStatus": {"ErrorCode": "Busy", "Errors": errors}}).encode()
    with pytest.raises(TransientFailure) as info:
        parse_reply(status, {}, body)
    assert info.value.status_code == status
    assert info.value.reason.startswith(f"HTTP {status}: Busy")


def test_field_errors_with_junk_members_are_described():
    errors = [5, {"FieldName": 5, "Message": {"a": 1}}, {"ErrorCode": True}, {}, {"FieldName": "F", "Message": 1.5}]
    body = json.dumps({"ResponseStatus": {"Message": "m", "Errors": errors}}).encode()
    with pytest.raises(PaySecureAPIError) as info:
        parse_reply(400, {}, body)
    assert str(info.value) == "PaySecure rejected the request (HTTP 400): m (5: <dict>; true: true; ?: invalid; F: 1.5)"


@pytest.mark.parametrize(
    ("status_field", "code", "message"),
    [
        ({"ErrorCode": 5, "Message": ["a"]}, "5", "<list>"),
        ({"ErrorCode": True, "Message": {"x": 1}}, "true", "<dict>"),
        ({"ErrorCode": 1e400, "Message": 1.5}, "inf", "1.5"),
        ({"ErrorCode": False, "Message": 0}, None, None),
        ({"ErrorCode": [], "Message": None}, None, None),
    ],
)
def test_response_status_fields_of_wrong_types(status_field, code, message):
    body = json.dumps({"ResponseStatus": status_field}).encode()
    with pytest.raises(PaySecureAPIError) as info:
        parse_reply(409, {}, body)
    assert info.value.error_code == code
    assert info.value.error_message == message
    assert info.value.status_code == 409


@pytest.mark.parametrize("status_value", [5, "text", [1, 2], None, True])
def test_response_status_not_an_object_falls_back_to_the_body(status_value):
    body = json.dumps({"ResponseStatus": status_value}).encode()
    with pytest.raises(PaySecureAPIError) as info:
        parse_reply(400, {}, body)
    assert info.value.error_code is None
    assert repr(json.dumps({"ResponseStatus": status_value})) in str(info.value)


def test_error_code_of_other_types_in_200():
    with pytest.raises(PaySecureAPIError) as info:
        parse_reply(200, {}, b'{"ErrorCode": {"nested": [1]}, "ErrorMessage": 7}')
    assert info.value.error_code == "<dict>"
    assert info.value.error_message == "7"
    assert str(info.value) == "PaySecure returned ErrorCode '<dict>': 7"
    with pytest.raises(PaySecureAPIError, match="ErrorCode 'E1': no ErrorMessage") as info:
        parse_reply(200, {}, b'{"ErrorCode": "E1"}')
    assert info.value.error_message is None


HOSTILE_BODIES = [
    b"[" * 100_000 + b"]" * 100_000,
    b'{"a":' * 50_000 + b"1" + b"}" * 50_000,
    b"\xff\xfe\xfd garbage",
    b'{"ResponseStatus": {"Message": "\\ud800 lone"}, "ErrorCode": "\\udfff"}',
    b"1" * 5000,
    b'{"ResponseStatus": {"ErrorCode": ' + b"9" * 5000 + b"}}",
    b"\x00" * 100,
    b"",
]


@pytest.mark.parametrize("body", HOSTILE_BODIES)
@pytest.mark.parametrize("status", [500, 502, 503, 504, 429])
def test_5xx_with_malformed_body_is_still_transient(body, status):
    with pytest.raises(TransientFailure) as info:
        parse_reply(status, {}, body)
    assert info.value.status_code == status
    assert info.value.reason.startswith(f"HTTP {status}")
    info.value.reason.encode("utf-8")  # no lone surrogate
    assert len(info.value.reason) < 2100


@pytest.mark.parametrize("body", HOSTILE_BODIES)
@pytest.mark.parametrize("status", [200, 400, 401])
def test_malformed_bodies_are_typed_errors(body, status):
    expected = (PaySecureResponseError, PaySecureAPIError) if status == 200 else PaySecureAPIError
    with pytest.raises(expected) as info:
        parse_reply(status, {}, body)
    assert info.value.status_code == status
    str(info.value).encode("utf-8")
    assert not any(ord(c) < 32 or c == "\x7f" for c in str(info.value))


def test_invalid_json_keeps_no_exception_chain_alive():
    body = b'{"SessionId": "abc", "huge": "' + b"z" * 100_000 + b'"'  # truncated
    gc.collect()
    with pytest.raises(PaySecureResponseError) as info:
        parse_reply(200, {}, body)
    error = info.value
    assert error.__cause__ is None and error.__context__ is None
    gc.collect()
    assert not [o for o in gc.get_objects() if issubclass(type(o), json.JSONDecodeError)]  # type(): no lazy proxy runs
    for status in (400, 503):
        with pytest.raises((PaySecureAPIError, TransientFailure)) as info2:
            parse_reply(status, {}, body)
        assert info2.value.__cause__ is None and info2.value.__context__ is None


def test_deep_nesting_in_200_is_invalid_json_without_chain():
    with pytest.raises(PaySecureResponseError, match=r"invalid JSON \(HTTP 200\)") as info:
        parse_reply(200, {}, b"[" * 100_000)
    assert info.value.__cause__ is None and info.value.__context__ is None


@pytest.mark.parametrize(
    ("body", "match"),
    [
        (b'{"SessionId": 1e400}', "SessionId that is not a string but float"),
        (b'{"SessionId": "s-000000001", "Timestamps": {"AppLayer": {"InTime": 1e400}}}', "got float"),
        (
            b'{"SessionId": "s-000000001", "Timestamps": {"AppLayer": {"InTime": "/Date(999999999999999)/"}}}',
            "out of range",
        ),
        (
            b'{"SessionId": "s-000000001", "Timestamps": {"AppLayer": {"InTime": "/Date(' + b"9" * 30 + b')/"}}}',
            "Malformed",
        ),
        (b'{"SessionId": ' + b"9" * 5000 + b"}", "invalid JSON"),
        (b'{"SessionId": "\\ud800abc"}', "unusable SessionId"),
        (b'{"SessionId": "abc\xff"}', "invalid JSON"),
    ],
)
def test_numbers_and_text_the_parsers_cannot_hold_are_response_errors(body, match):
    def parse() -> None:
        reply = parse_reply(200, {}, body)
        parse_create_session(reply, created_at=pendulum.now("UTC"), session_expiry_in_min=None)

    with pytest.raises(PaySecureResponseError, match=match):
        parse()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("7", 7.0),
        (" 7 ", 7.0),
        ("0", 0.0),
        ("1.5", 1.5),
        ("²", None),
        ("٣", None),
        ("1²", None),
        ("-5", None),
        ("+5", None),
        ("1e3", None),
        ("nan", None),
        ("inf", None),
        ("", None),
        ("   ", None),
        (None, None),
        (5, None),
        ("9" * 16, 86_400.0),
        ("9" * 17, None),
        ("9" * 65, None),
        ("Thu, 01 Jan 2026 12:00:30 GMT", 30.0),
        ("Thu, 01 Jan 2026 11:00:00 GMT", 0.0),
        ("Thu, 01 Jan 2126 12:00:30 GMT", 86_400.0),
        ("Thu, 01 Jan 99999999999999999999 12:00:30 GMT", None),
        ("Thu, 01 Jan 99999 12:00:30 GMT", None),
        ("Thu, 01 Jan 2026 12:00:30 -0000", None),  # no zone: unreadable
        ("Thu, 99 Jan 2026 12:00:30 GMT", None),
        ("Thu, 01 Jan 2026 12:00:30", None),
    ],
)
def test_retry_after_in_any_form(value, expected):
    now = pendulum.datetime(2026, 1, 1, 12, 0, 0, tz="UTC")
    assert parse_retry_after(value, now=now) == expected


@pytest.mark.parametrize("value", ["²", "Thu, 01 Jan 99999999999999999999 12:00:30 GMT", "-1", "9" * 400])
def test_503_with_unreadable_retry_after_is_transient_without_delay(value):
    with pytest.raises(TransientFailure) as info:
        parse_reply(503, {"Retry-After": value}, b"")
    assert info.value.status_code == 503
    assert info.value.retry_after is None
    assert info.value.reason == "HTTP 503: (empty body)"


def test_5xx_without_retry_after_header_has_none():
    with pytest.raises(TransientFailure) as info:
        parse_reply(502, {"Content-Type": "text/plain"}, b"bad gateway")
    assert info.value.retry_after is None
    assert info.value.reason == "HTTP 502: 'bad gateway'"


def test_retry_after_header_name_is_case_insensitive_in_a_plain_dict():
    with pytest.raises(TransientFailure) as info:
        parse_reply(429, {"X-Other": "1", "RETRY-AFTER": "3"}, b"")
    assert info.value.retry_after == 3.0


# ----------------------------------------------------------------------------- limits on what is accepted

SID_OK = ["a", "a b", "x" * 256, "!~", "s-" + "0" * 200]
SID_BAD = ["", " ", " abc", "abc ", "x" * 257, "a\nb", "a\x1bb", "séssion", "a\x7fb", "\ud800abc", "a\tb"]


@pytest.mark.parametrize("session_id", SID_OK)
def test_session_ids_that_are_accepted(session_id):
    assert validate_session_id(session_id) == session_id
    reply = parse_reply(200, {}, json.dumps({"SessionId": session_id}).encode())
    assert parse_create_session(reply, created_at=pendulum.now("UTC"), session_expiry_in_min=None).session_id == (
        session_id
    )


@pytest.mark.parametrize("session_id", SID_BAD)
def test_session_ids_that_are_refused_without_quoting_them(session_id):
    with pytest.raises(PaySecureResponseError) as info:
        parse_create_session({"SessionId": session_id}, created_at=pendulum.now("UTC"), session_expiry_in_min=None)
    message = str(info.value)
    if session_id:
        assert f"unusable SessionId ({len(session_id)} characters)" in message
        assert "1 to 256 printable ASCII characters" in message
        assert session_id.strip() not in message or session_id.strip() == ""
    else:
        assert "no SessionId" in message


def test_huge_session_id_is_refused_fast():
    import time

    started = time.perf_counter()
    with pytest.raises(PaySecureResponseError, match=r"unusable SessionId \(10000000 characters\)"):
        validate_session_id("x" * 10_000_000)
    assert time.perf_counter() - started < 1.0


def _stamp(ms: int = 1700000000000) -> dict[str, str]:
    return {"InTime": f"/Date({ms})/", "OutTime": f"/Date({ms + 5})/"}


def test_known_stages_after_a_null_one_are_kept():
    stamps = parse_timestamps({"AppLayer": None, "Network": _stamp(), "ParentLookup": None, "DBInsert": _stamp()})
    assert list(stamps) == ["Network", "DBInsert"]


def test_unknown_stage_names_are_kept_only_when_short_and_printable():
    names = {
        "FutureStage": True,
        "x" * 64: True,
        "y" * 65: False,
        "Bad\nName": False,
        "Esc\x1b[2J": False,
        "with space": False,
        "Ünïcode": False,
        "": False,
        "\ud800": False,
    }
    stamps = parse_timestamps({name: _stamp() for name in names})
    assert set(stamps) == {name for name, kept in names.items() if kept}


def test_unknown_stages_are_capped_and_dropped_ones_are_not_read():
    value = {f"Extra{i}": _stamp() for i in range(MAX_UNKNOWN_STAGES)}
    value["Extra-dropped"] = {"InTime": "not a date"}  # past the cap: dropped unread
    value["y" * 65] = {"InTime": "not a date"}  # too long: dropped unread
    value["AppLayer"] = _stamp()  # a known stage is kept even past the cap
    stamps = parse_timestamps(value)
    assert len(stamps) == MAX_UNKNOWN_STAGES + 1
    assert "AppLayer" in stamps and "Extra-dropped" not in stamps
    assert MAX_UNKNOWN_STAGES == 16


def test_a_kept_unknown_stage_with_a_bad_date_is_an_error():
    with pytest.raises(PaySecureResponseError, match=r"Timestamps\.Future must be an object, got list"):
        parse_timestamps({"Future": [1]})


def test_stage_named_like_the_password_is_dropped():
    secret = "Pw-no-spaces-123"
    body = json.dumps({"SessionId": "s-000000001", "Timestamps": {secret: _stamp(), "Ok": _stamp()}}).encode()
    assert set(parse_reply(200, {}, body)["Timestamps"]) == {secret, "Ok"}
    assert set(parse_reply(200, {}, body, redact=[secret])["Timestamps"]) == {"Ok"}


def test_server_text_reaches_messages_without_control_characters():
    body = json.dumps(
        {"ResponseStatus": {"ErrorCode": "E\x1b[31m", "Message": "line1\nline2\r\x00\x07\u202e\ud800 end"}}
    ).encode()
    with pytest.raises(PaySecureAPIError) as info:
        parse_reply(400, {}, body)
    err = info.value
    assert err.error_code == "E\\x1b[31m"
    assert err.error_message == "line1 line2 \\x00\\x07\\u202e\\ud800 end"
    for text in (str(err), err.error_code, err.error_message):
        assert text.isprintable()


def test_messages_built_from_server_text_are_bounded():
    big = "m" * 1_000_000
    body = json.dumps(
        {
            "ResponseStatus": {
                "ErrorCode": big,
                "Message": big,
                "Errors": [{"FieldName": "m" * 500, "Message": "m"}] * 50,
            }
        }
    ).encode()
    with pytest.raises(PaySecureAPIError) as info:
        parse_reply(400, {}, body)
    error_code, error_message = info.value.error_code, info.value.error_message
    assert error_code is not None and len(error_code) == 120 and error_code.endswith("…")
    assert error_message is not None and len(error_message) == 300
    assert len(str(info.value)) < 120 + 300 + 10 * 122 + 80
    assert str(info.value).count("m: m") == 0 and str(info.value).count("; ") == 9
    with pytest.raises(TransientFailure) as failure:
        parse_reply(503, {}, body)
    assert len(failure.value.reason) < 120 + 300 + 10 * 122 + 80
    with pytest.raises(PaySecureAPIError) as info:
        parse_reply(200, {}, json.dumps({"ErrorCode": big, "ErrorMessage": big}).encode())
    assert len(str(info.value)) < 120 + 300 + 40
    with pytest.raises(PaySecureResponseError) as bad:
        parse_reply(200, {}, b"<html>" + b"x" * 5_000_000)
    assert len(str(bad.value)) < 1100


def test_summary_table_is_bounded():
    from airflow_provider_paysecure._summary import MAX_ROWS, format_stage_table

    table = format_stage_table({f"S{i}\n\x1b" + "n" * 100: 0.001 for i in range(1000)})
    lines = table.split("\n")
    assert len(lines) == MAX_ROWS + 1
    assert lines[-1] == f"  … and {1000 - MAX_ROWS} more stages"
    assert all(len(line) < 100 and line.isprintable() for line in lines)
    assert lines[0].startswith("  S0 \\x1bnnn")
    small = format_stage_table({"AppLayer": 0.25, "Network": 0.0015}, indent="> ")
    assert small == "> AppLayer      250.0 ms\n> Network         1.5 ms"
    assert format_stage_table({}, indent="-") == "-(no stages recorded)"


# ----------------------------------------------------------------------------- no fragment of a secret

PW = 'Sup3r  S3cret "pw" \\ (a+b)*[x]? ünï€ /end'
WINDOW = 6


def fragments(secret: str) -> set[str]:
    return {secret[i : i + WINDOW] for i in range(len(secret) - WINDOW + 1)}


def assert_no_fragment(secret: str, *texts: object) -> None:
    pieces = fragments(secret)
    for text in texts:
        shown = str(text)
        leaked = [p for p in pieces if p in shown]
        assert not leaked, f"fragments {leaked!r} of the secret in {shown!r}"


def error_texts(error: BaseException) -> list[object]:
    return [str(error), repr(error), repr(vars(error)), *vars(error).values()]


def echo_forms(secret: str) -> list[str]:
    from urllib.parse import quote, quote_plus

    return [
        secret,
        quote(secret),
        quote(secret, safe=""),
        quote_plus(secret),
        json.dumps(secret)[1:-1],
        json.dumps(secret, ensure_ascii=False)[1:-1],
        json.dumps(secret).replace("/", "\\/")[1:-1],
    ]


@pytest.mark.parametrize("form", range(7))
def test_redactor_blanks_every_encoded_form(form):
    text = "before " + echo_forms(PW)[form] + " after"
    redacted = Redactor([PW])(text)
    assert redacted == "before *** after"
    assert redact(text, [PW]) == redacted
    assert_no_fragment(PW, redacted)


def test_redactor_basics():
    assert Redactor([])("abc") == "abc"
    assert Redactor(["", None])("abc") == "abc"
    assert Redactor(["abc"])("xabcxabc") == "x***x***"
    assert Redactor(["ab", "abcd"])("abcd ab") == "*** ***"  # longest form first
    assert repr(Redactor([PW])) == "Redactor(***)"
    assert redactor(Redactor(["x"])) is not None
    same = redactor(["secret1"])
    assert redactor(["secret1"]) is same  # cached for hot paths
    assert "\\u00FC" in secret_forms("ü") and "\\u00fc" in secret_forms("ü")
    assert "Ã¼" not in secret_forms("ü") and "\ufffd" in secret_forms("ü")
    assert secret_forms("") == set()


def test_redactor_ignores_letter_case():
    """A server that upper- or lower-cases what it echoes (HTTP 500: *** SUP3R-...) still leaks nothing."""
    redact = Redactor(["Sup3r-S3cret-Pa55"])
    assert redact("x SUP3R-S3CRET-PA55 y sup3r-s3cret-pa55 z") == "x *** y *** z"
    assert redact.shares_fragment("id-S3CRET-1") and redact.shares_fragment("id-s3cret-1")
    assert not redact.shares_fragment("id-S3CR-1")  # five characters in a row only
    assert redact.shares_fragment("id-ET-PA55") and redact.shares_fragment("SUP3R--x")  # the last and first six


@pytest.mark.parametrize(
    ("secret", "echo"),
    [
        ("Straße-Geheim-42", "STRASSE-GEHEIM-42"),  # full case folding, not only simple case
        ("İstanbul-Key-99", "İstanbul-Key-99".lower()),
        ("Schlüssel-Wort-7", "Schl%FCssel-Wort-7"),  # percent-encoded as Latin-1
        ("it's-a-Secret-1", "it&#39;s-a-Secret-1"),  # a decimal HTML entity
        ("Zq7-Unique-Pa55w0rd-XyZ", "Zq7-Unique-Pa55"),  # a partial echo
        ("Zq7-Unique-Pa55w0rd-XyZ", "ZQ7-UNIQUE"),  # a partial echo, upper-cased
    ],
)
def test_no_run_of_six_characters_of_a_secret_survives_an_echo(secret, echo):
    """Whole forms go as one mask; a partial echo is blanked in runs (what is left is shorter than six)."""
    redact = Redactor([secret])
    for shown in (redact(f"HTTP 500: {echo} (end)"), redact.excerpt(f"HTTP 500: {echo} (end)", 40)):
        low = shown.lower()
        runs = {form.lower()[i : i + 6] for form in (secret, secret.casefold(), echo) for i in range(len(form) - 5)}
        assert not [run for run in runs if run in low and run in echo.lower()], shown
        assert shown.startswith("HTTP 500: ") and shown.endswith("(end)")


def test_excerpt_redacts_before_cutting_and_collapsing():
    assert excerpt("a  b\n\tc") == "a b c"
    assert excerpt("x" * 200, limit=10) == "x" * 9 + "…"
    assert excerpt("x" * 10, limit=10) == "x" * 10
    two_spaces = "pass  word!"
    assert excerpt(f"say {two_spaces} now", [two_spaces]) == "say *** now"
    for offset in range(100, 125):
        assert_no_fragment(PW, excerpt("." * offset + PW + "." * 50, [PW]))
    assert excerpt_bytes(b"") == "(empty body)"
    assert excerpt_bytes(b"\xff ok") == "'\ufffd ok'"
    assert excerpt(" " * 100_000 + "tail", limit=20) == "tail"
    assert excerpt("a" + " " * 100 + "b", limit=3) == "a b"
    assert excerpt("abcd", limit=1) == "…"
    assert excerpt("a", limit=1) == "a"
    assert excerpt("\x00", limit=4) == "\\x00"
    assert excerpt("\x00", limit=3) == "\\x…"
    assert excerpt("ab\x00", limit=3) == "ab…"
    assert clean(" a\n\x1b[2J ") == "a \\x1b[2J"


def _bodies(secret: str, filler_len: int) -> list[tuple[int, bytes]]:
    pad = "." * filler_len
    echo = pad + secret + ".." * 10
    status = {"ErrorCode": echo, "Message": echo, "Errors": [{"FieldName": echo, "Message": echo}]}
    return [
        (200, json.dumps({"ErrorCode": echo, "ErrorMessage": echo}).encode()),
        (200, json.dumps({"ErrorCode": "E", "ErrorMessage": echo}).encode()),
        (400, json.dumps({"ResponseStatus": status}).encode()),
        (400, json.dumps({"ResponseStatus": {"Message": echo}}).encode()),
        (400, json.dumps({"ResponseStatus": {"Errors": [{"FieldName": "F", "Message": echo}]}}).encode()),
        (401, json.dumps({"ResponseStatus": {"ErrorCode": echo}}).encode()),
        (503, json.dumps({"ResponseStatus": status}).encode()),
        (503, json.dumps({"ResponseStatus": {"ErrorCode": echo}}).encode()),
        (200, ("<html>" + echo + "</html>").encode()),
        (502, ("<html>" + echo + "</html>").encode()),
        (404, echo.encode()),
        (200, json.dumps({"SessionId": "s-00000001", "Timestamps": {"AppLayer": {"InTime": echo}}}).encode()),
        (200, json.dumps({"Other": echo, "Timestamps": 5}).encode().replace(b"5}", b"5")),
    ]


CUT_POINTS = [120, 300, 1000]


@pytest.mark.parametrize("cut", CUT_POINTS)
def test_no_fragment_of_an_echoed_password_at_any_offset_around_the_cuts(cut):
    for filler_len in range(max(0, cut - len(PW) - 14), cut + 3):
        for status, body in _bodies(PW, filler_len):
            try:
                parse_reply(status, {}, body, redact=[PW])
            except (PaySecureError, TransientFailure) as exc:
                assert_no_fragment(PW, *error_texts(exc))
            else:
                raise AssertionError(f"no error for {status} {body[:60]!r}")


# ----------------------------------------------------------------------------- model and request details


def test_session_without_expiry_or_round_trip_round_trips():
    created = pendulum.datetime(2026, 3, 1, 8, 0, tz="UTC")
    session = PaySecureSession(session_id="sess-1234567890", created_at=created)
    data = session.to_xcom()
    assert data["expires_at"] is None and data["round_trip_s"] is None
    assert PaySecureSession.from_xcom(json.loads(json.dumps(data))) == session
    assert "expires_at=None" in repr(session)
    later = PaySecureSession(session_id="sess-1234567890", created_at=created, expires_at=created.add(minutes=1))
    assert "expires_at='2026-03-01T08:01:00+00:00'" in repr(later)


def test_from_xcom_reads_other_zones_as_utc():
    data = {"session_id": "sess-1", "created_at": "2026-03-01T09:00:00+01:00", "expires_at": None}
    session = PaySecureSession.from_xcom(data)
    assert session.created_at == pendulum.datetime(2026, 3, 1, 8, 0, tz="UTC")
    assert session.created_at.timezone_name == "UTC"


@pytest.mark.parametrize(
    ("data", "match"),
    [
        ({"session_id": "x", "created_at": None}, r"\(ValueError: created_at is missing\)"),
        ({"session_id": "x"}, r"\(KeyError: 'created_at'\)"),
        ({"session_id": "x", "created_at": "P1D"}, r"\(ValueError: not a datetime: 'P1D'\)"),
    ],
)
def test_from_xcom_says_what_is_wrong(data, match):
    with pytest.raises(PaySecureResponseError, match=match):
        PaySecureSession.from_xcom(data)


def test_stage_durations_follow_the_spec_order_then_names():
    created = pendulum.datetime(2026, 3, 1, 8, 0, tz="UTC")
    times = InOutTimes(created, created.add(microseconds=1000))
    session = PaySecureSession(
        session_id="sess-1",
        created_at=created,
        timestamps={"Zeta": times, "Network": times, "Alpha": times, "AppLayer": times, "DBInsert": times},
    )
    assert list(session.stage_durations()) == ["AppLayer", "DBInsert", "Network", "Alpha", "Zeta"]


def test_request_body_is_compact_json_and_refuses_nan():
    request = build_request("https://h/pathX/", "PSBINCheck", CREDS, {"Keep": 0})
    assert request.url == "https://h/pathX/PSBINCheck"
    assert request.body == (
        b'{"Credentials":{"MerchantId":"M-1","UserName":"user","Password":"Sup3r-S3cret-PW-do-not-leak",'
        b'"Version":"v4"},"Keep":0}'
    )
    with pytest.raises(ValueError, match="Out of range float values are not JSON compliant"):
        build_request("https://h", "PSBINCheck", CREDS, {"x": float("nan")})
    with pytest.raises(ValueError, match=r"\Apayload must not set Credentials; they come from the connection\Z"):
        build_request("https://h", "PSBINCheck", CREDS, {"Credentials": None})


def test_parse_create_session_exact_results():
    created = pendulum.datetime(2026, 1, 1, tz="UTC")
    reply = {"SessionId": "abc", "Timestamps": {"AppLayer": {"InTime": "/Date(0)/", "OutTime": "/Date(5)/"}}}
    session = parse_create_session(reply, created_at=created, session_expiry_in_min=0.5, round_trip_s=0.25)
    assert session.created_at == created
    assert session.expires_at == created.add(seconds=30)
    assert session.round_trip_s == 0.25
    app_layer = session.timestamps["AppLayer"].duration
    assert app_layer is not None and app_layer.total_seconds() == 0.005
    with pytest.raises(PaySecureResponseError, match=r"\AExpected a JSON object from PaySecure, got list\Z"):
        parse_create_session([], created_at=created, session_expiry_in_min=None)  # type: ignore[arg-type]
    with pytest.raises(
        PaySecureResponseError, match=r"\APaySecure reported success but the response has no SessionId\Z"
    ):
        validate_session_id(None)


def test_format_date_refuses_a_zone_without_offset_and_ignores_the_machine_zone(monkeypatch):
    import datetime as dt
    import time

    class NoOffset(dt.tzinfo):
        def utcoffset(self, when):
            return None

        def dst(self, when):
            return None

        def tzname(self, when):
            return None

    with pytest.raises(ValueError, match=r"\Aformat_servicestack_date needs a timezone-aware datetime\Z"):
        format_servicestack_date(dt.datetime(2020, 1, 1, tzinfo=NoOffset()))  # type: ignore[arg-type]
    monkeypatch.setenv("TZ", "Asia/Kolkata")
    time.tzset()
    try:
        value = pendulum.datetime(2023, 11, 14, 22, 13, 20, tz="Europe/Paris")
        assert format_servicestack_date(value) == "/Date(1699996400000-0000)/"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_transient_failure_str_is_the_reason():
    failure = TransientFailure("HTTP 503: busy", status_code=503, retry_after=2.0)
    assert str(failure) == "HTTP 503: busy"
    assert (failure.reason, failure.status_code, failure.retry_after) == ("HTTP 503: busy", 503, 2.0)


def test_retry_after_length_bound():
    now = pendulum.datetime(2026, 1, 1, 12, 0, 0, tz="UTC")
    date = "Thu, 01 Jan 2026 12:00:30 GMT"
    assert parse_retry_after(date.ljust(64), now=now) == 30.0
    assert parse_retry_after(date.ljust(65), now=now) is None
    assert parse_retry_after("\t7\n") == 7.0


def test_exact_timestamp_errors():
    with pytest.raises(PaySecureResponseError, match=r"\ATimestamps must be an object, got list\Z"):
        parse_timestamps([])
    with pytest.raises(PaySecureResponseError, match=r"\AMalformed ServiceStack date: soon\Z"):
        parse_timestamps({"AppLayer": {"InTime": "soon"}})
    with pytest.raises(PaySecureResponseError, match=r"\AMalformed ServiceStack date: x\*\*\*y\Z"):
        parse_timestamps({"AppLayer": {"OutTime": "xPW-123456y"}}, redact=["PW-123456"])
    with pytest.raises(PaySecureResponseError, match=r"\AExpected a ServiceStack date string, got int\Z"):
        parse_timestamps({"AppLayer": {"OutTime": 5}})


@pytest.mark.parametrize(
    ("status", "what", "cls"),
    [
        (400, "rejected the request", PaySecureAPIError),
        (401, "rejected the credentials", PaySecureAuthError),
        (402, "refused the request", PaySecureAPIError),
        (403, "denied access", PaySecureAuthError),
        (404, "does not know this operation", PaySecureAPIError),
        (418, "refused the request", PaySecureAPIError),
    ],
)
def test_exact_error_status_messages(status, what, cls):
    with pytest.raises(cls) as info:
        parse_reply(status, {}, b'{"ResponseStatus": {"ErrorCode": "E", "Message": "m"}}')
    assert type(info.value) is cls
    assert str(info.value) == f"PaySecure {what} (HTTP {status}, E): m"


def test_exact_transient_reasons():
    status = {
        "ErrorCode": "Busy",
        "Message": "boom",
        "Errors": [{"FieldName": "F", "Message": "bad"}, {"ErrorCode": "G"}],
    }
    with pytest.raises(TransientFailure) as info:
        parse_reply(503, {}, json.dumps({"ResponseStatus": status}).encode())
    assert info.value.reason == "HTTP 503: Busy boom (F: bad; G: G)"
    with pytest.raises(TransientFailure) as info:
        parse_reply(500, {}, b'{"ResponseStatus": {"Message": "boom"}}')
    assert info.value.reason == "HTTP 500: boom"


@pytest.mark.parametrize(("status", "ok"), [(199, False), (200, True), (299, True), (300, False), (600, False)])
def test_status_ranges(status, ok):
    body = b'{"SessionId": "s-1"}'
    if ok:
        assert parse_reply(status, {}, body)["SessionId"] == "s-1"
        return
    with pytest.raises(PaySecureAPIError) as info:
        parse_reply(status, {}, body)
    assert info.value.status_code == status


def test_exact_response_error_messages():
    with pytest.raises(PaySecureResponseError) as info:
        parse_reply(200, {}, b" \n<html>oops")
    assert str(info.value) == "PaySecure sent an HTML page (HTTP 200): '<html>oops'"
    assert info.value.status_code == 200
    with pytest.raises(PaySecureResponseError) as info:
        parse_reply(201, {}, b"")
    assert str(info.value) == "PaySecure sent invalid JSON (HTTP 201): (empty body)"
    assert info.value.status_code == 201
    with pytest.raises(PaySecureResponseError) as info:
        parse_reply(200, {}, b'["PW-123456"]', redact=["PW-123456"])
    assert str(info.value) == "Expected a JSON object from PaySecure, got list: '[\"***\"]'"
    assert info.value.status_code == 200
    with pytest.raises(PaySecureResponseError) as info:
        parse_reply(202, {}, b'{"Timestamps": {"AppLayer": {"InTime": "no"}}}')
    assert str(info.value) == "Malformed ServiceStack date: no"
    assert info.value.status_code == 202


def test_error_message_of_a_200_is_cut_at_300():
    with pytest.raises(PaySecureAPIError) as info:
        parse_reply(200, {}, json.dumps({"ErrorCode": "E" * 500, "ErrorMessage": "m" * 500}).encode())
    assert info.value.error_message == "m" * 299 + "…"
    assert info.value.error_code == "E" * 119 + "…"


def test_from_xcom_without_expiry_key():
    session = PaySecureSession.from_xcom({"session_id": "s-1", "created_at": "2026-03-01T08:00:00+00:00"})
    assert session.expires_at is None and session.round_trip_s is None and session.timestamps == {}


def test_a_session_id_echoing_a_fragment_of_the_password_is_refused() -> None:
    """A SessionId is passed on whole (XCom, trigger events), so an echo of a secret is refused, not redacted."""
    from airflow_provider_paysecure.wire.reply import validate_session_id

    password = "Sup3r-S3cret-PW-do-not-leak"
    for echoed in ("xx" + password[3:9] + "yy", "abc" + password + "def", "Z" * 10 + password[-6:]):
        with pytest.raises(
            PaySecureResponseError,
            match=r"\APaySecure sent a SessionId that echoes part of the connection's credentials\Z",
        ) as info:
            validate_session_id(echoed, (password,))
        assert password[:6] not in str(info.value)
    assert validate_session_id("xx" + password[3:8] + "yy", (password,)).startswith("xx")  # 5 characters: no fragment
    assert validate_session_id("SESSION-0123456789", (password,)) == "SESSION-0123456789"
    assert validate_session_id(password[:10]) == password[:10]  # no secrets given: nothing to compare with
    with pytest.raises(PaySecureResponseError, match="echoes part"):
        validate_session_id("ID-" + quote("pass word ü")[:9], ("pass word ü",))  # the URL-encoded form counts too


@pytest.mark.parametrize(
    ("secret", "echo"),
    [
        ("Zq7-Unique-Pa55", "Zq7-Unique-Pa55"),
        ("Zq7-Unique-Pa55", "ZQ7-UNIQUE-PA55"),
        ("Straße-Geheim", "STRASSE-GEHEIM"),
        ("İstanbul-Key-99", "i̇stanbul-key-99"),
        ("Schlüssel Wort", "Schl%FCssel%20Wort"),  # quote, Latin-1
        ("Schlüssel Wort", "Schl%FCssel+Wort"),  # quote_plus, Latin-1
        ("it's-a-Secret-1", "it&#39;s-a-Secret-1"),
    ],
)
def test_a_whole_form_of_a_secret_becomes_one_mask(secret, echo):
    assert Redactor([secret])(f"a {echo} b") == "a *** b"
