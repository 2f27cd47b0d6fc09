"""The call procedure (``call.Call``): every decision, with a fake clock and no sockets."""

from __future__ import annotations

import gc
import gzip
import json
import logging
import socket
import ssl
import sys
import zlib
from collections.abc import Callable
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
    _one_line,
    connect_failure,
    decoder_failure,
    exception_chain,
    is_retry_safe,
    tls_failure,
    unexpected_failure,
)
from airflow_provider_paysecure.connection import DEFAULT_MAX_RESPONSE_BYTES
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


# ---------------------------------------------------------------- exact wording, arithmetic and bounds


def test_the_shared_transport_failures_are_worded_once():
    from airflow_provider_paysecure import call as m

    assert [
        Failure(FailureKind.MAYBE_SENT, "read timed out"),
        Failure(FailureKind.NOT_SENT, "connect timed out"),
        Failure(FailureKind.MAYBE_SENT, "ConnectionError: connection lost after the request was sent"),
        Failure(FailureKind.NOT_SENT, "ConnectionError: the proxy could not be reached"),
        Failure(FailureKind.DEADLINE, "cut off at the deadline"),
    ] == [m.READ_TIMEOUT, m.CONNECT_TIMEOUT, m.CONNECTION_LOST, m.PROXY_UNREACHABLE, m.CUT_OFF]
    assert [m.CHUNK_BYTES, m.MAX_JSON_VALUES] == [65536, 20_000]
    assert [{429, 503}, {"CreateSession", "PSBINCheck"}] == [m.NOT_PROCESSED_STATUSES, m.RETRY_SAFE_OPERATIONS]


def test_exception_chain_follows_reason_first_argument_cause_and_context():
    root = OSError("root")
    by_context = RuntimeError("context")
    by_context.__context__ = root
    by_cause = ValueError("cause")
    by_cause.__cause__ = by_context
    by_cause.__context__ = KeyError("ignored: the cause wins")
    by_argument = Exception(by_cause, "more")
    by_reason = Exception("text")
    by_reason.reason = by_argument  # type: ignore[attr-defined]
    chain = list(exception_chain(by_reason))
    assert chain == [by_reason, by_argument, by_cause, by_context, root]


def test_exception_chain_ignores_a_reason_that_is_not_an_exception():
    inner = OSError("inner")
    outer = Exception(inner)
    outer.reason = "a text reason"  # type: ignore[attr-defined]
    assert list(exception_chain(outer)) == [outer, inner]
    only_text = Exception("only text")
    assert list(exception_chain(only_text)) == [only_text]
    no_args = Exception()
    assert list(exception_chain(no_args)) == [no_args]


def test_exception_chain_is_bounded():
    first = Exception("0")
    link = first
    for i in range(1, 30):
        nxt = Exception(str(i))
        link.__cause__ = nxt
        link = nxt
    assert [str(e) for e in exception_chain(first)] == [str(i) for i in range(12)]
    assert [str(e) for e in exception_chain(first, depth=3)] == ["0", "1", "2"]
    loop = Exception("loop")
    loop.__cause__ = loop
    assert len(list(exception_chain(loop))) == 12


def test_tls_failure_names_the_reason_and_the_verify_message():
    error = ssl.SSLCertVerificationError(1, "certificate verify failed")
    error.reason = "CERTIFICATE_VERIFY_FAILED"
    error.verify_message = "self-signed certificate"
    wrapped = Exception("Max retries exceeded")
    wrapped.reason = error  # type: ignore[attr-defined]
    assert tls_failure(wrapped) == Failure(FailureKind.TLS, "certificate verify failed: self-signed certificate")
    no_reason = ssl.SSLError(1, "whatever")
    no_reason.reason = None  # type: ignore[assignment]
    assert tls_failure(no_reason) == Failure(FailureKind.TLS, "handshake failed")
    named = ssl.SSLError(1, "x")
    named.reason = "WRONG_VERSION_NUMBER"
    assert tls_failure(Exception(named)) == Failure(FailureKind.TLS, "wrong version number")
    assert tls_failure(ConnectionRefusedError(111, "refused")) is None


def test_connect_failure_says_why_the_connection_was_not_made():
    refused = ConnectionRefusedError(111, "Connection refused")
    wrapped = Exception("Max retries exceeded")
    wrapped.reason = Exception(refused)  # type: ignore[attr-defined]
    assert connect_failure(wrapped) == Failure(FailureKind.NOT_SENT, "ConnectionError: connection refused")
    unresolved = socket.gaierror(-2, "Name or service not known")
    assert connect_failure(OSError(unresolved)) == Failure(
        FailureKind.NOT_SENT, "ConnectionError: the host name could not be resolved"
    )
    assert connect_failure(OSError("no route")) == Failure(FailureKind.NOT_SENT, "ConnectionError: could not connect")


def test_unexpected_and_decoder_failures():
    assert unexpected_failure(KeyError("x")) == Failure(
        FailureKind.MAYBE_SENT, "unexpected KeyError in the HTTP client"
    )
    assert decoder_failure(BodyTooLarge("more than 5 bytes received")) == Failure(
        FailureKind.TOO_LARGE, "more than 5 bytes received"
    )
    assert decoder_failure(BodyDecodeError("truncated compressed body")) == Failure(
        FailureKind.DECODE, "truncated compressed body"
    )


def test_body_decoder_caps_are_inclusive():
    decoder = BodyDecoder(None, 10)
    decoder.feed(b"")
    decoder.feed(b"1234567890")
    assert decoder.received == 10 and decoder.max_bytes == 10
    assert decoder.finish() == b"1234567890"
    assert decoder.finish() == b""  # the parts are released once joined
    decoder = BodyDecoder(None, 10)
    decoder.feed(b"12345")
    with pytest.raises(BodyTooLarge, match=r"^more than 10 bytes received$"):
        decoder.feed(b"678901")


@pytest.mark.parametrize("encoding", ["gzip", " GZIP ", "X-Gzip", "Deflate", "identity", " Identity", ""])
def test_body_decoder_encoding_names_ignore_case_and_spaces(encoding):
    data = b'{"SessionId":"abc"}' * 3
    packers: dict[str, Callable[[bytes], bytes]] = {
        "gzip": gzip.compress,
        "x-gzip": gzip.compress,
        "deflate": zlib.compress,
    }
    pack = packers.get(encoding.strip().lower(), bytes)
    decoder = BodyDecoder(encoding, 4096)
    decoder.feed(pack(data))
    assert decoder.finish() == data


def test_body_decoder_refuses_other_encodings_without_echoing_them():
    expected = r"^unsupported Content-Encoding \(identity, gzip or deflate expected\)$"
    for encoding in ("BR", "a" * 100, "Sup3r-S3cret-Pa55"):
        with pytest.raises(BodyDecodeError, match=expected):
            BodyDecoder(encoding, 10)
    raw = zlib.compressobj(wbits=-15)
    packed = raw.compress(b"hello") + raw.flush()
    decoder = BodyDecoder("deflate", 100)
    with pytest.raises(BodyDecodeError, match=r"^corrupt compressed body \(Error -3 while decompressing data: "):
        decoder.feed(packed)
    decoder = BodyDecoder("gzip", 100)
    with pytest.raises(BodyDecodeError, match=r"^corrupt compressed body \("):
        decoder.feed(zlib.compress(b"hello"))  # zlib framing is not gzip


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_decoded_cap_is_inclusive(encoding):
    pack = gzip.compress if encoding == "gzip" else zlib.compress
    data = b"a" * 1000
    decoder = BodyDecoder(encoding, 1000)
    decoder.feed(pack(data))
    assert decoder.finish() == data
    decoder = BodyDecoder(encoding, 1000)
    with pytest.raises(BodyTooLarge, match=r"^more than 1000 bytes once decoded$"):
        decoder.feed(pack(data + b"a"))


def test_decoded_cap_counts_every_chunk():
    packed = gzip.compress(b"b" * 3000)

    def feed_in_chunks_of_3(decoder: BodyDecoder) -> bytes:
        for i in range(0, len(packed), 3):
            decoder.feed(packed[i : i + 3])
        return decoder.finish()

    assert feed_in_chunks_of_3(BodyDecoder("gzip", 3000)) == b"b" * 3000
    with pytest.raises(BodyTooLarge, match=r"^more than 2999 bytes once decoded$"):
        feed_in_chunks_of_3(BodyDecoder("gzip", 2999))


def test_an_empty_compressed_body_is_empty():
    assert BodyDecoder("gzip", 10).finish() == b""
    assert BodyDecoder("deflate", 10).finish() == b""


def test_a_truncated_deflate_body_is_a_decode_error():
    decoder = BodyDecoder("deflate", 4096)
    decoder.feed(zlib.compress(b"hello world" * 10)[:-3])
    with pytest.raises(BodyDecodeError, match=r"^truncated compressed body$"):
        decoder.finish()


def test_done_unwraps_its_result_or_raises_its_error():
    assert Done(result=5).unwrap() == 5
    error = PaySecureError("x")
    with pytest.raises(PaySecureError) as info:
        Done(result=5, error=error).unwrap()
    assert info.value is error


def test_default_interpret_returns_the_reply_and_interpret_gets_the_round_trip():
    seen: list[Any] = []

    def interpret(reply_: dict[str, Any], round_trip_s: float) -> Any:
        seen.append((reply_["SessionId"], round_trip_s))
        return "result"

    call, clock = make()
    call.interpret = interpret
    done, _ = drive(call, clock, [Response(200, {}, OK, 0.25)])
    assert done.unwrap() == "result" and seen == [("abcdef123456", 0.25)]


def test_call_defaults():
    request = build_request("https://api.example", "CreateCardToken", CREDENTIALS)
    call: Call[Any] = Call(request, RetryPolicy(), connect_s=1.0, read_s=1.0)
    assert call.retry_safe is False and call.log is None and call.attempts == 0
    assert call.elapsed == 0.0
    step = call.next()
    assert isinstance(step, Send) and step.max_bytes == DEFAULT_MAX_RESPONSE_BYTES
    assert 0.0 <= call.elapsed < 60.0
    call.receive(reply(500, b"oops"))
    done = call.next()
    assert isinstance(done, Done) and isinstance(done.error, PaySecureTransportError)
    assert done.error.outcome_unknown is True


def test_deadline_and_elapsed_follow_the_clock():
    call, clock = make(deadline=7.0)
    assert call.elapsed == 0.0
    clock.now = 200.0
    step = call.next()
    assert isinstance(step, Send) and step.deadline == 207.0 and call.deadline == 207.0
    assert call.started == 200.0
    clock.now = 201.5
    assert call.elapsed == 1.5


def test_timeouts_are_never_below_a_millisecond():
    call, clock = make(deadline=1.0)
    call.connect_s = 0.0
    step = call.next()
    assert isinstance(step, Send) and step.connect_s == 0.001 and step.read_s == 1.0
    call, clock = make(deadline=1.0, retry_delay=0.0)
    call.next()
    clock.now = 100.9995
    call.receive(Failure(FailureKind.NOT_SENT, "refused"))
    sleep = call.next()
    assert isinstance(sleep, Sleep) and sleep.seconds == 0.0
    step = call.next()
    assert isinstance(step, Send) and step.attempt == 2
    assert step.read_s == 0.001 and step.connect_s == 0.001


def test_a_send_exactly_at_the_deadline_is_not_started():
    call, clock = make(deadline=1.0, retry_delay=0.0)
    call.next()
    clock.now = 100.5
    call.receive(Failure(FailureKind.NOT_SENT, "refused"))
    assert call.next() == Sleep(0.0)
    clock.now = 101.0
    done = call.next()
    assert isinstance(done, Done) and isinstance(done.error, PaySecureTransportError)
    assert str(done.error) == "PaySecure unreachable after 1 attempt over 1.0 s (the deadline passed)"
    assert done.error.attempts == 1 and done.error.status_code is None and done.error.retry_after is None
    assert done.error.outcome_unknown is False
    assert call.next() is done


def test_exact_backoff_with_jitter_and_the_retry_count():
    call, clock = make(retry_limit=4, retry_delay=1.0, max_delay=3.0, deadline=100.0)
    call.rand = lambda: 0.25
    done, steps = drive(call, clock, [Failure(FailureKind.NOT_SENT, "refused")])
    # ceiling 1, 2, 3 (capped), 3; delay = ceiling * (0.5 + 0.25 / 2)
    assert [s.seconds for s in steps if isinstance(s, Sleep)] == [0.625, 1.25, 1.875, 1.875]
    assert len(sends(steps)) == 5
    assert str(done.error) == (
        "PaySecure unreachable after 5 attempts over 5.6 s (no retries left); last failure: refused"
    )


def test_retry_after_below_the_backoff_does_not_shorten_it():
    call, clock = make(retry_delay=4.0, deadline=100.0, max_retry_after=10.0)
    done, steps = drive(call, clock, [reply(503, b"", **{"Retry-After": "1"}), reply()])
    assert [s.seconds for s in steps if isinstance(s, Sleep)] == [3.0]
    call, clock = make(retry_delay=4.0, deadline=100.0, max_retry_after=2.0)
    done, steps = drive(call, clock, [reply(503, b"", **{"Retry-After": "9"}), reply()])
    assert [s.seconds for s in steps if isinstance(s, Sleep)] == [3.0]  # the cap applies to Retry-After only
    call, clock = make(retry_delay=0.1, deadline=100.0, max_retry_after=6.0)
    done, steps = drive(call, clock, [reply(503, b"", **{"Retry-After": "6"}), reply()])
    assert [s.seconds for s in steps if isinstance(s, Sleep)] == [6.0]
    assert done.error is None


def test_a_delay_that_exactly_fills_the_time_left_gives_up():
    call, clock = make(retry_delay=2.0, deadline=1.5)  # backoff 1.5 s == the time left
    done, steps = drive(call, clock, [Failure(FailureKind.NOT_SENT, "refused")])
    assert len(sends(steps)) == 1
    assert str(done.error) == (
        "PaySecure unreachable after 1 attempt over 0.0 s "
        "(the 1.5 s deadline leaves no time for another attempt); last failure: refused"
    )
    call, clock = make(retry_delay=2.0, deadline=1.5001)
    done, steps = drive(call, clock, [Failure(FailureKind.NOT_SENT, "refused"), reply()])
    assert done.error is None and len(sends(steps)) == 2


def test_the_last_retry_is_allowed_and_no_more():
    call, clock = make(retry_limit=1)
    done, steps = drive(call, clock, [reply(503, b"busy"), reply()])
    assert done.error is None and len(sends(steps)) == 2
    call, clock = make(retry_limit=0)
    done, steps = drive(call, clock, [reply(503, b"busy"), reply()])
    assert len(sends(steps)) == 1
    assert str(done.error) == (
        "PaySecure unreachable after 1 attempt over 0.0 s (no retries left); last failure: HTTP 503: 'busy'"
    )
    assert isinstance(done.error, PaySecureTransportError)
    assert done.error.status_code == 503 and done.error.retry_after is None


def test_a_give_up_carries_the_retry_after_of_the_last_reply():
    call, clock = make(retry_limit=0)
    done, _ = drive(call, clock, [reply(429, b"", **{"Retry-After": "2"})])
    assert isinstance(done.error, PaySecureTransportError)
    assert done.error.retry_after == 2.0 and done.error.status_code == 429 and done.error.retryable is True


def test_exact_retry_warning(caplog):
    call, clock = make("PSBINCheck", retry_delay=1.0)
    call.log = logging.getLogger("test-call")
    with caplog.at_level(logging.WARNING, logger="test-call"):
        drive(call, clock, [Failure(FailureKind.NOT_SENT, "refused"), reply(), reply()])
    assert [r.getMessage() for r in caplog.records] == [
        "PaySecure PSBINCheck attempt 1 failed: refused; retrying in 0.75 s"
    ]
    assert [r.levelno for r in caplog.records] == [logging.WARNING]


def test_exact_outcome_unknown_message():
    call, clock = make("Reverse", retry_limit=3)
    done, _ = drive(call, clock, [Failure(FailureKind.MAYBE_SENT, "read timed out")], took=2.0)
    assert str(done.error) == (
        "PaySecure Reverse: outcome unknown: the request may have been processed "
        "(after 1 attempt over 2.0 s, not retried; Reverse is not retry-safe). "
        "Check with PaySecure before sending it again; last failure: read timed out"
    )
    assert isinstance(done.error, PaySecureTransportError)
    assert done.error.attempts == 1 and done.error.elapsed == 2.0 and done.error.status_code is None


def test_exact_deadline_failure_messages():
    call, clock = make(deadline=4.5)
    done, _ = drive(call, clock, [Failure(FailureKind.DEADLINE, "cut off at the deadline")], took=4.5)
    assert str(done.error) == (
        "PaySecure unreachable after 1 attempt over 4.5 s (the 4.5 s deadline passed); "
        "last failure: cut off at the deadline"
    )
    assert isinstance(done.error, PaySecureTransportError)
    assert done.error.outcome_unknown is False and done.error.retry_after is None
    call, clock = make("Reverse", deadline=4.5)
    done, _ = drive(call, clock, [Failure(FailureKind.DEADLINE, "cut off")])
    assert str(done.error) == (
        "PaySecure Reverse: outcome unknown: the request may have been processed "
        "(after 1 attempt over 0.0 s, the 4.5 s deadline passed; Reverse is not retry-safe). "
        "Check with PaySecure before sending it again; last failure: cut off"
    )


def test_exact_tls_and_invalid_and_body_messages():
    call, clock = make()
    done, _ = drive(call, clock, [Failure(FailureKind.TLS, "certificate verify failed")], took=0.5)
    assert str(done.error) == (
        "TLS handshake with https://api.example/CreateSession failed (certificate verify failed); not retried. "
        "Check the certificate, or set the connection's verify extra to a CA bundle path."
    )
    assert isinstance(done.error, PaySecureTransportError)
    assert done.error.attempts == 1 and done.error.elapsed == 0.5 and done.error.outcome_unknown is False
    call, clock = make()
    done, _ = drive(call, clock, [Failure(FailureKind.INVALID, "bad URL")])
    assert str(done.error) == "PaySecure request to https://api.example/CreateSession refused: bad URL"
    call, clock = make()
    done, _ = drive(call, clock, [Failure(FailureKind.TOO_LARGE, "more than 5 bytes")])
    assert str(done.error) == "PaySecure sent a reply too large: more than 5 bytes"
    call, clock = make()
    done, _ = drive(call, clock, [Failure(FailureKind.DECODE, "truncated")])
    assert str(done.error) == "PaySecure sent a reply that could not be decoded: truncated"


def test_failure_details_are_cut_to_one_line_of_300_characters():
    call, clock = make(retry_limit=0)
    done, _ = drive(call, clock, [Failure(FailureKind.NOT_SENT, "a\n b\t c")])
    assert str(done.error).endswith("; last failure: a b c")
    assert _one_line("x" * 300) == "x" * 300
    assert _one_line("x" * 301) == "x" * 299 + "…"
    assert _one_line("x" * 10, 5) == "xxxx…"
    assert _one_line("x" * 5, 5) == "xxxxx"
    call, clock = make(retry_limit=0)
    done, _ = drive(call, clock, [Failure(FailureKind.NOT_SENT, "z" * 400)])
    assert str(done.error).endswith("; last failure: " + "z" * 299 + "…")


def test_an_error_that_ends_a_call_has_no_context():
    call, clock = make()
    done, _ = drive(call, clock, [reply(400, b'{"ResponseStatus":{"ErrorCode":"Bad","Message":"no"}}')])
    assert done.error is not None
    assert done.error.__suppress_context__ is True
    assert done.error.__cause__ is None and done.error.__context__ is None and done.error.__traceback__ is None


@pytest.mark.parametrize(
    ("status", "transient"),
    [(428, False), (429, True), (430, False), (499, False), (500, True), (599, True), (600, False)],
)
def test_which_statuses_stay_transient_when_their_reply_cannot_be_read(monkeypatch, status, transient):
    import airflow_provider_paysecure.call as call_module

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise TypeError("unreadable")

    monkeypatch.setattr(call_module, "parse_reply", broken)
    call, clock = make(retry_limit=0)
    done, _ = drive(call, clock, [reply(status, b"{}")])
    if transient:
        assert type(done.error) is PaySecureTransportError
        assert str(done.error) == (
            f"PaySecure unreachable after 1 attempt over 0.0 s (no retries left); "
            f"last failure: HTTP {status} (unreadable reply: TypeError)"
        )
        assert done.error.status_code == status
    else:
        assert type(done.error) is PaySecureResponseError
        assert str(done.error) == f"PaySecure sent a reply that could not be read (HTTP {status}, TypeError)"
        assert done.error.status_code == status


def test_an_unreadable_transient_reply_of_an_unsafe_operation_follows_the_delivery_rule(monkeypatch):
    import airflow_provider_paysecure.call as call_module

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise TypeError("unreadable")

    monkeypatch.setattr(call_module, "parse_reply", broken)
    call, clock = make("CreateCardToken", retry_limit=1)
    done, steps = drive(call, clock, [reply(503, b"{}")])
    assert len(sends(steps)) == 2 and isinstance(done.error, PaySecureTransportError)
    assert done.error.outcome_unknown is False
    call, clock = make("CreateCardToken", retry_limit=1)
    done, steps = drive(call, clock, [reply(500, b"{}")])
    assert len(sends(steps)) == 1 and isinstance(done.error, PaySecureTransportError)
    assert done.error.outcome_unknown is True and done.error.status_code == 500


@pytest.mark.parametrize(("commas", "refused"), [(20_000, False), (20_001, True)])
def test_the_json_value_bound_is_inclusive(commas, refused):
    body = b'{"SessionId":"abcdef123456","Pad":"' + b"," * (commas - 3) + b'"}'
    assert body.count(b",") + body.count(b":") == commas
    call, clock = make()
    done, _ = drive(call, clock, [reply(200, body)])
    if refused:
        assert str(done.error) == (
            "PaySecure sent a reply with more than 20000 JSON values (HTTP 200); not a PaySecure reply"
        )
        assert isinstance(done.error, PaySecureResponseError) and done.error.status_code == 200
    else:
        assert done.error is None


@pytest.mark.parametrize(("status", "refused"), [(199, False), (200, True), (299, True), (300, False)])
def test_only_a_success_status_with_too_many_json_values_is_refused_as_such(status, refused):
    many = b'{"SessionId":"abcdef123456","Pad":"' + b":" * 20_000 + b'"}'
    call, clock = make(retry_limit=0)
    done, _ = drive(call, clock, [reply(status, many)])
    assert done.error is not None
    assert ("more than 20000 JSON values" in str(done.error)) is refused


def test_the_inflater_is_never_asked_for_more_than_the_cap_allows(monkeypatch):
    """Memory stays bounded: each decompress call may return at most what is left under the cap, plus one."""
    limits: list[int] = []
    real = zlib.decompressobj

    class Recording:
        def __init__(self, *args: Any) -> None:
            self._inner = real(*args)

        def decompress(self, data: bytes, max_length: int = 0) -> bytes:
            limits.append(max_length)
            return self._inner.decompress(data, max_length)

        def __getattr__(self, name: str) -> Any:
            return getattr(self._inner, name)

    monkeypatch.setattr(zlib, "decompressobj", Recording)
    packed = gzip.compress(b"d" * 60)
    decoder = BodyDecoder("gzip", 100)
    decoder.feed(packed[:30])
    decoder.feed(packed[30:])
    assert decoder.finish() == b"d" * 60
    assert limits[0] == 101 and len(limits) == 2
    assert limits[1] == 101 - len(real(16 + zlib.MAX_WBITS).decompress(packed[:30]))


def test_a_decoder_over_its_cap_lets_go_of_what_it_collected():
    decoder = BodyDecoder(None, 10)
    decoder.feed(b"123456")
    with pytest.raises(BodyTooLarge):
        decoder._add(b"78901")
    assert decoder._body == b""


def test_details_outside_the_retry_path_are_bounded_too():
    call, clock = make()
    done, _ = drive(call, clock, [Failure(FailureKind.TLS, "t" * 400)])
    assert str(done.error) == (
        f"TLS handshake with https://api.example/CreateSession failed ({'t' * 299}…); not retried. "
        "Check the certificate, or set the connection's verify extra to a CA bundle path."
    )
    call, clock = make()
    done, _ = drive(call, clock, [Failure(FailureKind.DEADLINE, "d" * 400)])
    assert str(done.error).endswith("; last failure: " + "d" * 299 + "…")


def test_an_error_status_with_too_many_json_values_is_read_as_an_empty_body():
    many = b"[" + b"1," * 20_001 + b"1]"
    call, clock = make(retry_limit=0)
    done, _ = drive(call, clock, [reply(503, many)])
    empty, _ = drive(*make(retry_limit=0), [reply(503, b"")])
    assert str(done.error) == str(empty.error)
    assert str(done.error).endswith("last failure: HTTP 503: (empty body)")


def test_an_ssl_error_built_in_python_is_still_a_tls_failure():
    """Only the C code sets ``SSLError.reason``; one built in Python has no such attribute."""
    built_in_python = ssl.SSLError(1, "whatever")
    assert not hasattr(built_in_python, "reason")
    wrapped = Exception("Max retries exceeded")
    wrapped.reason = built_in_python  # type: ignore[attr-defined]
    assert tls_failure(wrapped) == Failure(FailureKind.TLS, "handshake failed")


def test_a_logger_given_to_the_call_gets_the_retry_warning(caplog):
    request = build_request("https://api.example", "CreateSession", CREDENTIALS)
    call: Call[Any] = Call(
        request, RetryPolicy(retry_delay=0.0), connect_s=1.0, read_s=1.0, log=logging.getLogger("given")
    )
    call.next()
    with caplog.at_level(logging.WARNING, logger="given"):
        call.receive(Failure(FailureKind.NOT_SENT, "refused"))
        assert call.next() == Sleep(0.0)
    assert [r.getMessage() for r in caplog.records] == [
        "PaySecure CreateSession attempt 1 failed: refused; retrying in 0.00 s"
    ]


def test_exact_protocol_misuse_messages():
    call, _ = make()
    with pytest.raises(RuntimeError, match=r"^receive\(\) without an outstanding Send$"):
        call.receive(reply())
    call.next()
    with pytest.raises(RuntimeError, match=r"^receive\(\) the outcome of the last Send first$"):
        call.next()


@pytest.mark.parametrize(
    "response",
    [
        reply(503, b"busy: " + SECRET.encode()),
        reply(400, b'{"ResponseStatus":{"ErrorCode":"Bad","Message":"wrong password ' + SECRET.encode() + b'"}}'),
        reply(200, b'{"ErrorCode":"E1","ErrorMessage":"' + SECRET.encode() + b'"}'),
    ],
)
def test_a_reply_that_echoes_the_password_is_redacted(response):
    call, clock = make(retry_limit=0)
    done, _ = drive(call, clock, [response])
    assert done.error is not None
    assert SECRET not in str(done.error) and SECRET[:8] not in str(done.error)
    assert SECRET not in repr(vars(done.error))
