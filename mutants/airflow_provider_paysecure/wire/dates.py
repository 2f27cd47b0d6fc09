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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_parse_servicestack_date_with_offset__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_servicestack_date_with_offset__mutmut)
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


def x_parse_servicestack_date_with_offset__mutmut_orig(text: str) -> tuple[DateTime | None, str | None]:
    r"""Parse a ServiceStack date and also return its informational offset suffix.

    :param text: ``\/Date(ms±hhmm)\/`` (JSON-escaped) or ``/Date(ms±hhmm)/``.
    :return: the UTC instant (``None`` for the ``DateTime.MinValue`` sentinel) and
        the offset suffix as written (``"+0100"``, ``"-0000"``) or ``None``.
    :raises PaySecureResponseError: if ``text`` is not a ServiceStack date.
    """
    if not isinstance(text, str):
        raise PaySecureResponseError(f"Expected a ServiceStack date string, got {type(text).__name__}")
    return _parse_date(text)


def x_parse_servicestack_date_with_offset__mutmut_1(text: str) -> tuple[DateTime | None, str | None]:
    r"""Parse a ServiceStack date and also return its informational offset suffix.

    :param text: ``\/Date(ms±hhmm)\/`` (JSON-escaped) or ``/Date(ms±hhmm)/``.
    :return: the UTC instant (``None`` for the ``DateTime.MinValue`` sentinel) and
        the offset suffix as written (``"+0100"``, ``"-0000"``) or ``None``.
    :raises PaySecureResponseError: if ``text`` is not a ServiceStack date.
    """
    if isinstance(text, str):
        raise PaySecureResponseError(f"Expected a ServiceStack date string, got {type(text).__name__}")
    return _parse_date(text)


def x_parse_servicestack_date_with_offset__mutmut_2(text: str) -> tuple[DateTime | None, str | None]:
    r"""Parse a ServiceStack date and also return its informational offset suffix.

    :param text: ``\/Date(ms±hhmm)\/`` (JSON-escaped) or ``/Date(ms±hhmm)/``.
    :return: the UTC instant (``None`` for the ``DateTime.MinValue`` sentinel) and
        the offset suffix as written (``"+0100"``, ``"-0000"``) or ``None``.
    :raises PaySecureResponseError: if ``text`` is not a ServiceStack date.
    """
    if not isinstance(text, str):
        raise PaySecureResponseError(None)
    return _parse_date(text)


def x_parse_servicestack_date_with_offset__mutmut_3(text: str) -> tuple[DateTime | None, str | None]:
    r"""Parse a ServiceStack date and also return its informational offset suffix.

    :param text: ``\/Date(ms±hhmm)\/`` (JSON-escaped) or ``/Date(ms±hhmm)/``.
    :return: the UTC instant (``None`` for the ``DateTime.MinValue`` sentinel) and
        the offset suffix as written (``"+0100"``, ``"-0000"``) or ``None``.
    :raises PaySecureResponseError: if ``text`` is not a ServiceStack date.
    """
    if not isinstance(text, str):
        raise PaySecureResponseError(f"Expected a ServiceStack date string, got {type(None).__name__}")
    return _parse_date(text)


def x_parse_servicestack_date_with_offset__mutmut_4(text: str) -> tuple[DateTime | None, str | None]:
    r"""Parse a ServiceStack date and also return its informational offset suffix.

    :param text: ``\/Date(ms±hhmm)\/`` (JSON-escaped) or ``/Date(ms±hhmm)/``.
    :return: the UTC instant (``None`` for the ``DateTime.MinValue`` sentinel) and
        the offset suffix as written (``"+0100"``, ``"-0000"``) or ``None``.
    :raises PaySecureResponseError: if ``text`` is not a ServiceStack date.
    """
    if not isinstance(text, str):
        raise PaySecureResponseError(f"Expected a ServiceStack date string, got {type(text).__name__}")
    return _parse_date(None)

mutants_x_parse_servicestack_date_with_offset__mutmut['_mutmut_orig'] = x_parse_servicestack_date_with_offset__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_servicestack_date_with_offset__mutmut['x_parse_servicestack_date_with_offset__mutmut_1'] = x_parse_servicestack_date_with_offset__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_servicestack_date_with_offset__mutmut['x_parse_servicestack_date_with_offset__mutmut_2'] = x_parse_servicestack_date_with_offset__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_servicestack_date_with_offset__mutmut['x_parse_servicestack_date_with_offset__mutmut_3'] = x_parse_servicestack_date_with_offset__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_servicestack_date_with_offset__mutmut['x_parse_servicestack_date_with_offset__mutmut_4'] = x_parse_servicestack_date_with_offset__mutmut_4 # type: ignore # mutmut generated


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
mutants_x_parse_servicestack_date__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_servicestack_date__mutmut)
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


def x_parse_servicestack_date__mutmut_orig(text: str) -> DateTime | None:
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


def x_parse_servicestack_date__mutmut_1(text: str) -> DateTime | None:
    r"""Turn a ServiceStack ``/Date(ms±hhmm)/`` value into a pendulum UTC ``DateTime``.

    ``ms`` is milliseconds since the Unix epoch in UTC and may be negative. The
    offset suffix is informational and is *not* added (ServiceStack already
    converted to UTC); use :func:`parse_servicestack_date_with_offset` to read it.

    :param text: ``\/Date(ms±hhmm)\/`` (JSON-escaped) or ``/Date(ms±hhmm)/``.
    :return: a timezone-aware UTC ``DateTime``, or ``None`` for the
        ``DateTime.MinValue`` sentinel ``-62135596800000`` ("not recorded").
    :raises PaySecureResponseError: if ``text`` is not a ServiceStack date.
    """
    return parse_servicestack_date_with_offset(None)[0]


def x_parse_servicestack_date__mutmut_2(text: str) -> DateTime | None:
    r"""Turn a ServiceStack ``/Date(ms±hhmm)/`` value into a pendulum UTC ``DateTime``.

    ``ms`` is milliseconds since the Unix epoch in UTC and may be negative. The
    offset suffix is informational and is *not* added (ServiceStack already
    converted to UTC); use :func:`parse_servicestack_date_with_offset` to read it.

    :param text: ``\/Date(ms±hhmm)\/`` (JSON-escaped) or ``/Date(ms±hhmm)/``.
    :return: a timezone-aware UTC ``DateTime``, or ``None`` for the
        ``DateTime.MinValue`` sentinel ``-62135596800000`` ("not recorded").
    :raises PaySecureResponseError: if ``text`` is not a ServiceStack date.
    """
    return parse_servicestack_date_with_offset(text)[1]

mutants_x_parse_servicestack_date__mutmut['_mutmut_orig'] = x_parse_servicestack_date__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_servicestack_date__mutmut['x_parse_servicestack_date__mutmut_1'] = x_parse_servicestack_date__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_servicestack_date__mutmut['x_parse_servicestack_date__mutmut_2'] = x_parse_servicestack_date__mutmut_2 # type: ignore # mutmut generated
mutants_x_format_servicestack_date__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_format_servicestack_date__mutmut)
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


def x_format_servicestack_date__mutmut_orig(dt: DateTime | None, offset: str = "-0000") -> str:
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


def x_format_servicestack_date__mutmut_1(dt: DateTime | None, offset: str = "XX-0000XX") -> str:
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


def x_format_servicestack_date__mutmut_2(dt: DateTime | None, offset: str = "-0000") -> str:
    r"""Write a datetime the way ServiceStack does (the inverse of :func:`parse_servicestack_date`).

    :param dt: an aware datetime, or ``None`` for the "not recorded" sentinel.
    :param offset: the informational suffix, ``""`` for none (a UTC value);
        ServiceStack writes ``-0000`` for values of unspecified kind.
    :return: ``/Date(ms±hhmm)/``, with millisecond precision. JSON encoders that
        follow ServiceStack escape the slashes (``\/Date(...)\/``).
    :raises ValueError: for a naive datetime or a malformed offset.
    """
    if offset or not re.fullmatch(r"[+-][0-9]{4}", offset):
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


def x_format_servicestack_date__mutmut_3(dt: DateTime | None, offset: str = "-0000") -> str:
    r"""Write a datetime the way ServiceStack does (the inverse of :func:`parse_servicestack_date`).

    :param dt: an aware datetime, or ``None`` for the "not recorded" sentinel.
    :param offset: the informational suffix, ``""`` for none (a UTC value);
        ServiceStack writes ``-0000`` for values of unspecified kind.
    :return: ``/Date(ms±hhmm)/``, with millisecond precision. JSON encoders that
        follow ServiceStack escape the slashes (``\/Date(...)\/``).
    :raises ValueError: for a naive datetime or a malformed offset.
    """
    if offset and re.fullmatch(r"[+-][0-9]{4}", offset):
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


def x_format_servicestack_date__mutmut_4(dt: DateTime | None, offset: str = "-0000") -> str:
    r"""Write a datetime the way ServiceStack does (the inverse of :func:`parse_servicestack_date`).

    :param dt: an aware datetime, or ``None`` for the "not recorded" sentinel.
    :param offset: the informational suffix, ``""`` for none (a UTC value);
        ServiceStack writes ``-0000`` for values of unspecified kind.
    :return: ``/Date(ms±hhmm)/``, with millisecond precision. JSON encoders that
        follow ServiceStack escape the slashes (``\/Date(...)\/``).
    :raises ValueError: for a naive datetime or a malformed offset.
    """
    if offset and not re.fullmatch(None, offset):
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


def x_format_servicestack_date__mutmut_5(dt: DateTime | None, offset: str = "-0000") -> str:
    r"""Write a datetime the way ServiceStack does (the inverse of :func:`parse_servicestack_date`).

    :param dt: an aware datetime, or ``None`` for the "not recorded" sentinel.
    :param offset: the informational suffix, ``""`` for none (a UTC value);
        ServiceStack writes ``-0000`` for values of unspecified kind.
    :return: ``/Date(ms±hhmm)/``, with millisecond precision. JSON encoders that
        follow ServiceStack escape the slashes (``\/Date(...)\/``).
    :raises ValueError: for a naive datetime or a malformed offset.
    """
    if offset and not re.fullmatch(r"[+-][0-9]{4}", None):
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


def x_format_servicestack_date__mutmut_6(dt: DateTime | None, offset: str = "-0000") -> str:
    r"""Write a datetime the way ServiceStack does (the inverse of :func:`parse_servicestack_date`).

    :param dt: an aware datetime, or ``None`` for the "not recorded" sentinel.
    :param offset: the informational suffix, ``""`` for none (a UTC value);
        ServiceStack writes ``-0000`` for values of unspecified kind.
    :return: ``/Date(ms±hhmm)/``, with millisecond precision. JSON encoders that
        follow ServiceStack escape the slashes (``\/Date(...)\/``).
    :raises ValueError: for a naive datetime or a malformed offset.
    """
    if offset and not re.fullmatch(offset):
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


def x_format_servicestack_date__mutmut_7(dt: DateTime | None, offset: str = "-0000") -> str:
    r"""Write a datetime the way ServiceStack does (the inverse of :func:`parse_servicestack_date`).

    :param dt: an aware datetime, or ``None`` for the "not recorded" sentinel.
    :param offset: the informational suffix, ``""`` for none (a UTC value);
        ServiceStack writes ``-0000`` for values of unspecified kind.
    :return: ``/Date(ms±hhmm)/``, with millisecond precision. JSON encoders that
        follow ServiceStack escape the slashes (``\/Date(...)\/``).
    :raises ValueError: for a naive datetime or a malformed offset.
    """
    if offset and not re.fullmatch(r"[+-][0-9]{4}", ):
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


def x_format_servicestack_date__mutmut_8(dt: DateTime | None, offset: str = "-0000") -> str:
    r"""Write a datetime the way ServiceStack does (the inverse of :func:`parse_servicestack_date`).

    :param dt: an aware datetime, or ``None`` for the "not recorded" sentinel.
    :param offset: the informational suffix, ``""`` for none (a UTC value);
        ServiceStack writes ``-0000`` for values of unspecified kind.
    :return: ``/Date(ms±hhmm)/``, with millisecond precision. JSON encoders that
        follow ServiceStack escape the slashes (``\/Date(...)\/``).
    :raises ValueError: for a naive datetime or a malformed offset.
    """
    if offset and not re.fullmatch(r"XX[+-][0-9]{4}XX", offset):
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


def x_format_servicestack_date__mutmut_9(dt: DateTime | None, offset: str = "-0000") -> str:
    r"""Write a datetime the way ServiceStack does (the inverse of :func:`parse_servicestack_date`).

    :param dt: an aware datetime, or ``None`` for the "not recorded" sentinel.
    :param offset: the informational suffix, ``""`` for none (a UTC value);
        ServiceStack writes ``-0000`` for values of unspecified kind.
    :return: ``/Date(ms±hhmm)/``, with millisecond precision. JSON encoders that
        follow ServiceStack escape the slashes (``\/Date(...)\/``).
    :raises ValueError: for a naive datetime or a malformed offset.
    """
    if offset and not re.fullmatch(r"[+-][0-9]{4}", offset):
        raise ValueError(None)
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


def x_format_servicestack_date__mutmut_10(dt: DateTime | None, offset: str = "-0000") -> str:
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
    if dt is not None:
        millis = MIN_VALUE_MS
    else:
        if dt.tzinfo is None or dt.utcoffset() is None:
            raise ValueError("format_servicestack_date needs a timezone-aware datetime")
        utc = dt.astimezone(datetime.timezone.utc)
        # plain stdlib arithmetic: pendulum's Interval rounds through floats
        delta = datetime.datetime(*utc.timetuple()[:6], utc.microsecond) - _EPOCH_NAIVE
        millis = (delta.days * 86_400 + delta.seconds) * 1000 + delta.microseconds // 1000
    return f"/Date({millis}{offset})/"


def x_format_servicestack_date__mutmut_11(dt: DateTime | None, offset: str = "-0000") -> str:
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
        millis = None
    else:
        if dt.tzinfo is None or dt.utcoffset() is None:
            raise ValueError("format_servicestack_date needs a timezone-aware datetime")
        utc = dt.astimezone(datetime.timezone.utc)
        # plain stdlib arithmetic: pendulum's Interval rounds through floats
        delta = datetime.datetime(*utc.timetuple()[:6], utc.microsecond) - _EPOCH_NAIVE
        millis = (delta.days * 86_400 + delta.seconds) * 1000 + delta.microseconds // 1000
    return f"/Date({millis}{offset})/"


def x_format_servicestack_date__mutmut_12(dt: DateTime | None, offset: str = "-0000") -> str:
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
        if dt.tzinfo is None and dt.utcoffset() is None:
            raise ValueError("format_servicestack_date needs a timezone-aware datetime")
        utc = dt.astimezone(datetime.timezone.utc)
        # plain stdlib arithmetic: pendulum's Interval rounds through floats
        delta = datetime.datetime(*utc.timetuple()[:6], utc.microsecond) - _EPOCH_NAIVE
        millis = (delta.days * 86_400 + delta.seconds) * 1000 + delta.microseconds // 1000
    return f"/Date({millis}{offset})/"


def x_format_servicestack_date__mutmut_13(dt: DateTime | None, offset: str = "-0000") -> str:
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
        if dt.tzinfo is not None or dt.utcoffset() is None:
            raise ValueError("format_servicestack_date needs a timezone-aware datetime")
        utc = dt.astimezone(datetime.timezone.utc)
        # plain stdlib arithmetic: pendulum's Interval rounds through floats
        delta = datetime.datetime(*utc.timetuple()[:6], utc.microsecond) - _EPOCH_NAIVE
        millis = (delta.days * 86_400 + delta.seconds) * 1000 + delta.microseconds // 1000
    return f"/Date({millis}{offset})/"


def x_format_servicestack_date__mutmut_14(dt: DateTime | None, offset: str = "-0000") -> str:
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
        if dt.tzinfo is None or dt.utcoffset() is not None:
            raise ValueError("format_servicestack_date needs a timezone-aware datetime")
        utc = dt.astimezone(datetime.timezone.utc)
        # plain stdlib arithmetic: pendulum's Interval rounds through floats
        delta = datetime.datetime(*utc.timetuple()[:6], utc.microsecond) - _EPOCH_NAIVE
        millis = (delta.days * 86_400 + delta.seconds) * 1000 + delta.microseconds // 1000
    return f"/Date({millis}{offset})/"


def x_format_servicestack_date__mutmut_15(dt: DateTime | None, offset: str = "-0000") -> str:
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
            raise ValueError(None)
        utc = dt.astimezone(datetime.timezone.utc)
        # plain stdlib arithmetic: pendulum's Interval rounds through floats
        delta = datetime.datetime(*utc.timetuple()[:6], utc.microsecond) - _EPOCH_NAIVE
        millis = (delta.days * 86_400 + delta.seconds) * 1000 + delta.microseconds // 1000
    return f"/Date({millis}{offset})/"


def x_format_servicestack_date__mutmut_16(dt: DateTime | None, offset: str = "-0000") -> str:
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
            raise ValueError("XXformat_servicestack_date needs a timezone-aware datetimeXX")
        utc = dt.astimezone(datetime.timezone.utc)
        # plain stdlib arithmetic: pendulum's Interval rounds through floats
        delta = datetime.datetime(*utc.timetuple()[:6], utc.microsecond) - _EPOCH_NAIVE
        millis = (delta.days * 86_400 + delta.seconds) * 1000 + delta.microseconds // 1000
    return f"/Date({millis}{offset})/"


def x_format_servicestack_date__mutmut_17(dt: DateTime | None, offset: str = "-0000") -> str:
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
            raise ValueError("FORMAT_SERVICESTACK_DATE NEEDS A TIMEZONE-AWARE DATETIME")
        utc = dt.astimezone(datetime.timezone.utc)
        # plain stdlib arithmetic: pendulum's Interval rounds through floats
        delta = datetime.datetime(*utc.timetuple()[:6], utc.microsecond) - _EPOCH_NAIVE
        millis = (delta.days * 86_400 + delta.seconds) * 1000 + delta.microseconds // 1000
    return f"/Date({millis}{offset})/"


def x_format_servicestack_date__mutmut_18(dt: DateTime | None, offset: str = "-0000") -> str:
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
        utc = None
        # plain stdlib arithmetic: pendulum's Interval rounds through floats
        delta = datetime.datetime(*utc.timetuple()[:6], utc.microsecond) - _EPOCH_NAIVE
        millis = (delta.days * 86_400 + delta.seconds) * 1000 + delta.microseconds // 1000
    return f"/Date({millis}{offset})/"


def x_format_servicestack_date__mutmut_19(dt: DateTime | None, offset: str = "-0000") -> str:
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
        utc = dt.astimezone(None)
        # plain stdlib arithmetic: pendulum's Interval rounds through floats
        delta = datetime.datetime(*utc.timetuple()[:6], utc.microsecond) - _EPOCH_NAIVE
        millis = (delta.days * 86_400 + delta.seconds) * 1000 + delta.microseconds // 1000
    return f"/Date({millis}{offset})/"


def x_format_servicestack_date__mutmut_20(dt: DateTime | None, offset: str = "-0000") -> str:
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
        delta = None
        millis = (delta.days * 86_400 + delta.seconds) * 1000 + delta.microseconds // 1000
    return f"/Date({millis}{offset})/"


def x_format_servicestack_date__mutmut_21(dt: DateTime | None, offset: str = "-0000") -> str:
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
        delta = datetime.datetime(*utc.timetuple()[:6], utc.microsecond) + _EPOCH_NAIVE
        millis = (delta.days * 86_400 + delta.seconds) * 1000 + delta.microseconds // 1000
    return f"/Date({millis}{offset})/"


def x_format_servicestack_date__mutmut_22(dt: DateTime | None, offset: str = "-0000") -> str:
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
        delta = datetime.datetime(*utc.timetuple()[:6], None) - _EPOCH_NAIVE
        millis = (delta.days * 86_400 + delta.seconds) * 1000 + delta.microseconds // 1000
    return f"/Date({millis}{offset})/"


def x_format_servicestack_date__mutmut_23(dt: DateTime | None, offset: str = "-0000") -> str:
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
        delta = datetime.datetime(utc.microsecond) - _EPOCH_NAIVE
        millis = (delta.days * 86_400 + delta.seconds) * 1000 + delta.microseconds // 1000
    return f"/Date({millis}{offset})/"


def x_format_servicestack_date__mutmut_24(dt: DateTime | None, offset: str = "-0000") -> str:
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
        delta = datetime.datetime(*utc.timetuple()[:6], ) - _EPOCH_NAIVE
        millis = (delta.days * 86_400 + delta.seconds) * 1000 + delta.microseconds // 1000
    return f"/Date({millis}{offset})/"


def x_format_servicestack_date__mutmut_25(dt: DateTime | None, offset: str = "-0000") -> str:
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
        delta = datetime.datetime(*utc.timetuple()[:7], utc.microsecond) - _EPOCH_NAIVE
        millis = (delta.days * 86_400 + delta.seconds) * 1000 + delta.microseconds // 1000
    return f"/Date({millis}{offset})/"


def x_format_servicestack_date__mutmut_26(dt: DateTime | None, offset: str = "-0000") -> str:
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
        millis = None
    return f"/Date({millis}{offset})/"


def x_format_servicestack_date__mutmut_27(dt: DateTime | None, offset: str = "-0000") -> str:
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
        millis = (delta.days * 86_400 + delta.seconds) * 1000 - delta.microseconds // 1000
    return f"/Date({millis}{offset})/"


def x_format_servicestack_date__mutmut_28(dt: DateTime | None, offset: str = "-0000") -> str:
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
        millis = (delta.days * 86_400 + delta.seconds) / 1000 + delta.microseconds // 1000
    return f"/Date({millis}{offset})/"


def x_format_servicestack_date__mutmut_29(dt: DateTime | None, offset: str = "-0000") -> str:
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
        millis = (delta.days * 86_400 - delta.seconds) * 1000 + delta.microseconds // 1000
    return f"/Date({millis}{offset})/"


def x_format_servicestack_date__mutmut_30(dt: DateTime | None, offset: str = "-0000") -> str:
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
        millis = (delta.days / 86_400 + delta.seconds) * 1000 + delta.microseconds // 1000
    return f"/Date({millis}{offset})/"


def x_format_servicestack_date__mutmut_31(dt: DateTime | None, offset: str = "-0000") -> str:
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
        millis = (delta.days * 86401 + delta.seconds) * 1000 + delta.microseconds // 1000
    return f"/Date({millis}{offset})/"


def x_format_servicestack_date__mutmut_32(dt: DateTime | None, offset: str = "-0000") -> str:
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
        millis = (delta.days * 86_400 + delta.seconds) * 1001 + delta.microseconds // 1000
    return f"/Date({millis}{offset})/"


def x_format_servicestack_date__mutmut_33(dt: DateTime | None, offset: str = "-0000") -> str:
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
        millis = (delta.days * 86_400 + delta.seconds) * 1000 + delta.microseconds / 1000
    return f"/Date({millis}{offset})/"


def x_format_servicestack_date__mutmut_34(dt: DateTime | None, offset: str = "-0000") -> str:
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
        millis = (delta.days * 86_400 + delta.seconds) * 1000 + delta.microseconds // 1001
    return f"/Date({millis}{offset})/"

mutants_x_format_servicestack_date__mutmut['_mutmut_orig'] = x_format_servicestack_date__mutmut_orig # type: ignore # mutmut generated
mutants_x_format_servicestack_date__mutmut['x_format_servicestack_date__mutmut_1'] = x_format_servicestack_date__mutmut_1 # type: ignore # mutmut generated
mutants_x_format_servicestack_date__mutmut['x_format_servicestack_date__mutmut_2'] = x_format_servicestack_date__mutmut_2 # type: ignore # mutmut generated
mutants_x_format_servicestack_date__mutmut['x_format_servicestack_date__mutmut_3'] = x_format_servicestack_date__mutmut_3 # type: ignore # mutmut generated
mutants_x_format_servicestack_date__mutmut['x_format_servicestack_date__mutmut_4'] = x_format_servicestack_date__mutmut_4 # type: ignore # mutmut generated
mutants_x_format_servicestack_date__mutmut['x_format_servicestack_date__mutmut_5'] = x_format_servicestack_date__mutmut_5 # type: ignore # mutmut generated
mutants_x_format_servicestack_date__mutmut['x_format_servicestack_date__mutmut_6'] = x_format_servicestack_date__mutmut_6 # type: ignore # mutmut generated
mutants_x_format_servicestack_date__mutmut['x_format_servicestack_date__mutmut_7'] = x_format_servicestack_date__mutmut_7 # type: ignore # mutmut generated
mutants_x_format_servicestack_date__mutmut['x_format_servicestack_date__mutmut_8'] = x_format_servicestack_date__mutmut_8 # type: ignore # mutmut generated
mutants_x_format_servicestack_date__mutmut['x_format_servicestack_date__mutmut_9'] = x_format_servicestack_date__mutmut_9 # type: ignore # mutmut generated
mutants_x_format_servicestack_date__mutmut['x_format_servicestack_date__mutmut_10'] = x_format_servicestack_date__mutmut_10 # type: ignore # mutmut generated
mutants_x_format_servicestack_date__mutmut['x_format_servicestack_date__mutmut_11'] = x_format_servicestack_date__mutmut_11 # type: ignore # mutmut generated
mutants_x_format_servicestack_date__mutmut['x_format_servicestack_date__mutmut_12'] = x_format_servicestack_date__mutmut_12 # type: ignore # mutmut generated
mutants_x_format_servicestack_date__mutmut['x_format_servicestack_date__mutmut_13'] = x_format_servicestack_date__mutmut_13 # type: ignore # mutmut generated
mutants_x_format_servicestack_date__mutmut['x_format_servicestack_date__mutmut_14'] = x_format_servicestack_date__mutmut_14 # type: ignore # mutmut generated
mutants_x_format_servicestack_date__mutmut['x_format_servicestack_date__mutmut_15'] = x_format_servicestack_date__mutmut_15 # type: ignore # mutmut generated
mutants_x_format_servicestack_date__mutmut['x_format_servicestack_date__mutmut_16'] = x_format_servicestack_date__mutmut_16 # type: ignore # mutmut generated
mutants_x_format_servicestack_date__mutmut['x_format_servicestack_date__mutmut_17'] = x_format_servicestack_date__mutmut_17 # type: ignore # mutmut generated
mutants_x_format_servicestack_date__mutmut['x_format_servicestack_date__mutmut_18'] = x_format_servicestack_date__mutmut_18 # type: ignore # mutmut generated
mutants_x_format_servicestack_date__mutmut['x_format_servicestack_date__mutmut_19'] = x_format_servicestack_date__mutmut_19 # type: ignore # mutmut generated
mutants_x_format_servicestack_date__mutmut['x_format_servicestack_date__mutmut_20'] = x_format_servicestack_date__mutmut_20 # type: ignore # mutmut generated
mutants_x_format_servicestack_date__mutmut['x_format_servicestack_date__mutmut_21'] = x_format_servicestack_date__mutmut_21 # type: ignore # mutmut generated
mutants_x_format_servicestack_date__mutmut['x_format_servicestack_date__mutmut_22'] = x_format_servicestack_date__mutmut_22 # type: ignore # mutmut generated
mutants_x_format_servicestack_date__mutmut['x_format_servicestack_date__mutmut_23'] = x_format_servicestack_date__mutmut_23 # type: ignore # mutmut generated
mutants_x_format_servicestack_date__mutmut['x_format_servicestack_date__mutmut_24'] = x_format_servicestack_date__mutmut_24 # type: ignore # mutmut generated
mutants_x_format_servicestack_date__mutmut['x_format_servicestack_date__mutmut_25'] = x_format_servicestack_date__mutmut_25 # type: ignore # mutmut generated
mutants_x_format_servicestack_date__mutmut['x_format_servicestack_date__mutmut_26'] = x_format_servicestack_date__mutmut_26 # type: ignore # mutmut generated
mutants_x_format_servicestack_date__mutmut['x_format_servicestack_date__mutmut_27'] = x_format_servicestack_date__mutmut_27 # type: ignore # mutmut generated
mutants_x_format_servicestack_date__mutmut['x_format_servicestack_date__mutmut_28'] = x_format_servicestack_date__mutmut_28 # type: ignore # mutmut generated
mutants_x_format_servicestack_date__mutmut['x_format_servicestack_date__mutmut_29'] = x_format_servicestack_date__mutmut_29 # type: ignore # mutmut generated
mutants_x_format_servicestack_date__mutmut['x_format_servicestack_date__mutmut_30'] = x_format_servicestack_date__mutmut_30 # type: ignore # mutmut generated
mutants_x_format_servicestack_date__mutmut['x_format_servicestack_date__mutmut_31'] = x_format_servicestack_date__mutmut_31 # type: ignore # mutmut generated
mutants_x_format_servicestack_date__mutmut['x_format_servicestack_date__mutmut_32'] = x_format_servicestack_date__mutmut_32 # type: ignore # mutmut generated
mutants_x_format_servicestack_date__mutmut['x_format_servicestack_date__mutmut_33'] = x_format_servicestack_date__mutmut_33 # type: ignore # mutmut generated
mutants_x_format_servicestack_date__mutmut['x_format_servicestack_date__mutmut_34'] = x_format_servicestack_date__mutmut_34 # type: ignore # mutmut generated
