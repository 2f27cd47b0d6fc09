"""Decoding and classifying PaySecure replies, with no I/O.

The body is parsed as JSON whatever its ``Content-Type`` says. Statuses are
classified into transient failures (worth another attempt) and typed errors.

Everything here treats the reply as hostile: whatever the status, headers and
body, the outcome is a decoded reply, a :class:`TransientFailure`, or a
:class:`~.exceptions.PaySecureError` subclass, never a ``TypeError``,
``ValueError``, ``OverflowError`` or ``RecursionError``. Every text taken from the
reply is redacted, cleaned of control characters and bounded in size (see
:mod:`.redaction`) before it reaches a message or an error attribute, and no
raised error keeps the body alive through its exception chain.
"""

from __future__ import annotations

import email.utils
import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

import pendulum
from pendulum import DateTime, Duration

from airflow_provider_paysecure.exceptions import (
    PaySecureAPIError,
    PaySecureAuthError,
    PaySecureResponseError,
)
from airflow_provider_paysecure.wire.dates import parse_servicestack_date
from airflow_provider_paysecure.wire.models import STAGES, InOutTimes, PaySecureSession
from airflow_provider_paysecure.wire.redaction import EXCERPT_CHARS, Redactor, excerpt_bytes, redactor

#: HTTP statuses worth another attempt.
RETRYABLE_STATUSES = frozenset({429, 500, 502, 503, 504})
#: The longest ``Retry-After`` honoured, in seconds (the retry policy caps it further).
MAX_RETRY_AFTER = 86_400.0
#: A ``SessionId`` longer than this is refused.
MAX_SESSION_ID_CHARS = 256
#: A stage name outside :data:`STAGES` is kept only up to this length ...
MAX_STAGE_NAME_CHARS = 64
#: ... and only this many such stages are kept per reply (the rest are dropped).
MAX_UNKNOWN_STAGES = 16
#: ``Message`` texts are cut to this many characters; ``ErrorCode``, field errors and
#: body excerpts to :data:`~.redaction.EXCERPT_CHARS` (120).
MESSAGE_CHARS = 300
#: At most this many field errors of ``ResponseStatus.Errors`` are quoted.
MAX_FIELDS = 10

_UTC = pendulum.UTC
_KNOWN_STAGES = frozenset(STAGES)
# Printable ASCII only (no str.isdigit(): "²" and "٣" are digits to Python).
_DELTA_SECONDS_RE = re.compile(r"[0-9]{1,16}(?:\.[0-9]{1,9})?\Z")
_SESSION_ID_RE = re.compile(rf"[!-~](?:[ -~]{{0,{MAX_SESSION_ID_CHARS - 2}}}[!-~])?\Z")
_STAGE_NAME_RE = re.compile(rf"[!-~]{{1,{MAX_STAGE_NAME_CHARS}}}\Z")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁTransientFailureǁ__init____mutmut: MutantDict = {}  # type: ignore


class TransientFailure(Exception):
    """A failure worth another attempt (transport error, timeout, 429, 5xx).

    Transports raise or build it; the retry loop (:mod:`.retry`) turns the last one
    into a :class:`~.exceptions.PaySecureTransportError` when attempts run out.

    :param reason: a short description without secrets.
    :param status_code: the HTTP status, if a response arrived.
    :param retry_after: seconds the server asked us to wait, if it did.
    """

    @_mutmut_mutated(mutants_xǁTransientFailureǁ__init____mutmut)
    def __init__(self, reason: str, *, status_code: int | None = None, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status_code = status_code
        self.retry_after = retry_after

    def xǁTransientFailureǁ__init____mutmut_orig(self, reason: str, *, status_code: int | None = None, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status_code = status_code
        self.retry_after = retry_after

    def xǁTransientFailureǁ__init____mutmut_1(self, reason: str, *, status_code: int | None = None, retry_after: float | None = None) -> None:
        super().__init__(None)
        self.reason = reason
        self.status_code = status_code
        self.retry_after = retry_after

    def xǁTransientFailureǁ__init____mutmut_2(self, reason: str, *, status_code: int | None = None, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = None
        self.status_code = status_code
        self.retry_after = retry_after

    def xǁTransientFailureǁ__init____mutmut_3(self, reason: str, *, status_code: int | None = None, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status_code = None
        self.retry_after = retry_after

    def xǁTransientFailureǁ__init____mutmut_4(self, reason: str, *, status_code: int | None = None, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status_code = status_code
        self.retry_after = None

mutants_xǁTransientFailureǁ__init____mutmut['_mutmut_orig'] = TransientFailure.xǁTransientFailureǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁTransientFailureǁ__init____mutmut['xǁTransientFailureǁ__init____mutmut_1'] = TransientFailure.xǁTransientFailureǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁTransientFailureǁ__init____mutmut['xǁTransientFailureǁ__init____mutmut_2'] = TransientFailure.xǁTransientFailureǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁTransientFailureǁ__init____mutmut['xǁTransientFailureǁ__init____mutmut_3'] = TransientFailure.xǁTransientFailureǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁTransientFailureǁ__init____mutmut['xǁTransientFailureǁ__init____mutmut_4'] = TransientFailure.xǁTransientFailureǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_retry_after__mutmut)
def parse_retry_after(value: Any, now: DateTime | None = None) -> float | None:
    """Read a ``Retry-After`` header: delta-seconds or an HTTP date.

    Only ASCII digits count as delta-seconds (a decimal fraction is accepted);
    anything unreadable (a negative number, a date out of range, a year with 20
    digits, a non-ASCII digit) reads as ``None``, never as an exception.

    :param value: the header value, or ``None``.
    :param now: the current time, for HTTP dates (defaults to now).
    :return: seconds to wait, between 0 and :data:`MAX_RETRY_AFTER`, or ``None``
        if absent or unreadable.
    """
    if not isinstance(value, str) or len(value) > 64:
        return None
    value = value.strip()
    if _DELTA_SECONDS_RE.match(value):
        return min(float(value), MAX_RETRY_AFTER)
    try:
        when = email.utils.parsedate_to_datetime(value)
        if when.tzinfo is None:
            return None
        seconds = (when - (now or pendulum.now(_UTC))).total_seconds()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return min(max(0.0, seconds), MAX_RETRY_AFTER)


def x_parse_retry_after__mutmut_orig(value: Any, now: DateTime | None = None) -> float | None:
    """Read a ``Retry-After`` header: delta-seconds or an HTTP date.

    Only ASCII digits count as delta-seconds (a decimal fraction is accepted);
    anything unreadable (a negative number, a date out of range, a year with 20
    digits, a non-ASCII digit) reads as ``None``, never as an exception.

    :param value: the header value, or ``None``.
    :param now: the current time, for HTTP dates (defaults to now).
    :return: seconds to wait, between 0 and :data:`MAX_RETRY_AFTER`, or ``None``
        if absent or unreadable.
    """
    if not isinstance(value, str) or len(value) > 64:
        return None
    value = value.strip()
    if _DELTA_SECONDS_RE.match(value):
        return min(float(value), MAX_RETRY_AFTER)
    try:
        when = email.utils.parsedate_to_datetime(value)
        if when.tzinfo is None:
            return None
        seconds = (when - (now or pendulum.now(_UTC))).total_seconds()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return min(max(0.0, seconds), MAX_RETRY_AFTER)


def x_parse_retry_after__mutmut_1(value: Any, now: DateTime | None = None) -> float | None:
    """Read a ``Retry-After`` header: delta-seconds or an HTTP date.

    Only ASCII digits count as delta-seconds (a decimal fraction is accepted);
    anything unreadable (a negative number, a date out of range, a year with 20
    digits, a non-ASCII digit) reads as ``None``, never as an exception.

    :param value: the header value, or ``None``.
    :param now: the current time, for HTTP dates (defaults to now).
    :return: seconds to wait, between 0 and :data:`MAX_RETRY_AFTER`, or ``None``
        if absent or unreadable.
    """
    if not isinstance(value, str) and len(value) > 64:
        return None
    value = value.strip()
    if _DELTA_SECONDS_RE.match(value):
        return min(float(value), MAX_RETRY_AFTER)
    try:
        when = email.utils.parsedate_to_datetime(value)
        if when.tzinfo is None:
            return None
        seconds = (when - (now or pendulum.now(_UTC))).total_seconds()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return min(max(0.0, seconds), MAX_RETRY_AFTER)


def x_parse_retry_after__mutmut_2(value: Any, now: DateTime | None = None) -> float | None:
    """Read a ``Retry-After`` header: delta-seconds or an HTTP date.

    Only ASCII digits count as delta-seconds (a decimal fraction is accepted);
    anything unreadable (a negative number, a date out of range, a year with 20
    digits, a non-ASCII digit) reads as ``None``, never as an exception.

    :param value: the header value, or ``None``.
    :param now: the current time, for HTTP dates (defaults to now).
    :return: seconds to wait, between 0 and :data:`MAX_RETRY_AFTER`, or ``None``
        if absent or unreadable.
    """
    if isinstance(value, str) or len(value) > 64:
        return None
    value = value.strip()
    if _DELTA_SECONDS_RE.match(value):
        return min(float(value), MAX_RETRY_AFTER)
    try:
        when = email.utils.parsedate_to_datetime(value)
        if when.tzinfo is None:
            return None
        seconds = (when - (now or pendulum.now(_UTC))).total_seconds()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return min(max(0.0, seconds), MAX_RETRY_AFTER)


def x_parse_retry_after__mutmut_3(value: Any, now: DateTime | None = None) -> float | None:
    """Read a ``Retry-After`` header: delta-seconds or an HTTP date.

    Only ASCII digits count as delta-seconds (a decimal fraction is accepted);
    anything unreadable (a negative number, a date out of range, a year with 20
    digits, a non-ASCII digit) reads as ``None``, never as an exception.

    :param value: the header value, or ``None``.
    :param now: the current time, for HTTP dates (defaults to now).
    :return: seconds to wait, between 0 and :data:`MAX_RETRY_AFTER`, or ``None``
        if absent or unreadable.
    """
    if not isinstance(value, str) or len(value) >= 64:
        return None
    value = value.strip()
    if _DELTA_SECONDS_RE.match(value):
        return min(float(value), MAX_RETRY_AFTER)
    try:
        when = email.utils.parsedate_to_datetime(value)
        if when.tzinfo is None:
            return None
        seconds = (when - (now or pendulum.now(_UTC))).total_seconds()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return min(max(0.0, seconds), MAX_RETRY_AFTER)


def x_parse_retry_after__mutmut_4(value: Any, now: DateTime | None = None) -> float | None:
    """Read a ``Retry-After`` header: delta-seconds or an HTTP date.

    Only ASCII digits count as delta-seconds (a decimal fraction is accepted);
    anything unreadable (a negative number, a date out of range, a year with 20
    digits, a non-ASCII digit) reads as ``None``, never as an exception.

    :param value: the header value, or ``None``.
    :param now: the current time, for HTTP dates (defaults to now).
    :return: seconds to wait, between 0 and :data:`MAX_RETRY_AFTER`, or ``None``
        if absent or unreadable.
    """
    if not isinstance(value, str) or len(value) > 65:
        return None
    value = value.strip()
    if _DELTA_SECONDS_RE.match(value):
        return min(float(value), MAX_RETRY_AFTER)
    try:
        when = email.utils.parsedate_to_datetime(value)
        if when.tzinfo is None:
            return None
        seconds = (when - (now or pendulum.now(_UTC))).total_seconds()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return min(max(0.0, seconds), MAX_RETRY_AFTER)


def x_parse_retry_after__mutmut_5(value: Any, now: DateTime | None = None) -> float | None:
    """Read a ``Retry-After`` header: delta-seconds or an HTTP date.

    Only ASCII digits count as delta-seconds (a decimal fraction is accepted);
    anything unreadable (a negative number, a date out of range, a year with 20
    digits, a non-ASCII digit) reads as ``None``, never as an exception.

    :param value: the header value, or ``None``.
    :param now: the current time, for HTTP dates (defaults to now).
    :return: seconds to wait, between 0 and :data:`MAX_RETRY_AFTER`, or ``None``
        if absent or unreadable.
    """
    if not isinstance(value, str) or len(value) > 64:
        return None
    value = None
    if _DELTA_SECONDS_RE.match(value):
        return min(float(value), MAX_RETRY_AFTER)
    try:
        when = email.utils.parsedate_to_datetime(value)
        if when.tzinfo is None:
            return None
        seconds = (when - (now or pendulum.now(_UTC))).total_seconds()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return min(max(0.0, seconds), MAX_RETRY_AFTER)


def x_parse_retry_after__mutmut_6(value: Any, now: DateTime | None = None) -> float | None:
    """Read a ``Retry-After`` header: delta-seconds or an HTTP date.

    Only ASCII digits count as delta-seconds (a decimal fraction is accepted);
    anything unreadable (a negative number, a date out of range, a year with 20
    digits, a non-ASCII digit) reads as ``None``, never as an exception.

    :param value: the header value, or ``None``.
    :param now: the current time, for HTTP dates (defaults to now).
    :return: seconds to wait, between 0 and :data:`MAX_RETRY_AFTER`, or ``None``
        if absent or unreadable.
    """
    if not isinstance(value, str) or len(value) > 64:
        return None
    value = value.strip()
    if _DELTA_SECONDS_RE.match(None):
        return min(float(value), MAX_RETRY_AFTER)
    try:
        when = email.utils.parsedate_to_datetime(value)
        if when.tzinfo is None:
            return None
        seconds = (when - (now or pendulum.now(_UTC))).total_seconds()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return min(max(0.0, seconds), MAX_RETRY_AFTER)


def x_parse_retry_after__mutmut_7(value: Any, now: DateTime | None = None) -> float | None:
    """Read a ``Retry-After`` header: delta-seconds or an HTTP date.

    Only ASCII digits count as delta-seconds (a decimal fraction is accepted);
    anything unreadable (a negative number, a date out of range, a year with 20
    digits, a non-ASCII digit) reads as ``None``, never as an exception.

    :param value: the header value, or ``None``.
    :param now: the current time, for HTTP dates (defaults to now).
    :return: seconds to wait, between 0 and :data:`MAX_RETRY_AFTER`, or ``None``
        if absent or unreadable.
    """
    if not isinstance(value, str) or len(value) > 64:
        return None
    value = value.strip()
    if _DELTA_SECONDS_RE.match(value):
        return min(None, MAX_RETRY_AFTER)
    try:
        when = email.utils.parsedate_to_datetime(value)
        if when.tzinfo is None:
            return None
        seconds = (when - (now or pendulum.now(_UTC))).total_seconds()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return min(max(0.0, seconds), MAX_RETRY_AFTER)


def x_parse_retry_after__mutmut_8(value: Any, now: DateTime | None = None) -> float | None:
    """Read a ``Retry-After`` header: delta-seconds or an HTTP date.

    Only ASCII digits count as delta-seconds (a decimal fraction is accepted);
    anything unreadable (a negative number, a date out of range, a year with 20
    digits, a non-ASCII digit) reads as ``None``, never as an exception.

    :param value: the header value, or ``None``.
    :param now: the current time, for HTTP dates (defaults to now).
    :return: seconds to wait, between 0 and :data:`MAX_RETRY_AFTER`, or ``None``
        if absent or unreadable.
    """
    if not isinstance(value, str) or len(value) > 64:
        return None
    value = value.strip()
    if _DELTA_SECONDS_RE.match(value):
        return min(float(value), None)
    try:
        when = email.utils.parsedate_to_datetime(value)
        if when.tzinfo is None:
            return None
        seconds = (when - (now or pendulum.now(_UTC))).total_seconds()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return min(max(0.0, seconds), MAX_RETRY_AFTER)


def x_parse_retry_after__mutmut_9(value: Any, now: DateTime | None = None) -> float | None:
    """Read a ``Retry-After`` header: delta-seconds or an HTTP date.

    Only ASCII digits count as delta-seconds (a decimal fraction is accepted);
    anything unreadable (a negative number, a date out of range, a year with 20
    digits, a non-ASCII digit) reads as ``None``, never as an exception.

    :param value: the header value, or ``None``.
    :param now: the current time, for HTTP dates (defaults to now).
    :return: seconds to wait, between 0 and :data:`MAX_RETRY_AFTER`, or ``None``
        if absent or unreadable.
    """
    if not isinstance(value, str) or len(value) > 64:
        return None
    value = value.strip()
    if _DELTA_SECONDS_RE.match(value):
        return min(MAX_RETRY_AFTER)
    try:
        when = email.utils.parsedate_to_datetime(value)
        if when.tzinfo is None:
            return None
        seconds = (when - (now or pendulum.now(_UTC))).total_seconds()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return min(max(0.0, seconds), MAX_RETRY_AFTER)


def x_parse_retry_after__mutmut_10(value: Any, now: DateTime | None = None) -> float | None:
    """Read a ``Retry-After`` header: delta-seconds or an HTTP date.

    Only ASCII digits count as delta-seconds (a decimal fraction is accepted);
    anything unreadable (a negative number, a date out of range, a year with 20
    digits, a non-ASCII digit) reads as ``None``, never as an exception.

    :param value: the header value, or ``None``.
    :param now: the current time, for HTTP dates (defaults to now).
    :return: seconds to wait, between 0 and :data:`MAX_RETRY_AFTER`, or ``None``
        if absent or unreadable.
    """
    if not isinstance(value, str) or len(value) > 64:
        return None
    value = value.strip()
    if _DELTA_SECONDS_RE.match(value):
        return min(float(value), )
    try:
        when = email.utils.parsedate_to_datetime(value)
        if when.tzinfo is None:
            return None
        seconds = (when - (now or pendulum.now(_UTC))).total_seconds()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return min(max(0.0, seconds), MAX_RETRY_AFTER)


def x_parse_retry_after__mutmut_11(value: Any, now: DateTime | None = None) -> float | None:
    """Read a ``Retry-After`` header: delta-seconds or an HTTP date.

    Only ASCII digits count as delta-seconds (a decimal fraction is accepted);
    anything unreadable (a negative number, a date out of range, a year with 20
    digits, a non-ASCII digit) reads as ``None``, never as an exception.

    :param value: the header value, or ``None``.
    :param now: the current time, for HTTP dates (defaults to now).
    :return: seconds to wait, between 0 and :data:`MAX_RETRY_AFTER`, or ``None``
        if absent or unreadable.
    """
    if not isinstance(value, str) or len(value) > 64:
        return None
    value = value.strip()
    if _DELTA_SECONDS_RE.match(value):
        return min(float(None), MAX_RETRY_AFTER)
    try:
        when = email.utils.parsedate_to_datetime(value)
        if when.tzinfo is None:
            return None
        seconds = (when - (now or pendulum.now(_UTC))).total_seconds()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return min(max(0.0, seconds), MAX_RETRY_AFTER)


def x_parse_retry_after__mutmut_12(value: Any, now: DateTime | None = None) -> float | None:
    """Read a ``Retry-After`` header: delta-seconds or an HTTP date.

    Only ASCII digits count as delta-seconds (a decimal fraction is accepted);
    anything unreadable (a negative number, a date out of range, a year with 20
    digits, a non-ASCII digit) reads as ``None``, never as an exception.

    :param value: the header value, or ``None``.
    :param now: the current time, for HTTP dates (defaults to now).
    :return: seconds to wait, between 0 and :data:`MAX_RETRY_AFTER`, or ``None``
        if absent or unreadable.
    """
    if not isinstance(value, str) or len(value) > 64:
        return None
    value = value.strip()
    if _DELTA_SECONDS_RE.match(value):
        return min(float(value), MAX_RETRY_AFTER)
    try:
        when = None
        if when.tzinfo is None:
            return None
        seconds = (when - (now or pendulum.now(_UTC))).total_seconds()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return min(max(0.0, seconds), MAX_RETRY_AFTER)


def x_parse_retry_after__mutmut_13(value: Any, now: DateTime | None = None) -> float | None:
    """Read a ``Retry-After`` header: delta-seconds or an HTTP date.

    Only ASCII digits count as delta-seconds (a decimal fraction is accepted);
    anything unreadable (a negative number, a date out of range, a year with 20
    digits, a non-ASCII digit) reads as ``None``, never as an exception.

    :param value: the header value, or ``None``.
    :param now: the current time, for HTTP dates (defaults to now).
    :return: seconds to wait, between 0 and :data:`MAX_RETRY_AFTER`, or ``None``
        if absent or unreadable.
    """
    if not isinstance(value, str) or len(value) > 64:
        return None
    value = value.strip()
    if _DELTA_SECONDS_RE.match(value):
        return min(float(value), MAX_RETRY_AFTER)
    try:
        when = email.utils.parsedate_to_datetime(None)
        if when.tzinfo is None:
            return None
        seconds = (when - (now or pendulum.now(_UTC))).total_seconds()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return min(max(0.0, seconds), MAX_RETRY_AFTER)


def x_parse_retry_after__mutmut_14(value: Any, now: DateTime | None = None) -> float | None:
    """Read a ``Retry-After`` header: delta-seconds or an HTTP date.

    Only ASCII digits count as delta-seconds (a decimal fraction is accepted);
    anything unreadable (a negative number, a date out of range, a year with 20
    digits, a non-ASCII digit) reads as ``None``, never as an exception.

    :param value: the header value, or ``None``.
    :param now: the current time, for HTTP dates (defaults to now).
    :return: seconds to wait, between 0 and :data:`MAX_RETRY_AFTER`, or ``None``
        if absent or unreadable.
    """
    if not isinstance(value, str) or len(value) > 64:
        return None
    value = value.strip()
    if _DELTA_SECONDS_RE.match(value):
        return min(float(value), MAX_RETRY_AFTER)
    try:
        when = email.utils.parsedate_to_datetime(value)
        if when.tzinfo is not None:
            return None
        seconds = (when - (now or pendulum.now(_UTC))).total_seconds()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return min(max(0.0, seconds), MAX_RETRY_AFTER)


def x_parse_retry_after__mutmut_15(value: Any, now: DateTime | None = None) -> float | None:
    """Read a ``Retry-After`` header: delta-seconds or an HTTP date.

    Only ASCII digits count as delta-seconds (a decimal fraction is accepted);
    anything unreadable (a negative number, a date out of range, a year with 20
    digits, a non-ASCII digit) reads as ``None``, never as an exception.

    :param value: the header value, or ``None``.
    :param now: the current time, for HTTP dates (defaults to now).
    :return: seconds to wait, between 0 and :data:`MAX_RETRY_AFTER`, or ``None``
        if absent or unreadable.
    """
    if not isinstance(value, str) or len(value) > 64:
        return None
    value = value.strip()
    if _DELTA_SECONDS_RE.match(value):
        return min(float(value), MAX_RETRY_AFTER)
    try:
        when = email.utils.parsedate_to_datetime(value)
        if when.tzinfo is None:
            return None
        seconds = None
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return min(max(0.0, seconds), MAX_RETRY_AFTER)


def x_parse_retry_after__mutmut_16(value: Any, now: DateTime | None = None) -> float | None:
    """Read a ``Retry-After`` header: delta-seconds or an HTTP date.

    Only ASCII digits count as delta-seconds (a decimal fraction is accepted);
    anything unreadable (a negative number, a date out of range, a year with 20
    digits, a non-ASCII digit) reads as ``None``, never as an exception.

    :param value: the header value, or ``None``.
    :param now: the current time, for HTTP dates (defaults to now).
    :return: seconds to wait, between 0 and :data:`MAX_RETRY_AFTER`, or ``None``
        if absent or unreadable.
    """
    if not isinstance(value, str) or len(value) > 64:
        return None
    value = value.strip()
    if _DELTA_SECONDS_RE.match(value):
        return min(float(value), MAX_RETRY_AFTER)
    try:
        when = email.utils.parsedate_to_datetime(value)
        if when.tzinfo is None:
            return None
        seconds = (when + (now or pendulum.now(_UTC))).total_seconds()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return min(max(0.0, seconds), MAX_RETRY_AFTER)


def x_parse_retry_after__mutmut_17(value: Any, now: DateTime | None = None) -> float | None:
    """Read a ``Retry-After`` header: delta-seconds or an HTTP date.

    Only ASCII digits count as delta-seconds (a decimal fraction is accepted);
    anything unreadable (a negative number, a date out of range, a year with 20
    digits, a non-ASCII digit) reads as ``None``, never as an exception.

    :param value: the header value, or ``None``.
    :param now: the current time, for HTTP dates (defaults to now).
    :return: seconds to wait, between 0 and :data:`MAX_RETRY_AFTER`, or ``None``
        if absent or unreadable.
    """
    if not isinstance(value, str) or len(value) > 64:
        return None
    value = value.strip()
    if _DELTA_SECONDS_RE.match(value):
        return min(float(value), MAX_RETRY_AFTER)
    try:
        when = email.utils.parsedate_to_datetime(value)
        if when.tzinfo is None:
            return None
        seconds = (when - (now and pendulum.now(_UTC))).total_seconds()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return min(max(0.0, seconds), MAX_RETRY_AFTER)


def x_parse_retry_after__mutmut_18(value: Any, now: DateTime | None = None) -> float | None:
    """Read a ``Retry-After`` header: delta-seconds or an HTTP date.

    Only ASCII digits count as delta-seconds (a decimal fraction is accepted);
    anything unreadable (a negative number, a date out of range, a year with 20
    digits, a non-ASCII digit) reads as ``None``, never as an exception.

    :param value: the header value, or ``None``.
    :param now: the current time, for HTTP dates (defaults to now).
    :return: seconds to wait, between 0 and :data:`MAX_RETRY_AFTER`, or ``None``
        if absent or unreadable.
    """
    if not isinstance(value, str) or len(value) > 64:
        return None
    value = value.strip()
    if _DELTA_SECONDS_RE.match(value):
        return min(float(value), MAX_RETRY_AFTER)
    try:
        when = email.utils.parsedate_to_datetime(value)
        if when.tzinfo is None:
            return None
        seconds = (when - (now or pendulum.now(None))).total_seconds()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return min(max(0.0, seconds), MAX_RETRY_AFTER)


def x_parse_retry_after__mutmut_19(value: Any, now: DateTime | None = None) -> float | None:
    """Read a ``Retry-After`` header: delta-seconds or an HTTP date.

    Only ASCII digits count as delta-seconds (a decimal fraction is accepted);
    anything unreadable (a negative number, a date out of range, a year with 20
    digits, a non-ASCII digit) reads as ``None``, never as an exception.

    :param value: the header value, or ``None``.
    :param now: the current time, for HTTP dates (defaults to now).
    :return: seconds to wait, between 0 and :data:`MAX_RETRY_AFTER`, or ``None``
        if absent or unreadable.
    """
    if not isinstance(value, str) or len(value) > 64:
        return None
    value = value.strip()
    if _DELTA_SECONDS_RE.match(value):
        return min(float(value), MAX_RETRY_AFTER)
    try:
        when = email.utils.parsedate_to_datetime(value)
        if when.tzinfo is None:
            return None
        seconds = (when - (now or pendulum.now(_UTC))).total_seconds()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return min(None, MAX_RETRY_AFTER)


def x_parse_retry_after__mutmut_20(value: Any, now: DateTime | None = None) -> float | None:
    """Read a ``Retry-After`` header: delta-seconds or an HTTP date.

    Only ASCII digits count as delta-seconds (a decimal fraction is accepted);
    anything unreadable (a negative number, a date out of range, a year with 20
    digits, a non-ASCII digit) reads as ``None``, never as an exception.

    :param value: the header value, or ``None``.
    :param now: the current time, for HTTP dates (defaults to now).
    :return: seconds to wait, between 0 and :data:`MAX_RETRY_AFTER`, or ``None``
        if absent or unreadable.
    """
    if not isinstance(value, str) or len(value) > 64:
        return None
    value = value.strip()
    if _DELTA_SECONDS_RE.match(value):
        return min(float(value), MAX_RETRY_AFTER)
    try:
        when = email.utils.parsedate_to_datetime(value)
        if when.tzinfo is None:
            return None
        seconds = (when - (now or pendulum.now(_UTC))).total_seconds()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return min(max(0.0, seconds), None)


def x_parse_retry_after__mutmut_21(value: Any, now: DateTime | None = None) -> float | None:
    """Read a ``Retry-After`` header: delta-seconds or an HTTP date.

    Only ASCII digits count as delta-seconds (a decimal fraction is accepted);
    anything unreadable (a negative number, a date out of range, a year with 20
    digits, a non-ASCII digit) reads as ``None``, never as an exception.

    :param value: the header value, or ``None``.
    :param now: the current time, for HTTP dates (defaults to now).
    :return: seconds to wait, between 0 and :data:`MAX_RETRY_AFTER`, or ``None``
        if absent or unreadable.
    """
    if not isinstance(value, str) or len(value) > 64:
        return None
    value = value.strip()
    if _DELTA_SECONDS_RE.match(value):
        return min(float(value), MAX_RETRY_AFTER)
    try:
        when = email.utils.parsedate_to_datetime(value)
        if when.tzinfo is None:
            return None
        seconds = (when - (now or pendulum.now(_UTC))).total_seconds()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return min(MAX_RETRY_AFTER)


def x_parse_retry_after__mutmut_22(value: Any, now: DateTime | None = None) -> float | None:
    """Read a ``Retry-After`` header: delta-seconds or an HTTP date.

    Only ASCII digits count as delta-seconds (a decimal fraction is accepted);
    anything unreadable (a negative number, a date out of range, a year with 20
    digits, a non-ASCII digit) reads as ``None``, never as an exception.

    :param value: the header value, or ``None``.
    :param now: the current time, for HTTP dates (defaults to now).
    :return: seconds to wait, between 0 and :data:`MAX_RETRY_AFTER`, or ``None``
        if absent or unreadable.
    """
    if not isinstance(value, str) or len(value) > 64:
        return None
    value = value.strip()
    if _DELTA_SECONDS_RE.match(value):
        return min(float(value), MAX_RETRY_AFTER)
    try:
        when = email.utils.parsedate_to_datetime(value)
        if when.tzinfo is None:
            return None
        seconds = (when - (now or pendulum.now(_UTC))).total_seconds()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return min(max(0.0, seconds), )


def x_parse_retry_after__mutmut_23(value: Any, now: DateTime | None = None) -> float | None:
    """Read a ``Retry-After`` header: delta-seconds or an HTTP date.

    Only ASCII digits count as delta-seconds (a decimal fraction is accepted);
    anything unreadable (a negative number, a date out of range, a year with 20
    digits, a non-ASCII digit) reads as ``None``, never as an exception.

    :param value: the header value, or ``None``.
    :param now: the current time, for HTTP dates (defaults to now).
    :return: seconds to wait, between 0 and :data:`MAX_RETRY_AFTER`, or ``None``
        if absent or unreadable.
    """
    if not isinstance(value, str) or len(value) > 64:
        return None
    value = value.strip()
    if _DELTA_SECONDS_RE.match(value):
        return min(float(value), MAX_RETRY_AFTER)
    try:
        when = email.utils.parsedate_to_datetime(value)
        if when.tzinfo is None:
            return None
        seconds = (when - (now or pendulum.now(_UTC))).total_seconds()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return min(max(None, seconds), MAX_RETRY_AFTER)


def x_parse_retry_after__mutmut_24(value: Any, now: DateTime | None = None) -> float | None:
    """Read a ``Retry-After`` header: delta-seconds or an HTTP date.

    Only ASCII digits count as delta-seconds (a decimal fraction is accepted);
    anything unreadable (a negative number, a date out of range, a year with 20
    digits, a non-ASCII digit) reads as ``None``, never as an exception.

    :param value: the header value, or ``None``.
    :param now: the current time, for HTTP dates (defaults to now).
    :return: seconds to wait, between 0 and :data:`MAX_RETRY_AFTER`, or ``None``
        if absent or unreadable.
    """
    if not isinstance(value, str) or len(value) > 64:
        return None
    value = value.strip()
    if _DELTA_SECONDS_RE.match(value):
        return min(float(value), MAX_RETRY_AFTER)
    try:
        when = email.utils.parsedate_to_datetime(value)
        if when.tzinfo is None:
            return None
        seconds = (when - (now or pendulum.now(_UTC))).total_seconds()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return min(max(0.0, None), MAX_RETRY_AFTER)


def x_parse_retry_after__mutmut_25(value: Any, now: DateTime | None = None) -> float | None:
    """Read a ``Retry-After`` header: delta-seconds or an HTTP date.

    Only ASCII digits count as delta-seconds (a decimal fraction is accepted);
    anything unreadable (a negative number, a date out of range, a year with 20
    digits, a non-ASCII digit) reads as ``None``, never as an exception.

    :param value: the header value, or ``None``.
    :param now: the current time, for HTTP dates (defaults to now).
    :return: seconds to wait, between 0 and :data:`MAX_RETRY_AFTER`, or ``None``
        if absent or unreadable.
    """
    if not isinstance(value, str) or len(value) > 64:
        return None
    value = value.strip()
    if _DELTA_SECONDS_RE.match(value):
        return min(float(value), MAX_RETRY_AFTER)
    try:
        when = email.utils.parsedate_to_datetime(value)
        if when.tzinfo is None:
            return None
        seconds = (when - (now or pendulum.now(_UTC))).total_seconds()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return min(max(seconds), MAX_RETRY_AFTER)


def x_parse_retry_after__mutmut_26(value: Any, now: DateTime | None = None) -> float | None:
    """Read a ``Retry-After`` header: delta-seconds or an HTTP date.

    Only ASCII digits count as delta-seconds (a decimal fraction is accepted);
    anything unreadable (a negative number, a date out of range, a year with 20
    digits, a non-ASCII digit) reads as ``None``, never as an exception.

    :param value: the header value, or ``None``.
    :param now: the current time, for HTTP dates (defaults to now).
    :return: seconds to wait, between 0 and :data:`MAX_RETRY_AFTER`, or ``None``
        if absent or unreadable.
    """
    if not isinstance(value, str) or len(value) > 64:
        return None
    value = value.strip()
    if _DELTA_SECONDS_RE.match(value):
        return min(float(value), MAX_RETRY_AFTER)
    try:
        when = email.utils.parsedate_to_datetime(value)
        if when.tzinfo is None:
            return None
        seconds = (when - (now or pendulum.now(_UTC))).total_seconds()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return min(max(0.0, ), MAX_RETRY_AFTER)


def x_parse_retry_after__mutmut_27(value: Any, now: DateTime | None = None) -> float | None:
    """Read a ``Retry-After`` header: delta-seconds or an HTTP date.

    Only ASCII digits count as delta-seconds (a decimal fraction is accepted);
    anything unreadable (a negative number, a date out of range, a year with 20
    digits, a non-ASCII digit) reads as ``None``, never as an exception.

    :param value: the header value, or ``None``.
    :param now: the current time, for HTTP dates (defaults to now).
    :return: seconds to wait, between 0 and :data:`MAX_RETRY_AFTER`, or ``None``
        if absent or unreadable.
    """
    if not isinstance(value, str) or len(value) > 64:
        return None
    value = value.strip()
    if _DELTA_SECONDS_RE.match(value):
        return min(float(value), MAX_RETRY_AFTER)
    try:
        when = email.utils.parsedate_to_datetime(value)
        if when.tzinfo is None:
            return None
        seconds = (when - (now or pendulum.now(_UTC))).total_seconds()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return min(max(1.0, seconds), MAX_RETRY_AFTER)

mutants_x_parse_retry_after__mutmut['_mutmut_orig'] = x_parse_retry_after__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_1'] = x_parse_retry_after__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_2'] = x_parse_retry_after__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_3'] = x_parse_retry_after__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_4'] = x_parse_retry_after__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_5'] = x_parse_retry_after__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_6'] = x_parse_retry_after__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_7'] = x_parse_retry_after__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_8'] = x_parse_retry_after__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_9'] = x_parse_retry_after__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_10'] = x_parse_retry_after__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_11'] = x_parse_retry_after__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_12'] = x_parse_retry_after__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_13'] = x_parse_retry_after__mutmut_13 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_14'] = x_parse_retry_after__mutmut_14 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_15'] = x_parse_retry_after__mutmut_15 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_16'] = x_parse_retry_after__mutmut_16 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_17'] = x_parse_retry_after__mutmut_17 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_18'] = x_parse_retry_after__mutmut_18 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_19'] = x_parse_retry_after__mutmut_19 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_20'] = x_parse_retry_after__mutmut_20 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_21'] = x_parse_retry_after__mutmut_21 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_22'] = x_parse_retry_after__mutmut_22 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_23'] = x_parse_retry_after__mutmut_23 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_24'] = x_parse_retry_after__mutmut_24 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_25'] = x_parse_retry_after__mutmut_25 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_26'] = x_parse_retry_after__mutmut_26 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_27'] = x_parse_retry_after__mutmut_27 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_reply__mutmut)
def parse_reply(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_orig(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_1(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = None
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_2(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(None)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_3(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES and 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_4(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code not in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_5(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 501 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_6(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 < status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_7(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code < 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_8(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 600:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_9(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = None
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_10(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(None, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_11(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, None)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_12(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_13(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, )
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_14(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            None,
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_15(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=None,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_16(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=None,
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_17(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_18(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_19(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_20(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(None),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_21(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(None, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_22(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, None)),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_23(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header("Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_24(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, )),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_25(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "XXRetry-AfterXX")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_26(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "retry-after")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_27(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "RETRY-AFTER")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_28(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_29(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 201 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_30(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 < status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_31(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code < 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_32(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 300:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_33(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(None, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_34(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, None, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_35(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, None)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_36(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_37(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_38(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, )
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_39(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = None
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_40(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(None)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_41(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is not _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_42(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = None
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_43(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if (body.lstrip()[:1] == b"<") and False else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_44(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if (body.lstrip()[:1] == b"<") or True else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_45(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "XXan HTML pageXX" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_46(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an html page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_47(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "AN HTML PAGE" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_48(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.rstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_49(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:2] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_50(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] != b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_51(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"XX<XX" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_52(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "XXinvalid JSONXX"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_53(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid json"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_54(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "INVALID JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_55(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            None,
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_56(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=None,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_57(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_58(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_59(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(None, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_60(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, None)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_61(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_62(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, )}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_63(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_64(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            None,
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_65(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=None,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_66(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_67(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_68(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(None).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_69(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(None, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_70(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, None)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_71(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_72(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, )}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_73(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = None
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_74(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get(None)
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_75(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("XXErrorCodeXX")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_76(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("errorcode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_77(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ERRORCODE")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_78(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_79(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, "XXXX"):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_80(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = None
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_81(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(None)
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_82(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(None))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_83(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = None
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_84(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get(None)
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_85(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("XXErrorMessageXX")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_86(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("errormessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_87(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ERRORMESSAGE")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_88(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_89(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if (message is None) and False else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_90(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if (message is None) or True else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_91(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is not None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_92(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(None, MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_93(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), None)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_94(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_95(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), )
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_96(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(None), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_97(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            None,
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_98(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=None,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_99(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=None,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_100(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=None,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_101(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_102(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_103(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_104(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_105(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text and 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_106(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'XXno ErrorMessageXX'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_107(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no errormessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_108(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'NO ERRORMESSAGE'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_109(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = None
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_110(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(None, redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_111(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=None)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_112(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_113(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), )
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_114(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get(None), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_115(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("XXTimestampsXX"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_116(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_117(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("TIMESTAMPS"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_118(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = None
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_119(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(None, status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_120(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=None)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_121(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_122(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), )
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_123(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(None), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_124(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(None)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_125(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = None
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_126(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["XXTimestampsXX"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_127(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_128(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["TIMESTAMPS"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_129(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES and secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_130(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name not in _KNOWN_STAGES or secrets(name) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_131(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(None) == name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def x_parse_reply__mutmut_132(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redactor | Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: a :class:`~.redaction.Redactor`, or strings (e.g. the password)
        to blank out of every text quoted from the reply.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given),
        whatever the body.
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = redactor(redact)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}: {detail}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body)
    if data is _INVALID:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        code = secrets.excerpt(_text(error_code))
        message = data.get("ErrorMessage")
        message_text = None if message is None else secrets.excerpt(_text(message), MESSAGE_CHARS)
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {code!r}: {message_text or 'no ErrorMessage'}",
            error_code=code,
            error_message=message_text,
            status_code=status_code,
        )
    try:
        stamps = parse_timestamps(data.get("Timestamps"), redact=secrets)
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(secrets(str(exc)), status_code=status_code)
    else:
        # an unknown stage named after a secret would carry it into logs and XCom
        data["Timestamps"] = {name: t for name, t in stamps.items() if name in _KNOWN_STAGES or secrets(name) != name}
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text

mutants_x_parse_reply__mutmut['_mutmut_orig'] = x_parse_reply__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_1'] = x_parse_reply__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_2'] = x_parse_reply__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_3'] = x_parse_reply__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_4'] = x_parse_reply__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_5'] = x_parse_reply__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_6'] = x_parse_reply__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_7'] = x_parse_reply__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_8'] = x_parse_reply__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_9'] = x_parse_reply__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_10'] = x_parse_reply__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_11'] = x_parse_reply__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_12'] = x_parse_reply__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_13'] = x_parse_reply__mutmut_13 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_14'] = x_parse_reply__mutmut_14 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_15'] = x_parse_reply__mutmut_15 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_16'] = x_parse_reply__mutmut_16 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_17'] = x_parse_reply__mutmut_17 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_18'] = x_parse_reply__mutmut_18 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_19'] = x_parse_reply__mutmut_19 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_20'] = x_parse_reply__mutmut_20 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_21'] = x_parse_reply__mutmut_21 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_22'] = x_parse_reply__mutmut_22 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_23'] = x_parse_reply__mutmut_23 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_24'] = x_parse_reply__mutmut_24 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_25'] = x_parse_reply__mutmut_25 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_26'] = x_parse_reply__mutmut_26 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_27'] = x_parse_reply__mutmut_27 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_28'] = x_parse_reply__mutmut_28 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_29'] = x_parse_reply__mutmut_29 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_30'] = x_parse_reply__mutmut_30 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_31'] = x_parse_reply__mutmut_31 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_32'] = x_parse_reply__mutmut_32 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_33'] = x_parse_reply__mutmut_33 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_34'] = x_parse_reply__mutmut_34 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_35'] = x_parse_reply__mutmut_35 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_36'] = x_parse_reply__mutmut_36 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_37'] = x_parse_reply__mutmut_37 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_38'] = x_parse_reply__mutmut_38 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_39'] = x_parse_reply__mutmut_39 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_40'] = x_parse_reply__mutmut_40 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_41'] = x_parse_reply__mutmut_41 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_42'] = x_parse_reply__mutmut_42 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_43'] = x_parse_reply__mutmut_43 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_44'] = x_parse_reply__mutmut_44 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_45'] = x_parse_reply__mutmut_45 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_46'] = x_parse_reply__mutmut_46 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_47'] = x_parse_reply__mutmut_47 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_48'] = x_parse_reply__mutmut_48 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_49'] = x_parse_reply__mutmut_49 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_50'] = x_parse_reply__mutmut_50 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_51'] = x_parse_reply__mutmut_51 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_52'] = x_parse_reply__mutmut_52 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_53'] = x_parse_reply__mutmut_53 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_54'] = x_parse_reply__mutmut_54 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_55'] = x_parse_reply__mutmut_55 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_56'] = x_parse_reply__mutmut_56 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_57'] = x_parse_reply__mutmut_57 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_58'] = x_parse_reply__mutmut_58 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_59'] = x_parse_reply__mutmut_59 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_60'] = x_parse_reply__mutmut_60 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_61'] = x_parse_reply__mutmut_61 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_62'] = x_parse_reply__mutmut_62 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_63'] = x_parse_reply__mutmut_63 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_64'] = x_parse_reply__mutmut_64 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_65'] = x_parse_reply__mutmut_65 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_66'] = x_parse_reply__mutmut_66 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_67'] = x_parse_reply__mutmut_67 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_68'] = x_parse_reply__mutmut_68 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_69'] = x_parse_reply__mutmut_69 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_70'] = x_parse_reply__mutmut_70 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_71'] = x_parse_reply__mutmut_71 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_72'] = x_parse_reply__mutmut_72 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_73'] = x_parse_reply__mutmut_73 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_74'] = x_parse_reply__mutmut_74 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_75'] = x_parse_reply__mutmut_75 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_76'] = x_parse_reply__mutmut_76 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_77'] = x_parse_reply__mutmut_77 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_78'] = x_parse_reply__mutmut_78 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_79'] = x_parse_reply__mutmut_79 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_80'] = x_parse_reply__mutmut_80 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_81'] = x_parse_reply__mutmut_81 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_82'] = x_parse_reply__mutmut_82 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_83'] = x_parse_reply__mutmut_83 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_84'] = x_parse_reply__mutmut_84 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_85'] = x_parse_reply__mutmut_85 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_86'] = x_parse_reply__mutmut_86 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_87'] = x_parse_reply__mutmut_87 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_88'] = x_parse_reply__mutmut_88 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_89'] = x_parse_reply__mutmut_89 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_90'] = x_parse_reply__mutmut_90 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_91'] = x_parse_reply__mutmut_91 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_92'] = x_parse_reply__mutmut_92 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_93'] = x_parse_reply__mutmut_93 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_94'] = x_parse_reply__mutmut_94 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_95'] = x_parse_reply__mutmut_95 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_96'] = x_parse_reply__mutmut_96 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_97'] = x_parse_reply__mutmut_97 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_98'] = x_parse_reply__mutmut_98 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_99'] = x_parse_reply__mutmut_99 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_100'] = x_parse_reply__mutmut_100 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_101'] = x_parse_reply__mutmut_101 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_102'] = x_parse_reply__mutmut_102 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_103'] = x_parse_reply__mutmut_103 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_104'] = x_parse_reply__mutmut_104 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_105'] = x_parse_reply__mutmut_105 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_106'] = x_parse_reply__mutmut_106 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_107'] = x_parse_reply__mutmut_107 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_108'] = x_parse_reply__mutmut_108 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_109'] = x_parse_reply__mutmut_109 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_110'] = x_parse_reply__mutmut_110 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_111'] = x_parse_reply__mutmut_111 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_112'] = x_parse_reply__mutmut_112 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_113'] = x_parse_reply__mutmut_113 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_114'] = x_parse_reply__mutmut_114 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_115'] = x_parse_reply__mutmut_115 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_116'] = x_parse_reply__mutmut_116 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_117'] = x_parse_reply__mutmut_117 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_118'] = x_parse_reply__mutmut_118 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_119'] = x_parse_reply__mutmut_119 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_120'] = x_parse_reply__mutmut_120 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_121'] = x_parse_reply__mutmut_121 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_122'] = x_parse_reply__mutmut_122 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_123'] = x_parse_reply__mutmut_123 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_124'] = x_parse_reply__mutmut_124 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_125'] = x_parse_reply__mutmut_125 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_126'] = x_parse_reply__mutmut_126 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_127'] = x_parse_reply__mutmut_127 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_128'] = x_parse_reply__mutmut_128 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_129'] = x_parse_reply__mutmut_129 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_130'] = x_parse_reply__mutmut_130 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_131'] = x_parse_reply__mutmut_131 # type: ignore # mutmut generated
mutants_x_parse_reply__mutmut['x_parse_reply__mutmut_132'] = x_parse_reply__mutmut_132 # type: ignore # mutmut generated
mutants_x_parse_timestamps__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_timestamps__mutmut)
def parse_timestamps(value: Any, *, redact: Redactor | Iterable[str] = ()) -> dict[str, InOutTimes]:
    """Parse a ``RequestTimestamps`` object; missing stages and a missing object are fine.

    Stages named in :data:`STAGES` are always kept. Any other stage is kept only
    when its name is 1 to :data:`MAX_STAGE_NAME_CHARS` printable ASCII characters
    without spaces, and only the first :data:`MAX_UNKNOWN_STAGES` of those; the
    rest are dropped unread (a server cannot grow a log line or the XCom value
    without bound). A stage whose value is ``null`` is skipped.

    :param value: the decoded ``Timestamps`` value (a dict or ``None``).
    :param redact: a :class:`~.redaction.Redactor`, or strings to blank out of a
        malformed date quoted in an error.
    :return: stage name to :class:`InOutTimes`, only for stages present and kept.
    :raises PaySecureResponseError: for a value of the wrong shape or a bad date.
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PaySecureResponseError(f"Timestamps must be an object, got {type(value).__name__}")
    secrets = redactor(redact)
    out: dict[str, InOutTimes] = {}
    unknown = 0
    for stage, times in value.items():
        if times is None:
            continue
        if stage not in _KNOWN_STAGES:
            if unknown >= MAX_UNKNOWN_STAGES or not isinstance(stage, str) or not _STAGE_NAME_RE.match(stage):
                continue
            unknown += 1
        if not isinstance(times, dict):
            raise PaySecureResponseError(f"Timestamps.{stage} must be an object, got {type(times).__name__}")
        out[stage] = InOutTimes(_date(times.get("InTime"), secrets), _date(times.get("OutTime"), secrets))
    return out


def x_parse_timestamps__mutmut_orig(value: Any, *, redact: Redactor | Iterable[str] = ()) -> dict[str, InOutTimes]:
    """Parse a ``RequestTimestamps`` object; missing stages and a missing object are fine.

    Stages named in :data:`STAGES` are always kept. Any other stage is kept only
    when its name is 1 to :data:`MAX_STAGE_NAME_CHARS` printable ASCII characters
    without spaces, and only the first :data:`MAX_UNKNOWN_STAGES` of those; the
    rest are dropped unread (a server cannot grow a log line or the XCom value
    without bound). A stage whose value is ``null`` is skipped.

    :param value: the decoded ``Timestamps`` value (a dict or ``None``).
    :param redact: a :class:`~.redaction.Redactor`, or strings to blank out of a
        malformed date quoted in an error.
    :return: stage name to :class:`InOutTimes`, only for stages present and kept.
    :raises PaySecureResponseError: for a value of the wrong shape or a bad date.
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PaySecureResponseError(f"Timestamps must be an object, got {type(value).__name__}")
    secrets = redactor(redact)
    out: dict[str, InOutTimes] = {}
    unknown = 0
    for stage, times in value.items():
        if times is None:
            continue
        if stage not in _KNOWN_STAGES:
            if unknown >= MAX_UNKNOWN_STAGES or not isinstance(stage, str) or not _STAGE_NAME_RE.match(stage):
                continue
            unknown += 1
        if not isinstance(times, dict):
            raise PaySecureResponseError(f"Timestamps.{stage} must be an object, got {type(times).__name__}")
        out[stage] = InOutTimes(_date(times.get("InTime"), secrets), _date(times.get("OutTime"), secrets))
    return out


def x_parse_timestamps__mutmut_1(value: Any, *, redact: Redactor | Iterable[str] = ()) -> dict[str, InOutTimes]:
    """Parse a ``RequestTimestamps`` object; missing stages and a missing object are fine.

    Stages named in :data:`STAGES` are always kept. Any other stage is kept only
    when its name is 1 to :data:`MAX_STAGE_NAME_CHARS` printable ASCII characters
    without spaces, and only the first :data:`MAX_UNKNOWN_STAGES` of those; the
    rest are dropped unread (a server cannot grow a log line or the XCom value
    without bound). A stage whose value is ``null`` is skipped.

    :param value: the decoded ``Timestamps`` value (a dict or ``None``).
    :param redact: a :class:`~.redaction.Redactor`, or strings to blank out of a
        malformed date quoted in an error.
    :return: stage name to :class:`InOutTimes`, only for stages present and kept.
    :raises PaySecureResponseError: for a value of the wrong shape or a bad date.
    """
    if value is not None:
        return {}
    if not isinstance(value, dict):
        raise PaySecureResponseError(f"Timestamps must be an object, got {type(value).__name__}")
    secrets = redactor(redact)
    out: dict[str, InOutTimes] = {}
    unknown = 0
    for stage, times in value.items():
        if times is None:
            continue
        if stage not in _KNOWN_STAGES:
            if unknown >= MAX_UNKNOWN_STAGES or not isinstance(stage, str) or not _STAGE_NAME_RE.match(stage):
                continue
            unknown += 1
        if not isinstance(times, dict):
            raise PaySecureResponseError(f"Timestamps.{stage} must be an object, got {type(times).__name__}")
        out[stage] = InOutTimes(_date(times.get("InTime"), secrets), _date(times.get("OutTime"), secrets))
    return out


def x_parse_timestamps__mutmut_2(value: Any, *, redact: Redactor | Iterable[str] = ()) -> dict[str, InOutTimes]:
    """Parse a ``RequestTimestamps`` object; missing stages and a missing object are fine.

    Stages named in :data:`STAGES` are always kept. Any other stage is kept only
    when its name is 1 to :data:`MAX_STAGE_NAME_CHARS` printable ASCII characters
    without spaces, and only the first :data:`MAX_UNKNOWN_STAGES` of those; the
    rest are dropped unread (a server cannot grow a log line or the XCom value
    without bound). A stage whose value is ``null`` is skipped.

    :param value: the decoded ``Timestamps`` value (a dict or ``None``).
    :param redact: a :class:`~.redaction.Redactor`, or strings to blank out of a
        malformed date quoted in an error.
    :return: stage name to :class:`InOutTimes`, only for stages present and kept.
    :raises PaySecureResponseError: for a value of the wrong shape or a bad date.
    """
    if value is None:
        return {}
    if isinstance(value, dict):
        raise PaySecureResponseError(f"Timestamps must be an object, got {type(value).__name__}")
    secrets = redactor(redact)
    out: dict[str, InOutTimes] = {}
    unknown = 0
    for stage, times in value.items():
        if times is None:
            continue
        if stage not in _KNOWN_STAGES:
            if unknown >= MAX_UNKNOWN_STAGES or not isinstance(stage, str) or not _STAGE_NAME_RE.match(stage):
                continue
            unknown += 1
        if not isinstance(times, dict):
            raise PaySecureResponseError(f"Timestamps.{stage} must be an object, got {type(times).__name__}")
        out[stage] = InOutTimes(_date(times.get("InTime"), secrets), _date(times.get("OutTime"), secrets))
    return out


def x_parse_timestamps__mutmut_3(value: Any, *, redact: Redactor | Iterable[str] = ()) -> dict[str, InOutTimes]:
    """Parse a ``RequestTimestamps`` object; missing stages and a missing object are fine.

    Stages named in :data:`STAGES` are always kept. Any other stage is kept only
    when its name is 1 to :data:`MAX_STAGE_NAME_CHARS` printable ASCII characters
    without spaces, and only the first :data:`MAX_UNKNOWN_STAGES` of those; the
    rest are dropped unread (a server cannot grow a log line or the XCom value
    without bound). A stage whose value is ``null`` is skipped.

    :param value: the decoded ``Timestamps`` value (a dict or ``None``).
    :param redact: a :class:`~.redaction.Redactor`, or strings to blank out of a
        malformed date quoted in an error.
    :return: stage name to :class:`InOutTimes`, only for stages present and kept.
    :raises PaySecureResponseError: for a value of the wrong shape or a bad date.
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PaySecureResponseError(None)
    secrets = redactor(redact)
    out: dict[str, InOutTimes] = {}
    unknown = 0
    for stage, times in value.items():
        if times is None:
            continue
        if stage not in _KNOWN_STAGES:
            if unknown >= MAX_UNKNOWN_STAGES or not isinstance(stage, str) or not _STAGE_NAME_RE.match(stage):
                continue
            unknown += 1
        if not isinstance(times, dict):
            raise PaySecureResponseError(f"Timestamps.{stage} must be an object, got {type(times).__name__}")
        out[stage] = InOutTimes(_date(times.get("InTime"), secrets), _date(times.get("OutTime"), secrets))
    return out


def x_parse_timestamps__mutmut_4(value: Any, *, redact: Redactor | Iterable[str] = ()) -> dict[str, InOutTimes]:
    """Parse a ``RequestTimestamps`` object; missing stages and a missing object are fine.

    Stages named in :data:`STAGES` are always kept. Any other stage is kept only
    when its name is 1 to :data:`MAX_STAGE_NAME_CHARS` printable ASCII characters
    without spaces, and only the first :data:`MAX_UNKNOWN_STAGES` of those; the
    rest are dropped unread (a server cannot grow a log line or the XCom value
    without bound). A stage whose value is ``null`` is skipped.

    :param value: the decoded ``Timestamps`` value (a dict or ``None``).
    :param redact: a :class:`~.redaction.Redactor`, or strings to blank out of a
        malformed date quoted in an error.
    :return: stage name to :class:`InOutTimes`, only for stages present and kept.
    :raises PaySecureResponseError: for a value of the wrong shape or a bad date.
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PaySecureResponseError(f"Timestamps must be an object, got {type(None).__name__}")
    secrets = redactor(redact)
    out: dict[str, InOutTimes] = {}
    unknown = 0
    for stage, times in value.items():
        if times is None:
            continue
        if stage not in _KNOWN_STAGES:
            if unknown >= MAX_UNKNOWN_STAGES or not isinstance(stage, str) or not _STAGE_NAME_RE.match(stage):
                continue
            unknown += 1
        if not isinstance(times, dict):
            raise PaySecureResponseError(f"Timestamps.{stage} must be an object, got {type(times).__name__}")
        out[stage] = InOutTimes(_date(times.get("InTime"), secrets), _date(times.get("OutTime"), secrets))
    return out


def x_parse_timestamps__mutmut_5(value: Any, *, redact: Redactor | Iterable[str] = ()) -> dict[str, InOutTimes]:
    """Parse a ``RequestTimestamps`` object; missing stages and a missing object are fine.

    Stages named in :data:`STAGES` are always kept. Any other stage is kept only
    when its name is 1 to :data:`MAX_STAGE_NAME_CHARS` printable ASCII characters
    without spaces, and only the first :data:`MAX_UNKNOWN_STAGES` of those; the
    rest are dropped unread (a server cannot grow a log line or the XCom value
    without bound). A stage whose value is ``null`` is skipped.

    :param value: the decoded ``Timestamps`` value (a dict or ``None``).
    :param redact: a :class:`~.redaction.Redactor`, or strings to blank out of a
        malformed date quoted in an error.
    :return: stage name to :class:`InOutTimes`, only for stages present and kept.
    :raises PaySecureResponseError: for a value of the wrong shape or a bad date.
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PaySecureResponseError(f"Timestamps must be an object, got {type(value).__name__}")
    secrets = None
    out: dict[str, InOutTimes] = {}
    unknown = 0
    for stage, times in value.items():
        if times is None:
            continue
        if stage not in _KNOWN_STAGES:
            if unknown >= MAX_UNKNOWN_STAGES or not isinstance(stage, str) or not _STAGE_NAME_RE.match(stage):
                continue
            unknown += 1
        if not isinstance(times, dict):
            raise PaySecureResponseError(f"Timestamps.{stage} must be an object, got {type(times).__name__}")
        out[stage] = InOutTimes(_date(times.get("InTime"), secrets), _date(times.get("OutTime"), secrets))
    return out


def x_parse_timestamps__mutmut_6(value: Any, *, redact: Redactor | Iterable[str] = ()) -> dict[str, InOutTimes]:
    """Parse a ``RequestTimestamps`` object; missing stages and a missing object are fine.

    Stages named in :data:`STAGES` are always kept. Any other stage is kept only
    when its name is 1 to :data:`MAX_STAGE_NAME_CHARS` printable ASCII characters
    without spaces, and only the first :data:`MAX_UNKNOWN_STAGES` of those; the
    rest are dropped unread (a server cannot grow a log line or the XCom value
    without bound). A stage whose value is ``null`` is skipped.

    :param value: the decoded ``Timestamps`` value (a dict or ``None``).
    :param redact: a :class:`~.redaction.Redactor`, or strings to blank out of a
        malformed date quoted in an error.
    :return: stage name to :class:`InOutTimes`, only for stages present and kept.
    :raises PaySecureResponseError: for a value of the wrong shape or a bad date.
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PaySecureResponseError(f"Timestamps must be an object, got {type(value).__name__}")
    secrets = redactor(None)
    out: dict[str, InOutTimes] = {}
    unknown = 0
    for stage, times in value.items():
        if times is None:
            continue
        if stage not in _KNOWN_STAGES:
            if unknown >= MAX_UNKNOWN_STAGES or not isinstance(stage, str) or not _STAGE_NAME_RE.match(stage):
                continue
            unknown += 1
        if not isinstance(times, dict):
            raise PaySecureResponseError(f"Timestamps.{stage} must be an object, got {type(times).__name__}")
        out[stage] = InOutTimes(_date(times.get("InTime"), secrets), _date(times.get("OutTime"), secrets))
    return out


def x_parse_timestamps__mutmut_7(value: Any, *, redact: Redactor | Iterable[str] = ()) -> dict[str, InOutTimes]:
    """Parse a ``RequestTimestamps`` object; missing stages and a missing object are fine.

    Stages named in :data:`STAGES` are always kept. Any other stage is kept only
    when its name is 1 to :data:`MAX_STAGE_NAME_CHARS` printable ASCII characters
    without spaces, and only the first :data:`MAX_UNKNOWN_STAGES` of those; the
    rest are dropped unread (a server cannot grow a log line or the XCom value
    without bound). A stage whose value is ``null`` is skipped.

    :param value: the decoded ``Timestamps`` value (a dict or ``None``).
    :param redact: a :class:`~.redaction.Redactor`, or strings to blank out of a
        malformed date quoted in an error.
    :return: stage name to :class:`InOutTimes`, only for stages present and kept.
    :raises PaySecureResponseError: for a value of the wrong shape or a bad date.
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PaySecureResponseError(f"Timestamps must be an object, got {type(value).__name__}")
    secrets = redactor(redact)
    out: dict[str, InOutTimes] = None
    unknown = 0
    for stage, times in value.items():
        if times is None:
            continue
        if stage not in _KNOWN_STAGES:
            if unknown >= MAX_UNKNOWN_STAGES or not isinstance(stage, str) or not _STAGE_NAME_RE.match(stage):
                continue
            unknown += 1
        if not isinstance(times, dict):
            raise PaySecureResponseError(f"Timestamps.{stage} must be an object, got {type(times).__name__}")
        out[stage] = InOutTimes(_date(times.get("InTime"), secrets), _date(times.get("OutTime"), secrets))
    return out


def x_parse_timestamps__mutmut_8(value: Any, *, redact: Redactor | Iterable[str] = ()) -> dict[str, InOutTimes]:
    """Parse a ``RequestTimestamps`` object; missing stages and a missing object are fine.

    Stages named in :data:`STAGES` are always kept. Any other stage is kept only
    when its name is 1 to :data:`MAX_STAGE_NAME_CHARS` printable ASCII characters
    without spaces, and only the first :data:`MAX_UNKNOWN_STAGES` of those; the
    rest are dropped unread (a server cannot grow a log line or the XCom value
    without bound). A stage whose value is ``null`` is skipped.

    :param value: the decoded ``Timestamps`` value (a dict or ``None``).
    :param redact: a :class:`~.redaction.Redactor`, or strings to blank out of a
        malformed date quoted in an error.
    :return: stage name to :class:`InOutTimes`, only for stages present and kept.
    :raises PaySecureResponseError: for a value of the wrong shape or a bad date.
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PaySecureResponseError(f"Timestamps must be an object, got {type(value).__name__}")
    secrets = redactor(redact)
    out: dict[str, InOutTimes] = {}
    unknown = None
    for stage, times in value.items():
        if times is None:
            continue
        if stage not in _KNOWN_STAGES:
            if unknown >= MAX_UNKNOWN_STAGES or not isinstance(stage, str) or not _STAGE_NAME_RE.match(stage):
                continue
            unknown += 1
        if not isinstance(times, dict):
            raise PaySecureResponseError(f"Timestamps.{stage} must be an object, got {type(times).__name__}")
        out[stage] = InOutTimes(_date(times.get("InTime"), secrets), _date(times.get("OutTime"), secrets))
    return out


def x_parse_timestamps__mutmut_9(value: Any, *, redact: Redactor | Iterable[str] = ()) -> dict[str, InOutTimes]:
    """Parse a ``RequestTimestamps`` object; missing stages and a missing object are fine.

    Stages named in :data:`STAGES` are always kept. Any other stage is kept only
    when its name is 1 to :data:`MAX_STAGE_NAME_CHARS` printable ASCII characters
    without spaces, and only the first :data:`MAX_UNKNOWN_STAGES` of those; the
    rest are dropped unread (a server cannot grow a log line or the XCom value
    without bound). A stage whose value is ``null`` is skipped.

    :param value: the decoded ``Timestamps`` value (a dict or ``None``).
    :param redact: a :class:`~.redaction.Redactor`, or strings to blank out of a
        malformed date quoted in an error.
    :return: stage name to :class:`InOutTimes`, only for stages present and kept.
    :raises PaySecureResponseError: for a value of the wrong shape or a bad date.
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PaySecureResponseError(f"Timestamps must be an object, got {type(value).__name__}")
    secrets = redactor(redact)
    out: dict[str, InOutTimes] = {}
    unknown = 1
    for stage, times in value.items():
        if times is None:
            continue
        if stage not in _KNOWN_STAGES:
            if unknown >= MAX_UNKNOWN_STAGES or not isinstance(stage, str) or not _STAGE_NAME_RE.match(stage):
                continue
            unknown += 1
        if not isinstance(times, dict):
            raise PaySecureResponseError(f"Timestamps.{stage} must be an object, got {type(times).__name__}")
        out[stage] = InOutTimes(_date(times.get("InTime"), secrets), _date(times.get("OutTime"), secrets))
    return out


def x_parse_timestamps__mutmut_10(value: Any, *, redact: Redactor | Iterable[str] = ()) -> dict[str, InOutTimes]:
    """Parse a ``RequestTimestamps`` object; missing stages and a missing object are fine.

    Stages named in :data:`STAGES` are always kept. Any other stage is kept only
    when its name is 1 to :data:`MAX_STAGE_NAME_CHARS` printable ASCII characters
    without spaces, and only the first :data:`MAX_UNKNOWN_STAGES` of those; the
    rest are dropped unread (a server cannot grow a log line or the XCom value
    without bound). A stage whose value is ``null`` is skipped.

    :param value: the decoded ``Timestamps`` value (a dict or ``None``).
    :param redact: a :class:`~.redaction.Redactor`, or strings to blank out of a
        malformed date quoted in an error.
    :return: stage name to :class:`InOutTimes`, only for stages present and kept.
    :raises PaySecureResponseError: for a value of the wrong shape or a bad date.
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PaySecureResponseError(f"Timestamps must be an object, got {type(value).__name__}")
    secrets = redactor(redact)
    out: dict[str, InOutTimes] = {}
    unknown = 0
    for stage, times in value.items():
        if times is not None:
            continue
        if stage not in _KNOWN_STAGES:
            if unknown >= MAX_UNKNOWN_STAGES or not isinstance(stage, str) or not _STAGE_NAME_RE.match(stage):
                continue
            unknown += 1
        if not isinstance(times, dict):
            raise PaySecureResponseError(f"Timestamps.{stage} must be an object, got {type(times).__name__}")
        out[stage] = InOutTimes(_date(times.get("InTime"), secrets), _date(times.get("OutTime"), secrets))
    return out


def x_parse_timestamps__mutmut_11(value: Any, *, redact: Redactor | Iterable[str] = ()) -> dict[str, InOutTimes]:
    """Parse a ``RequestTimestamps`` object; missing stages and a missing object are fine.

    Stages named in :data:`STAGES` are always kept. Any other stage is kept only
    when its name is 1 to :data:`MAX_STAGE_NAME_CHARS` printable ASCII characters
    without spaces, and only the first :data:`MAX_UNKNOWN_STAGES` of those; the
    rest are dropped unread (a server cannot grow a log line or the XCom value
    without bound). A stage whose value is ``null`` is skipped.

    :param value: the decoded ``Timestamps`` value (a dict or ``None``).
    :param redact: a :class:`~.redaction.Redactor`, or strings to blank out of a
        malformed date quoted in an error.
    :return: stage name to :class:`InOutTimes`, only for stages present and kept.
    :raises PaySecureResponseError: for a value of the wrong shape or a bad date.
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PaySecureResponseError(f"Timestamps must be an object, got {type(value).__name__}")
    secrets = redactor(redact)
    out: dict[str, InOutTimes] = {}
    unknown = 0
    for stage, times in value.items():
        if times is None:
            break
        if stage not in _KNOWN_STAGES:
            if unknown >= MAX_UNKNOWN_STAGES or not isinstance(stage, str) or not _STAGE_NAME_RE.match(stage):
                continue
            unknown += 1
        if not isinstance(times, dict):
            raise PaySecureResponseError(f"Timestamps.{stage} must be an object, got {type(times).__name__}")
        out[stage] = InOutTimes(_date(times.get("InTime"), secrets), _date(times.get("OutTime"), secrets))
    return out


def x_parse_timestamps__mutmut_12(value: Any, *, redact: Redactor | Iterable[str] = ()) -> dict[str, InOutTimes]:
    """Parse a ``RequestTimestamps`` object; missing stages and a missing object are fine.

    Stages named in :data:`STAGES` are always kept. Any other stage is kept only
    when its name is 1 to :data:`MAX_STAGE_NAME_CHARS` printable ASCII characters
    without spaces, and only the first :data:`MAX_UNKNOWN_STAGES` of those; the
    rest are dropped unread (a server cannot grow a log line or the XCom value
    without bound). A stage whose value is ``null`` is skipped.

    :param value: the decoded ``Timestamps`` value (a dict or ``None``).
    :param redact: a :class:`~.redaction.Redactor`, or strings to blank out of a
        malformed date quoted in an error.
    :return: stage name to :class:`InOutTimes`, only for stages present and kept.
    :raises PaySecureResponseError: for a value of the wrong shape or a bad date.
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PaySecureResponseError(f"Timestamps must be an object, got {type(value).__name__}")
    secrets = redactor(redact)
    out: dict[str, InOutTimes] = {}
    unknown = 0
    for stage, times in value.items():
        if times is None:
            continue
        if stage in _KNOWN_STAGES:
            if unknown >= MAX_UNKNOWN_STAGES or not isinstance(stage, str) or not _STAGE_NAME_RE.match(stage):
                continue
            unknown += 1
        if not isinstance(times, dict):
            raise PaySecureResponseError(f"Timestamps.{stage} must be an object, got {type(times).__name__}")
        out[stage] = InOutTimes(_date(times.get("InTime"), secrets), _date(times.get("OutTime"), secrets))
    return out


def x_parse_timestamps__mutmut_13(value: Any, *, redact: Redactor | Iterable[str] = ()) -> dict[str, InOutTimes]:
    """Parse a ``RequestTimestamps`` object; missing stages and a missing object are fine.

    Stages named in :data:`STAGES` are always kept. Any other stage is kept only
    when its name is 1 to :data:`MAX_STAGE_NAME_CHARS` printable ASCII characters
    without spaces, and only the first :data:`MAX_UNKNOWN_STAGES` of those; the
    rest are dropped unread (a server cannot grow a log line or the XCom value
    without bound). A stage whose value is ``null`` is skipped.

    :param value: the decoded ``Timestamps`` value (a dict or ``None``).
    :param redact: a :class:`~.redaction.Redactor`, or strings to blank out of a
        malformed date quoted in an error.
    :return: stage name to :class:`InOutTimes`, only for stages present and kept.
    :raises PaySecureResponseError: for a value of the wrong shape or a bad date.
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PaySecureResponseError(f"Timestamps must be an object, got {type(value).__name__}")
    secrets = redactor(redact)
    out: dict[str, InOutTimes] = {}
    unknown = 0
    for stage, times in value.items():
        if times is None:
            continue
        if stage not in _KNOWN_STAGES:
            if unknown >= MAX_UNKNOWN_STAGES or not isinstance(stage, str) and not _STAGE_NAME_RE.match(stage):
                continue
            unknown += 1
        if not isinstance(times, dict):
            raise PaySecureResponseError(f"Timestamps.{stage} must be an object, got {type(times).__name__}")
        out[stage] = InOutTimes(_date(times.get("InTime"), secrets), _date(times.get("OutTime"), secrets))
    return out


def x_parse_timestamps__mutmut_14(value: Any, *, redact: Redactor | Iterable[str] = ()) -> dict[str, InOutTimes]:
    """Parse a ``RequestTimestamps`` object; missing stages and a missing object are fine.

    Stages named in :data:`STAGES` are always kept. Any other stage is kept only
    when its name is 1 to :data:`MAX_STAGE_NAME_CHARS` printable ASCII characters
    without spaces, and only the first :data:`MAX_UNKNOWN_STAGES` of those; the
    rest are dropped unread (a server cannot grow a log line or the XCom value
    without bound). A stage whose value is ``null`` is skipped.

    :param value: the decoded ``Timestamps`` value (a dict or ``None``).
    :param redact: a :class:`~.redaction.Redactor`, or strings to blank out of a
        malformed date quoted in an error.
    :return: stage name to :class:`InOutTimes`, only for stages present and kept.
    :raises PaySecureResponseError: for a value of the wrong shape or a bad date.
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PaySecureResponseError(f"Timestamps must be an object, got {type(value).__name__}")
    secrets = redactor(redact)
    out: dict[str, InOutTimes] = {}
    unknown = 0
    for stage, times in value.items():
        if times is None:
            continue
        if stage not in _KNOWN_STAGES:
            if unknown >= MAX_UNKNOWN_STAGES and not isinstance(stage, str) or not _STAGE_NAME_RE.match(stage):
                continue
            unknown += 1
        if not isinstance(times, dict):
            raise PaySecureResponseError(f"Timestamps.{stage} must be an object, got {type(times).__name__}")
        out[stage] = InOutTimes(_date(times.get("InTime"), secrets), _date(times.get("OutTime"), secrets))
    return out


def x_parse_timestamps__mutmut_15(value: Any, *, redact: Redactor | Iterable[str] = ()) -> dict[str, InOutTimes]:
    """Parse a ``RequestTimestamps`` object; missing stages and a missing object are fine.

    Stages named in :data:`STAGES` are always kept. Any other stage is kept only
    when its name is 1 to :data:`MAX_STAGE_NAME_CHARS` printable ASCII characters
    without spaces, and only the first :data:`MAX_UNKNOWN_STAGES` of those; the
    rest are dropped unread (a server cannot grow a log line or the XCom value
    without bound). A stage whose value is ``null`` is skipped.

    :param value: the decoded ``Timestamps`` value (a dict or ``None``).
    :param redact: a :class:`~.redaction.Redactor`, or strings to blank out of a
        malformed date quoted in an error.
    :return: stage name to :class:`InOutTimes`, only for stages present and kept.
    :raises PaySecureResponseError: for a value of the wrong shape or a bad date.
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PaySecureResponseError(f"Timestamps must be an object, got {type(value).__name__}")
    secrets = redactor(redact)
    out: dict[str, InOutTimes] = {}
    unknown = 0
    for stage, times in value.items():
        if times is None:
            continue
        if stage not in _KNOWN_STAGES:
            if unknown > MAX_UNKNOWN_STAGES or not isinstance(stage, str) or not _STAGE_NAME_RE.match(stage):
                continue
            unknown += 1
        if not isinstance(times, dict):
            raise PaySecureResponseError(f"Timestamps.{stage} must be an object, got {type(times).__name__}")
        out[stage] = InOutTimes(_date(times.get("InTime"), secrets), _date(times.get("OutTime"), secrets))
    return out


def x_parse_timestamps__mutmut_16(value: Any, *, redact: Redactor | Iterable[str] = ()) -> dict[str, InOutTimes]:
    """Parse a ``RequestTimestamps`` object; missing stages and a missing object are fine.

    Stages named in :data:`STAGES` are always kept. Any other stage is kept only
    when its name is 1 to :data:`MAX_STAGE_NAME_CHARS` printable ASCII characters
    without spaces, and only the first :data:`MAX_UNKNOWN_STAGES` of those; the
    rest are dropped unread (a server cannot grow a log line or the XCom value
    without bound). A stage whose value is ``null`` is skipped.

    :param value: the decoded ``Timestamps`` value (a dict or ``None``).
    :param redact: a :class:`~.redaction.Redactor`, or strings to blank out of a
        malformed date quoted in an error.
    :return: stage name to :class:`InOutTimes`, only for stages present and kept.
    :raises PaySecureResponseError: for a value of the wrong shape or a bad date.
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PaySecureResponseError(f"Timestamps must be an object, got {type(value).__name__}")
    secrets = redactor(redact)
    out: dict[str, InOutTimes] = {}
    unknown = 0
    for stage, times in value.items():
        if times is None:
            continue
        if stage not in _KNOWN_STAGES:
            if unknown >= MAX_UNKNOWN_STAGES or isinstance(stage, str) or not _STAGE_NAME_RE.match(stage):
                continue
            unknown += 1
        if not isinstance(times, dict):
            raise PaySecureResponseError(f"Timestamps.{stage} must be an object, got {type(times).__name__}")
        out[stage] = InOutTimes(_date(times.get("InTime"), secrets), _date(times.get("OutTime"), secrets))
    return out


def x_parse_timestamps__mutmut_17(value: Any, *, redact: Redactor | Iterable[str] = ()) -> dict[str, InOutTimes]:
    """Parse a ``RequestTimestamps`` object; missing stages and a missing object are fine.

    Stages named in :data:`STAGES` are always kept. Any other stage is kept only
    when its name is 1 to :data:`MAX_STAGE_NAME_CHARS` printable ASCII characters
    without spaces, and only the first :data:`MAX_UNKNOWN_STAGES` of those; the
    rest are dropped unread (a server cannot grow a log line or the XCom value
    without bound). A stage whose value is ``null`` is skipped.

    :param value: the decoded ``Timestamps`` value (a dict or ``None``).
    :param redact: a :class:`~.redaction.Redactor`, or strings to blank out of a
        malformed date quoted in an error.
    :return: stage name to :class:`InOutTimes`, only for stages present and kept.
    :raises PaySecureResponseError: for a value of the wrong shape or a bad date.
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PaySecureResponseError(f"Timestamps must be an object, got {type(value).__name__}")
    secrets = redactor(redact)
    out: dict[str, InOutTimes] = {}
    unknown = 0
    for stage, times in value.items():
        if times is None:
            continue
        if stage not in _KNOWN_STAGES:
            if unknown >= MAX_UNKNOWN_STAGES or not isinstance(stage, str) or _STAGE_NAME_RE.match(stage):
                continue
            unknown += 1
        if not isinstance(times, dict):
            raise PaySecureResponseError(f"Timestamps.{stage} must be an object, got {type(times).__name__}")
        out[stage] = InOutTimes(_date(times.get("InTime"), secrets), _date(times.get("OutTime"), secrets))
    return out


def x_parse_timestamps__mutmut_18(value: Any, *, redact: Redactor | Iterable[str] = ()) -> dict[str, InOutTimes]:
    """Parse a ``RequestTimestamps`` object; missing stages and a missing object are fine.

    Stages named in :data:`STAGES` are always kept. Any other stage is kept only
    when its name is 1 to :data:`MAX_STAGE_NAME_CHARS` printable ASCII characters
    without spaces, and only the first :data:`MAX_UNKNOWN_STAGES` of those; the
    rest are dropped unread (a server cannot grow a log line or the XCom value
    without bound). A stage whose value is ``null`` is skipped.

    :param value: the decoded ``Timestamps`` value (a dict or ``None``).
    :param redact: a :class:`~.redaction.Redactor`, or strings to blank out of a
        malformed date quoted in an error.
    :return: stage name to :class:`InOutTimes`, only for stages present and kept.
    :raises PaySecureResponseError: for a value of the wrong shape or a bad date.
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PaySecureResponseError(f"Timestamps must be an object, got {type(value).__name__}")
    secrets = redactor(redact)
    out: dict[str, InOutTimes] = {}
    unknown = 0
    for stage, times in value.items():
        if times is None:
            continue
        if stage not in _KNOWN_STAGES:
            if unknown >= MAX_UNKNOWN_STAGES or not isinstance(stage, str) or not _STAGE_NAME_RE.match(None):
                continue
            unknown += 1
        if not isinstance(times, dict):
            raise PaySecureResponseError(f"Timestamps.{stage} must be an object, got {type(times).__name__}")
        out[stage] = InOutTimes(_date(times.get("InTime"), secrets), _date(times.get("OutTime"), secrets))
    return out


def x_parse_timestamps__mutmut_19(value: Any, *, redact: Redactor | Iterable[str] = ()) -> dict[str, InOutTimes]:
    """Parse a ``RequestTimestamps`` object; missing stages and a missing object are fine.

    Stages named in :data:`STAGES` are always kept. Any other stage is kept only
    when its name is 1 to :data:`MAX_STAGE_NAME_CHARS` printable ASCII characters
    without spaces, and only the first :data:`MAX_UNKNOWN_STAGES` of those; the
    rest are dropped unread (a server cannot grow a log line or the XCom value
    without bound). A stage whose value is ``null`` is skipped.

    :param value: the decoded ``Timestamps`` value (a dict or ``None``).
    :param redact: a :class:`~.redaction.Redactor`, or strings to blank out of a
        malformed date quoted in an error.
    :return: stage name to :class:`InOutTimes`, only for stages present and kept.
    :raises PaySecureResponseError: for a value of the wrong shape or a bad date.
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PaySecureResponseError(f"Timestamps must be an object, got {type(value).__name__}")
    secrets = redactor(redact)
    out: dict[str, InOutTimes] = {}
    unknown = 0
    for stage, times in value.items():
        if times is None:
            continue
        if stage not in _KNOWN_STAGES:
            if unknown >= MAX_UNKNOWN_STAGES or not isinstance(stage, str) or not _STAGE_NAME_RE.match(stage):
                break
            unknown += 1
        if not isinstance(times, dict):
            raise PaySecureResponseError(f"Timestamps.{stage} must be an object, got {type(times).__name__}")
        out[stage] = InOutTimes(_date(times.get("InTime"), secrets), _date(times.get("OutTime"), secrets))
    return out


def x_parse_timestamps__mutmut_20(value: Any, *, redact: Redactor | Iterable[str] = ()) -> dict[str, InOutTimes]:
    """Parse a ``RequestTimestamps`` object; missing stages and a missing object are fine.

    Stages named in :data:`STAGES` are always kept. Any other stage is kept only
    when its name is 1 to :data:`MAX_STAGE_NAME_CHARS` printable ASCII characters
    without spaces, and only the first :data:`MAX_UNKNOWN_STAGES` of those; the
    rest are dropped unread (a server cannot grow a log line or the XCom value
    without bound). A stage whose value is ``null`` is skipped.

    :param value: the decoded ``Timestamps`` value (a dict or ``None``).
    :param redact: a :class:`~.redaction.Redactor`, or strings to blank out of a
        malformed date quoted in an error.
    :return: stage name to :class:`InOutTimes`, only for stages present and kept.
    :raises PaySecureResponseError: for a value of the wrong shape or a bad date.
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PaySecureResponseError(f"Timestamps must be an object, got {type(value).__name__}")
    secrets = redactor(redact)
    out: dict[str, InOutTimes] = {}
    unknown = 0
    for stage, times in value.items():
        if times is None:
            continue
        if stage not in _KNOWN_STAGES:
            if unknown >= MAX_UNKNOWN_STAGES or not isinstance(stage, str) or not _STAGE_NAME_RE.match(stage):
                continue
            unknown = 1
        if not isinstance(times, dict):
            raise PaySecureResponseError(f"Timestamps.{stage} must be an object, got {type(times).__name__}")
        out[stage] = InOutTimes(_date(times.get("InTime"), secrets), _date(times.get("OutTime"), secrets))
    return out


def x_parse_timestamps__mutmut_21(value: Any, *, redact: Redactor | Iterable[str] = ()) -> dict[str, InOutTimes]:
    """Parse a ``RequestTimestamps`` object; missing stages and a missing object are fine.

    Stages named in :data:`STAGES` are always kept. Any other stage is kept only
    when its name is 1 to :data:`MAX_STAGE_NAME_CHARS` printable ASCII characters
    without spaces, and only the first :data:`MAX_UNKNOWN_STAGES` of those; the
    rest are dropped unread (a server cannot grow a log line or the XCom value
    without bound). A stage whose value is ``null`` is skipped.

    :param value: the decoded ``Timestamps`` value (a dict or ``None``).
    :param redact: a :class:`~.redaction.Redactor`, or strings to blank out of a
        malformed date quoted in an error.
    :return: stage name to :class:`InOutTimes`, only for stages present and kept.
    :raises PaySecureResponseError: for a value of the wrong shape or a bad date.
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PaySecureResponseError(f"Timestamps must be an object, got {type(value).__name__}")
    secrets = redactor(redact)
    out: dict[str, InOutTimes] = {}
    unknown = 0
    for stage, times in value.items():
        if times is None:
            continue
        if stage not in _KNOWN_STAGES:
            if unknown >= MAX_UNKNOWN_STAGES or not isinstance(stage, str) or not _STAGE_NAME_RE.match(stage):
                continue
            unknown -= 1
        if not isinstance(times, dict):
            raise PaySecureResponseError(f"Timestamps.{stage} must be an object, got {type(times).__name__}")
        out[stage] = InOutTimes(_date(times.get("InTime"), secrets), _date(times.get("OutTime"), secrets))
    return out


def x_parse_timestamps__mutmut_22(value: Any, *, redact: Redactor | Iterable[str] = ()) -> dict[str, InOutTimes]:
    """Parse a ``RequestTimestamps`` object; missing stages and a missing object are fine.

    Stages named in :data:`STAGES` are always kept. Any other stage is kept only
    when its name is 1 to :data:`MAX_STAGE_NAME_CHARS` printable ASCII characters
    without spaces, and only the first :data:`MAX_UNKNOWN_STAGES` of those; the
    rest are dropped unread (a server cannot grow a log line or the XCom value
    without bound). A stage whose value is ``null`` is skipped.

    :param value: the decoded ``Timestamps`` value (a dict or ``None``).
    :param redact: a :class:`~.redaction.Redactor`, or strings to blank out of a
        malformed date quoted in an error.
    :return: stage name to :class:`InOutTimes`, only for stages present and kept.
    :raises PaySecureResponseError: for a value of the wrong shape or a bad date.
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PaySecureResponseError(f"Timestamps must be an object, got {type(value).__name__}")
    secrets = redactor(redact)
    out: dict[str, InOutTimes] = {}
    unknown = 0
    for stage, times in value.items():
        if times is None:
            continue
        if stage not in _KNOWN_STAGES:
            if unknown >= MAX_UNKNOWN_STAGES or not isinstance(stage, str) or not _STAGE_NAME_RE.match(stage):
                continue
            unknown += 2
        if not isinstance(times, dict):
            raise PaySecureResponseError(f"Timestamps.{stage} must be an object, got {type(times).__name__}")
        out[stage] = InOutTimes(_date(times.get("InTime"), secrets), _date(times.get("OutTime"), secrets))
    return out


def x_parse_timestamps__mutmut_23(value: Any, *, redact: Redactor | Iterable[str] = ()) -> dict[str, InOutTimes]:
    """Parse a ``RequestTimestamps`` object; missing stages and a missing object are fine.

    Stages named in :data:`STAGES` are always kept. Any other stage is kept only
    when its name is 1 to :data:`MAX_STAGE_NAME_CHARS` printable ASCII characters
    without spaces, and only the first :data:`MAX_UNKNOWN_STAGES` of those; the
    rest are dropped unread (a server cannot grow a log line or the XCom value
    without bound). A stage whose value is ``null`` is skipped.

    :param value: the decoded ``Timestamps`` value (a dict or ``None``).
    :param redact: a :class:`~.redaction.Redactor`, or strings to blank out of a
        malformed date quoted in an error.
    :return: stage name to :class:`InOutTimes`, only for stages present and kept.
    :raises PaySecureResponseError: for a value of the wrong shape or a bad date.
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PaySecureResponseError(f"Timestamps must be an object, got {type(value).__name__}")
    secrets = redactor(redact)
    out: dict[str, InOutTimes] = {}
    unknown = 0
    for stage, times in value.items():
        if times is None:
            continue
        if stage not in _KNOWN_STAGES:
            if unknown >= MAX_UNKNOWN_STAGES or not isinstance(stage, str) or not _STAGE_NAME_RE.match(stage):
                continue
            unknown += 1
        if isinstance(times, dict):
            raise PaySecureResponseError(f"Timestamps.{stage} must be an object, got {type(times).__name__}")
        out[stage] = InOutTimes(_date(times.get("InTime"), secrets), _date(times.get("OutTime"), secrets))
    return out


def x_parse_timestamps__mutmut_24(value: Any, *, redact: Redactor | Iterable[str] = ()) -> dict[str, InOutTimes]:
    """Parse a ``RequestTimestamps`` object; missing stages and a missing object are fine.

    Stages named in :data:`STAGES` are always kept. Any other stage is kept only
    when its name is 1 to :data:`MAX_STAGE_NAME_CHARS` printable ASCII characters
    without spaces, and only the first :data:`MAX_UNKNOWN_STAGES` of those; the
    rest are dropped unread (a server cannot grow a log line or the XCom value
    without bound). A stage whose value is ``null`` is skipped.

    :param value: the decoded ``Timestamps`` value (a dict or ``None``).
    :param redact: a :class:`~.redaction.Redactor`, or strings to blank out of a
        malformed date quoted in an error.
    :return: stage name to :class:`InOutTimes`, only for stages present and kept.
    :raises PaySecureResponseError: for a value of the wrong shape or a bad date.
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PaySecureResponseError(f"Timestamps must be an object, got {type(value).__name__}")
    secrets = redactor(redact)
    out: dict[str, InOutTimes] = {}
    unknown = 0
    for stage, times in value.items():
        if times is None:
            continue
        if stage not in _KNOWN_STAGES:
            if unknown >= MAX_UNKNOWN_STAGES or not isinstance(stage, str) or not _STAGE_NAME_RE.match(stage):
                continue
            unknown += 1
        if not isinstance(times, dict):
            raise PaySecureResponseError(None)
        out[stage] = InOutTimes(_date(times.get("InTime"), secrets), _date(times.get("OutTime"), secrets))
    return out


def x_parse_timestamps__mutmut_25(value: Any, *, redact: Redactor | Iterable[str] = ()) -> dict[str, InOutTimes]:
    """Parse a ``RequestTimestamps`` object; missing stages and a missing object are fine.

    Stages named in :data:`STAGES` are always kept. Any other stage is kept only
    when its name is 1 to :data:`MAX_STAGE_NAME_CHARS` printable ASCII characters
    without spaces, and only the first :data:`MAX_UNKNOWN_STAGES` of those; the
    rest are dropped unread (a server cannot grow a log line or the XCom value
    without bound). A stage whose value is ``null`` is skipped.

    :param value: the decoded ``Timestamps`` value (a dict or ``None``).
    :param redact: a :class:`~.redaction.Redactor`, or strings to blank out of a
        malformed date quoted in an error.
    :return: stage name to :class:`InOutTimes`, only for stages present and kept.
    :raises PaySecureResponseError: for a value of the wrong shape or a bad date.
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PaySecureResponseError(f"Timestamps must be an object, got {type(value).__name__}")
    secrets = redactor(redact)
    out: dict[str, InOutTimes] = {}
    unknown = 0
    for stage, times in value.items():
        if times is None:
            continue
        if stage not in _KNOWN_STAGES:
            if unknown >= MAX_UNKNOWN_STAGES or not isinstance(stage, str) or not _STAGE_NAME_RE.match(stage):
                continue
            unknown += 1
        if not isinstance(times, dict):
            raise PaySecureResponseError(f"Timestamps.{stage} must be an object, got {type(None).__name__}")
        out[stage] = InOutTimes(_date(times.get("InTime"), secrets), _date(times.get("OutTime"), secrets))
    return out


def x_parse_timestamps__mutmut_26(value: Any, *, redact: Redactor | Iterable[str] = ()) -> dict[str, InOutTimes]:
    """Parse a ``RequestTimestamps`` object; missing stages and a missing object are fine.

    Stages named in :data:`STAGES` are always kept. Any other stage is kept only
    when its name is 1 to :data:`MAX_STAGE_NAME_CHARS` printable ASCII characters
    without spaces, and only the first :data:`MAX_UNKNOWN_STAGES` of those; the
    rest are dropped unread (a server cannot grow a log line or the XCom value
    without bound). A stage whose value is ``null`` is skipped.

    :param value: the decoded ``Timestamps`` value (a dict or ``None``).
    :param redact: a :class:`~.redaction.Redactor`, or strings to blank out of a
        malformed date quoted in an error.
    :return: stage name to :class:`InOutTimes`, only for stages present and kept.
    :raises PaySecureResponseError: for a value of the wrong shape or a bad date.
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PaySecureResponseError(f"Timestamps must be an object, got {type(value).__name__}")
    secrets = redactor(redact)
    out: dict[str, InOutTimes] = {}
    unknown = 0
    for stage, times in value.items():
        if times is None:
            continue
        if stage not in _KNOWN_STAGES:
            if unknown >= MAX_UNKNOWN_STAGES or not isinstance(stage, str) or not _STAGE_NAME_RE.match(stage):
                continue
            unknown += 1
        if not isinstance(times, dict):
            raise PaySecureResponseError(f"Timestamps.{stage} must be an object, got {type(times).__name__}")
        out[stage] = None
    return out


def x_parse_timestamps__mutmut_27(value: Any, *, redact: Redactor | Iterable[str] = ()) -> dict[str, InOutTimes]:
    """Parse a ``RequestTimestamps`` object; missing stages and a missing object are fine.

    Stages named in :data:`STAGES` are always kept. Any other stage is kept only
    when its name is 1 to :data:`MAX_STAGE_NAME_CHARS` printable ASCII characters
    without spaces, and only the first :data:`MAX_UNKNOWN_STAGES` of those; the
    rest are dropped unread (a server cannot grow a log line or the XCom value
    without bound). A stage whose value is ``null`` is skipped.

    :param value: the decoded ``Timestamps`` value (a dict or ``None``).
    :param redact: a :class:`~.redaction.Redactor`, or strings to blank out of a
        malformed date quoted in an error.
    :return: stage name to :class:`InOutTimes`, only for stages present and kept.
    :raises PaySecureResponseError: for a value of the wrong shape or a bad date.
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PaySecureResponseError(f"Timestamps must be an object, got {type(value).__name__}")
    secrets = redactor(redact)
    out: dict[str, InOutTimes] = {}
    unknown = 0
    for stage, times in value.items():
        if times is None:
            continue
        if stage not in _KNOWN_STAGES:
            if unknown >= MAX_UNKNOWN_STAGES or not isinstance(stage, str) or not _STAGE_NAME_RE.match(stage):
                continue
            unknown += 1
        if not isinstance(times, dict):
            raise PaySecureResponseError(f"Timestamps.{stage} must be an object, got {type(times).__name__}")
        out[stage] = InOutTimes(None, _date(times.get("OutTime"), secrets))
    return out


def x_parse_timestamps__mutmut_28(value: Any, *, redact: Redactor | Iterable[str] = ()) -> dict[str, InOutTimes]:
    """Parse a ``RequestTimestamps`` object; missing stages and a missing object are fine.

    Stages named in :data:`STAGES` are always kept. Any other stage is kept only
    when its name is 1 to :data:`MAX_STAGE_NAME_CHARS` printable ASCII characters
    without spaces, and only the first :data:`MAX_UNKNOWN_STAGES` of those; the
    rest are dropped unread (a server cannot grow a log line or the XCom value
    without bound). A stage whose value is ``null`` is skipped.

    :param value: the decoded ``Timestamps`` value (a dict or ``None``).
    :param redact: a :class:`~.redaction.Redactor`, or strings to blank out of a
        malformed date quoted in an error.
    :return: stage name to :class:`InOutTimes`, only for stages present and kept.
    :raises PaySecureResponseError: for a value of the wrong shape or a bad date.
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PaySecureResponseError(f"Timestamps must be an object, got {type(value).__name__}")
    secrets = redactor(redact)
    out: dict[str, InOutTimes] = {}
    unknown = 0
    for stage, times in value.items():
        if times is None:
            continue
        if stage not in _KNOWN_STAGES:
            if unknown >= MAX_UNKNOWN_STAGES or not isinstance(stage, str) or not _STAGE_NAME_RE.match(stage):
                continue
            unknown += 1
        if not isinstance(times, dict):
            raise PaySecureResponseError(f"Timestamps.{stage} must be an object, got {type(times).__name__}")
        out[stage] = InOutTimes(_date(times.get("InTime"), secrets), None)
    return out


def x_parse_timestamps__mutmut_29(value: Any, *, redact: Redactor | Iterable[str] = ()) -> dict[str, InOutTimes]:
    """Parse a ``RequestTimestamps`` object; missing stages and a missing object are fine.

    Stages named in :data:`STAGES` are always kept. Any other stage is kept only
    when its name is 1 to :data:`MAX_STAGE_NAME_CHARS` printable ASCII characters
    without spaces, and only the first :data:`MAX_UNKNOWN_STAGES` of those; the
    rest are dropped unread (a server cannot grow a log line or the XCom value
    without bound). A stage whose value is ``null`` is skipped.

    :param value: the decoded ``Timestamps`` value (a dict or ``None``).
    :param redact: a :class:`~.redaction.Redactor`, or strings to blank out of a
        malformed date quoted in an error.
    :return: stage name to :class:`InOutTimes`, only for stages present and kept.
    :raises PaySecureResponseError: for a value of the wrong shape or a bad date.
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PaySecureResponseError(f"Timestamps must be an object, got {type(value).__name__}")
    secrets = redactor(redact)
    out: dict[str, InOutTimes] = {}
    unknown = 0
    for stage, times in value.items():
        if times is None:
            continue
        if stage not in _KNOWN_STAGES:
            if unknown >= MAX_UNKNOWN_STAGES or not isinstance(stage, str) or not _STAGE_NAME_RE.match(stage):
                continue
            unknown += 1
        if not isinstance(times, dict):
            raise PaySecureResponseError(f"Timestamps.{stage} must be an object, got {type(times).__name__}")
        out[stage] = InOutTimes(_date(times.get("OutTime"), secrets))
    return out


def x_parse_timestamps__mutmut_30(value: Any, *, redact: Redactor | Iterable[str] = ()) -> dict[str, InOutTimes]:
    """Parse a ``RequestTimestamps`` object; missing stages and a missing object are fine.

    Stages named in :data:`STAGES` are always kept. Any other stage is kept only
    when its name is 1 to :data:`MAX_STAGE_NAME_CHARS` printable ASCII characters
    without spaces, and only the first :data:`MAX_UNKNOWN_STAGES` of those; the
    rest are dropped unread (a server cannot grow a log line or the XCom value
    without bound). A stage whose value is ``null`` is skipped.

    :param value: the decoded ``Timestamps`` value (a dict or ``None``).
    :param redact: a :class:`~.redaction.Redactor`, or strings to blank out of a
        malformed date quoted in an error.
    :return: stage name to :class:`InOutTimes`, only for stages present and kept.
    :raises PaySecureResponseError: for a value of the wrong shape or a bad date.
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PaySecureResponseError(f"Timestamps must be an object, got {type(value).__name__}")
    secrets = redactor(redact)
    out: dict[str, InOutTimes] = {}
    unknown = 0
    for stage, times in value.items():
        if times is None:
            continue
        if stage not in _KNOWN_STAGES:
            if unknown >= MAX_UNKNOWN_STAGES or not isinstance(stage, str) or not _STAGE_NAME_RE.match(stage):
                continue
            unknown += 1
        if not isinstance(times, dict):
            raise PaySecureResponseError(f"Timestamps.{stage} must be an object, got {type(times).__name__}")
        out[stage] = InOutTimes(_date(times.get("InTime"), secrets), )
    return out


def x_parse_timestamps__mutmut_31(value: Any, *, redact: Redactor | Iterable[str] = ()) -> dict[str, InOutTimes]:
    """Parse a ``RequestTimestamps`` object; missing stages and a missing object are fine.

    Stages named in :data:`STAGES` are always kept. Any other stage is kept only
    when its name is 1 to :data:`MAX_STAGE_NAME_CHARS` printable ASCII characters
    without spaces, and only the first :data:`MAX_UNKNOWN_STAGES` of those; the
    rest are dropped unread (a server cannot grow a log line or the XCom value
    without bound). A stage whose value is ``null`` is skipped.

    :param value: the decoded ``Timestamps`` value (a dict or ``None``).
    :param redact: a :class:`~.redaction.Redactor`, or strings to blank out of a
        malformed date quoted in an error.
    :return: stage name to :class:`InOutTimes`, only for stages present and kept.
    :raises PaySecureResponseError: for a value of the wrong shape or a bad date.
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PaySecureResponseError(f"Timestamps must be an object, got {type(value).__name__}")
    secrets = redactor(redact)
    out: dict[str, InOutTimes] = {}
    unknown = 0
    for stage, times in value.items():
        if times is None:
            continue
        if stage not in _KNOWN_STAGES:
            if unknown >= MAX_UNKNOWN_STAGES or not isinstance(stage, str) or not _STAGE_NAME_RE.match(stage):
                continue
            unknown += 1
        if not isinstance(times, dict):
            raise PaySecureResponseError(f"Timestamps.{stage} must be an object, got {type(times).__name__}")
        out[stage] = InOutTimes(_date(None, secrets), _date(times.get("OutTime"), secrets))
    return out


def x_parse_timestamps__mutmut_32(value: Any, *, redact: Redactor | Iterable[str] = ()) -> dict[str, InOutTimes]:
    """Parse a ``RequestTimestamps`` object; missing stages and a missing object are fine.

    Stages named in :data:`STAGES` are always kept. Any other stage is kept only
    when its name is 1 to :data:`MAX_STAGE_NAME_CHARS` printable ASCII characters
    without spaces, and only the first :data:`MAX_UNKNOWN_STAGES` of those; the
    rest are dropped unread (a server cannot grow a log line or the XCom value
    without bound). A stage whose value is ``null`` is skipped.

    :param value: the decoded ``Timestamps`` value (a dict or ``None``).
    :param redact: a :class:`~.redaction.Redactor`, or strings to blank out of a
        malformed date quoted in an error.
    :return: stage name to :class:`InOutTimes`, only for stages present and kept.
    :raises PaySecureResponseError: for a value of the wrong shape or a bad date.
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PaySecureResponseError(f"Timestamps must be an object, got {type(value).__name__}")
    secrets = redactor(redact)
    out: dict[str, InOutTimes] = {}
    unknown = 0
    for stage, times in value.items():
        if times is None:
            continue
        if stage not in _KNOWN_STAGES:
            if unknown >= MAX_UNKNOWN_STAGES or not isinstance(stage, str) or not _STAGE_NAME_RE.match(stage):
                continue
            unknown += 1
        if not isinstance(times, dict):
            raise PaySecureResponseError(f"Timestamps.{stage} must be an object, got {type(times).__name__}")
        out[stage] = InOutTimes(_date(times.get("InTime"), None), _date(times.get("OutTime"), secrets))
    return out


def x_parse_timestamps__mutmut_33(value: Any, *, redact: Redactor | Iterable[str] = ()) -> dict[str, InOutTimes]:
    """Parse a ``RequestTimestamps`` object; missing stages and a missing object are fine.

    Stages named in :data:`STAGES` are always kept. Any other stage is kept only
    when its name is 1 to :data:`MAX_STAGE_NAME_CHARS` printable ASCII characters
    without spaces, and only the first :data:`MAX_UNKNOWN_STAGES` of those; the
    rest are dropped unread (a server cannot grow a log line or the XCom value
    without bound). A stage whose value is ``null`` is skipped.

    :param value: the decoded ``Timestamps`` value (a dict or ``None``).
    :param redact: a :class:`~.redaction.Redactor`, or strings to blank out of a
        malformed date quoted in an error.
    :return: stage name to :class:`InOutTimes`, only for stages present and kept.
    :raises PaySecureResponseError: for a value of the wrong shape or a bad date.
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PaySecureResponseError(f"Timestamps must be an object, got {type(value).__name__}")
    secrets = redactor(redact)
    out: dict[str, InOutTimes] = {}
    unknown = 0
    for stage, times in value.items():
        if times is None:
            continue
        if stage not in _KNOWN_STAGES:
            if unknown >= MAX_UNKNOWN_STAGES or not isinstance(stage, str) or not _STAGE_NAME_RE.match(stage):
                continue
            unknown += 1
        if not isinstance(times, dict):
            raise PaySecureResponseError(f"Timestamps.{stage} must be an object, got {type(times).__name__}")
        out[stage] = InOutTimes(_date(secrets), _date(times.get("OutTime"), secrets))
    return out


def x_parse_timestamps__mutmut_34(value: Any, *, redact: Redactor | Iterable[str] = ()) -> dict[str, InOutTimes]:
    """Parse a ``RequestTimestamps`` object; missing stages and a missing object are fine.

    Stages named in :data:`STAGES` are always kept. Any other stage is kept only
    when its name is 1 to :data:`MAX_STAGE_NAME_CHARS` printable ASCII characters
    without spaces, and only the first :data:`MAX_UNKNOWN_STAGES` of those; the
    rest are dropped unread (a server cannot grow a log line or the XCom value
    without bound). A stage whose value is ``null`` is skipped.

    :param value: the decoded ``Timestamps`` value (a dict or ``None``).
    :param redact: a :class:`~.redaction.Redactor`, or strings to blank out of a
        malformed date quoted in an error.
    :return: stage name to :class:`InOutTimes`, only for stages present and kept.
    :raises PaySecureResponseError: for a value of the wrong shape or a bad date.
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PaySecureResponseError(f"Timestamps must be an object, got {type(value).__name__}")
    secrets = redactor(redact)
    out: dict[str, InOutTimes] = {}
    unknown = 0
    for stage, times in value.items():
        if times is None:
            continue
        if stage not in _KNOWN_STAGES:
            if unknown >= MAX_UNKNOWN_STAGES or not isinstance(stage, str) or not _STAGE_NAME_RE.match(stage):
                continue
            unknown += 1
        if not isinstance(times, dict):
            raise PaySecureResponseError(f"Timestamps.{stage} must be an object, got {type(times).__name__}")
        out[stage] = InOutTimes(_date(times.get("InTime"), ), _date(times.get("OutTime"), secrets))
    return out


def x_parse_timestamps__mutmut_35(value: Any, *, redact: Redactor | Iterable[str] = ()) -> dict[str, InOutTimes]:
    """Parse a ``RequestTimestamps`` object; missing stages and a missing object are fine.

    Stages named in :data:`STAGES` are always kept. Any other stage is kept only
    when its name is 1 to :data:`MAX_STAGE_NAME_CHARS` printable ASCII characters
    without spaces, and only the first :data:`MAX_UNKNOWN_STAGES` of those; the
    rest are dropped unread (a server cannot grow a log line or the XCom value
    without bound). A stage whose value is ``null`` is skipped.

    :param value: the decoded ``Timestamps`` value (a dict or ``None``).
    :param redact: a :class:`~.redaction.Redactor`, or strings to blank out of a
        malformed date quoted in an error.
    :return: stage name to :class:`InOutTimes`, only for stages present and kept.
    :raises PaySecureResponseError: for a value of the wrong shape or a bad date.
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PaySecureResponseError(f"Timestamps must be an object, got {type(value).__name__}")
    secrets = redactor(redact)
    out: dict[str, InOutTimes] = {}
    unknown = 0
    for stage, times in value.items():
        if times is None:
            continue
        if stage not in _KNOWN_STAGES:
            if unknown >= MAX_UNKNOWN_STAGES or not isinstance(stage, str) or not _STAGE_NAME_RE.match(stage):
                continue
            unknown += 1
        if not isinstance(times, dict):
            raise PaySecureResponseError(f"Timestamps.{stage} must be an object, got {type(times).__name__}")
        out[stage] = InOutTimes(_date(times.get(None), secrets), _date(times.get("OutTime"), secrets))
    return out


def x_parse_timestamps__mutmut_36(value: Any, *, redact: Redactor | Iterable[str] = ()) -> dict[str, InOutTimes]:
    """Parse a ``RequestTimestamps`` object; missing stages and a missing object are fine.

    Stages named in :data:`STAGES` are always kept. Any other stage is kept only
    when its name is 1 to :data:`MAX_STAGE_NAME_CHARS` printable ASCII characters
    without spaces, and only the first :data:`MAX_UNKNOWN_STAGES` of those; the
    rest are dropped unread (a server cannot grow a log line or the XCom value
    without bound). A stage whose value is ``null`` is skipped.

    :param value: the decoded ``Timestamps`` value (a dict or ``None``).
    :param redact: a :class:`~.redaction.Redactor`, or strings to blank out of a
        malformed date quoted in an error.
    :return: stage name to :class:`InOutTimes`, only for stages present and kept.
    :raises PaySecureResponseError: for a value of the wrong shape or a bad date.
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PaySecureResponseError(f"Timestamps must be an object, got {type(value).__name__}")
    secrets = redactor(redact)
    out: dict[str, InOutTimes] = {}
    unknown = 0
    for stage, times in value.items():
        if times is None:
            continue
        if stage not in _KNOWN_STAGES:
            if unknown >= MAX_UNKNOWN_STAGES or not isinstance(stage, str) or not _STAGE_NAME_RE.match(stage):
                continue
            unknown += 1
        if not isinstance(times, dict):
            raise PaySecureResponseError(f"Timestamps.{stage} must be an object, got {type(times).__name__}")
        out[stage] = InOutTimes(_date(times.get("XXInTimeXX"), secrets), _date(times.get("OutTime"), secrets))
    return out


def x_parse_timestamps__mutmut_37(value: Any, *, redact: Redactor | Iterable[str] = ()) -> dict[str, InOutTimes]:
    """Parse a ``RequestTimestamps`` object; missing stages and a missing object are fine.

    Stages named in :data:`STAGES` are always kept. Any other stage is kept only
    when its name is 1 to :data:`MAX_STAGE_NAME_CHARS` printable ASCII characters
    without spaces, and only the first :data:`MAX_UNKNOWN_STAGES` of those; the
    rest are dropped unread (a server cannot grow a log line or the XCom value
    without bound). A stage whose value is ``null`` is skipped.

    :param value: the decoded ``Timestamps`` value (a dict or ``None``).
    :param redact: a :class:`~.redaction.Redactor`, or strings to blank out of a
        malformed date quoted in an error.
    :return: stage name to :class:`InOutTimes`, only for stages present and kept.
    :raises PaySecureResponseError: for a value of the wrong shape or a bad date.
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PaySecureResponseError(f"Timestamps must be an object, got {type(value).__name__}")
    secrets = redactor(redact)
    out: dict[str, InOutTimes] = {}
    unknown = 0
    for stage, times in value.items():
        if times is None:
            continue
        if stage not in _KNOWN_STAGES:
            if unknown >= MAX_UNKNOWN_STAGES or not isinstance(stage, str) or not _STAGE_NAME_RE.match(stage):
                continue
            unknown += 1
        if not isinstance(times, dict):
            raise PaySecureResponseError(f"Timestamps.{stage} must be an object, got {type(times).__name__}")
        out[stage] = InOutTimes(_date(times.get("intime"), secrets), _date(times.get("OutTime"), secrets))
    return out


def x_parse_timestamps__mutmut_38(value: Any, *, redact: Redactor | Iterable[str] = ()) -> dict[str, InOutTimes]:
    """Parse a ``RequestTimestamps`` object; missing stages and a missing object are fine.

    Stages named in :data:`STAGES` are always kept. Any other stage is kept only
    when its name is 1 to :data:`MAX_STAGE_NAME_CHARS` printable ASCII characters
    without spaces, and only the first :data:`MAX_UNKNOWN_STAGES` of those; the
    rest are dropped unread (a server cannot grow a log line or the XCom value
    without bound). A stage whose value is ``null`` is skipped.

    :param value: the decoded ``Timestamps`` value (a dict or ``None``).
    :param redact: a :class:`~.redaction.Redactor`, or strings to blank out of a
        malformed date quoted in an error.
    :return: stage name to :class:`InOutTimes`, only for stages present and kept.
    :raises PaySecureResponseError: for a value of the wrong shape or a bad date.
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PaySecureResponseError(f"Timestamps must be an object, got {type(value).__name__}")
    secrets = redactor(redact)
    out: dict[str, InOutTimes] = {}
    unknown = 0
    for stage, times in value.items():
        if times is None:
            continue
        if stage not in _KNOWN_STAGES:
            if unknown >= MAX_UNKNOWN_STAGES or not isinstance(stage, str) or not _STAGE_NAME_RE.match(stage):
                continue
            unknown += 1
        if not isinstance(times, dict):
            raise PaySecureResponseError(f"Timestamps.{stage} must be an object, got {type(times).__name__}")
        out[stage] = InOutTimes(_date(times.get("INTIME"), secrets), _date(times.get("OutTime"), secrets))
    return out


def x_parse_timestamps__mutmut_39(value: Any, *, redact: Redactor | Iterable[str] = ()) -> dict[str, InOutTimes]:
    """Parse a ``RequestTimestamps`` object; missing stages and a missing object are fine.

    Stages named in :data:`STAGES` are always kept. Any other stage is kept only
    when its name is 1 to :data:`MAX_STAGE_NAME_CHARS` printable ASCII characters
    without spaces, and only the first :data:`MAX_UNKNOWN_STAGES` of those; the
    rest are dropped unread (a server cannot grow a log line or the XCom value
    without bound). A stage whose value is ``null`` is skipped.

    :param value: the decoded ``Timestamps`` value (a dict or ``None``).
    :param redact: a :class:`~.redaction.Redactor`, or strings to blank out of a
        malformed date quoted in an error.
    :return: stage name to :class:`InOutTimes`, only for stages present and kept.
    :raises PaySecureResponseError: for a value of the wrong shape or a bad date.
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PaySecureResponseError(f"Timestamps must be an object, got {type(value).__name__}")
    secrets = redactor(redact)
    out: dict[str, InOutTimes] = {}
    unknown = 0
    for stage, times in value.items():
        if times is None:
            continue
        if stage not in _KNOWN_STAGES:
            if unknown >= MAX_UNKNOWN_STAGES or not isinstance(stage, str) or not _STAGE_NAME_RE.match(stage):
                continue
            unknown += 1
        if not isinstance(times, dict):
            raise PaySecureResponseError(f"Timestamps.{stage} must be an object, got {type(times).__name__}")
        out[stage] = InOutTimes(_date(times.get("InTime"), secrets), _date(None, secrets))
    return out


def x_parse_timestamps__mutmut_40(value: Any, *, redact: Redactor | Iterable[str] = ()) -> dict[str, InOutTimes]:
    """Parse a ``RequestTimestamps`` object; missing stages and a missing object are fine.

    Stages named in :data:`STAGES` are always kept. Any other stage is kept only
    when its name is 1 to :data:`MAX_STAGE_NAME_CHARS` printable ASCII characters
    without spaces, and only the first :data:`MAX_UNKNOWN_STAGES` of those; the
    rest are dropped unread (a server cannot grow a log line or the XCom value
    without bound). A stage whose value is ``null`` is skipped.

    :param value: the decoded ``Timestamps`` value (a dict or ``None``).
    :param redact: a :class:`~.redaction.Redactor`, or strings to blank out of a
        malformed date quoted in an error.
    :return: stage name to :class:`InOutTimes`, only for stages present and kept.
    :raises PaySecureResponseError: for a value of the wrong shape or a bad date.
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PaySecureResponseError(f"Timestamps must be an object, got {type(value).__name__}")
    secrets = redactor(redact)
    out: dict[str, InOutTimes] = {}
    unknown = 0
    for stage, times in value.items():
        if times is None:
            continue
        if stage not in _KNOWN_STAGES:
            if unknown >= MAX_UNKNOWN_STAGES or not isinstance(stage, str) or not _STAGE_NAME_RE.match(stage):
                continue
            unknown += 1
        if not isinstance(times, dict):
            raise PaySecureResponseError(f"Timestamps.{stage} must be an object, got {type(times).__name__}")
        out[stage] = InOutTimes(_date(times.get("InTime"), secrets), _date(times.get("OutTime"), None))
    return out


def x_parse_timestamps__mutmut_41(value: Any, *, redact: Redactor | Iterable[str] = ()) -> dict[str, InOutTimes]:
    """Parse a ``RequestTimestamps`` object; missing stages and a missing object are fine.

    Stages named in :data:`STAGES` are always kept. Any other stage is kept only
    when its name is 1 to :data:`MAX_STAGE_NAME_CHARS` printable ASCII characters
    without spaces, and only the first :data:`MAX_UNKNOWN_STAGES` of those; the
    rest are dropped unread (a server cannot grow a log line or the XCom value
    without bound). A stage whose value is ``null`` is skipped.

    :param value: the decoded ``Timestamps`` value (a dict or ``None``).
    :param redact: a :class:`~.redaction.Redactor`, or strings to blank out of a
        malformed date quoted in an error.
    :return: stage name to :class:`InOutTimes`, only for stages present and kept.
    :raises PaySecureResponseError: for a value of the wrong shape or a bad date.
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PaySecureResponseError(f"Timestamps must be an object, got {type(value).__name__}")
    secrets = redactor(redact)
    out: dict[str, InOutTimes] = {}
    unknown = 0
    for stage, times in value.items():
        if times is None:
            continue
        if stage not in _KNOWN_STAGES:
            if unknown >= MAX_UNKNOWN_STAGES or not isinstance(stage, str) or not _STAGE_NAME_RE.match(stage):
                continue
            unknown += 1
        if not isinstance(times, dict):
            raise PaySecureResponseError(f"Timestamps.{stage} must be an object, got {type(times).__name__}")
        out[stage] = InOutTimes(_date(times.get("InTime"), secrets), _date(secrets))
    return out


def x_parse_timestamps__mutmut_42(value: Any, *, redact: Redactor | Iterable[str] = ()) -> dict[str, InOutTimes]:
    """Parse a ``RequestTimestamps`` object; missing stages and a missing object are fine.

    Stages named in :data:`STAGES` are always kept. Any other stage is kept only
    when its name is 1 to :data:`MAX_STAGE_NAME_CHARS` printable ASCII characters
    without spaces, and only the first :data:`MAX_UNKNOWN_STAGES` of those; the
    rest are dropped unread (a server cannot grow a log line or the XCom value
    without bound). A stage whose value is ``null`` is skipped.

    :param value: the decoded ``Timestamps`` value (a dict or ``None``).
    :param redact: a :class:`~.redaction.Redactor`, or strings to blank out of a
        malformed date quoted in an error.
    :return: stage name to :class:`InOutTimes`, only for stages present and kept.
    :raises PaySecureResponseError: for a value of the wrong shape or a bad date.
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PaySecureResponseError(f"Timestamps must be an object, got {type(value).__name__}")
    secrets = redactor(redact)
    out: dict[str, InOutTimes] = {}
    unknown = 0
    for stage, times in value.items():
        if times is None:
            continue
        if stage not in _KNOWN_STAGES:
            if unknown >= MAX_UNKNOWN_STAGES or not isinstance(stage, str) or not _STAGE_NAME_RE.match(stage):
                continue
            unknown += 1
        if not isinstance(times, dict):
            raise PaySecureResponseError(f"Timestamps.{stage} must be an object, got {type(times).__name__}")
        out[stage] = InOutTimes(_date(times.get("InTime"), secrets), _date(times.get("OutTime"), ))
    return out


def x_parse_timestamps__mutmut_43(value: Any, *, redact: Redactor | Iterable[str] = ()) -> dict[str, InOutTimes]:
    """Parse a ``RequestTimestamps`` object; missing stages and a missing object are fine.

    Stages named in :data:`STAGES` are always kept. Any other stage is kept only
    when its name is 1 to :data:`MAX_STAGE_NAME_CHARS` printable ASCII characters
    without spaces, and only the first :data:`MAX_UNKNOWN_STAGES` of those; the
    rest are dropped unread (a server cannot grow a log line or the XCom value
    without bound). A stage whose value is ``null`` is skipped.

    :param value: the decoded ``Timestamps`` value (a dict or ``None``).
    :param redact: a :class:`~.redaction.Redactor`, or strings to blank out of a
        malformed date quoted in an error.
    :return: stage name to :class:`InOutTimes`, only for stages present and kept.
    :raises PaySecureResponseError: for a value of the wrong shape or a bad date.
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PaySecureResponseError(f"Timestamps must be an object, got {type(value).__name__}")
    secrets = redactor(redact)
    out: dict[str, InOutTimes] = {}
    unknown = 0
    for stage, times in value.items():
        if times is None:
            continue
        if stage not in _KNOWN_STAGES:
            if unknown >= MAX_UNKNOWN_STAGES or not isinstance(stage, str) or not _STAGE_NAME_RE.match(stage):
                continue
            unknown += 1
        if not isinstance(times, dict):
            raise PaySecureResponseError(f"Timestamps.{stage} must be an object, got {type(times).__name__}")
        out[stage] = InOutTimes(_date(times.get("InTime"), secrets), _date(times.get(None), secrets))
    return out


def x_parse_timestamps__mutmut_44(value: Any, *, redact: Redactor | Iterable[str] = ()) -> dict[str, InOutTimes]:
    """Parse a ``RequestTimestamps`` object; missing stages and a missing object are fine.

    Stages named in :data:`STAGES` are always kept. Any other stage is kept only
    when its name is 1 to :data:`MAX_STAGE_NAME_CHARS` printable ASCII characters
    without spaces, and only the first :data:`MAX_UNKNOWN_STAGES` of those; the
    rest are dropped unread (a server cannot grow a log line or the XCom value
    without bound). A stage whose value is ``null`` is skipped.

    :param value: the decoded ``Timestamps`` value (a dict or ``None``).
    :param redact: a :class:`~.redaction.Redactor`, or strings to blank out of a
        malformed date quoted in an error.
    :return: stage name to :class:`InOutTimes`, only for stages present and kept.
    :raises PaySecureResponseError: for a value of the wrong shape or a bad date.
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PaySecureResponseError(f"Timestamps must be an object, got {type(value).__name__}")
    secrets = redactor(redact)
    out: dict[str, InOutTimes] = {}
    unknown = 0
    for stage, times in value.items():
        if times is None:
            continue
        if stage not in _KNOWN_STAGES:
            if unknown >= MAX_UNKNOWN_STAGES or not isinstance(stage, str) or not _STAGE_NAME_RE.match(stage):
                continue
            unknown += 1
        if not isinstance(times, dict):
            raise PaySecureResponseError(f"Timestamps.{stage} must be an object, got {type(times).__name__}")
        out[stage] = InOutTimes(_date(times.get("InTime"), secrets), _date(times.get("XXOutTimeXX"), secrets))
    return out


def x_parse_timestamps__mutmut_45(value: Any, *, redact: Redactor | Iterable[str] = ()) -> dict[str, InOutTimes]:
    """Parse a ``RequestTimestamps`` object; missing stages and a missing object are fine.

    Stages named in :data:`STAGES` are always kept. Any other stage is kept only
    when its name is 1 to :data:`MAX_STAGE_NAME_CHARS` printable ASCII characters
    without spaces, and only the first :data:`MAX_UNKNOWN_STAGES` of those; the
    rest are dropped unread (a server cannot grow a log line or the XCom value
    without bound). A stage whose value is ``null`` is skipped.

    :param value: the decoded ``Timestamps`` value (a dict or ``None``).
    :param redact: a :class:`~.redaction.Redactor`, or strings to blank out of a
        malformed date quoted in an error.
    :return: stage name to :class:`InOutTimes`, only for stages present and kept.
    :raises PaySecureResponseError: for a value of the wrong shape or a bad date.
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PaySecureResponseError(f"Timestamps must be an object, got {type(value).__name__}")
    secrets = redactor(redact)
    out: dict[str, InOutTimes] = {}
    unknown = 0
    for stage, times in value.items():
        if times is None:
            continue
        if stage not in _KNOWN_STAGES:
            if unknown >= MAX_UNKNOWN_STAGES or not isinstance(stage, str) or not _STAGE_NAME_RE.match(stage):
                continue
            unknown += 1
        if not isinstance(times, dict):
            raise PaySecureResponseError(f"Timestamps.{stage} must be an object, got {type(times).__name__}")
        out[stage] = InOutTimes(_date(times.get("InTime"), secrets), _date(times.get("outtime"), secrets))
    return out


def x_parse_timestamps__mutmut_46(value: Any, *, redact: Redactor | Iterable[str] = ()) -> dict[str, InOutTimes]:
    """Parse a ``RequestTimestamps`` object; missing stages and a missing object are fine.

    Stages named in :data:`STAGES` are always kept. Any other stage is kept only
    when its name is 1 to :data:`MAX_STAGE_NAME_CHARS` printable ASCII characters
    without spaces, and only the first :data:`MAX_UNKNOWN_STAGES` of those; the
    rest are dropped unread (a server cannot grow a log line or the XCom value
    without bound). A stage whose value is ``null`` is skipped.

    :param value: the decoded ``Timestamps`` value (a dict or ``None``).
    :param redact: a :class:`~.redaction.Redactor`, or strings to blank out of a
        malformed date quoted in an error.
    :return: stage name to :class:`InOutTimes`, only for stages present and kept.
    :raises PaySecureResponseError: for a value of the wrong shape or a bad date.
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PaySecureResponseError(f"Timestamps must be an object, got {type(value).__name__}")
    secrets = redactor(redact)
    out: dict[str, InOutTimes] = {}
    unknown = 0
    for stage, times in value.items():
        if times is None:
            continue
        if stage not in _KNOWN_STAGES:
            if unknown >= MAX_UNKNOWN_STAGES or not isinstance(stage, str) or not _STAGE_NAME_RE.match(stage):
                continue
            unknown += 1
        if not isinstance(times, dict):
            raise PaySecureResponseError(f"Timestamps.{stage} must be an object, got {type(times).__name__}")
        out[stage] = InOutTimes(_date(times.get("InTime"), secrets), _date(times.get("OUTTIME"), secrets))
    return out

mutants_x_parse_timestamps__mutmut['_mutmut_orig'] = x_parse_timestamps__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_timestamps__mutmut['x_parse_timestamps__mutmut_1'] = x_parse_timestamps__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_timestamps__mutmut['x_parse_timestamps__mutmut_2'] = x_parse_timestamps__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_timestamps__mutmut['x_parse_timestamps__mutmut_3'] = x_parse_timestamps__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_timestamps__mutmut['x_parse_timestamps__mutmut_4'] = x_parse_timestamps__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_timestamps__mutmut['x_parse_timestamps__mutmut_5'] = x_parse_timestamps__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_timestamps__mutmut['x_parse_timestamps__mutmut_6'] = x_parse_timestamps__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_timestamps__mutmut['x_parse_timestamps__mutmut_7'] = x_parse_timestamps__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_timestamps__mutmut['x_parse_timestamps__mutmut_8'] = x_parse_timestamps__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_timestamps__mutmut['x_parse_timestamps__mutmut_9'] = x_parse_timestamps__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_timestamps__mutmut['x_parse_timestamps__mutmut_10'] = x_parse_timestamps__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_timestamps__mutmut['x_parse_timestamps__mutmut_11'] = x_parse_timestamps__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse_timestamps__mutmut['x_parse_timestamps__mutmut_12'] = x_parse_timestamps__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse_timestamps__mutmut['x_parse_timestamps__mutmut_13'] = x_parse_timestamps__mutmut_13 # type: ignore # mutmut generated
mutants_x_parse_timestamps__mutmut['x_parse_timestamps__mutmut_14'] = x_parse_timestamps__mutmut_14 # type: ignore # mutmut generated
mutants_x_parse_timestamps__mutmut['x_parse_timestamps__mutmut_15'] = x_parse_timestamps__mutmut_15 # type: ignore # mutmut generated
mutants_x_parse_timestamps__mutmut['x_parse_timestamps__mutmut_16'] = x_parse_timestamps__mutmut_16 # type: ignore # mutmut generated
mutants_x_parse_timestamps__mutmut['x_parse_timestamps__mutmut_17'] = x_parse_timestamps__mutmut_17 # type: ignore # mutmut generated
mutants_x_parse_timestamps__mutmut['x_parse_timestamps__mutmut_18'] = x_parse_timestamps__mutmut_18 # type: ignore # mutmut generated
mutants_x_parse_timestamps__mutmut['x_parse_timestamps__mutmut_19'] = x_parse_timestamps__mutmut_19 # type: ignore # mutmut generated
mutants_x_parse_timestamps__mutmut['x_parse_timestamps__mutmut_20'] = x_parse_timestamps__mutmut_20 # type: ignore # mutmut generated
mutants_x_parse_timestamps__mutmut['x_parse_timestamps__mutmut_21'] = x_parse_timestamps__mutmut_21 # type: ignore # mutmut generated
mutants_x_parse_timestamps__mutmut['x_parse_timestamps__mutmut_22'] = x_parse_timestamps__mutmut_22 # type: ignore # mutmut generated
mutants_x_parse_timestamps__mutmut['x_parse_timestamps__mutmut_23'] = x_parse_timestamps__mutmut_23 # type: ignore # mutmut generated
mutants_x_parse_timestamps__mutmut['x_parse_timestamps__mutmut_24'] = x_parse_timestamps__mutmut_24 # type: ignore # mutmut generated
mutants_x_parse_timestamps__mutmut['x_parse_timestamps__mutmut_25'] = x_parse_timestamps__mutmut_25 # type: ignore # mutmut generated
mutants_x_parse_timestamps__mutmut['x_parse_timestamps__mutmut_26'] = x_parse_timestamps__mutmut_26 # type: ignore # mutmut generated
mutants_x_parse_timestamps__mutmut['x_parse_timestamps__mutmut_27'] = x_parse_timestamps__mutmut_27 # type: ignore # mutmut generated
mutants_x_parse_timestamps__mutmut['x_parse_timestamps__mutmut_28'] = x_parse_timestamps__mutmut_28 # type: ignore # mutmut generated
mutants_x_parse_timestamps__mutmut['x_parse_timestamps__mutmut_29'] = x_parse_timestamps__mutmut_29 # type: ignore # mutmut generated
mutants_x_parse_timestamps__mutmut['x_parse_timestamps__mutmut_30'] = x_parse_timestamps__mutmut_30 # type: ignore # mutmut generated
mutants_x_parse_timestamps__mutmut['x_parse_timestamps__mutmut_31'] = x_parse_timestamps__mutmut_31 # type: ignore # mutmut generated
mutants_x_parse_timestamps__mutmut['x_parse_timestamps__mutmut_32'] = x_parse_timestamps__mutmut_32 # type: ignore # mutmut generated
mutants_x_parse_timestamps__mutmut['x_parse_timestamps__mutmut_33'] = x_parse_timestamps__mutmut_33 # type: ignore # mutmut generated
mutants_x_parse_timestamps__mutmut['x_parse_timestamps__mutmut_34'] = x_parse_timestamps__mutmut_34 # type: ignore # mutmut generated
mutants_x_parse_timestamps__mutmut['x_parse_timestamps__mutmut_35'] = x_parse_timestamps__mutmut_35 # type: ignore # mutmut generated
mutants_x_parse_timestamps__mutmut['x_parse_timestamps__mutmut_36'] = x_parse_timestamps__mutmut_36 # type: ignore # mutmut generated
mutants_x_parse_timestamps__mutmut['x_parse_timestamps__mutmut_37'] = x_parse_timestamps__mutmut_37 # type: ignore # mutmut generated
mutants_x_parse_timestamps__mutmut['x_parse_timestamps__mutmut_38'] = x_parse_timestamps__mutmut_38 # type: ignore # mutmut generated
mutants_x_parse_timestamps__mutmut['x_parse_timestamps__mutmut_39'] = x_parse_timestamps__mutmut_39 # type: ignore # mutmut generated
mutants_x_parse_timestamps__mutmut['x_parse_timestamps__mutmut_40'] = x_parse_timestamps__mutmut_40 # type: ignore # mutmut generated
mutants_x_parse_timestamps__mutmut['x_parse_timestamps__mutmut_41'] = x_parse_timestamps__mutmut_41 # type: ignore # mutmut generated
mutants_x_parse_timestamps__mutmut['x_parse_timestamps__mutmut_42'] = x_parse_timestamps__mutmut_42 # type: ignore # mutmut generated
mutants_x_parse_timestamps__mutmut['x_parse_timestamps__mutmut_43'] = x_parse_timestamps__mutmut_43 # type: ignore # mutmut generated
mutants_x_parse_timestamps__mutmut['x_parse_timestamps__mutmut_44'] = x_parse_timestamps__mutmut_44 # type: ignore # mutmut generated
mutants_x_parse_timestamps__mutmut['x_parse_timestamps__mutmut_45'] = x_parse_timestamps__mutmut_45 # type: ignore # mutmut generated
mutants_x_parse_timestamps__mutmut['x_parse_timestamps__mutmut_46'] = x_parse_timestamps__mutmut_46 # type: ignore # mutmut generated
mutants_x__date__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__date__mutmut)
def _date(raw: Any, secrets: Redactor) -> DateTime | None:
    """A stage time; a bad one raises with an excerpt redacted *before* it was cut."""
    if raw is None:
        return None
    try:
        return parse_servicestack_date(raw)
    except PaySecureResponseError as exc:
        kind = str(exc).partition(": ")[0]
    raise PaySecureResponseError(f"{kind}: {secrets.excerpt(raw)}" if isinstance(raw, str) else kind)


def x__date__mutmut_orig(raw: Any, secrets: Redactor) -> DateTime | None:
    """A stage time; a bad one raises with an excerpt redacted *before* it was cut."""
    if raw is None:
        return None
    try:
        return parse_servicestack_date(raw)
    except PaySecureResponseError as exc:
        kind = str(exc).partition(": ")[0]
    raise PaySecureResponseError(f"{kind}: {secrets.excerpt(raw)}" if isinstance(raw, str) else kind)


def x__date__mutmut_1(raw: Any, secrets: Redactor) -> DateTime | None:
    """A stage time; a bad one raises with an excerpt redacted *before* it was cut."""
    if raw is not None:
        return None
    try:
        return parse_servicestack_date(raw)
    except PaySecureResponseError as exc:
        kind = str(exc).partition(": ")[0]
    raise PaySecureResponseError(f"{kind}: {secrets.excerpt(raw)}" if isinstance(raw, str) else kind)


def x__date__mutmut_2(raw: Any, secrets: Redactor) -> DateTime | None:
    """A stage time; a bad one raises with an excerpt redacted *before* it was cut."""
    if raw is None:
        return None
    try:
        return parse_servicestack_date(None)
    except PaySecureResponseError as exc:
        kind = str(exc).partition(": ")[0]
    raise PaySecureResponseError(f"{kind}: {secrets.excerpt(raw)}" if isinstance(raw, str) else kind)


def x__date__mutmut_3(raw: Any, secrets: Redactor) -> DateTime | None:
    """A stage time; a bad one raises with an excerpt redacted *before* it was cut."""
    if raw is None:
        return None
    try:
        return parse_servicestack_date(raw)
    except PaySecureResponseError as exc:
        kind = None
    raise PaySecureResponseError(f"{kind}: {secrets.excerpt(raw)}" if isinstance(raw, str) else kind)


def x__date__mutmut_4(raw: Any, secrets: Redactor) -> DateTime | None:
    """A stage time; a bad one raises with an excerpt redacted *before* it was cut."""
    if raw is None:
        return None
    try:
        return parse_servicestack_date(raw)
    except PaySecureResponseError as exc:
        kind = str(exc).partition(None)[0]
    raise PaySecureResponseError(f"{kind}: {secrets.excerpt(raw)}" if isinstance(raw, str) else kind)


def x__date__mutmut_5(raw: Any, secrets: Redactor) -> DateTime | None:
    """A stage time; a bad one raises with an excerpt redacted *before* it was cut."""
    if raw is None:
        return None
    try:
        return parse_servicestack_date(raw)
    except PaySecureResponseError as exc:
        kind = str(exc).rpartition(": ")[0]
    raise PaySecureResponseError(f"{kind}: {secrets.excerpt(raw)}" if isinstance(raw, str) else kind)


def x__date__mutmut_6(raw: Any, secrets: Redactor) -> DateTime | None:
    """A stage time; a bad one raises with an excerpt redacted *before* it was cut."""
    if raw is None:
        return None
    try:
        return parse_servicestack_date(raw)
    except PaySecureResponseError as exc:
        kind = str(None).partition(": ")[0]
    raise PaySecureResponseError(f"{kind}: {secrets.excerpt(raw)}" if isinstance(raw, str) else kind)


def x__date__mutmut_7(raw: Any, secrets: Redactor) -> DateTime | None:
    """A stage time; a bad one raises with an excerpt redacted *before* it was cut."""
    if raw is None:
        return None
    try:
        return parse_servicestack_date(raw)
    except PaySecureResponseError as exc:
        kind = str(exc).partition("XX: XX")[0]
    raise PaySecureResponseError(f"{kind}: {secrets.excerpt(raw)}" if isinstance(raw, str) else kind)


def x__date__mutmut_8(raw: Any, secrets: Redactor) -> DateTime | None:
    """A stage time; a bad one raises with an excerpt redacted *before* it was cut."""
    if raw is None:
        return None
    try:
        return parse_servicestack_date(raw)
    except PaySecureResponseError as exc:
        kind = str(exc).partition(": ")[1]
    raise PaySecureResponseError(f"{kind}: {secrets.excerpt(raw)}" if isinstance(raw, str) else kind)


def x__date__mutmut_9(raw: Any, secrets: Redactor) -> DateTime | None:
    """A stage time; a bad one raises with an excerpt redacted *before* it was cut."""
    if raw is None:
        return None
    try:
        return parse_servicestack_date(raw)
    except PaySecureResponseError as exc:
        kind = str(exc).partition(": ")[0]
    raise PaySecureResponseError(None)


def x__date__mutmut_10(raw: Any, secrets: Redactor) -> DateTime | None:
    """A stage time; a bad one raises with an excerpt redacted *before* it was cut."""
    if raw is None:
        return None
    try:
        return parse_servicestack_date(raw)
    except PaySecureResponseError as exc:
        kind = str(exc).partition(": ")[0]
    raise PaySecureResponseError(f"{kind}: {secrets.excerpt(raw)}" if (isinstance(raw, str)) and False else kind)


def x__date__mutmut_11(raw: Any, secrets: Redactor) -> DateTime | None:
    """A stage time; a bad one raises with an excerpt redacted *before* it was cut."""
    if raw is None:
        return None
    try:
        return parse_servicestack_date(raw)
    except PaySecureResponseError as exc:
        kind = str(exc).partition(": ")[0]
    raise PaySecureResponseError(f"{kind}: {secrets.excerpt(raw)}" if (isinstance(raw, str)) or True else kind)


def x__date__mutmut_12(raw: Any, secrets: Redactor) -> DateTime | None:
    """A stage time; a bad one raises with an excerpt redacted *before* it was cut."""
    if raw is None:
        return None
    try:
        return parse_servicestack_date(raw)
    except PaySecureResponseError as exc:
        kind = str(exc).partition(": ")[0]
    raise PaySecureResponseError(f"{kind}: {secrets.excerpt(None)}" if isinstance(raw, str) else kind)

mutants_x__date__mutmut['_mutmut_orig'] = x__date__mutmut_orig # type: ignore # mutmut generated
mutants_x__date__mutmut['x__date__mutmut_1'] = x__date__mutmut_1 # type: ignore # mutmut generated
mutants_x__date__mutmut['x__date__mutmut_2'] = x__date__mutmut_2 # type: ignore # mutmut generated
mutants_x__date__mutmut['x__date__mutmut_3'] = x__date__mutmut_3 # type: ignore # mutmut generated
mutants_x__date__mutmut['x__date__mutmut_4'] = x__date__mutmut_4 # type: ignore # mutmut generated
mutants_x__date__mutmut['x__date__mutmut_5'] = x__date__mutmut_5 # type: ignore # mutmut generated
mutants_x__date__mutmut['x__date__mutmut_6'] = x__date__mutmut_6 # type: ignore # mutmut generated
mutants_x__date__mutmut['x__date__mutmut_7'] = x__date__mutmut_7 # type: ignore # mutmut generated
mutants_x__date__mutmut['x__date__mutmut_8'] = x__date__mutmut_8 # type: ignore # mutmut generated
mutants_x__date__mutmut['x__date__mutmut_9'] = x__date__mutmut_9 # type: ignore # mutmut generated
mutants_x__date__mutmut['x__date__mutmut_10'] = x__date__mutmut_10 # type: ignore # mutmut generated
mutants_x__date__mutmut['x__date__mutmut_11'] = x__date__mutmut_11 # type: ignore # mutmut generated
mutants_x__date__mutmut['x__date__mutmut_12'] = x__date__mutmut_12 # type: ignore # mutmut generated
mutants_x_validate_session_id__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_validate_session_id__mutmut)
def validate_session_id(value: Any) -> str:
    """Check a ``SessionId`` sent by the server.

    :param value: the decoded ``SessionId``.
    :return: the session id, unchanged.
    :raises PaySecureResponseError: unless it is a string of 1 to
        :data:`MAX_SESSION_ID_CHARS` printable ASCII characters that neither starts
        nor ends with a space. The message never quotes the value.
    """
    if value is None or value == "":
        raise PaySecureResponseError("PaySecure reported success but the response has no SessionId")
    if not isinstance(value, str):
        raise PaySecureResponseError(f"PaySecure sent a SessionId that is not a string but {type(value).__name__}")
    if not _SESSION_ID_RE.match(value):
        raise PaySecureResponseError(
            f"PaySecure sent an unusable SessionId ({len(value)} characters): a session id must be 1 to "
            f"{MAX_SESSION_ID_CHARS} printable ASCII characters, without leading or trailing spaces"
        )
    return value


def x_validate_session_id__mutmut_orig(value: Any) -> str:
    """Check a ``SessionId`` sent by the server.

    :param value: the decoded ``SessionId``.
    :return: the session id, unchanged.
    :raises PaySecureResponseError: unless it is a string of 1 to
        :data:`MAX_SESSION_ID_CHARS` printable ASCII characters that neither starts
        nor ends with a space. The message never quotes the value.
    """
    if value is None or value == "":
        raise PaySecureResponseError("PaySecure reported success but the response has no SessionId")
    if not isinstance(value, str):
        raise PaySecureResponseError(f"PaySecure sent a SessionId that is not a string but {type(value).__name__}")
    if not _SESSION_ID_RE.match(value):
        raise PaySecureResponseError(
            f"PaySecure sent an unusable SessionId ({len(value)} characters): a session id must be 1 to "
            f"{MAX_SESSION_ID_CHARS} printable ASCII characters, without leading or trailing spaces"
        )
    return value


def x_validate_session_id__mutmut_1(value: Any) -> str:
    """Check a ``SessionId`` sent by the server.

    :param value: the decoded ``SessionId``.
    :return: the session id, unchanged.
    :raises PaySecureResponseError: unless it is a string of 1 to
        :data:`MAX_SESSION_ID_CHARS` printable ASCII characters that neither starts
        nor ends with a space. The message never quotes the value.
    """
    if value is None and value == "":
        raise PaySecureResponseError("PaySecure reported success but the response has no SessionId")
    if not isinstance(value, str):
        raise PaySecureResponseError(f"PaySecure sent a SessionId that is not a string but {type(value).__name__}")
    if not _SESSION_ID_RE.match(value):
        raise PaySecureResponseError(
            f"PaySecure sent an unusable SessionId ({len(value)} characters): a session id must be 1 to "
            f"{MAX_SESSION_ID_CHARS} printable ASCII characters, without leading or trailing spaces"
        )
    return value


def x_validate_session_id__mutmut_2(value: Any) -> str:
    """Check a ``SessionId`` sent by the server.

    :param value: the decoded ``SessionId``.
    :return: the session id, unchanged.
    :raises PaySecureResponseError: unless it is a string of 1 to
        :data:`MAX_SESSION_ID_CHARS` printable ASCII characters that neither starts
        nor ends with a space. The message never quotes the value.
    """
    if value is not None or value == "":
        raise PaySecureResponseError("PaySecure reported success but the response has no SessionId")
    if not isinstance(value, str):
        raise PaySecureResponseError(f"PaySecure sent a SessionId that is not a string but {type(value).__name__}")
    if not _SESSION_ID_RE.match(value):
        raise PaySecureResponseError(
            f"PaySecure sent an unusable SessionId ({len(value)} characters): a session id must be 1 to "
            f"{MAX_SESSION_ID_CHARS} printable ASCII characters, without leading or trailing spaces"
        )
    return value


def x_validate_session_id__mutmut_3(value: Any) -> str:
    """Check a ``SessionId`` sent by the server.

    :param value: the decoded ``SessionId``.
    :return: the session id, unchanged.
    :raises PaySecureResponseError: unless it is a string of 1 to
        :data:`MAX_SESSION_ID_CHARS` printable ASCII characters that neither starts
        nor ends with a space. The message never quotes the value.
    """
    if value is None or value != "":
        raise PaySecureResponseError("PaySecure reported success but the response has no SessionId")
    if not isinstance(value, str):
        raise PaySecureResponseError(f"PaySecure sent a SessionId that is not a string but {type(value).__name__}")
    if not _SESSION_ID_RE.match(value):
        raise PaySecureResponseError(
            f"PaySecure sent an unusable SessionId ({len(value)} characters): a session id must be 1 to "
            f"{MAX_SESSION_ID_CHARS} printable ASCII characters, without leading or trailing spaces"
        )
    return value


def x_validate_session_id__mutmut_4(value: Any) -> str:
    """Check a ``SessionId`` sent by the server.

    :param value: the decoded ``SessionId``.
    :return: the session id, unchanged.
    :raises PaySecureResponseError: unless it is a string of 1 to
        :data:`MAX_SESSION_ID_CHARS` printable ASCII characters that neither starts
        nor ends with a space. The message never quotes the value.
    """
    if value is None or value == "XXXX":
        raise PaySecureResponseError("PaySecure reported success but the response has no SessionId")
    if not isinstance(value, str):
        raise PaySecureResponseError(f"PaySecure sent a SessionId that is not a string but {type(value).__name__}")
    if not _SESSION_ID_RE.match(value):
        raise PaySecureResponseError(
            f"PaySecure sent an unusable SessionId ({len(value)} characters): a session id must be 1 to "
            f"{MAX_SESSION_ID_CHARS} printable ASCII characters, without leading or trailing spaces"
        )
    return value


def x_validate_session_id__mutmut_5(value: Any) -> str:
    """Check a ``SessionId`` sent by the server.

    :param value: the decoded ``SessionId``.
    :return: the session id, unchanged.
    :raises PaySecureResponseError: unless it is a string of 1 to
        :data:`MAX_SESSION_ID_CHARS` printable ASCII characters that neither starts
        nor ends with a space. The message never quotes the value.
    """
    if value is None or value == "":
        raise PaySecureResponseError(None)
    if not isinstance(value, str):
        raise PaySecureResponseError(f"PaySecure sent a SessionId that is not a string but {type(value).__name__}")
    if not _SESSION_ID_RE.match(value):
        raise PaySecureResponseError(
            f"PaySecure sent an unusable SessionId ({len(value)} characters): a session id must be 1 to "
            f"{MAX_SESSION_ID_CHARS} printable ASCII characters, without leading or trailing spaces"
        )
    return value


def x_validate_session_id__mutmut_6(value: Any) -> str:
    """Check a ``SessionId`` sent by the server.

    :param value: the decoded ``SessionId``.
    :return: the session id, unchanged.
    :raises PaySecureResponseError: unless it is a string of 1 to
        :data:`MAX_SESSION_ID_CHARS` printable ASCII characters that neither starts
        nor ends with a space. The message never quotes the value.
    """
    if value is None or value == "":
        raise PaySecureResponseError("XXPaySecure reported success but the response has no SessionIdXX")
    if not isinstance(value, str):
        raise PaySecureResponseError(f"PaySecure sent a SessionId that is not a string but {type(value).__name__}")
    if not _SESSION_ID_RE.match(value):
        raise PaySecureResponseError(
            f"PaySecure sent an unusable SessionId ({len(value)} characters): a session id must be 1 to "
            f"{MAX_SESSION_ID_CHARS} printable ASCII characters, without leading or trailing spaces"
        )
    return value


def x_validate_session_id__mutmut_7(value: Any) -> str:
    """Check a ``SessionId`` sent by the server.

    :param value: the decoded ``SessionId``.
    :return: the session id, unchanged.
    :raises PaySecureResponseError: unless it is a string of 1 to
        :data:`MAX_SESSION_ID_CHARS` printable ASCII characters that neither starts
        nor ends with a space. The message never quotes the value.
    """
    if value is None or value == "":
        raise PaySecureResponseError("paysecure reported success but the response has no sessionid")
    if not isinstance(value, str):
        raise PaySecureResponseError(f"PaySecure sent a SessionId that is not a string but {type(value).__name__}")
    if not _SESSION_ID_RE.match(value):
        raise PaySecureResponseError(
            f"PaySecure sent an unusable SessionId ({len(value)} characters): a session id must be 1 to "
            f"{MAX_SESSION_ID_CHARS} printable ASCII characters, without leading or trailing spaces"
        )
    return value


def x_validate_session_id__mutmut_8(value: Any) -> str:
    """Check a ``SessionId`` sent by the server.

    :param value: the decoded ``SessionId``.
    :return: the session id, unchanged.
    :raises PaySecureResponseError: unless it is a string of 1 to
        :data:`MAX_SESSION_ID_CHARS` printable ASCII characters that neither starts
        nor ends with a space. The message never quotes the value.
    """
    if value is None or value == "":
        raise PaySecureResponseError("PAYSECURE REPORTED SUCCESS BUT THE RESPONSE HAS NO SESSIONID")
    if not isinstance(value, str):
        raise PaySecureResponseError(f"PaySecure sent a SessionId that is not a string but {type(value).__name__}")
    if not _SESSION_ID_RE.match(value):
        raise PaySecureResponseError(
            f"PaySecure sent an unusable SessionId ({len(value)} characters): a session id must be 1 to "
            f"{MAX_SESSION_ID_CHARS} printable ASCII characters, without leading or trailing spaces"
        )
    return value


def x_validate_session_id__mutmut_9(value: Any) -> str:
    """Check a ``SessionId`` sent by the server.

    :param value: the decoded ``SessionId``.
    :return: the session id, unchanged.
    :raises PaySecureResponseError: unless it is a string of 1 to
        :data:`MAX_SESSION_ID_CHARS` printable ASCII characters that neither starts
        nor ends with a space. The message never quotes the value.
    """
    if value is None or value == "":
        raise PaySecureResponseError("PaySecure reported success but the response has no SessionId")
    if isinstance(value, str):
        raise PaySecureResponseError(f"PaySecure sent a SessionId that is not a string but {type(value).__name__}")
    if not _SESSION_ID_RE.match(value):
        raise PaySecureResponseError(
            f"PaySecure sent an unusable SessionId ({len(value)} characters): a session id must be 1 to "
            f"{MAX_SESSION_ID_CHARS} printable ASCII characters, without leading or trailing spaces"
        )
    return value


def x_validate_session_id__mutmut_10(value: Any) -> str:
    """Check a ``SessionId`` sent by the server.

    :param value: the decoded ``SessionId``.
    :return: the session id, unchanged.
    :raises PaySecureResponseError: unless it is a string of 1 to
        :data:`MAX_SESSION_ID_CHARS` printable ASCII characters that neither starts
        nor ends with a space. The message never quotes the value.
    """
    if value is None or value == "":
        raise PaySecureResponseError("PaySecure reported success but the response has no SessionId")
    if not isinstance(value, str):
        raise PaySecureResponseError(None)
    if not _SESSION_ID_RE.match(value):
        raise PaySecureResponseError(
            f"PaySecure sent an unusable SessionId ({len(value)} characters): a session id must be 1 to "
            f"{MAX_SESSION_ID_CHARS} printable ASCII characters, without leading or trailing spaces"
        )
    return value


def x_validate_session_id__mutmut_11(value: Any) -> str:
    """Check a ``SessionId`` sent by the server.

    :param value: the decoded ``SessionId``.
    :return: the session id, unchanged.
    :raises PaySecureResponseError: unless it is a string of 1 to
        :data:`MAX_SESSION_ID_CHARS` printable ASCII characters that neither starts
        nor ends with a space. The message never quotes the value.
    """
    if value is None or value == "":
        raise PaySecureResponseError("PaySecure reported success but the response has no SessionId")
    if not isinstance(value, str):
        raise PaySecureResponseError(f"PaySecure sent a SessionId that is not a string but {type(None).__name__}")
    if not _SESSION_ID_RE.match(value):
        raise PaySecureResponseError(
            f"PaySecure sent an unusable SessionId ({len(value)} characters): a session id must be 1 to "
            f"{MAX_SESSION_ID_CHARS} printable ASCII characters, without leading or trailing spaces"
        )
    return value


def x_validate_session_id__mutmut_12(value: Any) -> str:
    """Check a ``SessionId`` sent by the server.

    :param value: the decoded ``SessionId``.
    :return: the session id, unchanged.
    :raises PaySecureResponseError: unless it is a string of 1 to
        :data:`MAX_SESSION_ID_CHARS` printable ASCII characters that neither starts
        nor ends with a space. The message never quotes the value.
    """
    if value is None or value == "":
        raise PaySecureResponseError("PaySecure reported success but the response has no SessionId")
    if not isinstance(value, str):
        raise PaySecureResponseError(f"PaySecure sent a SessionId that is not a string but {type(value).__name__}")
    if _SESSION_ID_RE.match(value):
        raise PaySecureResponseError(
            f"PaySecure sent an unusable SessionId ({len(value)} characters): a session id must be 1 to "
            f"{MAX_SESSION_ID_CHARS} printable ASCII characters, without leading or trailing spaces"
        )
    return value


def x_validate_session_id__mutmut_13(value: Any) -> str:
    """Check a ``SessionId`` sent by the server.

    :param value: the decoded ``SessionId``.
    :return: the session id, unchanged.
    :raises PaySecureResponseError: unless it is a string of 1 to
        :data:`MAX_SESSION_ID_CHARS` printable ASCII characters that neither starts
        nor ends with a space. The message never quotes the value.
    """
    if value is None or value == "":
        raise PaySecureResponseError("PaySecure reported success but the response has no SessionId")
    if not isinstance(value, str):
        raise PaySecureResponseError(f"PaySecure sent a SessionId that is not a string but {type(value).__name__}")
    if not _SESSION_ID_RE.match(None):
        raise PaySecureResponseError(
            f"PaySecure sent an unusable SessionId ({len(value)} characters): a session id must be 1 to "
            f"{MAX_SESSION_ID_CHARS} printable ASCII characters, without leading or trailing spaces"
        )
    return value


def x_validate_session_id__mutmut_14(value: Any) -> str:
    """Check a ``SessionId`` sent by the server.

    :param value: the decoded ``SessionId``.
    :return: the session id, unchanged.
    :raises PaySecureResponseError: unless it is a string of 1 to
        :data:`MAX_SESSION_ID_CHARS` printable ASCII characters that neither starts
        nor ends with a space. The message never quotes the value.
    """
    if value is None or value == "":
        raise PaySecureResponseError("PaySecure reported success but the response has no SessionId")
    if not isinstance(value, str):
        raise PaySecureResponseError(f"PaySecure sent a SessionId that is not a string but {type(value).__name__}")
    if not _SESSION_ID_RE.match(value):
        raise PaySecureResponseError(
            None
        )
    return value

mutants_x_validate_session_id__mutmut['_mutmut_orig'] = x_validate_session_id__mutmut_orig # type: ignore # mutmut generated
mutants_x_validate_session_id__mutmut['x_validate_session_id__mutmut_1'] = x_validate_session_id__mutmut_1 # type: ignore # mutmut generated
mutants_x_validate_session_id__mutmut['x_validate_session_id__mutmut_2'] = x_validate_session_id__mutmut_2 # type: ignore # mutmut generated
mutants_x_validate_session_id__mutmut['x_validate_session_id__mutmut_3'] = x_validate_session_id__mutmut_3 # type: ignore # mutmut generated
mutants_x_validate_session_id__mutmut['x_validate_session_id__mutmut_4'] = x_validate_session_id__mutmut_4 # type: ignore # mutmut generated
mutants_x_validate_session_id__mutmut['x_validate_session_id__mutmut_5'] = x_validate_session_id__mutmut_5 # type: ignore # mutmut generated
mutants_x_validate_session_id__mutmut['x_validate_session_id__mutmut_6'] = x_validate_session_id__mutmut_6 # type: ignore # mutmut generated
mutants_x_validate_session_id__mutmut['x_validate_session_id__mutmut_7'] = x_validate_session_id__mutmut_7 # type: ignore # mutmut generated
mutants_x_validate_session_id__mutmut['x_validate_session_id__mutmut_8'] = x_validate_session_id__mutmut_8 # type: ignore # mutmut generated
mutants_x_validate_session_id__mutmut['x_validate_session_id__mutmut_9'] = x_validate_session_id__mutmut_9 # type: ignore # mutmut generated
mutants_x_validate_session_id__mutmut['x_validate_session_id__mutmut_10'] = x_validate_session_id__mutmut_10 # type: ignore # mutmut generated
mutants_x_validate_session_id__mutmut['x_validate_session_id__mutmut_11'] = x_validate_session_id__mutmut_11 # type: ignore # mutmut generated
mutants_x_validate_session_id__mutmut['x_validate_session_id__mutmut_12'] = x_validate_session_id__mutmut_12 # type: ignore # mutmut generated
mutants_x_validate_session_id__mutmut['x_validate_session_id__mutmut_13'] = x_validate_session_id__mutmut_13 # type: ignore # mutmut generated
mutants_x_validate_session_id__mutmut['x_validate_session_id__mutmut_14'] = x_validate_session_id__mutmut_14 # type: ignore # mutmut generated
mutants_x_parse_create_session__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_create_session__mutmut)
def parse_create_session(
    reply: Mapping[str, Any],
    *,
    created_at: DateTime,
    session_expiry_in_min: float | None,
    round_trip_s: float | None = None,
) -> PaySecureSession:
    """Build a :class:`PaySecureSession` from a decoded ``CreateSession`` reply.

    :param reply: the output of :func:`parse_reply` (a plain decoded reply is
        accepted too: its ``Timestamps`` are parsed here).
    :param created_at: client clock when the response arrived.
    :param session_expiry_in_min: the expiry that was requested, or ``None``.
    :param round_trip_s: client-measured seconds of the request, if known.
    :raises PaySecureResponseError: if there is no usable ``SessionId`` (see
        :func:`validate_session_id`), or the ``Timestamps`` are malformed.
    """
    if not isinstance(reply, Mapping):
        raise PaySecureResponseError(f"Expected a JSON object from PaySecure, got {type(reply).__name__}")
    session_id = validate_session_id(reply.get("SessionId"))
    timestamps = reply.get("Timestamps") or {}
    if not isinstance(timestamps, dict) or not all(isinstance(times, InOutTimes) for times in timestamps.values()):
        timestamps = parse_timestamps(timestamps)
    return PaySecureSession(
        session_id=session_id,
        created_at=created_at,
        expires_at=(
            created_at + Duration(seconds=session_expiry_in_min * 60) if session_expiry_in_min is not None else None
        ),
        timestamps={name: times for name, times in timestamps.items() if times.recorded},
        round_trip_s=round_trip_s,
    )


def x_parse_create_session__mutmut_orig(
    reply: Mapping[str, Any],
    *,
    created_at: DateTime,
    session_expiry_in_min: float | None,
    round_trip_s: float | None = None,
) -> PaySecureSession:
    """Build a :class:`PaySecureSession` from a decoded ``CreateSession`` reply.

    :param reply: the output of :func:`parse_reply` (a plain decoded reply is
        accepted too: its ``Timestamps`` are parsed here).
    :param created_at: client clock when the response arrived.
    :param session_expiry_in_min: the expiry that was requested, or ``None``.
    :param round_trip_s: client-measured seconds of the request, if known.
    :raises PaySecureResponseError: if there is no usable ``SessionId`` (see
        :func:`validate_session_id`), or the ``Timestamps`` are malformed.
    """
    if not isinstance(reply, Mapping):
        raise PaySecureResponseError(f"Expected a JSON object from PaySecure, got {type(reply).__name__}")
    session_id = validate_session_id(reply.get("SessionId"))
    timestamps = reply.get("Timestamps") or {}
    if not isinstance(timestamps, dict) or not all(isinstance(times, InOutTimes) for times in timestamps.values()):
        timestamps = parse_timestamps(timestamps)
    return PaySecureSession(
        session_id=session_id,
        created_at=created_at,
        expires_at=(
            created_at + Duration(seconds=session_expiry_in_min * 60) if session_expiry_in_min is not None else None
        ),
        timestamps={name: times for name, times in timestamps.items() if times.recorded},
        round_trip_s=round_trip_s,
    )


def x_parse_create_session__mutmut_1(
    reply: Mapping[str, Any],
    *,
    created_at: DateTime,
    session_expiry_in_min: float | None,
    round_trip_s: float | None = None,
) -> PaySecureSession:
    """Build a :class:`PaySecureSession` from a decoded ``CreateSession`` reply.

    :param reply: the output of :func:`parse_reply` (a plain decoded reply is
        accepted too: its ``Timestamps`` are parsed here).
    :param created_at: client clock when the response arrived.
    :param session_expiry_in_min: the expiry that was requested, or ``None``.
    :param round_trip_s: client-measured seconds of the request, if known.
    :raises PaySecureResponseError: if there is no usable ``SessionId`` (see
        :func:`validate_session_id`), or the ``Timestamps`` are malformed.
    """
    if isinstance(reply, Mapping):
        raise PaySecureResponseError(f"Expected a JSON object from PaySecure, got {type(reply).__name__}")
    session_id = validate_session_id(reply.get("SessionId"))
    timestamps = reply.get("Timestamps") or {}
    if not isinstance(timestamps, dict) or not all(isinstance(times, InOutTimes) for times in timestamps.values()):
        timestamps = parse_timestamps(timestamps)
    return PaySecureSession(
        session_id=session_id,
        created_at=created_at,
        expires_at=(
            created_at + Duration(seconds=session_expiry_in_min * 60) if session_expiry_in_min is not None else None
        ),
        timestamps={name: times for name, times in timestamps.items() if times.recorded},
        round_trip_s=round_trip_s,
    )


def x_parse_create_session__mutmut_2(
    reply: Mapping[str, Any],
    *,
    created_at: DateTime,
    session_expiry_in_min: float | None,
    round_trip_s: float | None = None,
) -> PaySecureSession:
    """Build a :class:`PaySecureSession` from a decoded ``CreateSession`` reply.

    :param reply: the output of :func:`parse_reply` (a plain decoded reply is
        accepted too: its ``Timestamps`` are parsed here).
    :param created_at: client clock when the response arrived.
    :param session_expiry_in_min: the expiry that was requested, or ``None``.
    :param round_trip_s: client-measured seconds of the request, if known.
    :raises PaySecureResponseError: if there is no usable ``SessionId`` (see
        :func:`validate_session_id`), or the ``Timestamps`` are malformed.
    """
    if not isinstance(reply, Mapping):
        raise PaySecureResponseError(None)
    session_id = validate_session_id(reply.get("SessionId"))
    timestamps = reply.get("Timestamps") or {}
    if not isinstance(timestamps, dict) or not all(isinstance(times, InOutTimes) for times in timestamps.values()):
        timestamps = parse_timestamps(timestamps)
    return PaySecureSession(
        session_id=session_id,
        created_at=created_at,
        expires_at=(
            created_at + Duration(seconds=session_expiry_in_min * 60) if session_expiry_in_min is not None else None
        ),
        timestamps={name: times for name, times in timestamps.items() if times.recorded},
        round_trip_s=round_trip_s,
    )


def x_parse_create_session__mutmut_3(
    reply: Mapping[str, Any],
    *,
    created_at: DateTime,
    session_expiry_in_min: float | None,
    round_trip_s: float | None = None,
) -> PaySecureSession:
    """Build a :class:`PaySecureSession` from a decoded ``CreateSession`` reply.

    :param reply: the output of :func:`parse_reply` (a plain decoded reply is
        accepted too: its ``Timestamps`` are parsed here).
    :param created_at: client clock when the response arrived.
    :param session_expiry_in_min: the expiry that was requested, or ``None``.
    :param round_trip_s: client-measured seconds of the request, if known.
    :raises PaySecureResponseError: if there is no usable ``SessionId`` (see
        :func:`validate_session_id`), or the ``Timestamps`` are malformed.
    """
    if not isinstance(reply, Mapping):
        raise PaySecureResponseError(f"Expected a JSON object from PaySecure, got {type(None).__name__}")
    session_id = validate_session_id(reply.get("SessionId"))
    timestamps = reply.get("Timestamps") or {}
    if not isinstance(timestamps, dict) or not all(isinstance(times, InOutTimes) for times in timestamps.values()):
        timestamps = parse_timestamps(timestamps)
    return PaySecureSession(
        session_id=session_id,
        created_at=created_at,
        expires_at=(
            created_at + Duration(seconds=session_expiry_in_min * 60) if session_expiry_in_min is not None else None
        ),
        timestamps={name: times for name, times in timestamps.items() if times.recorded},
        round_trip_s=round_trip_s,
    )


def x_parse_create_session__mutmut_4(
    reply: Mapping[str, Any],
    *,
    created_at: DateTime,
    session_expiry_in_min: float | None,
    round_trip_s: float | None = None,
) -> PaySecureSession:
    """Build a :class:`PaySecureSession` from a decoded ``CreateSession`` reply.

    :param reply: the output of :func:`parse_reply` (a plain decoded reply is
        accepted too: its ``Timestamps`` are parsed here).
    :param created_at: client clock when the response arrived.
    :param session_expiry_in_min: the expiry that was requested, or ``None``.
    :param round_trip_s: client-measured seconds of the request, if known.
    :raises PaySecureResponseError: if there is no usable ``SessionId`` (see
        :func:`validate_session_id`), or the ``Timestamps`` are malformed.
    """
    if not isinstance(reply, Mapping):
        raise PaySecureResponseError(f"Expected a JSON object from PaySecure, got {type(reply).__name__}")
    session_id = None
    timestamps = reply.get("Timestamps") or {}
    if not isinstance(timestamps, dict) or not all(isinstance(times, InOutTimes) for times in timestamps.values()):
        timestamps = parse_timestamps(timestamps)
    return PaySecureSession(
        session_id=session_id,
        created_at=created_at,
        expires_at=(
            created_at + Duration(seconds=session_expiry_in_min * 60) if session_expiry_in_min is not None else None
        ),
        timestamps={name: times for name, times in timestamps.items() if times.recorded},
        round_trip_s=round_trip_s,
    )


def x_parse_create_session__mutmut_5(
    reply: Mapping[str, Any],
    *,
    created_at: DateTime,
    session_expiry_in_min: float | None,
    round_trip_s: float | None = None,
) -> PaySecureSession:
    """Build a :class:`PaySecureSession` from a decoded ``CreateSession`` reply.

    :param reply: the output of :func:`parse_reply` (a plain decoded reply is
        accepted too: its ``Timestamps`` are parsed here).
    :param created_at: client clock when the response arrived.
    :param session_expiry_in_min: the expiry that was requested, or ``None``.
    :param round_trip_s: client-measured seconds of the request, if known.
    :raises PaySecureResponseError: if there is no usable ``SessionId`` (see
        :func:`validate_session_id`), or the ``Timestamps`` are malformed.
    """
    if not isinstance(reply, Mapping):
        raise PaySecureResponseError(f"Expected a JSON object from PaySecure, got {type(reply).__name__}")
    session_id = validate_session_id(None)
    timestamps = reply.get("Timestamps") or {}
    if not isinstance(timestamps, dict) or not all(isinstance(times, InOutTimes) for times in timestamps.values()):
        timestamps = parse_timestamps(timestamps)
    return PaySecureSession(
        session_id=session_id,
        created_at=created_at,
        expires_at=(
            created_at + Duration(seconds=session_expiry_in_min * 60) if session_expiry_in_min is not None else None
        ),
        timestamps={name: times for name, times in timestamps.items() if times.recorded},
        round_trip_s=round_trip_s,
    )


def x_parse_create_session__mutmut_6(
    reply: Mapping[str, Any],
    *,
    created_at: DateTime,
    session_expiry_in_min: float | None,
    round_trip_s: float | None = None,
) -> PaySecureSession:
    """Build a :class:`PaySecureSession` from a decoded ``CreateSession`` reply.

    :param reply: the output of :func:`parse_reply` (a plain decoded reply is
        accepted too: its ``Timestamps`` are parsed here).
    :param created_at: client clock when the response arrived.
    :param session_expiry_in_min: the expiry that was requested, or ``None``.
    :param round_trip_s: client-measured seconds of the request, if known.
    :raises PaySecureResponseError: if there is no usable ``SessionId`` (see
        :func:`validate_session_id`), or the ``Timestamps`` are malformed.
    """
    if not isinstance(reply, Mapping):
        raise PaySecureResponseError(f"Expected a JSON object from PaySecure, got {type(reply).__name__}")
    session_id = validate_session_id(reply.get(None))
    timestamps = reply.get("Timestamps") or {}
    if not isinstance(timestamps, dict) or not all(isinstance(times, InOutTimes) for times in timestamps.values()):
        timestamps = parse_timestamps(timestamps)
    return PaySecureSession(
        session_id=session_id,
        created_at=created_at,
        expires_at=(
            created_at + Duration(seconds=session_expiry_in_min * 60) if session_expiry_in_min is not None else None
        ),
        timestamps={name: times for name, times in timestamps.items() if times.recorded},
        round_trip_s=round_trip_s,
    )


def x_parse_create_session__mutmut_7(
    reply: Mapping[str, Any],
    *,
    created_at: DateTime,
    session_expiry_in_min: float | None,
    round_trip_s: float | None = None,
) -> PaySecureSession:
    """Build a :class:`PaySecureSession` from a decoded ``CreateSession`` reply.

    :param reply: the output of :func:`parse_reply` (a plain decoded reply is
        accepted too: its ``Timestamps`` are parsed here).
    :param created_at: client clock when the response arrived.
    :param session_expiry_in_min: the expiry that was requested, or ``None``.
    :param round_trip_s: client-measured seconds of the request, if known.
    :raises PaySecureResponseError: if there is no usable ``SessionId`` (see
        :func:`validate_session_id`), or the ``Timestamps`` are malformed.
    """
    if not isinstance(reply, Mapping):
        raise PaySecureResponseError(f"Expected a JSON object from PaySecure, got {type(reply).__name__}")
    session_id = validate_session_id(reply.get("XXSessionIdXX"))
    timestamps = reply.get("Timestamps") or {}
    if not isinstance(timestamps, dict) or not all(isinstance(times, InOutTimes) for times in timestamps.values()):
        timestamps = parse_timestamps(timestamps)
    return PaySecureSession(
        session_id=session_id,
        created_at=created_at,
        expires_at=(
            created_at + Duration(seconds=session_expiry_in_min * 60) if session_expiry_in_min is not None else None
        ),
        timestamps={name: times for name, times in timestamps.items() if times.recorded},
        round_trip_s=round_trip_s,
    )


def x_parse_create_session__mutmut_8(
    reply: Mapping[str, Any],
    *,
    created_at: DateTime,
    session_expiry_in_min: float | None,
    round_trip_s: float | None = None,
) -> PaySecureSession:
    """Build a :class:`PaySecureSession` from a decoded ``CreateSession`` reply.

    :param reply: the output of :func:`parse_reply` (a plain decoded reply is
        accepted too: its ``Timestamps`` are parsed here).
    :param created_at: client clock when the response arrived.
    :param session_expiry_in_min: the expiry that was requested, or ``None``.
    :param round_trip_s: client-measured seconds of the request, if known.
    :raises PaySecureResponseError: if there is no usable ``SessionId`` (see
        :func:`validate_session_id`), or the ``Timestamps`` are malformed.
    """
    if not isinstance(reply, Mapping):
        raise PaySecureResponseError(f"Expected a JSON object from PaySecure, got {type(reply).__name__}")
    session_id = validate_session_id(reply.get("sessionid"))
    timestamps = reply.get("Timestamps") or {}
    if not isinstance(timestamps, dict) or not all(isinstance(times, InOutTimes) for times in timestamps.values()):
        timestamps = parse_timestamps(timestamps)
    return PaySecureSession(
        session_id=session_id,
        created_at=created_at,
        expires_at=(
            created_at + Duration(seconds=session_expiry_in_min * 60) if session_expiry_in_min is not None else None
        ),
        timestamps={name: times for name, times in timestamps.items() if times.recorded},
        round_trip_s=round_trip_s,
    )


def x_parse_create_session__mutmut_9(
    reply: Mapping[str, Any],
    *,
    created_at: DateTime,
    session_expiry_in_min: float | None,
    round_trip_s: float | None = None,
) -> PaySecureSession:
    """Build a :class:`PaySecureSession` from a decoded ``CreateSession`` reply.

    :param reply: the output of :func:`parse_reply` (a plain decoded reply is
        accepted too: its ``Timestamps`` are parsed here).
    :param created_at: client clock when the response arrived.
    :param session_expiry_in_min: the expiry that was requested, or ``None``.
    :param round_trip_s: client-measured seconds of the request, if known.
    :raises PaySecureResponseError: if there is no usable ``SessionId`` (see
        :func:`validate_session_id`), or the ``Timestamps`` are malformed.
    """
    if not isinstance(reply, Mapping):
        raise PaySecureResponseError(f"Expected a JSON object from PaySecure, got {type(reply).__name__}")
    session_id = validate_session_id(reply.get("SESSIONID"))
    timestamps = reply.get("Timestamps") or {}
    if not isinstance(timestamps, dict) or not all(isinstance(times, InOutTimes) for times in timestamps.values()):
        timestamps = parse_timestamps(timestamps)
    return PaySecureSession(
        session_id=session_id,
        created_at=created_at,
        expires_at=(
            created_at + Duration(seconds=session_expiry_in_min * 60) if session_expiry_in_min is not None else None
        ),
        timestamps={name: times for name, times in timestamps.items() if times.recorded},
        round_trip_s=round_trip_s,
    )


def x_parse_create_session__mutmut_10(
    reply: Mapping[str, Any],
    *,
    created_at: DateTime,
    session_expiry_in_min: float | None,
    round_trip_s: float | None = None,
) -> PaySecureSession:
    """Build a :class:`PaySecureSession` from a decoded ``CreateSession`` reply.

    :param reply: the output of :func:`parse_reply` (a plain decoded reply is
        accepted too: its ``Timestamps`` are parsed here).
    :param created_at: client clock when the response arrived.
    :param session_expiry_in_min: the expiry that was requested, or ``None``.
    :param round_trip_s: client-measured seconds of the request, if known.
    :raises PaySecureResponseError: if there is no usable ``SessionId`` (see
        :func:`validate_session_id`), or the ``Timestamps`` are malformed.
    """
    if not isinstance(reply, Mapping):
        raise PaySecureResponseError(f"Expected a JSON object from PaySecure, got {type(reply).__name__}")
    session_id = validate_session_id(reply.get("SessionId"))
    timestamps = None
    if not isinstance(timestamps, dict) or not all(isinstance(times, InOutTimes) for times in timestamps.values()):
        timestamps = parse_timestamps(timestamps)
    return PaySecureSession(
        session_id=session_id,
        created_at=created_at,
        expires_at=(
            created_at + Duration(seconds=session_expiry_in_min * 60) if session_expiry_in_min is not None else None
        ),
        timestamps={name: times for name, times in timestamps.items() if times.recorded},
        round_trip_s=round_trip_s,
    )


def x_parse_create_session__mutmut_11(
    reply: Mapping[str, Any],
    *,
    created_at: DateTime,
    session_expiry_in_min: float | None,
    round_trip_s: float | None = None,
) -> PaySecureSession:
    """Build a :class:`PaySecureSession` from a decoded ``CreateSession`` reply.

    :param reply: the output of :func:`parse_reply` (a plain decoded reply is
        accepted too: its ``Timestamps`` are parsed here).
    :param created_at: client clock when the response arrived.
    :param session_expiry_in_min: the expiry that was requested, or ``None``.
    :param round_trip_s: client-measured seconds of the request, if known.
    :raises PaySecureResponseError: if there is no usable ``SessionId`` (see
        :func:`validate_session_id`), or the ``Timestamps`` are malformed.
    """
    if not isinstance(reply, Mapping):
        raise PaySecureResponseError(f"Expected a JSON object from PaySecure, got {type(reply).__name__}")
    session_id = validate_session_id(reply.get("SessionId"))
    timestamps = reply.get("Timestamps") and {}
    if not isinstance(timestamps, dict) or not all(isinstance(times, InOutTimes) for times in timestamps.values()):
        timestamps = parse_timestamps(timestamps)
    return PaySecureSession(
        session_id=session_id,
        created_at=created_at,
        expires_at=(
            created_at + Duration(seconds=session_expiry_in_min * 60) if session_expiry_in_min is not None else None
        ),
        timestamps={name: times for name, times in timestamps.items() if times.recorded},
        round_trip_s=round_trip_s,
    )


def x_parse_create_session__mutmut_12(
    reply: Mapping[str, Any],
    *,
    created_at: DateTime,
    session_expiry_in_min: float | None,
    round_trip_s: float | None = None,
) -> PaySecureSession:
    """Build a :class:`PaySecureSession` from a decoded ``CreateSession`` reply.

    :param reply: the output of :func:`parse_reply` (a plain decoded reply is
        accepted too: its ``Timestamps`` are parsed here).
    :param created_at: client clock when the response arrived.
    :param session_expiry_in_min: the expiry that was requested, or ``None``.
    :param round_trip_s: client-measured seconds of the request, if known.
    :raises PaySecureResponseError: if there is no usable ``SessionId`` (see
        :func:`validate_session_id`), or the ``Timestamps`` are malformed.
    """
    if not isinstance(reply, Mapping):
        raise PaySecureResponseError(f"Expected a JSON object from PaySecure, got {type(reply).__name__}")
    session_id = validate_session_id(reply.get("SessionId"))
    timestamps = reply.get(None) or {}
    if not isinstance(timestamps, dict) or not all(isinstance(times, InOutTimes) for times in timestamps.values()):
        timestamps = parse_timestamps(timestamps)
    return PaySecureSession(
        session_id=session_id,
        created_at=created_at,
        expires_at=(
            created_at + Duration(seconds=session_expiry_in_min * 60) if session_expiry_in_min is not None else None
        ),
        timestamps={name: times for name, times in timestamps.items() if times.recorded},
        round_trip_s=round_trip_s,
    )


def x_parse_create_session__mutmut_13(
    reply: Mapping[str, Any],
    *,
    created_at: DateTime,
    session_expiry_in_min: float | None,
    round_trip_s: float | None = None,
) -> PaySecureSession:
    """Build a :class:`PaySecureSession` from a decoded ``CreateSession`` reply.

    :param reply: the output of :func:`parse_reply` (a plain decoded reply is
        accepted too: its ``Timestamps`` are parsed here).
    :param created_at: client clock when the response arrived.
    :param session_expiry_in_min: the expiry that was requested, or ``None``.
    :param round_trip_s: client-measured seconds of the request, if known.
    :raises PaySecureResponseError: if there is no usable ``SessionId`` (see
        :func:`validate_session_id`), or the ``Timestamps`` are malformed.
    """
    if not isinstance(reply, Mapping):
        raise PaySecureResponseError(f"Expected a JSON object from PaySecure, got {type(reply).__name__}")
    session_id = validate_session_id(reply.get("SessionId"))
    timestamps = reply.get("XXTimestampsXX") or {}
    if not isinstance(timestamps, dict) or not all(isinstance(times, InOutTimes) for times in timestamps.values()):
        timestamps = parse_timestamps(timestamps)
    return PaySecureSession(
        session_id=session_id,
        created_at=created_at,
        expires_at=(
            created_at + Duration(seconds=session_expiry_in_min * 60) if session_expiry_in_min is not None else None
        ),
        timestamps={name: times for name, times in timestamps.items() if times.recorded},
        round_trip_s=round_trip_s,
    )


def x_parse_create_session__mutmut_14(
    reply: Mapping[str, Any],
    *,
    created_at: DateTime,
    session_expiry_in_min: float | None,
    round_trip_s: float | None = None,
) -> PaySecureSession:
    """Build a :class:`PaySecureSession` from a decoded ``CreateSession`` reply.

    :param reply: the output of :func:`parse_reply` (a plain decoded reply is
        accepted too: its ``Timestamps`` are parsed here).
    :param created_at: client clock when the response arrived.
    :param session_expiry_in_min: the expiry that was requested, or ``None``.
    :param round_trip_s: client-measured seconds of the request, if known.
    :raises PaySecureResponseError: if there is no usable ``SessionId`` (see
        :func:`validate_session_id`), or the ``Timestamps`` are malformed.
    """
    if not isinstance(reply, Mapping):
        raise PaySecureResponseError(f"Expected a JSON object from PaySecure, got {type(reply).__name__}")
    session_id = validate_session_id(reply.get("SessionId"))
    timestamps = reply.get("timestamps") or {}
    if not isinstance(timestamps, dict) or not all(isinstance(times, InOutTimes) for times in timestamps.values()):
        timestamps = parse_timestamps(timestamps)
    return PaySecureSession(
        session_id=session_id,
        created_at=created_at,
        expires_at=(
            created_at + Duration(seconds=session_expiry_in_min * 60) if session_expiry_in_min is not None else None
        ),
        timestamps={name: times for name, times in timestamps.items() if times.recorded},
        round_trip_s=round_trip_s,
    )


def x_parse_create_session__mutmut_15(
    reply: Mapping[str, Any],
    *,
    created_at: DateTime,
    session_expiry_in_min: float | None,
    round_trip_s: float | None = None,
) -> PaySecureSession:
    """Build a :class:`PaySecureSession` from a decoded ``CreateSession`` reply.

    :param reply: the output of :func:`parse_reply` (a plain decoded reply is
        accepted too: its ``Timestamps`` are parsed here).
    :param created_at: client clock when the response arrived.
    :param session_expiry_in_min: the expiry that was requested, or ``None``.
    :param round_trip_s: client-measured seconds of the request, if known.
    :raises PaySecureResponseError: if there is no usable ``SessionId`` (see
        :func:`validate_session_id`), or the ``Timestamps`` are malformed.
    """
    if not isinstance(reply, Mapping):
        raise PaySecureResponseError(f"Expected a JSON object from PaySecure, got {type(reply).__name__}")
    session_id = validate_session_id(reply.get("SessionId"))
    timestamps = reply.get("TIMESTAMPS") or {}
    if not isinstance(timestamps, dict) or not all(isinstance(times, InOutTimes) for times in timestamps.values()):
        timestamps = parse_timestamps(timestamps)
    return PaySecureSession(
        session_id=session_id,
        created_at=created_at,
        expires_at=(
            created_at + Duration(seconds=session_expiry_in_min * 60) if session_expiry_in_min is not None else None
        ),
        timestamps={name: times for name, times in timestamps.items() if times.recorded},
        round_trip_s=round_trip_s,
    )


def x_parse_create_session__mutmut_16(
    reply: Mapping[str, Any],
    *,
    created_at: DateTime,
    session_expiry_in_min: float | None,
    round_trip_s: float | None = None,
) -> PaySecureSession:
    """Build a :class:`PaySecureSession` from a decoded ``CreateSession`` reply.

    :param reply: the output of :func:`parse_reply` (a plain decoded reply is
        accepted too: its ``Timestamps`` are parsed here).
    :param created_at: client clock when the response arrived.
    :param session_expiry_in_min: the expiry that was requested, or ``None``.
    :param round_trip_s: client-measured seconds of the request, if known.
    :raises PaySecureResponseError: if there is no usable ``SessionId`` (see
        :func:`validate_session_id`), or the ``Timestamps`` are malformed.
    """
    if not isinstance(reply, Mapping):
        raise PaySecureResponseError(f"Expected a JSON object from PaySecure, got {type(reply).__name__}")
    session_id = validate_session_id(reply.get("SessionId"))
    timestamps = reply.get("Timestamps") or {}
    if not isinstance(timestamps, dict) and not all(isinstance(times, InOutTimes) for times in timestamps.values()):
        timestamps = parse_timestamps(timestamps)
    return PaySecureSession(
        session_id=session_id,
        created_at=created_at,
        expires_at=(
            created_at + Duration(seconds=session_expiry_in_min * 60) if session_expiry_in_min is not None else None
        ),
        timestamps={name: times for name, times in timestamps.items() if times.recorded},
        round_trip_s=round_trip_s,
    )


def x_parse_create_session__mutmut_17(
    reply: Mapping[str, Any],
    *,
    created_at: DateTime,
    session_expiry_in_min: float | None,
    round_trip_s: float | None = None,
) -> PaySecureSession:
    """Build a :class:`PaySecureSession` from a decoded ``CreateSession`` reply.

    :param reply: the output of :func:`parse_reply` (a plain decoded reply is
        accepted too: its ``Timestamps`` are parsed here).
    :param created_at: client clock when the response arrived.
    :param session_expiry_in_min: the expiry that was requested, or ``None``.
    :param round_trip_s: client-measured seconds of the request, if known.
    :raises PaySecureResponseError: if there is no usable ``SessionId`` (see
        :func:`validate_session_id`), or the ``Timestamps`` are malformed.
    """
    if not isinstance(reply, Mapping):
        raise PaySecureResponseError(f"Expected a JSON object from PaySecure, got {type(reply).__name__}")
    session_id = validate_session_id(reply.get("SessionId"))
    timestamps = reply.get("Timestamps") or {}
    if isinstance(timestamps, dict) or not all(isinstance(times, InOutTimes) for times in timestamps.values()):
        timestamps = parse_timestamps(timestamps)
    return PaySecureSession(
        session_id=session_id,
        created_at=created_at,
        expires_at=(
            created_at + Duration(seconds=session_expiry_in_min * 60) if session_expiry_in_min is not None else None
        ),
        timestamps={name: times for name, times in timestamps.items() if times.recorded},
        round_trip_s=round_trip_s,
    )


def x_parse_create_session__mutmut_18(
    reply: Mapping[str, Any],
    *,
    created_at: DateTime,
    session_expiry_in_min: float | None,
    round_trip_s: float | None = None,
) -> PaySecureSession:
    """Build a :class:`PaySecureSession` from a decoded ``CreateSession`` reply.

    :param reply: the output of :func:`parse_reply` (a plain decoded reply is
        accepted too: its ``Timestamps`` are parsed here).
    :param created_at: client clock when the response arrived.
    :param session_expiry_in_min: the expiry that was requested, or ``None``.
    :param round_trip_s: client-measured seconds of the request, if known.
    :raises PaySecureResponseError: if there is no usable ``SessionId`` (see
        :func:`validate_session_id`), or the ``Timestamps`` are malformed.
    """
    if not isinstance(reply, Mapping):
        raise PaySecureResponseError(f"Expected a JSON object from PaySecure, got {type(reply).__name__}")
    session_id = validate_session_id(reply.get("SessionId"))
    timestamps = reply.get("Timestamps") or {}
    if not isinstance(timestamps, dict) or all(isinstance(times, InOutTimes) for times in timestamps.values()):
        timestamps = parse_timestamps(timestamps)
    return PaySecureSession(
        session_id=session_id,
        created_at=created_at,
        expires_at=(
            created_at + Duration(seconds=session_expiry_in_min * 60) if session_expiry_in_min is not None else None
        ),
        timestamps={name: times for name, times in timestamps.items() if times.recorded},
        round_trip_s=round_trip_s,
    )


def x_parse_create_session__mutmut_19(
    reply: Mapping[str, Any],
    *,
    created_at: DateTime,
    session_expiry_in_min: float | None,
    round_trip_s: float | None = None,
) -> PaySecureSession:
    """Build a :class:`PaySecureSession` from a decoded ``CreateSession`` reply.

    :param reply: the output of :func:`parse_reply` (a plain decoded reply is
        accepted too: its ``Timestamps`` are parsed here).
    :param created_at: client clock when the response arrived.
    :param session_expiry_in_min: the expiry that was requested, or ``None``.
    :param round_trip_s: client-measured seconds of the request, if known.
    :raises PaySecureResponseError: if there is no usable ``SessionId`` (see
        :func:`validate_session_id`), or the ``Timestamps`` are malformed.
    """
    if not isinstance(reply, Mapping):
        raise PaySecureResponseError(f"Expected a JSON object from PaySecure, got {type(reply).__name__}")
    session_id = validate_session_id(reply.get("SessionId"))
    timestamps = reply.get("Timestamps") or {}
    if not isinstance(timestamps, dict) or not all(None):
        timestamps = parse_timestamps(timestamps)
    return PaySecureSession(
        session_id=session_id,
        created_at=created_at,
        expires_at=(
            created_at + Duration(seconds=session_expiry_in_min * 60) if session_expiry_in_min is not None else None
        ),
        timestamps={name: times for name, times in timestamps.items() if times.recorded},
        round_trip_s=round_trip_s,
    )


def x_parse_create_session__mutmut_20(
    reply: Mapping[str, Any],
    *,
    created_at: DateTime,
    session_expiry_in_min: float | None,
    round_trip_s: float | None = None,
) -> PaySecureSession:
    """Build a :class:`PaySecureSession` from a decoded ``CreateSession`` reply.

    :param reply: the output of :func:`parse_reply` (a plain decoded reply is
        accepted too: its ``Timestamps`` are parsed here).
    :param created_at: client clock when the response arrived.
    :param session_expiry_in_min: the expiry that was requested, or ``None``.
    :param round_trip_s: client-measured seconds of the request, if known.
    :raises PaySecureResponseError: if there is no usable ``SessionId`` (see
        :func:`validate_session_id`), or the ``Timestamps`` are malformed.
    """
    if not isinstance(reply, Mapping):
        raise PaySecureResponseError(f"Expected a JSON object from PaySecure, got {type(reply).__name__}")
    session_id = validate_session_id(reply.get("SessionId"))
    timestamps = reply.get("Timestamps") or {}
    if not isinstance(timestamps, dict) or not all(isinstance(times, InOutTimes) for times in timestamps.values()):
        timestamps = None
    return PaySecureSession(
        session_id=session_id,
        created_at=created_at,
        expires_at=(
            created_at + Duration(seconds=session_expiry_in_min * 60) if session_expiry_in_min is not None else None
        ),
        timestamps={name: times for name, times in timestamps.items() if times.recorded},
        round_trip_s=round_trip_s,
    )


def x_parse_create_session__mutmut_21(
    reply: Mapping[str, Any],
    *,
    created_at: DateTime,
    session_expiry_in_min: float | None,
    round_trip_s: float | None = None,
) -> PaySecureSession:
    """Build a :class:`PaySecureSession` from a decoded ``CreateSession`` reply.

    :param reply: the output of :func:`parse_reply` (a plain decoded reply is
        accepted too: its ``Timestamps`` are parsed here).
    :param created_at: client clock when the response arrived.
    :param session_expiry_in_min: the expiry that was requested, or ``None``.
    :param round_trip_s: client-measured seconds of the request, if known.
    :raises PaySecureResponseError: if there is no usable ``SessionId`` (see
        :func:`validate_session_id`), or the ``Timestamps`` are malformed.
    """
    if not isinstance(reply, Mapping):
        raise PaySecureResponseError(f"Expected a JSON object from PaySecure, got {type(reply).__name__}")
    session_id = validate_session_id(reply.get("SessionId"))
    timestamps = reply.get("Timestamps") or {}
    if not isinstance(timestamps, dict) or not all(isinstance(times, InOutTimes) for times in timestamps.values()):
        timestamps = parse_timestamps(None)
    return PaySecureSession(
        session_id=session_id,
        created_at=created_at,
        expires_at=(
            created_at + Duration(seconds=session_expiry_in_min * 60) if session_expiry_in_min is not None else None
        ),
        timestamps={name: times for name, times in timestamps.items() if times.recorded},
        round_trip_s=round_trip_s,
    )


def x_parse_create_session__mutmut_22(
    reply: Mapping[str, Any],
    *,
    created_at: DateTime,
    session_expiry_in_min: float | None,
    round_trip_s: float | None = None,
) -> PaySecureSession:
    """Build a :class:`PaySecureSession` from a decoded ``CreateSession`` reply.

    :param reply: the output of :func:`parse_reply` (a plain decoded reply is
        accepted too: its ``Timestamps`` are parsed here).
    :param created_at: client clock when the response arrived.
    :param session_expiry_in_min: the expiry that was requested, or ``None``.
    :param round_trip_s: client-measured seconds of the request, if known.
    :raises PaySecureResponseError: if there is no usable ``SessionId`` (see
        :func:`validate_session_id`), or the ``Timestamps`` are malformed.
    """
    if not isinstance(reply, Mapping):
        raise PaySecureResponseError(f"Expected a JSON object from PaySecure, got {type(reply).__name__}")
    session_id = validate_session_id(reply.get("SessionId"))
    timestamps = reply.get("Timestamps") or {}
    if not isinstance(timestamps, dict) or not all(isinstance(times, InOutTimes) for times in timestamps.values()):
        timestamps = parse_timestamps(timestamps)
    return PaySecureSession(
        session_id=None,
        created_at=created_at,
        expires_at=(
            created_at + Duration(seconds=session_expiry_in_min * 60) if session_expiry_in_min is not None else None
        ),
        timestamps={name: times for name, times in timestamps.items() if times.recorded},
        round_trip_s=round_trip_s,
    )


def x_parse_create_session__mutmut_23(
    reply: Mapping[str, Any],
    *,
    created_at: DateTime,
    session_expiry_in_min: float | None,
    round_trip_s: float | None = None,
) -> PaySecureSession:
    """Build a :class:`PaySecureSession` from a decoded ``CreateSession`` reply.

    :param reply: the output of :func:`parse_reply` (a plain decoded reply is
        accepted too: its ``Timestamps`` are parsed here).
    :param created_at: client clock when the response arrived.
    :param session_expiry_in_min: the expiry that was requested, or ``None``.
    :param round_trip_s: client-measured seconds of the request, if known.
    :raises PaySecureResponseError: if there is no usable ``SessionId`` (see
        :func:`validate_session_id`), or the ``Timestamps`` are malformed.
    """
    if not isinstance(reply, Mapping):
        raise PaySecureResponseError(f"Expected a JSON object from PaySecure, got {type(reply).__name__}")
    session_id = validate_session_id(reply.get("SessionId"))
    timestamps = reply.get("Timestamps") or {}
    if not isinstance(timestamps, dict) or not all(isinstance(times, InOutTimes) for times in timestamps.values()):
        timestamps = parse_timestamps(timestamps)
    return PaySecureSession(
        session_id=session_id,
        created_at=None,
        expires_at=(
            created_at + Duration(seconds=session_expiry_in_min * 60) if session_expiry_in_min is not None else None
        ),
        timestamps={name: times for name, times in timestamps.items() if times.recorded},
        round_trip_s=round_trip_s,
    )


def x_parse_create_session__mutmut_24(
    reply: Mapping[str, Any],
    *,
    created_at: DateTime,
    session_expiry_in_min: float | None,
    round_trip_s: float | None = None,
) -> PaySecureSession:
    """Build a :class:`PaySecureSession` from a decoded ``CreateSession`` reply.

    :param reply: the output of :func:`parse_reply` (a plain decoded reply is
        accepted too: its ``Timestamps`` are parsed here).
    :param created_at: client clock when the response arrived.
    :param session_expiry_in_min: the expiry that was requested, or ``None``.
    :param round_trip_s: client-measured seconds of the request, if known.
    :raises PaySecureResponseError: if there is no usable ``SessionId`` (see
        :func:`validate_session_id`), or the ``Timestamps`` are malformed.
    """
    if not isinstance(reply, Mapping):
        raise PaySecureResponseError(f"Expected a JSON object from PaySecure, got {type(reply).__name__}")
    session_id = validate_session_id(reply.get("SessionId"))
    timestamps = reply.get("Timestamps") or {}
    if not isinstance(timestamps, dict) or not all(isinstance(times, InOutTimes) for times in timestamps.values()):
        timestamps = parse_timestamps(timestamps)
    return PaySecureSession(
        session_id=session_id,
        created_at=created_at,
        expires_at=None,
        timestamps={name: times for name, times in timestamps.items() if times.recorded},
        round_trip_s=round_trip_s,
    )


def x_parse_create_session__mutmut_25(
    reply: Mapping[str, Any],
    *,
    created_at: DateTime,
    session_expiry_in_min: float | None,
    round_trip_s: float | None = None,
) -> PaySecureSession:
    """Build a :class:`PaySecureSession` from a decoded ``CreateSession`` reply.

    :param reply: the output of :func:`parse_reply` (a plain decoded reply is
        accepted too: its ``Timestamps`` are parsed here).
    :param created_at: client clock when the response arrived.
    :param session_expiry_in_min: the expiry that was requested, or ``None``.
    :param round_trip_s: client-measured seconds of the request, if known.
    :raises PaySecureResponseError: if there is no usable ``SessionId`` (see
        :func:`validate_session_id`), or the ``Timestamps`` are malformed.
    """
    if not isinstance(reply, Mapping):
        raise PaySecureResponseError(f"Expected a JSON object from PaySecure, got {type(reply).__name__}")
    session_id = validate_session_id(reply.get("SessionId"))
    timestamps = reply.get("Timestamps") or {}
    if not isinstance(timestamps, dict) or not all(isinstance(times, InOutTimes) for times in timestamps.values()):
        timestamps = parse_timestamps(timestamps)
    return PaySecureSession(
        session_id=session_id,
        created_at=created_at,
        expires_at=(
            created_at + Duration(seconds=session_expiry_in_min * 60) if session_expiry_in_min is not None else None
        ),
        timestamps=None,
        round_trip_s=round_trip_s,
    )


def x_parse_create_session__mutmut_26(
    reply: Mapping[str, Any],
    *,
    created_at: DateTime,
    session_expiry_in_min: float | None,
    round_trip_s: float | None = None,
) -> PaySecureSession:
    """Build a :class:`PaySecureSession` from a decoded ``CreateSession`` reply.

    :param reply: the output of :func:`parse_reply` (a plain decoded reply is
        accepted too: its ``Timestamps`` are parsed here).
    :param created_at: client clock when the response arrived.
    :param session_expiry_in_min: the expiry that was requested, or ``None``.
    :param round_trip_s: client-measured seconds of the request, if known.
    :raises PaySecureResponseError: if there is no usable ``SessionId`` (see
        :func:`validate_session_id`), or the ``Timestamps`` are malformed.
    """
    if not isinstance(reply, Mapping):
        raise PaySecureResponseError(f"Expected a JSON object from PaySecure, got {type(reply).__name__}")
    session_id = validate_session_id(reply.get("SessionId"))
    timestamps = reply.get("Timestamps") or {}
    if not isinstance(timestamps, dict) or not all(isinstance(times, InOutTimes) for times in timestamps.values()):
        timestamps = parse_timestamps(timestamps)
    return PaySecureSession(
        session_id=session_id,
        created_at=created_at,
        expires_at=(
            created_at + Duration(seconds=session_expiry_in_min * 60) if session_expiry_in_min is not None else None
        ),
        timestamps={name: times for name, times in timestamps.items() if times.recorded},
        round_trip_s=None,
    )


def x_parse_create_session__mutmut_27(
    reply: Mapping[str, Any],
    *,
    created_at: DateTime,
    session_expiry_in_min: float | None,
    round_trip_s: float | None = None,
) -> PaySecureSession:
    """Build a :class:`PaySecureSession` from a decoded ``CreateSession`` reply.

    :param reply: the output of :func:`parse_reply` (a plain decoded reply is
        accepted too: its ``Timestamps`` are parsed here).
    :param created_at: client clock when the response arrived.
    :param session_expiry_in_min: the expiry that was requested, or ``None``.
    :param round_trip_s: client-measured seconds of the request, if known.
    :raises PaySecureResponseError: if there is no usable ``SessionId`` (see
        :func:`validate_session_id`), or the ``Timestamps`` are malformed.
    """
    if not isinstance(reply, Mapping):
        raise PaySecureResponseError(f"Expected a JSON object from PaySecure, got {type(reply).__name__}")
    session_id = validate_session_id(reply.get("SessionId"))
    timestamps = reply.get("Timestamps") or {}
    if not isinstance(timestamps, dict) or not all(isinstance(times, InOutTimes) for times in timestamps.values()):
        timestamps = parse_timestamps(timestamps)
    return PaySecureSession(
        created_at=created_at,
        expires_at=(
            created_at + Duration(seconds=session_expiry_in_min * 60) if session_expiry_in_min is not None else None
        ),
        timestamps={name: times for name, times in timestamps.items() if times.recorded},
        round_trip_s=round_trip_s,
    )


def x_parse_create_session__mutmut_28(
    reply: Mapping[str, Any],
    *,
    created_at: DateTime,
    session_expiry_in_min: float | None,
    round_trip_s: float | None = None,
) -> PaySecureSession:
    """Build a :class:`PaySecureSession` from a decoded ``CreateSession`` reply.

    :param reply: the output of :func:`parse_reply` (a plain decoded reply is
        accepted too: its ``Timestamps`` are parsed here).
    :param created_at: client clock when the response arrived.
    :param session_expiry_in_min: the expiry that was requested, or ``None``.
    :param round_trip_s: client-measured seconds of the request, if known.
    :raises PaySecureResponseError: if there is no usable ``SessionId`` (see
        :func:`validate_session_id`), or the ``Timestamps`` are malformed.
    """
    if not isinstance(reply, Mapping):
        raise PaySecureResponseError(f"Expected a JSON object from PaySecure, got {type(reply).__name__}")
    session_id = validate_session_id(reply.get("SessionId"))
    timestamps = reply.get("Timestamps") or {}
    if not isinstance(timestamps, dict) or not all(isinstance(times, InOutTimes) for times in timestamps.values()):
        timestamps = parse_timestamps(timestamps)
    return PaySecureSession(
        session_id=session_id,
        expires_at=(
            created_at + Duration(seconds=session_expiry_in_min * 60) if session_expiry_in_min is not None else None
        ),
        timestamps={name: times for name, times in timestamps.items() if times.recorded},
        round_trip_s=round_trip_s,
    )


def x_parse_create_session__mutmut_29(
    reply: Mapping[str, Any],
    *,
    created_at: DateTime,
    session_expiry_in_min: float | None,
    round_trip_s: float | None = None,
) -> PaySecureSession:
    """Build a :class:`PaySecureSession` from a decoded ``CreateSession`` reply.

    :param reply: the output of :func:`parse_reply` (a plain decoded reply is
        accepted too: its ``Timestamps`` are parsed here).
    :param created_at: client clock when the response arrived.
    :param session_expiry_in_min: the expiry that was requested, or ``None``.
    :param round_trip_s: client-measured seconds of the request, if known.
    :raises PaySecureResponseError: if there is no usable ``SessionId`` (see
        :func:`validate_session_id`), or the ``Timestamps`` are malformed.
    """
    if not isinstance(reply, Mapping):
        raise PaySecureResponseError(f"Expected a JSON object from PaySecure, got {type(reply).__name__}")
    session_id = validate_session_id(reply.get("SessionId"))
    timestamps = reply.get("Timestamps") or {}
    if not isinstance(timestamps, dict) or not all(isinstance(times, InOutTimes) for times in timestamps.values()):
        timestamps = parse_timestamps(timestamps)
    return PaySecureSession(
        session_id=session_id,
        created_at=created_at,
        timestamps={name: times for name, times in timestamps.items() if times.recorded},
        round_trip_s=round_trip_s,
    )


def x_parse_create_session__mutmut_30(
    reply: Mapping[str, Any],
    *,
    created_at: DateTime,
    session_expiry_in_min: float | None,
    round_trip_s: float | None = None,
) -> PaySecureSession:
    """Build a :class:`PaySecureSession` from a decoded ``CreateSession`` reply.

    :param reply: the output of :func:`parse_reply` (a plain decoded reply is
        accepted too: its ``Timestamps`` are parsed here).
    :param created_at: client clock when the response arrived.
    :param session_expiry_in_min: the expiry that was requested, or ``None``.
    :param round_trip_s: client-measured seconds of the request, if known.
    :raises PaySecureResponseError: if there is no usable ``SessionId`` (see
        :func:`validate_session_id`), or the ``Timestamps`` are malformed.
    """
    if not isinstance(reply, Mapping):
        raise PaySecureResponseError(f"Expected a JSON object from PaySecure, got {type(reply).__name__}")
    session_id = validate_session_id(reply.get("SessionId"))
    timestamps = reply.get("Timestamps") or {}
    if not isinstance(timestamps, dict) or not all(isinstance(times, InOutTimes) for times in timestamps.values()):
        timestamps = parse_timestamps(timestamps)
    return PaySecureSession(
        session_id=session_id,
        created_at=created_at,
        expires_at=(
            created_at + Duration(seconds=session_expiry_in_min * 60) if session_expiry_in_min is not None else None
        ),
        round_trip_s=round_trip_s,
    )


def x_parse_create_session__mutmut_31(
    reply: Mapping[str, Any],
    *,
    created_at: DateTime,
    session_expiry_in_min: float | None,
    round_trip_s: float | None = None,
) -> PaySecureSession:
    """Build a :class:`PaySecureSession` from a decoded ``CreateSession`` reply.

    :param reply: the output of :func:`parse_reply` (a plain decoded reply is
        accepted too: its ``Timestamps`` are parsed here).
    :param created_at: client clock when the response arrived.
    :param session_expiry_in_min: the expiry that was requested, or ``None``.
    :param round_trip_s: client-measured seconds of the request, if known.
    :raises PaySecureResponseError: if there is no usable ``SessionId`` (see
        :func:`validate_session_id`), or the ``Timestamps`` are malformed.
    """
    if not isinstance(reply, Mapping):
        raise PaySecureResponseError(f"Expected a JSON object from PaySecure, got {type(reply).__name__}")
    session_id = validate_session_id(reply.get("SessionId"))
    timestamps = reply.get("Timestamps") or {}
    if not isinstance(timestamps, dict) or not all(isinstance(times, InOutTimes) for times in timestamps.values()):
        timestamps = parse_timestamps(timestamps)
    return PaySecureSession(
        session_id=session_id,
        created_at=created_at,
        expires_at=(
            created_at + Duration(seconds=session_expiry_in_min * 60) if session_expiry_in_min is not None else None
        ),
        timestamps={name: times for name, times in timestamps.items() if times.recorded},
        )


def x_parse_create_session__mutmut_32(
    reply: Mapping[str, Any],
    *,
    created_at: DateTime,
    session_expiry_in_min: float | None,
    round_trip_s: float | None = None,
) -> PaySecureSession:
    """Build a :class:`PaySecureSession` from a decoded ``CreateSession`` reply.

    :param reply: the output of :func:`parse_reply` (a plain decoded reply is
        accepted too: its ``Timestamps`` are parsed here).
    :param created_at: client clock when the response arrived.
    :param session_expiry_in_min: the expiry that was requested, or ``None``.
    :param round_trip_s: client-measured seconds of the request, if known.
    :raises PaySecureResponseError: if there is no usable ``SessionId`` (see
        :func:`validate_session_id`), or the ``Timestamps`` are malformed.
    """
    if not isinstance(reply, Mapping):
        raise PaySecureResponseError(f"Expected a JSON object from PaySecure, got {type(reply).__name__}")
    session_id = validate_session_id(reply.get("SessionId"))
    timestamps = reply.get("Timestamps") or {}
    if not isinstance(timestamps, dict) or not all(isinstance(times, InOutTimes) for times in timestamps.values()):
        timestamps = parse_timestamps(timestamps)
    return PaySecureSession(
        session_id=session_id,
        created_at=created_at,
        expires_at=(
            created_at + Duration(seconds=session_expiry_in_min * 60) if (session_expiry_in_min is not None) and False else None
        ),
        timestamps={name: times for name, times in timestamps.items() if times.recorded},
        round_trip_s=round_trip_s,
    )


def x_parse_create_session__mutmut_33(
    reply: Mapping[str, Any],
    *,
    created_at: DateTime,
    session_expiry_in_min: float | None,
    round_trip_s: float | None = None,
) -> PaySecureSession:
    """Build a :class:`PaySecureSession` from a decoded ``CreateSession`` reply.

    :param reply: the output of :func:`parse_reply` (a plain decoded reply is
        accepted too: its ``Timestamps`` are parsed here).
    :param created_at: client clock when the response arrived.
    :param session_expiry_in_min: the expiry that was requested, or ``None``.
    :param round_trip_s: client-measured seconds of the request, if known.
    :raises PaySecureResponseError: if there is no usable ``SessionId`` (see
        :func:`validate_session_id`), or the ``Timestamps`` are malformed.
    """
    if not isinstance(reply, Mapping):
        raise PaySecureResponseError(f"Expected a JSON object from PaySecure, got {type(reply).__name__}")
    session_id = validate_session_id(reply.get("SessionId"))
    timestamps = reply.get("Timestamps") or {}
    if not isinstance(timestamps, dict) or not all(isinstance(times, InOutTimes) for times in timestamps.values()):
        timestamps = parse_timestamps(timestamps)
    return PaySecureSession(
        session_id=session_id,
        created_at=created_at,
        expires_at=(
            created_at + Duration(seconds=session_expiry_in_min * 60) if (session_expiry_in_min is not None) or True else None
        ),
        timestamps={name: times for name, times in timestamps.items() if times.recorded},
        round_trip_s=round_trip_s,
    )


def x_parse_create_session__mutmut_34(
    reply: Mapping[str, Any],
    *,
    created_at: DateTime,
    session_expiry_in_min: float | None,
    round_trip_s: float | None = None,
) -> PaySecureSession:
    """Build a :class:`PaySecureSession` from a decoded ``CreateSession`` reply.

    :param reply: the output of :func:`parse_reply` (a plain decoded reply is
        accepted too: its ``Timestamps`` are parsed here).
    :param created_at: client clock when the response arrived.
    :param session_expiry_in_min: the expiry that was requested, or ``None``.
    :param round_trip_s: client-measured seconds of the request, if known.
    :raises PaySecureResponseError: if there is no usable ``SessionId`` (see
        :func:`validate_session_id`), or the ``Timestamps`` are malformed.
    """
    if not isinstance(reply, Mapping):
        raise PaySecureResponseError(f"Expected a JSON object from PaySecure, got {type(reply).__name__}")
    session_id = validate_session_id(reply.get("SessionId"))
    timestamps = reply.get("Timestamps") or {}
    if not isinstance(timestamps, dict) or not all(isinstance(times, InOutTimes) for times in timestamps.values()):
        timestamps = parse_timestamps(timestamps)
    return PaySecureSession(
        session_id=session_id,
        created_at=created_at,
        expires_at=(
            created_at - Duration(seconds=session_expiry_in_min * 60) if session_expiry_in_min is not None else None
        ),
        timestamps={name: times for name, times in timestamps.items() if times.recorded},
        round_trip_s=round_trip_s,
    )


def x_parse_create_session__mutmut_35(
    reply: Mapping[str, Any],
    *,
    created_at: DateTime,
    session_expiry_in_min: float | None,
    round_trip_s: float | None = None,
) -> PaySecureSession:
    """Build a :class:`PaySecureSession` from a decoded ``CreateSession`` reply.

    :param reply: the output of :func:`parse_reply` (a plain decoded reply is
        accepted too: its ``Timestamps`` are parsed here).
    :param created_at: client clock when the response arrived.
    :param session_expiry_in_min: the expiry that was requested, or ``None``.
    :param round_trip_s: client-measured seconds of the request, if known.
    :raises PaySecureResponseError: if there is no usable ``SessionId`` (see
        :func:`validate_session_id`), or the ``Timestamps`` are malformed.
    """
    if not isinstance(reply, Mapping):
        raise PaySecureResponseError(f"Expected a JSON object from PaySecure, got {type(reply).__name__}")
    session_id = validate_session_id(reply.get("SessionId"))
    timestamps = reply.get("Timestamps") or {}
    if not isinstance(timestamps, dict) or not all(isinstance(times, InOutTimes) for times in timestamps.values()):
        timestamps = parse_timestamps(timestamps)
    return PaySecureSession(
        session_id=session_id,
        created_at=created_at,
        expires_at=(
            created_at + Duration(seconds=None) if session_expiry_in_min is not None else None
        ),
        timestamps={name: times for name, times in timestamps.items() if times.recorded},
        round_trip_s=round_trip_s,
    )


def x_parse_create_session__mutmut_36(
    reply: Mapping[str, Any],
    *,
    created_at: DateTime,
    session_expiry_in_min: float | None,
    round_trip_s: float | None = None,
) -> PaySecureSession:
    """Build a :class:`PaySecureSession` from a decoded ``CreateSession`` reply.

    :param reply: the output of :func:`parse_reply` (a plain decoded reply is
        accepted too: its ``Timestamps`` are parsed here).
    :param created_at: client clock when the response arrived.
    :param session_expiry_in_min: the expiry that was requested, or ``None``.
    :param round_trip_s: client-measured seconds of the request, if known.
    :raises PaySecureResponseError: if there is no usable ``SessionId`` (see
        :func:`validate_session_id`), or the ``Timestamps`` are malformed.
    """
    if not isinstance(reply, Mapping):
        raise PaySecureResponseError(f"Expected a JSON object from PaySecure, got {type(reply).__name__}")
    session_id = validate_session_id(reply.get("SessionId"))
    timestamps = reply.get("Timestamps") or {}
    if not isinstance(timestamps, dict) or not all(isinstance(times, InOutTimes) for times in timestamps.values()):
        timestamps = parse_timestamps(timestamps)
    return PaySecureSession(
        session_id=session_id,
        created_at=created_at,
        expires_at=(
            created_at + Duration(seconds=session_expiry_in_min / 60) if session_expiry_in_min is not None else None
        ),
        timestamps={name: times for name, times in timestamps.items() if times.recorded},
        round_trip_s=round_trip_s,
    )


def x_parse_create_session__mutmut_37(
    reply: Mapping[str, Any],
    *,
    created_at: DateTime,
    session_expiry_in_min: float | None,
    round_trip_s: float | None = None,
) -> PaySecureSession:
    """Build a :class:`PaySecureSession` from a decoded ``CreateSession`` reply.

    :param reply: the output of :func:`parse_reply` (a plain decoded reply is
        accepted too: its ``Timestamps`` are parsed here).
    :param created_at: client clock when the response arrived.
    :param session_expiry_in_min: the expiry that was requested, or ``None``.
    :param round_trip_s: client-measured seconds of the request, if known.
    :raises PaySecureResponseError: if there is no usable ``SessionId`` (see
        :func:`validate_session_id`), or the ``Timestamps`` are malformed.
    """
    if not isinstance(reply, Mapping):
        raise PaySecureResponseError(f"Expected a JSON object from PaySecure, got {type(reply).__name__}")
    session_id = validate_session_id(reply.get("SessionId"))
    timestamps = reply.get("Timestamps") or {}
    if not isinstance(timestamps, dict) or not all(isinstance(times, InOutTimes) for times in timestamps.values()):
        timestamps = parse_timestamps(timestamps)
    return PaySecureSession(
        session_id=session_id,
        created_at=created_at,
        expires_at=(
            created_at + Duration(seconds=session_expiry_in_min * 61) if session_expiry_in_min is not None else None
        ),
        timestamps={name: times for name, times in timestamps.items() if times.recorded},
        round_trip_s=round_trip_s,
    )


def x_parse_create_session__mutmut_38(
    reply: Mapping[str, Any],
    *,
    created_at: DateTime,
    session_expiry_in_min: float | None,
    round_trip_s: float | None = None,
) -> PaySecureSession:
    """Build a :class:`PaySecureSession` from a decoded ``CreateSession`` reply.

    :param reply: the output of :func:`parse_reply` (a plain decoded reply is
        accepted too: its ``Timestamps`` are parsed here).
    :param created_at: client clock when the response arrived.
    :param session_expiry_in_min: the expiry that was requested, or ``None``.
    :param round_trip_s: client-measured seconds of the request, if known.
    :raises PaySecureResponseError: if there is no usable ``SessionId`` (see
        :func:`validate_session_id`), or the ``Timestamps`` are malformed.
    """
    if not isinstance(reply, Mapping):
        raise PaySecureResponseError(f"Expected a JSON object from PaySecure, got {type(reply).__name__}")
    session_id = validate_session_id(reply.get("SessionId"))
    timestamps = reply.get("Timestamps") or {}
    if not isinstance(timestamps, dict) or not all(isinstance(times, InOutTimes) for times in timestamps.values()):
        timestamps = parse_timestamps(timestamps)
    return PaySecureSession(
        session_id=session_id,
        created_at=created_at,
        expires_at=(
            created_at + Duration(seconds=session_expiry_in_min * 60) if session_expiry_in_min is None else None
        ),
        timestamps={name: times for name, times in timestamps.items() if times.recorded},
        round_trip_s=round_trip_s,
    )

mutants_x_parse_create_session__mutmut['_mutmut_orig'] = x_parse_create_session__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_create_session__mutmut['x_parse_create_session__mutmut_1'] = x_parse_create_session__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_create_session__mutmut['x_parse_create_session__mutmut_2'] = x_parse_create_session__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_create_session__mutmut['x_parse_create_session__mutmut_3'] = x_parse_create_session__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_create_session__mutmut['x_parse_create_session__mutmut_4'] = x_parse_create_session__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_create_session__mutmut['x_parse_create_session__mutmut_5'] = x_parse_create_session__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_create_session__mutmut['x_parse_create_session__mutmut_6'] = x_parse_create_session__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_create_session__mutmut['x_parse_create_session__mutmut_7'] = x_parse_create_session__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_create_session__mutmut['x_parse_create_session__mutmut_8'] = x_parse_create_session__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_create_session__mutmut['x_parse_create_session__mutmut_9'] = x_parse_create_session__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_create_session__mutmut['x_parse_create_session__mutmut_10'] = x_parse_create_session__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_create_session__mutmut['x_parse_create_session__mutmut_11'] = x_parse_create_session__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse_create_session__mutmut['x_parse_create_session__mutmut_12'] = x_parse_create_session__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse_create_session__mutmut['x_parse_create_session__mutmut_13'] = x_parse_create_session__mutmut_13 # type: ignore # mutmut generated
mutants_x_parse_create_session__mutmut['x_parse_create_session__mutmut_14'] = x_parse_create_session__mutmut_14 # type: ignore # mutmut generated
mutants_x_parse_create_session__mutmut['x_parse_create_session__mutmut_15'] = x_parse_create_session__mutmut_15 # type: ignore # mutmut generated
mutants_x_parse_create_session__mutmut['x_parse_create_session__mutmut_16'] = x_parse_create_session__mutmut_16 # type: ignore # mutmut generated
mutants_x_parse_create_session__mutmut['x_parse_create_session__mutmut_17'] = x_parse_create_session__mutmut_17 # type: ignore # mutmut generated
mutants_x_parse_create_session__mutmut['x_parse_create_session__mutmut_18'] = x_parse_create_session__mutmut_18 # type: ignore # mutmut generated
mutants_x_parse_create_session__mutmut['x_parse_create_session__mutmut_19'] = x_parse_create_session__mutmut_19 # type: ignore # mutmut generated
mutants_x_parse_create_session__mutmut['x_parse_create_session__mutmut_20'] = x_parse_create_session__mutmut_20 # type: ignore # mutmut generated
mutants_x_parse_create_session__mutmut['x_parse_create_session__mutmut_21'] = x_parse_create_session__mutmut_21 # type: ignore # mutmut generated
mutants_x_parse_create_session__mutmut['x_parse_create_session__mutmut_22'] = x_parse_create_session__mutmut_22 # type: ignore # mutmut generated
mutants_x_parse_create_session__mutmut['x_parse_create_session__mutmut_23'] = x_parse_create_session__mutmut_23 # type: ignore # mutmut generated
mutants_x_parse_create_session__mutmut['x_parse_create_session__mutmut_24'] = x_parse_create_session__mutmut_24 # type: ignore # mutmut generated
mutants_x_parse_create_session__mutmut['x_parse_create_session__mutmut_25'] = x_parse_create_session__mutmut_25 # type: ignore # mutmut generated
mutants_x_parse_create_session__mutmut['x_parse_create_session__mutmut_26'] = x_parse_create_session__mutmut_26 # type: ignore # mutmut generated
mutants_x_parse_create_session__mutmut['x_parse_create_session__mutmut_27'] = x_parse_create_session__mutmut_27 # type: ignore # mutmut generated
mutants_x_parse_create_session__mutmut['x_parse_create_session__mutmut_28'] = x_parse_create_session__mutmut_28 # type: ignore # mutmut generated
mutants_x_parse_create_session__mutmut['x_parse_create_session__mutmut_29'] = x_parse_create_session__mutmut_29 # type: ignore # mutmut generated
mutants_x_parse_create_session__mutmut['x_parse_create_session__mutmut_30'] = x_parse_create_session__mutmut_30 # type: ignore # mutmut generated
mutants_x_parse_create_session__mutmut['x_parse_create_session__mutmut_31'] = x_parse_create_session__mutmut_31 # type: ignore # mutmut generated
mutants_x_parse_create_session__mutmut['x_parse_create_session__mutmut_32'] = x_parse_create_session__mutmut_32 # type: ignore # mutmut generated
mutants_x_parse_create_session__mutmut['x_parse_create_session__mutmut_33'] = x_parse_create_session__mutmut_33 # type: ignore # mutmut generated
mutants_x_parse_create_session__mutmut['x_parse_create_session__mutmut_34'] = x_parse_create_session__mutmut_34 # type: ignore # mutmut generated
mutants_x_parse_create_session__mutmut['x_parse_create_session__mutmut_35'] = x_parse_create_session__mutmut_35 # type: ignore # mutmut generated
mutants_x_parse_create_session__mutmut['x_parse_create_session__mutmut_36'] = x_parse_create_session__mutmut_36 # type: ignore # mutmut generated
mutants_x_parse_create_session__mutmut['x_parse_create_session__mutmut_37'] = x_parse_create_session__mutmut_37 # type: ignore # mutmut generated
mutants_x_parse_create_session__mutmut['x_parse_create_session__mutmut_38'] = x_parse_create_session__mutmut_38 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__raise_for_error_status__mutmut)
def _raise_for_error_status(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_orig(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_1(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = None
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_2(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(None, secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_3(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, None)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_4(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_5(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, )
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_6(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = None
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_7(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code and excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_8(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message and error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_9(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(None, secrets)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_10(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, None)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_11(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(secrets)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_12(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, )
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_13(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail = " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_14(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail -= " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_15(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(fields) - ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_16(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" - "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_17(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += "XX (XX" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_18(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(None) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_19(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "XX; XX".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_20(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(fields) + "XX)XX"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_21(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = None
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_22(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if (status_code in (401, 403)) and False else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_23(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if (status_code in (401, 403)) or True else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_24(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code not in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_25(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (402, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_26(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 404) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_27(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = None
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_28(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(None, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_29(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, None)
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_30(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get("refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_31(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, )
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_32(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        401: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_33(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "XXrejected the requestXX",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_34(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "REJECTED THE REQUEST",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_35(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        402: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_36(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "XXrejected the credentialsXX",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_37(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "REJECTED THE CREDENTIALS",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_38(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        404: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_39(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "XXdenied accessXX",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_40(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "DENIED ACCESS",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_41(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        405: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_42(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "XXdoes not know this operationXX",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_43(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "DOES NOT KNOW THIS OPERATION",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_44(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "XXrefused the requestXX")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_45(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "REFUSED THE REQUEST")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_46(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        None,
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_47(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=None,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_48(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=None,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_49(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=None,
    )


def x__raise_for_error_status__mutmut_50(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_51(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_52(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_53(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        )


def x__raise_for_error_status__mutmut_54(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if (error_code) and False else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_55(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if (error_code) or True else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_56(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' - error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_57(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{'XX, XX' + error_code if error_code else ''}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )


def x__raise_for_error_status__mutmut_58(status_code: int, body: bytes, secrets: Redactor) -> None:
    error_code, message, fields = _response_status(body, secrets)
    detail = message or error_code or excerpt_bytes(body, secrets)
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + error_code if error_code else 'XXXX'}): {detail}",
        error_code=error_code,
        error_message=message,
        status_code=status_code,
    )

mutants_x__raise_for_error_status__mutmut['_mutmut_orig'] = x__raise_for_error_status__mutmut_orig # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_1'] = x__raise_for_error_status__mutmut_1 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_2'] = x__raise_for_error_status__mutmut_2 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_3'] = x__raise_for_error_status__mutmut_3 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_4'] = x__raise_for_error_status__mutmut_4 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_5'] = x__raise_for_error_status__mutmut_5 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_6'] = x__raise_for_error_status__mutmut_6 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_7'] = x__raise_for_error_status__mutmut_7 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_8'] = x__raise_for_error_status__mutmut_8 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_9'] = x__raise_for_error_status__mutmut_9 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_10'] = x__raise_for_error_status__mutmut_10 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_11'] = x__raise_for_error_status__mutmut_11 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_12'] = x__raise_for_error_status__mutmut_12 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_13'] = x__raise_for_error_status__mutmut_13 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_14'] = x__raise_for_error_status__mutmut_14 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_15'] = x__raise_for_error_status__mutmut_15 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_16'] = x__raise_for_error_status__mutmut_16 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_17'] = x__raise_for_error_status__mutmut_17 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_18'] = x__raise_for_error_status__mutmut_18 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_19'] = x__raise_for_error_status__mutmut_19 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_20'] = x__raise_for_error_status__mutmut_20 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_21'] = x__raise_for_error_status__mutmut_21 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_22'] = x__raise_for_error_status__mutmut_22 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_23'] = x__raise_for_error_status__mutmut_23 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_24'] = x__raise_for_error_status__mutmut_24 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_25'] = x__raise_for_error_status__mutmut_25 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_26'] = x__raise_for_error_status__mutmut_26 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_27'] = x__raise_for_error_status__mutmut_27 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_28'] = x__raise_for_error_status__mutmut_28 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_29'] = x__raise_for_error_status__mutmut_29 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_30'] = x__raise_for_error_status__mutmut_30 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_31'] = x__raise_for_error_status__mutmut_31 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_32'] = x__raise_for_error_status__mutmut_32 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_33'] = x__raise_for_error_status__mutmut_33 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_34'] = x__raise_for_error_status__mutmut_34 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_35'] = x__raise_for_error_status__mutmut_35 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_36'] = x__raise_for_error_status__mutmut_36 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_37'] = x__raise_for_error_status__mutmut_37 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_38'] = x__raise_for_error_status__mutmut_38 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_39'] = x__raise_for_error_status__mutmut_39 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_40'] = x__raise_for_error_status__mutmut_40 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_41'] = x__raise_for_error_status__mutmut_41 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_42'] = x__raise_for_error_status__mutmut_42 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_43'] = x__raise_for_error_status__mutmut_43 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_44'] = x__raise_for_error_status__mutmut_44 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_45'] = x__raise_for_error_status__mutmut_45 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_46'] = x__raise_for_error_status__mutmut_46 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_47'] = x__raise_for_error_status__mutmut_47 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_48'] = x__raise_for_error_status__mutmut_48 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_49'] = x__raise_for_error_status__mutmut_49 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_50'] = x__raise_for_error_status__mutmut_50 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_51'] = x__raise_for_error_status__mutmut_51 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_52'] = x__raise_for_error_status__mutmut_52 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_53'] = x__raise_for_error_status__mutmut_53 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_54'] = x__raise_for_error_status__mutmut_54 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_55'] = x__raise_for_error_status__mutmut_55 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_56'] = x__raise_for_error_status__mutmut_56 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_57'] = x__raise_for_error_status__mutmut_57 # type: ignore # mutmut generated
mutants_x__raise_for_error_status__mutmut['x__raise_for_error_status__mutmut_58'] = x__raise_for_error_status__mutmut_58 # type: ignore # mutmut generated
mutants_x__response_status__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__response_status__mutmut)
def _response_status(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_orig(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_1(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = None
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_2(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(None)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_3(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_4(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if (isinstance(data, dict)) and False else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_5(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if (isinstance(data, dict)) or True else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_6(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get(None) if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_7(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("XXResponseStatusXX") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_8(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("responsestatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_9(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("RESPONSESTATUS") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_10(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_11(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = None
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_12(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(None, secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_13(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), None, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_14(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, None)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_15(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_16(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_17(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, )
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_18(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get(None), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_19(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("XXErrorCodeXX"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_20(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("errorcode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_21(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ERRORCODE"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_22(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = None
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_23(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(None, secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_24(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), None, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_25(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, None)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_26(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_27(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_28(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, )
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_29(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get(None), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_30(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("XXMessageXX"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_31(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_32(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("MESSAGE"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_33(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = None
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_34(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get(None)
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_35(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("XXErrorsXX")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_36(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_37(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("ERRORS")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_38(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = None
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_39(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if (isinstance(errors, list)) and False else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_40(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if (isinstance(errors, list)) or True else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_41(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_42(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            break
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_43(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = None
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_44(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") and "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_45(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") and item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_46(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get(None) or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_47(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("XXFieldNameXX") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_48(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("fieldname") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_49(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FIELDNAME") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_50(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get(None) or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_51(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("XXErrorCodeXX") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_52(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("errorcode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_53(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ERRORCODE") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_54(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "XX?XX"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_55(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = None
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_56(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") and "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_57(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") and item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_58(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get(None) or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_59(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("XXMessageXX") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_60(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_61(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("MESSAGE") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_62(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get(None) or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_63(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("XXErrorCodeXX") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_64(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("errorcode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_65(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ERRORCODE") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_66(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "XXinvalidXX"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_67(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "INVALID"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_68(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(None)
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_69(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(None))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_70(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(None)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_71(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(None)}"))
        if len(fields) == MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_72(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) != MAX_FIELDS:
            break
    return error_code, message, fields


def x__response_status__mutmut_73(body: bytes, secrets: Redactor) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...]).

    Each text is redacted, cleaned and bounded; fields of the wrong type are ignored.
    """
    data = _decode_json(body)
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = _optional_text(status.get("ErrorCode"), secrets, EXCERPT_CHARS)
    message = _optional_text(status.get("Message"), secrets, MESSAGE_CHARS)
    errors = status.get("Errors")
    fields: list[str] = []
    for item in errors if isinstance(errors, list) else ():
        if not isinstance(item, dict):
            continue
        name = item.get("FieldName") or item.get("ErrorCode") or "?"
        text = item.get("Message") or item.get("ErrorCode") or "invalid"
        fields.append(secrets.excerpt(f"{_text(name)}: {_text(text)}"))
        if len(fields) == MAX_FIELDS:
            return
    return error_code, message, fields

mutants_x__response_status__mutmut['_mutmut_orig'] = x__response_status__mutmut_orig # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_1'] = x__response_status__mutmut_1 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_2'] = x__response_status__mutmut_2 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_3'] = x__response_status__mutmut_3 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_4'] = x__response_status__mutmut_4 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_5'] = x__response_status__mutmut_5 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_6'] = x__response_status__mutmut_6 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_7'] = x__response_status__mutmut_7 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_8'] = x__response_status__mutmut_8 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_9'] = x__response_status__mutmut_9 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_10'] = x__response_status__mutmut_10 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_11'] = x__response_status__mutmut_11 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_12'] = x__response_status__mutmut_12 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_13'] = x__response_status__mutmut_13 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_14'] = x__response_status__mutmut_14 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_15'] = x__response_status__mutmut_15 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_16'] = x__response_status__mutmut_16 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_17'] = x__response_status__mutmut_17 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_18'] = x__response_status__mutmut_18 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_19'] = x__response_status__mutmut_19 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_20'] = x__response_status__mutmut_20 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_21'] = x__response_status__mutmut_21 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_22'] = x__response_status__mutmut_22 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_23'] = x__response_status__mutmut_23 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_24'] = x__response_status__mutmut_24 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_25'] = x__response_status__mutmut_25 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_26'] = x__response_status__mutmut_26 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_27'] = x__response_status__mutmut_27 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_28'] = x__response_status__mutmut_28 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_29'] = x__response_status__mutmut_29 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_30'] = x__response_status__mutmut_30 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_31'] = x__response_status__mutmut_31 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_32'] = x__response_status__mutmut_32 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_33'] = x__response_status__mutmut_33 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_34'] = x__response_status__mutmut_34 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_35'] = x__response_status__mutmut_35 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_36'] = x__response_status__mutmut_36 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_37'] = x__response_status__mutmut_37 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_38'] = x__response_status__mutmut_38 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_39'] = x__response_status__mutmut_39 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_40'] = x__response_status__mutmut_40 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_41'] = x__response_status__mutmut_41 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_42'] = x__response_status__mutmut_42 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_43'] = x__response_status__mutmut_43 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_44'] = x__response_status__mutmut_44 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_45'] = x__response_status__mutmut_45 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_46'] = x__response_status__mutmut_46 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_47'] = x__response_status__mutmut_47 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_48'] = x__response_status__mutmut_48 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_49'] = x__response_status__mutmut_49 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_50'] = x__response_status__mutmut_50 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_51'] = x__response_status__mutmut_51 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_52'] = x__response_status__mutmut_52 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_53'] = x__response_status__mutmut_53 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_54'] = x__response_status__mutmut_54 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_55'] = x__response_status__mutmut_55 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_56'] = x__response_status__mutmut_56 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_57'] = x__response_status__mutmut_57 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_58'] = x__response_status__mutmut_58 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_59'] = x__response_status__mutmut_59 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_60'] = x__response_status__mutmut_60 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_61'] = x__response_status__mutmut_61 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_62'] = x__response_status__mutmut_62 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_63'] = x__response_status__mutmut_63 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_64'] = x__response_status__mutmut_64 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_65'] = x__response_status__mutmut_65 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_66'] = x__response_status__mutmut_66 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_67'] = x__response_status__mutmut_67 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_68'] = x__response_status__mutmut_68 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_69'] = x__response_status__mutmut_69 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_70'] = x__response_status__mutmut_70 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_71'] = x__response_status__mutmut_71 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_72'] = x__response_status__mutmut_72 # type: ignore # mutmut generated
mutants_x__response_status__mutmut['x__response_status__mutmut_73'] = x__response_status__mutmut_73 # type: ignore # mutmut generated
mutants_x__error_detail__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__error_detail__mutmut)
def _error_detail(body: bytes, secrets: Redactor) -> str:
    error_code, message, fields = _response_status(body, secrets)
    if message or error_code:
        return " ".join(p for p in (error_code, message) if p) + (" (" + "; ".join(fields) + ")" if fields else "")
    return excerpt_bytes(body, secrets)


def x__error_detail__mutmut_orig(body: bytes, secrets: Redactor) -> str:
    error_code, message, fields = _response_status(body, secrets)
    if message or error_code:
        return " ".join(p for p in (error_code, message) if p) + (" (" + "; ".join(fields) + ")" if fields else "")
    return excerpt_bytes(body, secrets)


def x__error_detail__mutmut_1(body: bytes, secrets: Redactor) -> str:
    error_code, message, fields = None
    if message or error_code:
        return " ".join(p for p in (error_code, message) if p) + (" (" + "; ".join(fields) + ")" if fields else "")
    return excerpt_bytes(body, secrets)


def x__error_detail__mutmut_2(body: bytes, secrets: Redactor) -> str:
    error_code, message, fields = _response_status(None, secrets)
    if message or error_code:
        return " ".join(p for p in (error_code, message) if p) + (" (" + "; ".join(fields) + ")" if fields else "")
    return excerpt_bytes(body, secrets)


def x__error_detail__mutmut_3(body: bytes, secrets: Redactor) -> str:
    error_code, message, fields = _response_status(body, None)
    if message or error_code:
        return " ".join(p for p in (error_code, message) if p) + (" (" + "; ".join(fields) + ")" if fields else "")
    return excerpt_bytes(body, secrets)


def x__error_detail__mutmut_4(body: bytes, secrets: Redactor) -> str:
    error_code, message, fields = _response_status(secrets)
    if message or error_code:
        return " ".join(p for p in (error_code, message) if p) + (" (" + "; ".join(fields) + ")" if fields else "")
    return excerpt_bytes(body, secrets)


def x__error_detail__mutmut_5(body: bytes, secrets: Redactor) -> str:
    error_code, message, fields = _response_status(body, )
    if message or error_code:
        return " ".join(p for p in (error_code, message) if p) + (" (" + "; ".join(fields) + ")" if fields else "")
    return excerpt_bytes(body, secrets)


def x__error_detail__mutmut_6(body: bytes, secrets: Redactor) -> str:
    error_code, message, fields = _response_status(body, secrets)
    if message and error_code:
        return " ".join(p for p in (error_code, message) if p) + (" (" + "; ".join(fields) + ")" if fields else "")
    return excerpt_bytes(body, secrets)


def x__error_detail__mutmut_7(body: bytes, secrets: Redactor) -> str:
    error_code, message, fields = _response_status(body, secrets)
    if message or error_code:
        return " ".join(p for p in (error_code, message) if p) - (" (" + "; ".join(fields) + ")" if fields else "")
    return excerpt_bytes(body, secrets)


def x__error_detail__mutmut_8(body: bytes, secrets: Redactor) -> str:
    error_code, message, fields = _response_status(body, secrets)
    if message or error_code:
        return " ".join(None) + (" (" + "; ".join(fields) + ")" if fields else "")
    return excerpt_bytes(body, secrets)


def x__error_detail__mutmut_9(body: bytes, secrets: Redactor) -> str:
    error_code, message, fields = _response_status(body, secrets)
    if message or error_code:
        return "XX XX".join(p for p in (error_code, message) if p) + (" (" + "; ".join(fields) + ")" if fields else "")
    return excerpt_bytes(body, secrets)


def x__error_detail__mutmut_10(body: bytes, secrets: Redactor) -> str:
    error_code, message, fields = _response_status(body, secrets)
    if message or error_code:
        return " ".join(p for p in (error_code, message) if p) + (" (" + "; ".join(fields) + ")" if (fields) and False else "")
    return excerpt_bytes(body, secrets)


def x__error_detail__mutmut_11(body: bytes, secrets: Redactor) -> str:
    error_code, message, fields = _response_status(body, secrets)
    if message or error_code:
        return " ".join(p for p in (error_code, message) if p) + (" (" + "; ".join(fields) + ")" if (fields) or True else "")
    return excerpt_bytes(body, secrets)


def x__error_detail__mutmut_12(body: bytes, secrets: Redactor) -> str:
    error_code, message, fields = _response_status(body, secrets)
    if message or error_code:
        return " ".join(p for p in (error_code, message) if p) + (" (" + "; ".join(fields) - ")" if fields else "")
    return excerpt_bytes(body, secrets)


def x__error_detail__mutmut_13(body: bytes, secrets: Redactor) -> str:
    error_code, message, fields = _response_status(body, secrets)
    if message or error_code:
        return " ".join(p for p in (error_code, message) if p) + (" (" - "; ".join(fields) + ")" if fields else "")
    return excerpt_bytes(body, secrets)


def x__error_detail__mutmut_14(body: bytes, secrets: Redactor) -> str:
    error_code, message, fields = _response_status(body, secrets)
    if message or error_code:
        return " ".join(p for p in (error_code, message) if p) + ("XX (XX" + "; ".join(fields) + ")" if fields else "")
    return excerpt_bytes(body, secrets)


def x__error_detail__mutmut_15(body: bytes, secrets: Redactor) -> str:
    error_code, message, fields = _response_status(body, secrets)
    if message or error_code:
        return " ".join(p for p in (error_code, message) if p) + (" (" + "; ".join(None) + ")" if fields else "")
    return excerpt_bytes(body, secrets)


def x__error_detail__mutmut_16(body: bytes, secrets: Redactor) -> str:
    error_code, message, fields = _response_status(body, secrets)
    if message or error_code:
        return " ".join(p for p in (error_code, message) if p) + (" (" + "XX; XX".join(fields) + ")" if fields else "")
    return excerpt_bytes(body, secrets)


def x__error_detail__mutmut_17(body: bytes, secrets: Redactor) -> str:
    error_code, message, fields = _response_status(body, secrets)
    if message or error_code:
        return " ".join(p for p in (error_code, message) if p) + (" (" + "; ".join(fields) + "XX)XX" if fields else "")
    return excerpt_bytes(body, secrets)


def x__error_detail__mutmut_18(body: bytes, secrets: Redactor) -> str:
    error_code, message, fields = _response_status(body, secrets)
    if message or error_code:
        return " ".join(p for p in (error_code, message) if p) + (" (" + "; ".join(fields) + ")" if fields else "XXXX")
    return excerpt_bytes(body, secrets)


def x__error_detail__mutmut_19(body: bytes, secrets: Redactor) -> str:
    error_code, message, fields = _response_status(body, secrets)
    if message or error_code:
        return " ".join(p for p in (error_code, message) if p) + (" (" + "; ".join(fields) + ")" if fields else "")
    return excerpt_bytes(None, secrets)


def x__error_detail__mutmut_20(body: bytes, secrets: Redactor) -> str:
    error_code, message, fields = _response_status(body, secrets)
    if message or error_code:
        return " ".join(p for p in (error_code, message) if p) + (" (" + "; ".join(fields) + ")" if fields else "")
    return excerpt_bytes(body, None)


def x__error_detail__mutmut_21(body: bytes, secrets: Redactor) -> str:
    error_code, message, fields = _response_status(body, secrets)
    if message or error_code:
        return " ".join(p for p in (error_code, message) if p) + (" (" + "; ".join(fields) + ")" if fields else "")
    return excerpt_bytes(secrets)


def x__error_detail__mutmut_22(body: bytes, secrets: Redactor) -> str:
    error_code, message, fields = _response_status(body, secrets)
    if message or error_code:
        return " ".join(p for p in (error_code, message) if p) + (" (" + "; ".join(fields) + ")" if fields else "")
    return excerpt_bytes(body, )

mutants_x__error_detail__mutmut['_mutmut_orig'] = x__error_detail__mutmut_orig # type: ignore # mutmut generated
mutants_x__error_detail__mutmut['x__error_detail__mutmut_1'] = x__error_detail__mutmut_1 # type: ignore # mutmut generated
mutants_x__error_detail__mutmut['x__error_detail__mutmut_2'] = x__error_detail__mutmut_2 # type: ignore # mutmut generated
mutants_x__error_detail__mutmut['x__error_detail__mutmut_3'] = x__error_detail__mutmut_3 # type: ignore # mutmut generated
mutants_x__error_detail__mutmut['x__error_detail__mutmut_4'] = x__error_detail__mutmut_4 # type: ignore # mutmut generated
mutants_x__error_detail__mutmut['x__error_detail__mutmut_5'] = x__error_detail__mutmut_5 # type: ignore # mutmut generated
mutants_x__error_detail__mutmut['x__error_detail__mutmut_6'] = x__error_detail__mutmut_6 # type: ignore # mutmut generated
mutants_x__error_detail__mutmut['x__error_detail__mutmut_7'] = x__error_detail__mutmut_7 # type: ignore # mutmut generated
mutants_x__error_detail__mutmut['x__error_detail__mutmut_8'] = x__error_detail__mutmut_8 # type: ignore # mutmut generated
mutants_x__error_detail__mutmut['x__error_detail__mutmut_9'] = x__error_detail__mutmut_9 # type: ignore # mutmut generated
mutants_x__error_detail__mutmut['x__error_detail__mutmut_10'] = x__error_detail__mutmut_10 # type: ignore # mutmut generated
mutants_x__error_detail__mutmut['x__error_detail__mutmut_11'] = x__error_detail__mutmut_11 # type: ignore # mutmut generated
mutants_x__error_detail__mutmut['x__error_detail__mutmut_12'] = x__error_detail__mutmut_12 # type: ignore # mutmut generated
mutants_x__error_detail__mutmut['x__error_detail__mutmut_13'] = x__error_detail__mutmut_13 # type: ignore # mutmut generated
mutants_x__error_detail__mutmut['x__error_detail__mutmut_14'] = x__error_detail__mutmut_14 # type: ignore # mutmut generated
mutants_x__error_detail__mutmut['x__error_detail__mutmut_15'] = x__error_detail__mutmut_15 # type: ignore # mutmut generated
mutants_x__error_detail__mutmut['x__error_detail__mutmut_16'] = x__error_detail__mutmut_16 # type: ignore # mutmut generated
mutants_x__error_detail__mutmut['x__error_detail__mutmut_17'] = x__error_detail__mutmut_17 # type: ignore # mutmut generated
mutants_x__error_detail__mutmut['x__error_detail__mutmut_18'] = x__error_detail__mutmut_18 # type: ignore # mutmut generated
mutants_x__error_detail__mutmut['x__error_detail__mutmut_19'] = x__error_detail__mutmut_19 # type: ignore # mutmut generated
mutants_x__error_detail__mutmut['x__error_detail__mutmut_20'] = x__error_detail__mutmut_20 # type: ignore # mutmut generated
mutants_x__error_detail__mutmut['x__error_detail__mutmut_21'] = x__error_detail__mutmut_21 # type: ignore # mutmut generated
mutants_x__error_detail__mutmut['x__error_detail__mutmut_22'] = x__error_detail__mutmut_22 # type: ignore # mutmut generated
mutants_x__optional_text__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__optional_text__mutmut)
def _optional_text(value: Any, secrets: Redactor, limit: int) -> str | None:
    if not value:
        return None
    return secrets.excerpt(_text(value), limit) or None


def x__optional_text__mutmut_orig(value: Any, secrets: Redactor, limit: int) -> str | None:
    if not value:
        return None
    return secrets.excerpt(_text(value), limit) or None


def x__optional_text__mutmut_1(value: Any, secrets: Redactor, limit: int) -> str | None:
    if value:
        return None
    return secrets.excerpt(_text(value), limit) or None


def x__optional_text__mutmut_2(value: Any, secrets: Redactor, limit: int) -> str | None:
    if not value:
        return None
    return secrets.excerpt(_text(value), limit) and None


def x__optional_text__mutmut_3(value: Any, secrets: Redactor, limit: int) -> str | None:
    if not value:
        return None
    return secrets.excerpt(None, limit) or None


def x__optional_text__mutmut_4(value: Any, secrets: Redactor, limit: int) -> str | None:
    if not value:
        return None
    return secrets.excerpt(_text(value), None) or None


def x__optional_text__mutmut_5(value: Any, secrets: Redactor, limit: int) -> str | None:
    if not value:
        return None
    return secrets.excerpt(limit) or None


def x__optional_text__mutmut_6(value: Any, secrets: Redactor, limit: int) -> str | None:
    if not value:
        return None
    return secrets.excerpt(_text(value), ) or None


def x__optional_text__mutmut_7(value: Any, secrets: Redactor, limit: int) -> str | None:
    if not value:
        return None
    return secrets.excerpt(_text(None), limit) or None

mutants_x__optional_text__mutmut['_mutmut_orig'] = x__optional_text__mutmut_orig # type: ignore # mutmut generated
mutants_x__optional_text__mutmut['x__optional_text__mutmut_1'] = x__optional_text__mutmut_1 # type: ignore # mutmut generated
mutants_x__optional_text__mutmut['x__optional_text__mutmut_2'] = x__optional_text__mutmut_2 # type: ignore # mutmut generated
mutants_x__optional_text__mutmut['x__optional_text__mutmut_3'] = x__optional_text__mutmut_3 # type: ignore # mutmut generated
mutants_x__optional_text__mutmut['x__optional_text__mutmut_4'] = x__optional_text__mutmut_4 # type: ignore # mutmut generated
mutants_x__optional_text__mutmut['x__optional_text__mutmut_5'] = x__optional_text__mutmut_5 # type: ignore # mutmut generated
mutants_x__optional_text__mutmut['x__optional_text__mutmut_6'] = x__optional_text__mutmut_6 # type: ignore # mutmut generated
mutants_x__optional_text__mutmut['x__optional_text__mutmut_7'] = x__optional_text__mutmut_7 # type: ignore # mutmut generated
mutants_x__text__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__text__mutmut)
def _text(value: Any) -> str:
    """A server value as text, without recursing into structures (no RecursionError)."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, (int, float)):
        return str(value)  # json.loads refuses ints too long for str(); inf is "inf"
    return f"<{type(value).__name__}>"


def x__text__mutmut_orig(value: Any) -> str:
    """A server value as text, without recursing into structures (no RecursionError)."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, (int, float)):
        return str(value)  # json.loads refuses ints too long for str(); inf is "inf"
    return f"<{type(value).__name__}>"


def x__text__mutmut_1(value: Any) -> str:
    """A server value as text, without recursing into structures (no RecursionError)."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool) and value is None:
        return json.dumps(value)
    if isinstance(value, (int, float)):
        return str(value)  # json.loads refuses ints too long for str(); inf is "inf"
    return f"<{type(value).__name__}>"


def x__text__mutmut_2(value: Any) -> str:
    """A server value as text, without recursing into structures (no RecursionError)."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool) or value is not None:
        return json.dumps(value)
    if isinstance(value, (int, float)):
        return str(value)  # json.loads refuses ints too long for str(); inf is "inf"
    return f"<{type(value).__name__}>"


def x__text__mutmut_3(value: Any) -> str:
    """A server value as text, without recursing into structures (no RecursionError)."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool) or value is None:
        return json.dumps(None)
    if isinstance(value, (int, float)):
        return str(value)  # json.loads refuses ints too long for str(); inf is "inf"
    return f"<{type(value).__name__}>"


def x__text__mutmut_4(value: Any) -> str:
    """A server value as text, without recursing into structures (no RecursionError)."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, (int, float)):
        return str(None)  # json.loads refuses ints too long for str(); inf is "inf"
    return f"<{type(value).__name__}>"


def x__text__mutmut_5(value: Any) -> str:
    """A server value as text, without recursing into structures (no RecursionError)."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, (int, float)):
        return str(value)  # json.loads refuses ints too long for str(); inf is "inf"
    return f"<{type(None).__name__}>"

mutants_x__text__mutmut['_mutmut_orig'] = x__text__mutmut_orig # type: ignore # mutmut generated
mutants_x__text__mutmut['x__text__mutmut_1'] = x__text__mutmut_1 # type: ignore # mutmut generated
mutants_x__text__mutmut['x__text__mutmut_2'] = x__text__mutmut_2 # type: ignore # mutmut generated
mutants_x__text__mutmut['x__text__mutmut_3'] = x__text__mutmut_3 # type: ignore # mutmut generated
mutants_x__text__mutmut['x__text__mutmut_4'] = x__text__mutmut_4 # type: ignore # mutmut generated
mutants_x__text__mutmut['x__text__mutmut_5'] = x__text__mutmut_5 # type: ignore # mutmut generated


_INVALID: Any = object()
mutants_x__decode_json__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__decode_json__mutmut)
def _decode_json(body: bytes) -> Any:
    """The decoded body, or :data:`_INVALID`. Never raises; keeps no exception alive."""
    try:
        return json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError, TypeError):
        return _INVALID


def x__decode_json__mutmut_orig(body: bytes) -> Any:
    """The decoded body, or :data:`_INVALID`. Never raises; keeps no exception alive."""
    try:
        return json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError, TypeError):
        return _INVALID


def x__decode_json__mutmut_1(body: bytes) -> Any:
    """The decoded body, or :data:`_INVALID`. Never raises; keeps no exception alive."""
    try:
        return json.loads(None)
    except (ValueError, UnicodeDecodeError, RecursionError, TypeError):
        return _INVALID

mutants_x__decode_json__mutmut['_mutmut_orig'] = x__decode_json__mutmut_orig # type: ignore # mutmut generated
mutants_x__decode_json__mutmut['x__decode_json__mutmut_1'] = x__decode_json__mutmut_1 # type: ignore # mutmut generated
mutants_x__header__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__header__mutmut)
def _header(headers: Mapping[str, str], name: str) -> str | None:
    """The first value of header ``name``, whatever the case of its name in ``headers``."""
    lowered = name.lower()
    return next((v for k, v in headers.items() if k.lower() == lowered), None)


def x__header__mutmut_orig(headers: Mapping[str, str], name: str) -> str | None:
    """The first value of header ``name``, whatever the case of its name in ``headers``."""
    lowered = name.lower()
    return next((v for k, v in headers.items() if k.lower() == lowered), None)


def x__header__mutmut_1(headers: Mapping[str, str], name: str) -> str | None:
    """The first value of header ``name``, whatever the case of its name in ``headers``."""
    lowered = None
    return next((v for k, v in headers.items() if k.lower() == lowered), None)


def x__header__mutmut_2(headers: Mapping[str, str], name: str) -> str | None:
    """The first value of header ``name``, whatever the case of its name in ``headers``."""
    lowered = name.upper()
    return next((v for k, v in headers.items() if k.lower() == lowered), None)


def x__header__mutmut_3(headers: Mapping[str, str], name: str) -> str | None:
    """The first value of header ``name``, whatever the case of its name in ``headers``."""
    lowered = name.lower()
    return next(None, None)


def x__header__mutmut_4(headers: Mapping[str, str], name: str) -> str | None:
    """The first value of header ``name``, whatever the case of its name in ``headers``."""
    lowered = name.lower()
    return next(None)


def x__header__mutmut_5(headers: Mapping[str, str], name: str) -> str | None:
    """The first value of header ``name``, whatever the case of its name in ``headers``."""
    lowered = name.lower()
    return next((v for k, v in headers.items() if k.lower() == lowered), )


def x__header__mutmut_6(headers: Mapping[str, str], name: str) -> str | None:
    """The first value of header ``name``, whatever the case of its name in ``headers``."""
    lowered = name.lower()
    return next((v for k, v in headers.items() if k.upper() == lowered), None)


def x__header__mutmut_7(headers: Mapping[str, str], name: str) -> str | None:
    """The first value of header ``name``, whatever the case of its name in ``headers``."""
    lowered = name.lower()
    return next((v for k, v in headers.items() if k.lower() != lowered), None)

mutants_x__header__mutmut['_mutmut_orig'] = x__header__mutmut_orig # type: ignore # mutmut generated
mutants_x__header__mutmut['x__header__mutmut_1'] = x__header__mutmut_1 # type: ignore # mutmut generated
mutants_x__header__mutmut['x__header__mutmut_2'] = x__header__mutmut_2 # type: ignore # mutmut generated
mutants_x__header__mutmut['x__header__mutmut_3'] = x__header__mutmut_3 # type: ignore # mutmut generated
mutants_x__header__mutmut['x__header__mutmut_4'] = x__header__mutmut_4 # type: ignore # mutmut generated
mutants_x__header__mutmut['x__header__mutmut_5'] = x__header__mutmut_5 # type: ignore # mutmut generated
mutants_x__header__mutmut['x__header__mutmut_6'] = x__header__mutmut_6 # type: ignore # mutmut generated
mutants_x__header__mutmut['x__header__mutmut_7'] = x__header__mutmut_7 # type: ignore # mutmut generated
