"""Retry policy, with no I/O.

One :class:`RetryPolicy` is a plain, JSON-safe value (so a trigger can carry it in
its kwargs). The attempt sequence that applies it is :class:`~.call.Call`;
:func:`is_transient` says whether a sensor or trigger polls again after an error.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from airflow_provider_paysecure.exceptions import (
    PaySecureAPIError,
    PaySecureAuthError,
    PaySecureConfigError,
    PaySecureError,
    PaySecureResponseError,
    PaySecureTransportError,
)

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
        if isinstance(self.retry_limit, bool) or not isinstance(self.retry_limit, int) or self.retry_limit < 0:
            raise PaySecureConfigError(f"retry_limit must be a whole number >= 0, got {self.retry_limit!r}")
        for name in ("retry_delay", "max_delay", "max_retry_after", "deadline"):
            value = getattr(self, name)
            lowest = "> 0" if name == "deadline" else ">= 0"
            if (
                isinstance(value, bool)
                or not isinstance(value, (int, float))
                or not (value > 0 if name == "deadline" else value >= 0)
                or value == float("inf")
            ):
                raise PaySecureConfigError(f"{name} must be a finite number of seconds {lowest}, got {value!r}")

    def backoff(self, retry_number: int, rand: Callable[[], float] = random.random) -> float:
        """The delay before retry number ``retry_number`` (1-based), with jitter.

        :param retry_number: 1 for the first retry.
        :param rand: a source of floats in ``[0, 1)``.
        """
        ceiling = min(self.max_delay, self.retry_delay * (2 ** max(0, retry_number - 1)))
        return ceiling / 2 + rand() * ceiling / 2

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe dict; :meth:`from_dict` reverses it."""
        # every field is a number: a shallow dict, not asdict()'s deep copy (each trigger builds one)
        return {name: getattr(self, name) for name in self.__dataclass_fields__}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> RetryPolicy:
        """Rebuild a policy from :meth:`to_dict` output.

        :param data: the dict, or ``None`` for the defaults.
        :raises PaySecureConfigError: for anything but such a dict.
        """
        if data is None:
            return cls()
        if not isinstance(data, dict) or not set(data) <= set(cls.__dataclass_fields__):
            raise PaySecureConfigError(
                f"retry_policy must be a dict of {sorted(cls.__dataclass_fields__)}, got {data!r}"
            )
        return cls(**data)


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


__all__ = ["TIMEOUT", "RetryPolicy", "describe_exception", "is_transient"]
