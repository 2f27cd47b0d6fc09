"""Property-based fuzzing of the protocol core (>= 10,000 examples in total).

Malformed input must end in the documented exception types and nothing else:
no ``KeyError``, ``TypeError``, ``AttributeError``, ``RecursionError`` escaping.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pendulum
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pendulum import DateTime

from airflow_provider_paysecure.exceptions import (
    PaySecureAPIError,
    PaySecureAuthError,
    PaySecureResponseError,
)
from airflow_provider_paysecure.wire import (
    STAGES,
    InOutTimes,
    PaySecureSession,
    TransientFailure,
    parse_create_session,
    parse_reply,
    parse_servicestack_date,
    parse_servicestack_date_with_offset,
)

SECRET = "Fuzz-Secret-Password-123"
BACKSLASH = "\\"
FUZZ = settings(
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)

json_scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12,
)
date_like = st.one_of(
    st.from_regex(r"\A\\?/Date\(-?\d{1,17}([+-]\d{4})?\)\\?/\Z"),
    st.builds(
        lambda ms, off, esc: (BACKSLASH if esc else "") + f"/Date({ms}{off})" + (BACKSLASH if esc else "") + "/",
        st.integers(min_value=-(10**16), max_value=10**16),
        st.sampled_from(["", "-0000", "+0100", "+2400", "-0560", "+9999"]),
        st.booleans(),
    ),
    st.text(max_size=40),
)
stage_times = st.dictionaries(st.sampled_from(["InTime", "OutTime", "Other"]), date_like | json_values, max_size=3)
reply_dicts = st.fixed_dictionaries(
    {},
    optional={
        "SessionId": st.text(max_size=40) | json_values,
        "ErrorCode": st.sampled_from(["", None, "E1", "SBX_AUTH_FAILED"]) | json_values,
        "ErrorMessage": st.text(max_size=60) | json_values,
        "Timestamps": st.dictionaries(
            st.sampled_from([*STAGES, "Bogus"]), st.none() | stage_times | json_values, max_size=5
        )
        | json_values,
        "ResponseStatus": json_values,
    },
)


def _check_date(result: tuple[DateTime | None, str | None]) -> None:
    instant, offset = result
    assert instant is None or (isinstance(instant, DateTime) and instant.tzinfo is not None)
    assert offset is None or (len(offset) == 5 and offset[0] in "+-")


@settings(FUZZ, max_examples=3000)
@given(date_like)
def test_date_parser_returns_utc_or_raises_response_error(text: str) -> None:
    result, error = _outcome(parse_servicestack_date_with_offset, text)
    if error is not None:
        assert isinstance(error, PaySecureResponseError)
        assert "ServiceStack date" in str(error)
        return
    _check_date(result)
    assert parse_servicestack_date(text) == result[0]


@settings(FUZZ, max_examples=500)
@given(json_values)
def test_date_parser_rejects_non_strings(value: Any) -> None:
    if isinstance(value, str):
        return
    try:
        parse_servicestack_date(value)
    except PaySecureResponseError:
        return
    raise AssertionError(f"accepted {value!r}")


def _outcome(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[Any, Exception | None]:
    """Call ``fn``; return ``(result, None)`` or ``(None, documented exception)``.

    Any other exception propagates and fails the property.
    """
    try:
        return fn(*args, **kwargs), None
    except (TransientFailure, PaySecureAPIError, PaySecureResponseError) as exc:
        return None, exc


def _classify(status: int, body: bytes) -> None:
    reply, error = _outcome(parse_reply, status, {"Retry-After": "1"}, body, redact=(SECRET,))
    if isinstance(error, TransientFailure):
        assert status == 429 or 500 <= status <= 599
        assert f"HTTP {status}" in error.reason
        assert SECRET not in error.reason
        return
    if error is not None:
        assert SECRET not in str(error) and SECRET not in repr(vars(error))
        if isinstance(error, PaySecureAuthError):
            assert status in (401, 403)
        elif isinstance(error, PaySecureAPIError):
            assert not 200 <= status <= 299 or error.error_code not in (None, "")
            assert status not in (401, 403)
        else:
            assert isinstance(error, PaySecureResponseError)
            assert 200 <= status <= 299
        return
    assert 200 <= status <= 299
    assert isinstance(reply, dict)
    assert all(isinstance(t, InOutTimes) for t in reply["Timestamps"].values())
    try:
        session = parse_create_session(reply, created_at=pendulum.now("UTC"), session_expiry_in_min=5)
    except PaySecureResponseError:
        return
    assert isinstance(session, PaySecureSession) and session.session_id.strip()


statuses = st.integers(min_value=100, max_value=599) | st.sampled_from([200, 401, 429, 503])


@settings(FUZZ, max_examples=2500)
@given(statuses, st.binary(max_size=300) | st.builds(lambda s: s + SECRET.encode(), st.binary()))
def test_parse_reply_on_arbitrary_bytes(status: int, body: bytes) -> None:
    _classify(status, body)


@settings(FUZZ, max_examples=2500)
@given(st.sampled_from([200, 200, 200, 400, 401, 404, 500]), reply_dicts | json_values)
def test_parse_reply_on_arbitrary_json(status: int, data: Any) -> None:
    text = json.dumps(data).replace("/", "\\/")
    _classify(status, text.encode())


@settings(FUZZ, max_examples=2000)
@given(reply_dicts)
def test_parse_create_session_on_arbitrary_decoded_json(reply: dict[str, Any]) -> None:
    try:
        session = parse_create_session(reply, created_at=pendulum.now("UTC"), session_expiry_in_min=None)
    except PaySecureResponseError:
        return
    assert isinstance(session.session_id, str) and session.session_id.strip()
    assert all(isinstance(t, InOutTimes) and t.recorded for t in session.timestamps.values())
    assert json.loads(json.dumps(session.to_xcom()))["session_id"] == session.session_id
