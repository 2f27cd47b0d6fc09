r"""ServiceStack ``\/Date(ms±hhmm)\/`` values, with no I/O.

``ms`` is milliseconds since the Unix epoch in UTC; the offset suffix is informational.
``DateTime.MinValue`` (:data:`MIN_VALUE_MS`) means "not recorded" and reads as ``None``.
"""

from __future__ import annotations

import datetime
import re
from functools import lru_cache

import pendulum
from pendulum import DateTime

from airflow_provider_paysecure.exceptions import PaySecureResponseError
from airflow_provider_paysecure.wire.redaction import excerpt

#: ``DateTime.MinValue`` as ServiceStack writes it: "this stage was not recorded".
MIN_VALUE_MS = -62135596800000

# ASCII digits only: ``\d`` would also match "٣" and "²", which int() half accepts.
_DATE_RE = re.compile(r"^\\?/Date\((-?[0-9]{1,15})([+-][0-9]{4})?\)\\?/\Z")
_UTC = pendulum.UTC
_EPOCH_NAIVE = datetime.datetime(1970, 1, 1)


def parse_servicestack_date_with_offset(text: str) -> tuple[DateTime | None, str | None]:
    r"""Parse a ServiceStack date and also return its informational offset suffix.

    :param text: ``\/Date(ms±hhmm)\/`` (JSON-escaped) or ``/Date(ms±hhmm)/``.
    :return: the UTC instant (``None`` for the ``DateTime.MinValue`` sentinel) and
        the offset suffix as written (``"+0100"``, ``"-0000"``) or ``None``.
    :raises PaySecureResponseError: if ``text`` is not a ServiceStack date.
    """
    if not isinstance(text, str):
        raise PaySecureResponseError(f"Expected a ServiceStack date string, got {type(text).__name__}")
    return _parse_date(text)


@lru_cache(maxsize=1024)
def _parse_date(text: str) -> tuple[DateTime | None, str | None]:
    # Cached: replies repeat the same values (the MinValue sentinel, stages within one
    # millisecond), and results are immutable. Errors are raised, so never cached.
    match = _DATE_RE.match(text)
    if match is None or (text[0] == "\\") != text.endswith("\\/"):
        raise PaySecureResponseError(f"Malformed ServiceStack date: {excerpt(text)}")
    millis, offset = int(match.group(1)), match.group(2)
    if offset is not None and (int(offset[1:3]) > 23 or int(offset[3:]) > 59):
        raise PaySecureResponseError(f"Malformed ServiceStack date offset: {excerpt(text)}")
    if millis == MIN_VALUE_MS:
        return None, offset
    try:
        # stdlib arithmetic, then pendulum: pendulum's own addition rounds through floats.
        # The DateTime constructor is ~4x cheaper than pendulum.instance() (hot path: a
        # reply carries up to 22 dates).
        plain = _EPOCH_NAIVE + datetime.timedelta(seconds=millis // 1000, milliseconds=millis % 1000)
        instant = DateTime(
            plain.year,
            plain.month,
            plain.day,
            plain.hour,
            plain.minute,
            plain.second,
            plain.microsecond,
            tzinfo=_UTC,
        )
    except (OverflowError, ValueError) as exc:
        raise PaySecureResponseError(f"ServiceStack date out of range: {excerpt(text)}") from exc
    return instant, offset


def parse_servicestack_date(text: str) -> DateTime | None:
    r"""Turn a ServiceStack ``/Date(ms±hhmm)/`` value into a pendulum UTC ``DateTime``.

    ``ms`` is milliseconds since the Unix epoch in UTC and may be negative. The
    offset suffix is informational and is *not* added (ServiceStack already
    converted to UTC); use :func:`parse_servicestack_date_with_offset` to read it.

    :param text: ``\/Date(ms±hhmm)\/`` (JSON-escaped) or ``/Date(ms±hhmm)/``.
    :return: a timezone-aware UTC ``DateTime``, or ``None`` for the
        ``DateTime.MinValue`` sentinel ``-62135596800000`` ("not recorded").
    :raises PaySecureResponseError: if ``text`` is not a ServiceStack date.
    """
    return parse_servicestack_date_with_offset(text)[0]


def format_servicestack_date(dt: DateTime | None, offset: str = "-0000") -> str:
    r"""Write a datetime the way ServiceStack does (the inverse of :func:`parse_servicestack_date`).

    :param dt: an aware datetime, or ``None`` for the "not recorded" sentinel.
    :param offset: the informational suffix, ``""`` for none (a UTC value);
        ServiceStack writes ``-0000`` for values of unspecified kind.
    :return: ``/Date(ms±hhmm)/``, with millisecond precision. JSON encoders that
        follow ServiceStack escape the slashes (``\/Date(...)\/``).
    :raises ValueError: for a naive datetime or a malformed offset.
    """
    if offset and not re.fullmatch(r"[+-][0-9]{4}", offset):
        raise ValueError(f"offset must look like +hhmm or -hhmm, got {offset!r}")
    if dt is None:
        millis = MIN_VALUE_MS
    else:
        if dt.tzinfo is None or dt.utcoffset() is None:
            raise ValueError("format_servicestack_date needs a timezone-aware datetime")
        utc = dt.astimezone(datetime.timezone.utc)
        # plain stdlib arithmetic: pendulum's Interval rounds through floats
        delta = datetime.datetime(*utc.timetuple()[:6], utc.microsecond) - _EPOCH_NAIVE
        millis = (delta.days * 86_400 + delta.seconds) * 1000 + delta.microseconds // 1000
    return f"/Date({millis}{offset})/"
