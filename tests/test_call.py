"""The call procedure (``call.Call``): every decision, with a fake clock and no sockets."""

from __future__ import annotations

import gc
import gzip
import json
import logging
import ssl
import sys
import zlib
from typing import Any

import pytest

from airflow_provider_paysecure.call import (
    BodyDecodeError,
    BodyDecoder,
    BodyTooLarge,
    Call,
    Done,
    Failure,
    FailureKind,
    Response,
    Send,
    Sleep,
    is_retry_safe,
    tls_failure,
)
from airflow_provider_paysecure.exceptions import (
    PaySecureAPIError,
    PaySecureAuthError,
    PaySecureConfigError,
    PaySecureError,
    PaySecureResponseError,
    PaySecureTransportError,
)
from airflow_provider_paysecure.retry import RetryPolicy
from airflow_provider_paysecure.wire import Credentials, build_request

SECRET = "Sup3r-S3cret-PW-do-not-leak"
CREDENTIALS = Credentials("M-1", "user", SECRET, "v4")
OK = b'{"SessionId":"abcdef123456","ErrorCode":""}'


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def make(
    operation: str = "CreateSession",
    *,
    retry_safe: bool | None = None,
    clock: Clock | None = None,
    **policy: Any,
) -> tuple[Call[Any], Clock]:
    clock = clock or Clock()
    options: dict[str, Any] = {"retry_limit": 3, "retry_delay": 0.1, "deadline": 10.0}
    options.update(policy)
    request = build_request("https://api.example", operation, CREDENTIALS)
    call: Call[Any] = Call(
        request,
        RetryPolicy(**options),
        connect_s=2.0,
        read_s=5.0,
        max_bytes=4096,
        retry_safe=is_retry_safe(operation, retry_safe),
        secrets=(SECRET,),
        clock=clock,
        rand=lambda: 0.5,
    )
    return call, clock


def drive(
    call: Call[Any], clock: Clock, outcomes: list[Response | Failure], took: float = 0.0
) -> tuple[Done[Any], list[Any]]:
    """Feed ``outcomes`` in order (the last repeats); return the end and every step seen."""
    steps: list[Any] = []
    for _ in range(100):
        step = call.next()
        steps.append(step)
        if isinstance(step, Done):
            return step, steps
        if isinstance(step, Sleep):
            clock.now += step.seconds
            continue
        clock.now += min(took, step.read_s)  # a transport never outlasts its read timeout
        call.receive(outcomes[min(step.attempt, len(outcomes)) - 1])
    raise AssertionError("the call never ended")


def reply(status: int = 200, body: bytes = OK, **headers: str) -> Response:
    return Response(status, headers, body, 0.01)


def sends(steps: list[Any]) -> list[Send]:
    return [s for s in steps if isinstance(s, Send)]


# ---------------------------------------------------------------- success and fatal replies


def test_success_on_the_first_attempt():
    call, clock = make()
    done, steps = drive(call, clock, [reply()])
    assert done.unwrap()["SessionId"] == "abcdef123456"
    assert len(sends(steps)) == 1 and call.attempts == 1
    assert call.next() is done  # finished: stays finished


def test_first_send_carries_the_limits():
    call, _ = make()
    step = call.next()
    assert isinstance(step, Send)
    assert (step.connect_s, step.read_s, step.max_bytes, step.attempt) == (2.0, 5.0, 4096, 1)
    assert step.deadline == 110.0


def test_timeouts_are_clamped_to_the_time_left():
    call, clock = make(deadline=3.0)
    call.next()
    clock.now += 2.5
    call.receive(Failure(FailureKind.NOT_SENT, "refused"))
    sleep = call.next()
    assert isinstance(sleep, Sleep)
    clock.now += sleep.seconds
    step = call.next()
    assert isinstance(step, Send)
    remaining = 103.0 - clock.now
    assert step.read_s == pytest.approx(remaining) and step.connect_s == pytest.approx(remaining)
    assert step.deadline == 103.0


@pytest.mark.parametrize(
    ("response", "error"),
    [
        (reply(401, b'{"ResponseStatus":{"ErrorCode":"Unauthorized","Message":"no"}}'), PaySecureAuthError),
        (reply(400, b'{"ResponseStatus":{"ErrorCode":"Bad","Message":"no"}}'), PaySecureAPIError),
        (reply(200, b'{"ErrorCode":"E1","ErrorMessage":"no"}'), PaySecureAPIError),
        (reply(200, b"<html>"), PaySecureResponseError),
    ],
)
def test_fatal_replies_are_not_retried(response, error):
    call, clock = make()
    done, steps = drive(call, clock, [response])
    assert type(done.error) is error
    assert len(sends(steps)) == 1


def test_a_non_paysecure_exception_while_reading_a_reply_becomes_a_response_error():
    def interpret(reply: dict[str, Any], round_trip_s: float) -> Any:
        raise OverflowError("date value out of range " + SECRET)

    call, clock = make()
    call.interpret = interpret
    done, _ = drive(call, clock, [reply()])
    assert type(done.error) is PaySecureResponseError
    assert "could not be read (HTTP 200, OverflowError)" in str(done.error)
    assert SECRET not in str(done.error)
    assert done.error.__cause__ is None and done.error.__context__ is None


def test_an_error_keeps_no_reply_body_alive():
    body = b'{"not json' + b"x" * 10_000
    baseline = sys.getrefcount(body)
    call, clock = make()
    done, _ = drive(call, clock, [Response(200, {}, body, 0.0)])
    gc.collect()
    assert isinstance(done.error, PaySecureResponseError)
    assert done.error.__cause__ is None and done.error.__context__ is None and done.error.__traceback__ is None
    assert sys.getrefcount(body) == baseline  # neither the error nor the call holds the body


# ---------------------------------------------------------------- retries of a retry-safe operation


@pytest.mark.parametrize(
    "outcome",
    [
        reply(500, b"oops"),
        reply(502, b"<html>Bad Gateway</html>"),
        reply(503, b"busy"),
        reply(504, b""),
        reply(429, b""),
        Failure(FailureKind.NOT_SENT, "ConnectionError (refused)"),
        Failure(FailureKind.MAYBE_SENT, "timed out (read)"),
    ],
)
def test_safe_operation_retries_every_transient_failure_then_gives_up(outcome):
    call, clock = make(retry_limit=2)
    done, steps = drive(call, clock, [outcome])
    error = done.error
    assert isinstance(error, PaySecureTransportError)
    assert error.attempts == 3 == len(sends(steps))
    assert error.outcome_unknown is False
    assert str(error).startswith("PaySecure unreachable after 3 attempts over 0.2 s (no retries left); last failure: ")
    assert [s.seconds for s in steps if isinstance(s, Sleep)] == pytest.approx([0.075, 0.15])


def test_transient_then_success():
    call, clock = make()
    done, steps = drive(call, clock, [reply(503, b"busy"), reply(503, b"busy"), reply()])
    assert done.error is None and len(sends(steps)) == 3


def test_retry_after_is_honoured_and_capped():
    call, clock = make(max_retry_after=5.0, deadline=100)
    done, steps = drive(
        call, clock, [reply(429, b"", **{"Retry-After": "3"}), reply(429, b"", **{"Retry-After": "500"}), reply()]
    )
    assert [s.seconds for s in steps if isinstance(s, Sleep)] == [3.0, 5.0]
    assert done.error is None


def test_retry_after_beyond_the_deadline_gives_up_at_once():
    call, clock = make(deadline=3)
    done, _ = drive(call, clock, [reply(429, b"", **{"Retry-After": "30"})])
    assert isinstance(done.error, PaySecureTransportError)
    assert "the 3 s deadline leaves no time for another attempt" in str(done.error)
    assert done.error.attempts == 1 and done.error.status_code == 429
    assert done.error.retry_after == 30.0


def test_no_attempt_starts_past_the_deadline():
    call, clock = make(retry_limit=10, deadline=10)
    done, steps = drive(call, clock, [Failure(FailureKind.NOT_SENT, "refused")], took=4.0)
    assert isinstance(done.error, PaySecureTransportError)
    assert clock.now <= 110.0 + 0.001
    assert all(s.deadline == 110.0 for s in sends(steps))
    assert "the 10 s deadline leaves no time for another attempt" in str(done.error)
    assert sends(steps)[-1].read_s < 5.0  # clamped to the time left


def test_a_deadline_failure_ends_the_call():
    call, clock = make()
    done, steps = drive(call, clock, [Failure(FailureKind.DEADLINE, "cut off at the deadline")])
    assert isinstance(done.error, PaySecureTransportError)
    assert "the 10 s deadline passed" in str(done.error)
    assert len(sends(steps)) == 1 and done.error.outcome_unknown is False


def test_retry_warning_is_logged(caplog):
    call, clock = make()
    call.log = logging.getLogger("test-call")
    with caplog.at_level(logging.WARNING):
        drive(call, clock, [reply(503, b"busy"), reply()])
    assert "PaySecure CreateSession attempt 1 failed: HTTP 503: 'busy'; retrying in 0.08 s" in caplog.text


@pytest.mark.parametrize(
    ("kind", "error", "words"),
    [
        (
            FailureKind.TLS,
            PaySecureTransportError,
            "TLS handshake with https://api.example/CreateSession failed (x); not retried",
        ),
        (FailureKind.TOO_LARGE, PaySecureResponseError, "PaySecure sent a reply too large: x"),
        (FailureKind.DECODE, PaySecureResponseError, "PaySecure sent a reply that could not be decoded: x"),
        (FailureKind.INVALID, PaySecureConfigError, "request to https://api.example/CreateSession refused: x"),
    ],
)
def test_failures_that_waiting_will_not_cure_are_not_retried(kind, error, words):
    call, clock = make()
    done, steps = drive(call, clock, [Failure(kind, "x")])
    assert type(done.error) is error
    assert words in str(done.error)
    assert len(sends(steps)) == 1
    if kind is FailureKind.TLS:
        assert done.error is not None
        assert done.error.retryable is False


# ---------------------------------------------------------------- operations that are not retry-safe


@pytest.mark.parametrize(
    "outcome",
    [
        Failure(FailureKind.NOT_SENT, "ConnectionError (refused)"),
        reply(429, b""),
        reply(503, b"busy"),
    ],
)
def test_unsafe_operation_is_retried_when_provably_not_processed(outcome):
    call, clock = make("CreateCardToken", retry_limit=2)
    done, steps = drive(call, clock, [outcome, reply()])
    assert done.error is None and len(sends(steps)) == 2


@pytest.mark.parametrize(
    ("outcome", "status"),
    [
        (Failure(FailureKind.MAYBE_SENT, "timed out (read)"), None),
        (Failure(FailureKind.MAYBE_SENT, "ConnectionError (reset by peer)"), None),
        (reply(500, b"oops"), 500),
        (reply(502, b"bad gateway"), 502),
        (reply(504, b"gateway timeout"), 504),
    ],
)
def test_unsafe_operation_is_never_repeated_when_it_may_have_arrived(outcome, status):
    call, clock = make("CreateCardToken", retry_limit=5)
    done, steps = drive(call, clock, [outcome, reply()])
    error = done.error
    assert type(error) is PaySecureTransportError
    assert len(sends(steps)) == 1
    assert error.outcome_unknown is True and error.status_code == status
    assert str(error).startswith(
        "PaySecure CreateCardToken: outcome unknown: the request may have been processed "
        "(after 1 attempt over 0.0 s, not retried; CreateCardToken is not retry-safe)."
    )


def test_unsafe_operation_cut_off_at_the_deadline_has_an_unknown_outcome():
    call, clock = make("Reverse")
    done, _ = drive(call, clock, [Failure(FailureKind.DEADLINE, "cut off")])
    assert done.error is not None
    assert done.error.outcome_unknown is True
    assert "outcome unknown" in str(done.error)


def test_unknown_operations_are_not_retry_safe_and_can_be_declared_safe():
    assert is_retry_safe("CreateSession") and is_retry_safe("PSBINCheck")
    assert not is_retry_safe("CreateCardToken") and not is_retry_safe("SomethingNew")
    assert is_retry_safe("SomethingNew", extra_safe={"SomethingNew"})
    assert is_retry_safe("CreateCardToken", True)
    assert not is_retry_safe("CreateSession", False)
    call, clock = make("CreateCardToken", retry_safe=True)
    done, steps = drive(call, clock, [reply(500, b"oops"), reply()])
    assert done.error is None and len(sends(steps)) == 2


# ---------------------------------------------------------------- protocol misuse


def test_receive_without_send_and_next_without_receive_are_refused():
    call, _ = make()
    with pytest.raises(RuntimeError, match="without an outstanding Send"):
        call.receive(reply())
    call.next()
    with pytest.raises(RuntimeError, match="receive\\(\\) the outcome"):
        call.next()


# ---------------------------------------------------------------- the body decoder


def test_identity_body_is_collected_under_the_cap():
    decoder = BodyDecoder(None, 10)
    decoder.feed(b"12345")
    decoder.feed(b"67890")
    assert decoder.finish() == b"1234567890"
    decoder = BodyDecoder("identity", 10)
    with pytest.raises(BodyTooLarge, match="more than 10 bytes received"):
        decoder.feed(b"12345678901")


@pytest.mark.parametrize(
    ("encoding", "pack"), [("gzip", gzip.compress), ("deflate", zlib.compress), ("x-gzip", gzip.compress)]
)
def test_compressed_body_is_decoded_incrementally(encoding, pack):
    data = json.dumps({"SessionId": "x" * 1000}).encode()
    packed = pack(data)
    decoder = BodyDecoder(encoding, 4096)
    for i in range(0, len(packed), 7):
        decoder.feed(packed[i : i + 7])
    assert decoder.finish() == data


def test_a_gzip_bomb_stops_at_the_cap():
    bomb = gzip.compress(b"\0" * 50_000_000)
    decoder = BodyDecoder("gzip", 1024 * 1024)

    def feed_all() -> None:
        for i in range(0, len(bomb), 4096):
            decoder.feed(bomb[i : i + 4096])

    with pytest.raises(BodyTooLarge, match="more than 1048576 bytes once decoded"):
        feed_all()
    assert decoder.received < len(bomb)


@pytest.mark.parametrize("encoding", ["br", "gzip, gzip", "zstd"])
def test_unsupported_encodings_are_refused(encoding):
    with pytest.raises(BodyDecodeError, match="unsupported Content-Encoding"):
        BodyDecoder(encoding, 10)


def test_corrupt_and_truncated_gzip_are_decode_errors():
    decoder = BodyDecoder("gzip", 4096)
    with pytest.raises(BodyDecodeError, match="corrupt compressed body"):
        decoder.feed(b"not gzip at all")
    decoder = BodyDecoder("gzip", 4096)
    decoder.feed(gzip.compress(b"hello world" * 10)[:-12])
    with pytest.raises(BodyDecodeError, match="truncated compressed body"):
        decoder.finish()


# ---------------------------------------------------------------- errors across a trigger event

ERRORS: list[PaySecureError] = [
    PaySecureError("plain"),
    PaySecureConfigError("bad connection"),
    PaySecureAPIError("refused", error_code="E1", error_message="no", status_code=400),
    PaySecureAuthError("denied", error_code="Unauthorized", status_code=401),
    PaySecureResponseError("html", status_code=200),
    PaySecureTransportError("gone", attempts=3, elapsed=1.5, status_code=503, retry_after=2.0),
    PaySecureTransportError("tls", attempts=1, elapsed=0.1, retryable=False),
    PaySecureTransportError("lost", attempts=1, elapsed=30.0, status_code=502, outcome_unknown=True),
]


@pytest.mark.parametrize("error", ERRORS, ids=lambda e: f"{type(e).__name__}-{e}")
def test_error_event_round_trip_keeps_class_and_fields(error):
    event = json.loads(json.dumps(error.to_event()))
    back = PaySecureError.from_event(event)
    assert type(back) is type(error)
    assert str(back) == str(error)
    for name in (
        "error_code",
        "error_message",
        "status_code",
        "attempts",
        "elapsed",
        "outcome_unknown",
        "retryable",
        "retry_after",
    ):
        assert getattr(back, name) == getattr(error, name), name


def test_an_event_of_an_unexpected_exception_becomes_a_paysecure_error():
    back = PaySecureError.from_event({"error_type": "TypeError", "message": "boom"})
    assert type(back) is PaySecureError
    assert str(back) == "TypeError: boom"


def test_config_errors_are_also_value_errors():
    assert issubclass(PaySecureConfigError, ValueError)


def test_a_reply_with_too_many_json_values_is_refused_without_decoding_it():
    many = b'{"SessionId":"abcdef123456","Pad":[' + b"1," * 20_000 + b"1]}"
    call, clock = make()
    done, _ = drive(call, clock, [reply(200, many)])
    assert type(done.error) is PaySecureResponseError
    assert "more than 20000 JSON values (HTTP 200)" in str(done.error)


def test_an_error_status_with_too_many_json_values_is_classified_by_status():
    many = b"[" + b"1," * 20_000 + b"1]"
    call, clock = make(retry_limit=1)
    done, steps = drive(call, clock, [reply(503, many)])
    assert type(done.error) is PaySecureTransportError and len(sends(steps)) == 2
    assert "HTTP 503" in str(done.error)


def test_a_transient_status_whose_reply_cannot_be_read_is_still_transient(monkeypatch):
    import airflow_provider_paysecure.call as call_module

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise TypeError("Errors is 5")

    monkeypatch.setattr(call_module, "parse_reply", broken)
    call, clock = make(retry_limit=1)
    done, steps = drive(call, clock, [reply(503, b'{"ResponseStatus":{"Errors":5}}')])
    assert type(done.error) is PaySecureTransportError and len(sends(steps)) == 2
    assert "HTTP 503 (unreadable reply: TypeError)" in str(done.error)
    assert done.error.status_code == 503
    call, clock = make()
    done, _ = drive(call, clock, [reply(400, b"{}")])
    assert type(done.error) is PaySecureResponseError
    assert "could not be read (HTTP 400, TypeError)" in str(done.error)


@pytest.mark.parametrize("kind", list(FailureKind))
def test_a_transport_failure_text_is_redacted_and_bounded(kind):
    """An HTTP library's exception text may quote what was sent: it is redacted, cleaned and cut."""
    call, clock = make(retry_limit=0)
    echoed = "x" * 250 + SECRET + "\x1b[2J" + "y" * 500
    done, _ = drive(call, clock, [Failure(kind, echoed)])
    assert done.error is not None
    text = str(done.error)
    assert SECRET[:6] not in text and SECRET[-6:] not in text and "\x1b" not in text
    assert len(text) < 1000


def test_an_ssl_error_built_in_python_is_still_a_tls_failure():
    """Only the C code sets ``SSLError.reason``; one built in Python has no such attribute."""
    built_in_python = ssl.SSLError(1, "whatever")
    assert not hasattr(built_in_python, "reason")
    wrapped = Exception("Max retries exceeded")
    wrapped.reason = built_in_python  # type: ignore[attr-defined]
    assert tls_failure(wrapped) == Failure(FailureKind.TLS, "handshake failed")
