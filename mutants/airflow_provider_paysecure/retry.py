"""Retry policy and bookkeeping, with no I/O.

One :class:`RetryPolicy` is a plain, JSON-safe value (so a trigger can carry it in
its kwargs). A :class:`RetryBudget` tracks one logical call: it counts attempts,
clamps each request's timeout to the time left, and after a
:class:`~.wire.TransientFailure` says how long to sleep, or raises
:class:`~.exceptions.PaySecureTransportError` when attempts or time run out.
The sync hook sleeps with ``time.sleep``; the trigger with ``asyncio.sleep``.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from airflow_provider_paysecure.exceptions import (
    PaySecureAPIError,
    PaySecureAuthError,
    PaySecureError,
    PaySecureResponseError,
    PaySecureTransportError,
)
from airflow_provider_paysecure.wire import TransientFailure

#: ``error_type`` of the trigger event sent when the deadline passes without a session.
TIMEOUT = "timeout"


@dataclass(frozen=True)
class RetryPolicy:
    """How transient failures are retried.

    Delays grow exponentially (``retry_delay * 2**n``, capped at ``max_delay``)
    with "equal jitter" (half fixed, half random). A ``Retry-After`` from the
    server is honoured up to ``max_retry_after``. No attempt starts, and no sleep
    runs, past ``deadline`` seconds from the first attempt.

    :param retry_limit: retries after the first attempt (so ``retry_limit + 1`` attempts).
    :param retry_delay: base delay in seconds.
    :param max_delay: cap of one backoff delay, in seconds.
    :param max_retry_after: cap on a server's ``Retry-After``, in seconds.
    :param deadline: total budget in seconds for all attempts and sleeps of one call.
    """

    retry_limit: int = 3
    retry_delay: float = 1.0
    max_delay: float = 30.0
    max_retry_after: float = 60.0
    deadline: float = 120.0

    def __post_init__(self) -> None:
        if not isinstance(self.retry_limit, int) or self.retry_limit < 0:
            raise ValueError(f"retry_limit must be a whole number >= 0, got {self.retry_limit!r}")
        for name in ("retry_delay", "max_delay", "max_retry_after"):
            if not getattr(self, name) >= 0:
                raise ValueError(f"{name} must be >= 0 seconds, got {getattr(self, name)!r}")
        if not self.deadline > 0:
            raise ValueError(f"deadline must be > 0 seconds, got {self.deadline!r}")

    def backoff(self, retry_number: int, rand: Callable[[], float] = random.random) -> float:
        """The delay before retry number ``retry_number`` (1-based), with jitter.

        :param retry_number: 1 for the first retry.
        :param rand: a source of floats in ``[0, 1)``.
        """
        ceiling = min(self.max_delay, self.retry_delay * (2 ** max(0, retry_number - 1)))
        return ceiling / 2 + rand() * ceiling / 2

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe dict; :meth:`from_dict` reverses it."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> RetryPolicy:
        """Rebuild a policy from :meth:`to_dict` output.

        :param data: the dict, or ``None`` for the defaults.
        """
        return cls(**(data or {}))


@dataclass
class RetryBudget:
    """Bookkeeping for one logical call under a :class:`RetryPolicy`.

    :param policy: the policy to apply.
    :param clock: a monotonic clock (seconds).
    :param rand: a source of floats in ``[0, 1)`` for jitter.
    """

    policy: RetryPolicy
    clock: Callable[[], float] = time.monotonic
    rand: Callable[[], float] = random.random
    attempts: int = 0
    started: float = field(default=0.0)

    def begin_attempt(self) -> None:
        """Record that a request is about to be sent."""
        if self.attempts == 0:
            self.started = self.clock()
        self.attempts += 1

    @property
    def elapsed(self) -> float:
        """Seconds since the first attempt began."""
        return self.clock() - self.started if self.attempts else 0.0

    @property
    def remaining(self) -> float:
        """Seconds left before the deadline."""
        return max(0.0, self.policy.deadline - self.elapsed)

    def clamp_timeout(self, timeout: float) -> float:
        """A request timeout that does not outlast the deadline.

        :param timeout: the configured timeout in seconds.
        """
        return max(0.001, min(timeout, self.remaining))

    def after_failure(self, failure: TransientFailure) -> float:
        """Decide what happens after a transient failure.

        :param failure: what went wrong with the attempt just made.
        :return: seconds to sleep before the next attempt.
        :raises PaySecureTransportError: when no attempt or no time is left.
        """
        retry_number = self.attempts
        delay = self.policy.backoff(retry_number, self.rand)
        if failure.retry_after is not None:
            delay = max(delay, min(failure.retry_after, self.policy.max_retry_after))
        if retry_number > self.policy.retry_limit:
            why = "no retries left"
        elif delay >= self.remaining:
            why = f"the {self.policy.deadline:g} s deadline leaves no time for another attempt"
        else:
            return delay
        elapsed = self.elapsed
        raise PaySecureTransportError(
            f"PaySecure unreachable after {self.attempts} attempt"
            f"{'s' if self.attempts != 1 else ''} over {elapsed:.1f} s ({why}); "
            f"last failure: {failure.reason}",
            attempts=self.attempts,
            elapsed=elapsed,
            status_code=failure.status_code,
        )

    def next_delay(self, failure: TransientFailure, log: logging.Logger | Any, operation: str) -> float:
        """:meth:`after_failure`, plus the WARNING line every transport logs for a retry.

        :param failure: what went wrong with the attempt just made.
        :param log: the caller's logger (stdlib or structlog).
        :param operation: the PaySecure operation, for the message.
        :return: seconds to sleep before the next attempt.
        :raises PaySecureTransportError: when no attempt or no time is left.
        """
        delay = self.after_failure(failure)
        log.warning(
            "PaySecure %s attempt %d failed: %s; retrying in %.2f s",
            operation,
            self.attempts,
            failure.reason,
            delay,
        )
        return delay

    def tls_failure(self, url: str, exc: BaseException) -> PaySecureTransportError:
        """The error for a TLS handshake that failed: waiting will not cure it, so no retry.

        :param url: the URL that was called.
        :param exc: the transport's exception.
        """
        return PaySecureTransportError(
            f"TLS handshake with {url} failed ({describe_exception(exc)}); not retried. "
            "Check the certificate, or set the connection's verify extra to a CA bundle path.",
            attempts=self.attempts,
            elapsed=self.elapsed,
            retryable=False,
        )


def transport_failure(exc: BaseException, *, timed_out: bool) -> TransientFailure:
    """Describe a transport exception (``requests`` or ``httpx``) as a retryable failure.

    :param exc: the exception the HTTP client raised.
    :param timed_out: whether it was a timeout.
    """
    what = "timed out" if timed_out else type(exc).__name__
    return TransientFailure(f"{what} ({describe_exception(exc)})")


def describe_exception(exc: BaseException) -> str:
    """A short, secret-free description of a transport exception.

    urllib3's "Max retries exceeded" wrapper is unwrapped to its reason.

    :param exc: the exception.
    """
    cause = getattr(exc.args[0], "reason", None) if exc.args else None
    text = " ".join(str(cause or exc).split()) or type(exc).__name__
    return text if len(text) <= 200 else text[:199] + "…"


def is_transient(exc: PaySecureError, retry_on_error_codes: Sequence[str] = ()) -> bool:
    """Whether a sensor or trigger should poll again after ``exc``.

    Transport failures that outlasted the per-poll retries and malformed responses
    (an HTML page from a proxy, a truncated body) are transient. An API
    ``ErrorCode`` is transient only if listed in ``retry_on_error_codes``.
    Authentication and configuration errors never are.

    :param exc: the error of one poll.
    :param retry_on_error_codes: API error codes to treat as "not ready yet".
    """
    if isinstance(exc, PaySecureTransportError):
        return exc.retryable  # False for a TLS certificate that does not verify
    if isinstance(exc, PaySecureResponseError):
        return True
    if isinstance(exc, PaySecureAuthError):
        return False
    if isinstance(exc, PaySecureAPIError):
        return exc.error_code is not None and exc.error_code in retry_on_error_codes
    return False


__all__ = ["TIMEOUT", "RetryBudget", "RetryPolicy", "describe_exception", "is_transient", "transport_failure"]
