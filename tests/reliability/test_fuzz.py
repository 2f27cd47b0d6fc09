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


# ----------------------------------------------------------------------------- no fragment of a secret

#: A fragment of the password this long, or longer, must never be shown.
FRAGMENT = 6
#: Where texts are cut: the ErrorCode/field/body excerpts (120) and ResponseStatus.Message (300).
CUTS = (0, 100, 114, 120, 300)
FILLERS = "#=_~:;"

tricky_chars = st.sampled_from(list(" \t\"'\\/.*+?()[]{}|^$%&<>@,=-_ üé€中😀\u00a0")) | st.characters(
    exclude_categories=["Cs"]
)
passwords = st.text(alphabet=tricky_chars, min_size=FRAGMENT, max_size=40).filter(
    lambda pw: pw.strip() != "" and any(f not in pw for f in FILLERS)
)
passwords_with_spaces = st.builds(
    lambda a, b: f"{a}  {b}",
    st.text(tricky_chars, min_size=3, max_size=12),
    st.text(tricky_chars, min_size=3, max_size=12),
)


def _echo_forms(pw: str) -> list[str]:
    from urllib.parse import quote, quote_plus

    return [
        pw,
        quote(pw),
        quote(pw, safe=""),
        quote_plus(pw),
        json.dumps(pw)[1:-1],
        json.dumps(pw, ensure_ascii=False)[1:-1],
    ]


def _replies(echo: str, decoded: bool) -> list[tuple[int, bytes]]:
    """Replies that quote ``echo``: decoded JSON fields (``decoded``) or raw body text."""
    if not decoded:
        return [
            (200, f"<html>{echo}</html>".encode()),
            (502, f"<html>{echo}</html>".encode()),
            (404, echo.encode()),
            (200, ('{"SessionId": "' + echo).encode()),
        ]
    fields = {"FieldName": echo, "Message": echo}
    return [
        (200, json.dumps({"ErrorCode": echo, "ErrorMessage": echo}).encode()),
        (200, json.dumps({"ErrorCode": "E", "ErrorMessage": echo}).encode()),
        (400, json.dumps({"ResponseStatus": {"ErrorCode": echo, "Message": echo, "Errors": [fields]}}).encode()),
        (401, json.dumps({"ResponseStatus": {"Message": echo}}).encode()),
        (400, json.dumps({"ResponseStatus": {"Errors": [{"FieldName": "F", "Message": echo}]}}).encode()),
        (503, json.dumps({"ResponseStatus": {"ErrorCode": echo, "Message": echo, "Errors": [fields]}}).encode()),
        (500, json.dumps({"Other": echo}).encode()),
        (200, json.dumps({"SessionId": "s-0000001", "Timestamps": {"AppLayer": {"InTime": echo}}}).encode()),
    ]


def _shown(status: int, body: bytes, pw: str) -> list[str]:
    """Every text the wire layer shows for this reply: message, repr and attributes."""
    try:
        parse_reply(status, {"Retry-After": "1"}, body, redact=(pw,))
    except (TransientFailure, PaySecureAPIError, PaySecureResponseError) as exc:
        return [str(exc), repr(exc), *(str(v) for v in vars(exc).values())]
    return []


def _assert_no_fragment(pw: str, filler_len: int, form: int, decoded: bool) -> None:
    filler = next(f for f in FILLERS if f not in pw)
    echo = _echo_forms(pw)[form]
    for (status, body), (_, baseline_body) in zip(
        _replies(filler * filler_len + echo + filler * 30, decoded),
        _replies(filler * filler_len + "***" + filler * 30, decoded),
        strict=True,
    ):
        shown = " ".join(_shown(status, body, pw))
        baseline = " ".join(_shown(status, baseline_body, pw))
        windows = {pw[i : i + FRAGMENT] for i in range(len(pw) - FRAGMENT + 1)}
        # a window the reply shows without any echo (e.g. "HTTP 4") is not a leak
        leaked = sorted(w for w in windows if w in shown and w not in baseline)
        assert not leaked, f"{leaked!r} leaked from HTTP {status} {body[:80]!r}: {shown[:400]!r}"


offsets = st.builds(lambda cut, delta: max(0, cut + delta), st.sampled_from(CUTS), st.integers(-45, 4))


@settings(FUZZ, max_examples=400)
@given(passwords | passwords_with_spaces, offsets, st.integers(0, 5))
def test_no_fragment_of_a_raw_echo_at_any_offset(pw: str, filler_len: int, form: int) -> None:
    _assert_no_fragment(pw, filler_len, form, decoded=False)


@settings(FUZZ, max_examples=400)
@given(passwords | passwords_with_spaces, offsets)
def test_no_fragment_of_a_decoded_echo_at_any_offset(pw: str, filler_len: int) -> None:
    _assert_no_fragment(pw, filler_len, 0, decoded=True)


# ----------------------------------------------------------------------------- HTTP-level: status x headers x body

retry_after_values = (
    st.none()
    | st.text(max_size=40)
    | st.sampled_from(
        ["²", "-1", "1.5", "9" * 30, "Thu, 01 Jan 99999999999999999999 12:00:30 GMT", "Mon, 01 Jan 2100 00:00:00 GMT"]
    )
)
hostile_bodies = st.one_of(
    st.binary(max_size=200),
    st.builds(lambda n: b"[" * n, st.integers(0, 50_000)),
    st.builds(lambda d: json.dumps({"ResponseStatus": d}).encode(), json_values),
    st.builds(lambda d: json.dumps({"ResponseStatus": {"Errors": d, "Message": "m"}}).encode(), json_values),
    st.sampled_from([b'{"SessionId": 1e400}', b'{"ErrorCode": 1e400}', b'{"SessionId": "\\ud800"}', b"1" * 5000]),
)


@settings(FUZZ, max_examples=1500)
@given(st.integers(min_value=100, max_value=999), retry_after_values, hostile_bodies)
def test_any_status_header_and_body_ends_typed(status: int, retry_after: str | None, body: bytes) -> None:
    headers = {} if retry_after is None else {"Retry-After": retry_after}

    def call() -> PaySecureSession:
        reply = parse_reply(status, headers, body, redact=(SECRET,))
        return parse_create_session(reply, created_at=pendulum.now("UTC"), session_expiry_in_min=1)

    _, error = _outcome(call)
    if isinstance(error, TransientFailure):
        assert status == 429 or 500 <= status <= 599
        assert error.status_code == status
        assert error.retry_after is None or 0 <= error.retry_after <= 86_400
        error.reason.encode("utf-8")
    elif error is not None:
        assert getattr(error, "status_code", None) in (None, status)
        assert error.__cause__ is None
        assert str(error).isprintable()
        str(error).encode("utf-8")
