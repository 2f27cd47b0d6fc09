"""One PaySecure call, as an I/O-free state machine (the sans-I/O style of h11).

A :class:`Call` holds every decision of one logical call: the per-attempt
timeouts (clamped to the wall-clock deadline), how a reply or a transport
failure is classified, whether the operation may be sent again, how long to
back off (jitter, ``Retry-After``), and the final result or typed error. It does
no I/O. A transport drives it::

    call = Call(request, policy, ...)
    while True:
        step = call.next()
        if isinstance(step, Done):
            return step.unwrap()
        if isinstance(step, Sleep):
            sleep(step.seconds)
        else:  # Send
            call.receive(transport.send(step))  # a Response or a Failure, nothing else

The transports (``requests`` in the hook, ``asyncio`` and h11 in the trigger) only send
the request within the limits of :class:`Send` (connect and read timeouts, the
absolute deadline, the body cap, fed through :class:`BodyDecoder`) and report a
:class:`Response` or a :class:`Failure`. So the same fault gives the same error
from both.

**Delivery rule.** An operation is *retry-safe* when sending it twice does no
harm: ``CreateSession`` (an extra session merely expires) and read-only look-ups
(:data:`RETRY_SAFE_OPERATIONS`), or any operation the caller declares safe. A
retry-safe operation is retried after any transient failure. Any other operation
is retried only when the request provably never reached the service (connection
refused, DNS failure, connect timeout, or an HTTP 429/503 reply, which say it was
not processed); after a read timeout, a reset after sending or a 500/502/504 the
call ends at once with :class:`~.exceptions.PaySecureTransportError` whose
``outcome_unknown`` is ``True``.
"""

from __future__ import annotations

import enum
import logging
import random
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from airflow_provider_paysecure.connection import DEFAULT_MAX_RESPONSE_BYTES
from airflow_provider_paysecure.exceptions import (
    PaySecureConfigError,
    PaySecureError,
    PaySecureResponseError,
    PaySecureTransportError,
)
from airflow_provider_paysecure.retry import RetryPolicy
from airflow_provider_paysecure.wire import PreparedRequest, TransientFailure, parse_reply
from airflow_provider_paysecure.wire.redaction import redactor

T = TypeVar("T")

#: Operations that may be sent twice without harm.
RETRY_SAFE_OPERATIONS: frozenset[str] = frozenset({"CreateSession", "PSBINCheck"})

#: HTTP statuses that say the request was not processed (so any operation may be resent).
NOT_PROCESSED_STATUSES = frozenset({429, 503})

#: More JSON members and elements than this (counted as ``,`` and ``:`` bytes) is not
#: a PaySecure reply. Decoding so many small values would hold the GIL (and so the
#: triggerer's event loop, even from a worker thread) for tens of milliseconds.
MAX_JSON_VALUES = 20_000

#: The bytes read from the network per chunk by both transports.
CHUNK_BYTES = 64 * 1024


class FailureKind(enum.Enum):
    """What went wrong with one attempt, as far as delivery is concerned."""

    #: connection refused, DNS failure, connect timeout, proxy unreachable: never sent.
    NOT_SENT = "not sent"
    #: read timeout, reset or close after sending: the service may have processed it.
    MAYBE_SENT = "maybe sent"
    #: the wall-clock deadline passed during the attempt (the request may have been sent).
    DEADLINE = "deadline"
    #: the TLS handshake failed: waiting will not cure it.
    TLS = "tls"
    #: the (decoded) reply exceeded the cap.
    TOO_LARGE = "too large"
    #: the reply's content encoding could not be decoded.
    DECODE = "decode"
    #: the transport refused the request itself (e.g. an invalid URL); nothing was sent.
    INVALID = "invalid"


@dataclass(frozen=True)
class Failure:
    """A transport's report that an attempt produced no complete reply.

    :param kind: the :class:`FailureKind`.
    :param detail: a short description without secrets (e.g. the exception text).
    """

    kind: FailureKind
    detail: str


@dataclass(frozen=True)
class Response:
    """A transport's report of a complete reply.

    :param status: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the decoded body, at most :attr:`Send.max_bytes` long.
    :param round_trip_s: seconds from sending to the last byte.
    """

    status: int
    headers: Mapping[str, str]
    body: bytes = field(repr=False)
    round_trip_s: float = 0.0


@dataclass(frozen=True)
class Send:
    """Send ``request`` now, within these limits, and report what came back.

    :param request: the request to send.
    :param connect_s: seconds allowed to connect (TCP and TLS).
    :param read_s: seconds allowed for each read.
    :param max_bytes: the cap of the decoded body.
    :param deadline: the absolute time (on the call's clock) at which the
        transport must stop, whatever the server does.
    :param attempt: 1 for the first attempt.
    """

    request: PreparedRequest
    connect_s: float
    read_s: float
    max_bytes: int
    deadline: float
    attempt: int


@dataclass(frozen=True)
class Sleep:
    """Wait this long, then ask for the next step.

    :param seconds: the delay.
    """

    seconds: float


@dataclass(frozen=True)
class Done(Generic[T]):
    """The call is over.

    :param result: the result, when ``error`` is ``None``.
    :param error: the typed error the call ends with, if any.
    """

    result: T | None = None
    error: PaySecureError | None = None

    def unwrap(self) -> T:
        """Return the result or raise the error."""
        if self.error is not None:
            raise self.error
        return self.result  # type: ignore[return-value]


Step = Send | Sleep | Done[Any]


class BodyTooLarge(Exception):
    """Raised by :class:`BodyDecoder` when the body exceeds its cap."""


class BodyDecodeError(Exception):
    """Raised by :class:`BodyDecoder` for a content encoding it cannot decode."""


class BodyDecoder:
    """Collect a reply body chunk by chunk, decoding gzip/deflate incrementally, under a cap.

    Both the bytes received and the decoded bytes are capped at ``max_bytes``,
    so a compression bomb costs at most ``max_bytes`` of memory.

    :param content_encoding: the ``Content-Encoding`` header, or ``None``.
    :param max_bytes: the cap.
    :raises BodyDecodeError: for an encoding other than identity, gzip or deflate.
    """

    def __init__(self, content_encoding: str | None, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.received = 0
        self._body = bytearray()  # one buffer: a body in many tiny chunks costs no per-chunk object
        self._size = 0
        encoding = (content_encoding or "").strip().lower()
        if encoding in ("", "identity"):
            self._inflater: Any = None
        elif encoding in ("gzip", "x-gzip"):
            self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._inflater = zlib.decompressobj()
        else:
            # not echoed: the value is the server's, and it may be anything (a secret, cut short)
            raise BodyDecodeError("unsupported Content-Encoding (identity, gzip or deflate expected)")

    @classmethod
    def for_reply(cls, headers: Mapping[str, str], max_bytes: int) -> BodyDecoder:
        """A decoder for a reply with ``headers``; a declared length over the cap is refused at once.

        :param headers: the reply's headers (``get`` must ignore the case of names).
        :param max_bytes: the cap.
        :raises BodyDecodeError: for an encoding other than identity, gzip or deflate.
        :raises BodyTooLarge: for a ``Content-Length`` over the cap.
        """
        decoder = cls(headers.get("Content-Encoding"), max_bytes)
        length = headers.get("Content-Length") or ""
        if length.isdigit() and int(length) > max_bytes:
            raise BodyTooLarge(f"Content-Length {length[:20]} exceeds {max_bytes} bytes")
        return decoder

    def feed(self, chunk: bytes) -> None:
        """Add received bytes.

        :param chunk: bytes as received from the network.
        :raises BodyTooLarge: past the cap.
        :raises BodyDecodeError: for a corrupt compressed stream.
        """
        self.received += len(chunk)
        if self.received > self.max_bytes:
            raise BodyTooLarge(f"more than {self.max_bytes} bytes received")
        if self._inflater is None:
            self._add(chunk)
            return
        try:
            data = self._inflater.decompress(chunk, self.max_bytes + 1 - self._size)
        except zlib.error as exc:
            raise BodyDecodeError(f"corrupt compressed body ({exc})") from None
        self._add(data)
        if self._inflater.unconsumed_tail:
            raise BodyTooLarge(f"more than {self.max_bytes} bytes once decoded")

    def finish(self) -> bytes:
        """The whole decoded body.

        :raises BodyTooLarge: past the cap.
        :raises BodyDecodeError: for a truncated compressed stream.
        """
        if self._inflater is not None:
            try:
                self._add(self._inflater.flush())
            except zlib.error as exc:
                raise BodyDecodeError(f"corrupt compressed body ({exc})") from None
            if self.received and not self._inflater.eof:
                raise BodyDecodeError("truncated compressed body")
        body = bytes(self._body)
        self._body = bytearray()
        return body

    def _add(self, data: bytes) -> None:
        self._size += len(data)
        if self._size > self.max_bytes:
            self._body = bytearray()
            raise BodyTooLarge(f"more than {self.max_bytes} bytes once decoded")
        if data:
            self._body += data


#: What the transports report, worded once so that both report a fault alike.
READ_TIMEOUT = Failure(FailureKind.MAYBE_SENT, "read timed out")
CONNECT_TIMEOUT = Failure(FailureKind.NOT_SENT, "connect timed out")
CONNECTION_LOST = Failure(FailureKind.MAYBE_SENT, "ConnectionError: connection lost after the request was sent")
PROXY_UNREACHABLE = Failure(FailureKind.NOT_SENT, "ConnectionError: the proxy could not be reached")
CUT_OFF = Failure(FailureKind.DEADLINE, "cut off at the deadline")


def exception_chain(exc: BaseException, depth: int = 12) -> Iterator[BaseException]:
    """``exc`` and what it wraps (``reason``, a wrapped first argument, cause, context).

    :param exc: an exception raised by an HTTP client.
    :param depth: how many links to follow at most.
    """
    seen: BaseException | None = exc
    for _ in range(depth):
        if seen is None:
            return
        yield seen
        reason = getattr(seen, "reason", None)
        if not isinstance(reason, BaseException):
            first = seen.args[0] if seen.args else None
            reason = first if isinstance(first, BaseException) else None
        seen = reason or seen.__cause__ or seen.__context__


def tls_failure(exc: BaseException) -> Failure | None:
    """A :class:`Failure` of kind TLS if ``exc`` wraps an ``ssl.SSLError``, else ``None``.

    :param exc: an exception raised by an HTTP client.
    """
    import ssl

    for link in exception_chain(exc):
        if isinstance(link, ssl.SSLError):
            # ``reason`` is set by the C code only: an SSLError built in Python has none
            reason = str(getattr(link, "reason", None) or "handshake failed").replace("_", " ").lower()
            verify = getattr(link, "verify_message", None)
            return Failure(FailureKind.TLS, f"{reason}: {verify}" if verify else reason)
    return None


def connect_failure(exc: BaseException) -> Failure:
    """The :class:`Failure` for a connection that was never established (nothing was sent).

    :param exc: an exception raised by an HTTP client while connecting.
    """
    import socket

    for link in exception_chain(exc):
        if isinstance(link, ConnectionRefusedError):
            return Failure(FailureKind.NOT_SENT, "ConnectionError: connection refused")
        if isinstance(link, socket.gaierror):
            return Failure(FailureKind.NOT_SENT, "ConnectionError: the host name could not be resolved")
    return Failure(FailureKind.NOT_SENT, "ConnectionError: could not connect")


def unexpected_failure(exc: BaseException) -> Failure:
    """The :class:`Failure` for an exception the HTTP client was not expected to raise.

    The request may have been sent, so it counts as maybe sent.

    :param exc: the exception.
    """
    return Failure(FailureKind.MAYBE_SENT, f"unexpected {type(exc).__name__} in the HTTP client")


def decoder_failure(exc: BodyTooLarge | BodyDecodeError) -> Failure:
    """The :class:`Failure` a transport reports when its :class:`BodyDecoder` gave up.

    :param exc: what the decoder raised.
    """
    kind = FailureKind.TOO_LARGE if isinstance(exc, BodyTooLarge) else FailureKind.DECODE
    return Failure(kind, str(exc))


def is_retry_safe(operation: str, declared: bool | None = None, extra_safe: Iterable[str] = ()) -> bool:
    """Whether ``operation`` may be sent twice (see the module docstring).

    :param operation: the PaySecure operation name.
    :param declared: the caller's per-call declaration, or ``None``.
    :param extra_safe: operations the connection declares safe.
    """
    if declared is not None:
        return declared
    return operation in RETRY_SAFE_OPERATIONS or operation in extra_safe


def _default_interpret(reply: dict[str, Any], round_trip_s: float) -> Any:
    return reply


class Call(Generic[T]):
    """The attempt sequence of one PaySecure call, with no I/O.

    :param request: the request to send.
    :param policy: the retry policy (attempts, backoff, deadline).
    :param connect_s: the configured connect timeout.
    :param read_s: the configured read timeout.
    :param max_bytes: the cap of the decoded reply body.
    :param retry_safe: whether the operation may be sent twice (see :func:`is_retry_safe`).
    :param secrets: strings (the password) to blank out of any server text.
    :param interpret: turns the decoded reply and its round trip into the result;
        an exception it raises ends the call (a non-PaySecure one as
        :class:`~.exceptions.PaySecureResponseError`).
    :param clock: a monotonic clock in seconds.
    :param rand: a source of floats in ``[0, 1)`` for jitter.
    :param log: where the WARNING for each retry goes, or ``None``.
    """

    def __init__(
        self,
        request: PreparedRequest,
        policy: RetryPolicy,
        *,
        connect_s: float,
        read_s: float,
        max_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        retry_safe: bool = False,
        secrets: Iterable[str] = (),
        interpret: Callable[[dict[str, Any], float], T] = _default_interpret,
        clock: Callable[[], float] = time.monotonic,
        rand: Callable[[], float] = random.random,
        log: logging.Logger | Any = None,
    ) -> None:
        self.request = request
        self.policy = policy
        self.connect_s = connect_s
        self.read_s = read_s
        self.max_bytes = max_bytes
        self.retry_safe = retry_safe
        self.secrets = redactor(secrets)
        self.interpret = interpret
        self.clock = clock
        self.rand = rand
        self.log = log
        self.attempts = 0
        self.started = 0.0
        self._pending: Step | None = None
        self._awaiting = False

    # ------------------------------------------------------------------ state

    @property
    def deadline(self) -> float:
        """The absolute time (on :attr:`clock`) the call must end by."""
        return self.started + self.policy.deadline

    @property
    def elapsed(self) -> float:
        """Seconds since the first attempt began."""
        return self.clock() - self.started if self.attempts else 0.0

    def next(self) -> Step:
        """What the transport must do now.

        :raises RuntimeError: if called while a :class:`Send` awaits :meth:`receive`.
        """
        if self._awaiting:
            raise RuntimeError("receive() the outcome of the last Send first")
        pending = self._pending
        if isinstance(pending, Done):
            return pending
        if isinstance(pending, Sleep):
            self._pending = None
            return pending
        if self.attempts == 0:
            self.started = self.clock()
        elif self.clock() >= self.deadline:
            return self._finish(self._give_up("the deadline passed", None, None))
        self.attempts += 1
        self._awaiting = True
        remaining = max(0.001, self.deadline - self.clock())
        return Send(
            request=self.request,
            connect_s=max(0.001, min(self.connect_s, remaining)),
            read_s=max(0.001, min(self.read_s, remaining)),
            max_bytes=self.max_bytes,
            deadline=self.deadline,
            attempt=self.attempts,
        )

    def receive(self, outcome: Response | Failure) -> None:
        """Tell the call what the last :class:`Send` produced.

        :param outcome: a :class:`Response` or a :class:`Failure`.
        :raises RuntimeError: if no :class:`Send` is outstanding.
        """
        if not self._awaiting:
            raise RuntimeError("receive() without an outstanding Send")
        self._awaiting = False
        if isinstance(outcome, Failure):
            self._pending = self._after_failure(outcome)
        else:
            self._pending = self._after_response(outcome)

    # ------------------------------------------------------------------ decisions

    def _after_response(self, response: Response) -> Step:
        body = response.body
        if body.count(b",") + body.count(b":") > MAX_JSON_VALUES:
            if 200 <= response.status <= 299:
                return self._finish(
                    PaySecureResponseError(
                        f"PaySecure sent a reply with more than {MAX_JSON_VALUES} JSON values "
                        f"(HTTP {response.status}); not a PaySecure reply",
                        status_code=response.status,
                    )
                )
            body = b""  # an error status is classified by the status alone
        try:
            reply = parse_reply(response.status, response.headers, body, redact=self.secrets)
            return Done(result=self.interpret(reply, response.round_trip_s))
        except TransientFailure as failure:
            transient = failure
        except PaySecureError as exc:
            return self._finish(exc)
        except Exception as exc:  # anything the server controls ends as a typed error
            what = f"HTTP {response.status}, {type(exc).__name__}"
            if not (response.status == 429 or 500 <= response.status <= 599):
                error = PaySecureResponseError(
                    f"PaySecure sent a reply that could not be read ({what})", status_code=response.status
                )
                return self._finish(error)
            # still a transient status, whatever its body or headers hold
            transient = TransientFailure(f"HTTP {response.status} (unreadable reply: {type(exc).__name__})")
            transient.status_code = response.status
        status = transient.status_code
        sent_safely = self.retry_safe or status in NOT_PROCESSED_STATUSES
        return self._retry_or_stop(transient.reason, status, transient.retry_after, maybe_processed=not sent_safely)

    def _after_failure(self, failure: Failure) -> Step:
        detail = self.secrets.excerpt(failure.detail, 300)  # an HTTP library's text may quote what was sent
        kind = failure.kind
        if kind is FailureKind.TLS:
            return self._finish(
                PaySecureTransportError(
                    f"TLS handshake with {self.request.url} failed ({detail}); not retried. "
                    "Check the certificate, or set the connection's verify extra to a CA bundle path.",
                    attempts=self.attempts,
                    elapsed=self.elapsed,
                    retryable=False,
                )
            )
        if kind is FailureKind.INVALID:
            return self._finish(PaySecureConfigError(f"PaySecure request to {self.request.url} refused: {detail}"))
        if kind in (FailureKind.TOO_LARGE, FailureKind.DECODE):
            what = "a reply too large" if kind is FailureKind.TOO_LARGE else "a reply that could not be decoded"
            return self._finish(PaySecureResponseError(f"PaySecure sent {what}: {detail}"))
        if kind is FailureKind.DEADLINE:
            unknown = not self.retry_safe
            return self._finish(
                self._give_up(f"the {self.policy.deadline:g} s deadline passed", f"{detail}", None, unknown=unknown)
            )
        maybe = kind is FailureKind.MAYBE_SENT
        return self._retry_or_stop(detail, None, None, maybe_processed=maybe and not self.retry_safe)

    def _retry_or_stop(
        self, reason: str, status: int | None, retry_after: float | None, *, maybe_processed: bool
    ) -> Step:
        reason = _one_line(reason)
        if maybe_processed:
            return self._finish(self._give_up("not retried", reason, status, unknown=True))
        delay = self.policy.backoff(self.attempts, self.rand)
        if retry_after is not None:
            delay = max(delay, min(retry_after, self.policy.max_retry_after))
        remaining = self.deadline - self.clock()
        if self.attempts > self.policy.retry_limit:
            why = "no retries left"
        elif delay >= remaining:
            why = f"the {self.policy.deadline:g} s deadline leaves no time for another attempt"
        else:
            if self.log is not None:
                self.log.warning(
                    "PaySecure %s attempt %d failed: %s; retrying in %.2f s",
                    self.request.operation,
                    self.attempts,
                    reason,
                    delay,
                )
            return Sleep(delay)
        return self._finish(self._give_up(why, reason, status, retry_after=retry_after))

    def _give_up(
        self,
        why: str,
        reason: str | None,
        status: int | None,
        *,
        unknown: bool = False,
        retry_after: float | None = None,
    ) -> PaySecureTransportError:
        elapsed = self.elapsed
        attempts = f"{self.attempts} attempt{'s' if self.attempts != 1 else ''}"
        operation = self.request.operation
        if unknown:
            head = (
                f"PaySecure {operation}: outcome unknown: the request may have been processed "
                f"(after {attempts} over {elapsed:.1f} s, {why}; {operation} is not retry-safe). "
                "Check with PaySecure before sending it again"
            )
        else:
            head = f"PaySecure unreachable after {attempts} over {elapsed:.1f} s ({why})"
        return PaySecureTransportError(
            head + (f"; last failure: {reason}" if reason else ""),
            attempts=self.attempts,
            elapsed=elapsed,
            status_code=status,
            outcome_unknown=unknown,
            retry_after=retry_after,
        )

    def _finish(self, error: PaySecureError) -> Done[Any]:
        # nothing the error carries may keep a reply body alive: no traceback frames
        # (their locals), no chained JSONDecodeError (its ``doc``)
        error.__cause__ = error.__context__ = None
        error.__suppress_context__ = True
        done: Done[Any] = Done(error=error.with_traceback(None))
        self._pending = done
        return done


def _one_line(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


__all__ = [
    "CHUNK_BYTES",
    "CONNECTION_LOST",
    "CONNECT_TIMEOUT",
    "CUT_OFF",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "MAX_JSON_VALUES",
    "NOT_PROCESSED_STATUSES",
    "PROXY_UNREACHABLE",
    "READ_TIMEOUT",
    "RETRY_SAFE_OPERATIONS",
    "BodyDecodeError",
    "BodyDecoder",
    "BodyTooLarge",
    "Call",
    "Done",
    "Failure",
    "FailureKind",
    "Response",
    "Send",
    "Sleep",
    "Step",
    "connect_failure",
    "decoder_failure",
    "exception_chain",
    "is_retry_safe",
    "tls_failure",
    "unexpected_failure",
]
