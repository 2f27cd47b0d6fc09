"""The PaySecure wire protocol, with no I/O.

Everything about *what* goes over the wire lives here: building a request,
decoding and classifying a response, ServiceStack ``/Date(ms±hhmm)/`` values, and
the :class:`PaySecureSession` model. The sync hook (``requests``) and the async
trigger (``httpx``) are thin transports over these functions, so the protocol
exists exactly once. The sandbox reuses the date functions to write responses.

This module imports neither ``requests`` nor ``httpx`` nor anything from Airflow
except the exception family.
"""

from __future__ import annotations

import datetime
import email.utils
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import pendulum
from pendulum import DateTime, Duration

from airflow_provider_paysecure import __version__
from airflow_provider_paysecure.exceptions import (
    PaySecureAPIError,
    PaySecureAuthError,
    PaySecureResponseError,
)

DEFAULT_HOST = "api.paysecure.acculynk.net"
USER_AGENT = f"airflow-provider-paysecure/{__version__}"
CREATE_SESSION = "CreateSession"

#: The stages of ``RequestTimestamps``, in the order the spec lists them.
STAGES: tuple[str, ...] = (
    "AppLayer",
    "ParentLookup",
    "RetryLookup",
    "GetCardData",
    "CardTokenize",
    "CardEncrypt",
    "DBInsert",
    "BackendProcess",
    "DBUpdate",
    "ParentUpdate",
    "Network",
)

#: ``DateTime.MinValue`` as ServiceStack writes it: "this stage was not recorded".
MIN_VALUE_MS = -62135596800000

#: HTTP statuses worth another attempt.
RETRYABLE_STATUSES = frozenset({429, 500, 502, 503, 504})

_EXCERPT_CHARS = 120
_OPERATION_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
_DATE_RE = re.compile(r"^\\?/Date\((-?\d{1,15})([+-]\d{4})?\)\\?/\Z")
_UTC = pendulum.UTC
_EPOCH_NAIVE = datetime.datetime(1970, 1, 1)


# --------------------------------------------------------------------------- dates


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
        raise PaySecureResponseError(f"Malformed ServiceStack date: {_excerpt(text)}")
    millis, offset = int(match.group(1)), match.group(2)
    if offset is not None and (int(offset[1:3]) > 23 or int(offset[3:]) > 59):
        raise PaySecureResponseError(f"Malformed ServiceStack date offset: {_excerpt(text)}")
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
        raise PaySecureResponseError(f"ServiceStack date out of range: {_excerpt(text)}") from exc
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
    if offset and not re.fullmatch(r"[+-]\d{4}", offset):
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


# --------------------------------------------------------------------------- models


@dataclass(frozen=True)
class InOutTimes:
    """When one server stage started and finished.

    :param in_time: when the stage began, or ``None`` if not recorded.
    :param out_time: when the stage ended, or ``None`` if not recorded.
    """

    in_time: DateTime | None = None
    out_time: DateTime | None = None

    @property
    def duration(self) -> Duration | None:
        """The time the server spent in the stage, or ``None`` if either end is unknown."""
        if self.in_time is None or self.out_time is None:
            return None
        return self.out_time - self.in_time

    @property
    def recorded(self) -> bool:
        """Whether the server recorded at least one end of this stage."""
        return self.in_time is not None or self.out_time is not None


@dataclass(frozen=True)
class PaySecureSession:
    """A PaySecure session, as returned by ``CreateSession``.

    The session id is a short-lived bearer token (``ClientTokenizeCard`` accepts
    it without credentials), so ``repr()`` shows only its last four characters.

    :param session_id: the ``SessionId`` the service issued.
    :param created_at: client clock (UTC) when the response arrived.
    :param expires_at: ``created_at`` plus the requested expiry, or ``None``.
    :param timestamps: stage name to :class:`InOutTimes`, for recorded stages.
    :param round_trip_s: client-measured seconds of the successful request, if known.
    """

    session_id: str = field(repr=False)
    created_at: DateTime
    expires_at: DateTime | None = None
    timestamps: Mapping[str, InOutTimes] = field(default_factory=dict)
    round_trip_s: float | None = None

    def __repr__(self) -> str:
        return (
            f"PaySecureSession(session_id={mask_session_id(self.session_id)!r}, "
            f"created_at={self.created_at.isoformat()!r}, "
            f"expires_at={self.expires_at.isoformat() if self.expires_at else None!r}, "
            f"stages={sorted(self.timestamps)!r})"
        )

    def stage_durations(self) -> dict[str, float]:
        """Seconds spent per recorded stage, in spec order; unrecorded stages are left out."""
        out: dict[str, float] = {}
        for name in _ordered(self.timestamps):
            duration = self.timestamps[name].duration
            if duration is not None:
                out[name] = duration.total_seconds()
        return out

    def to_xcom(self) -> dict[str, Any]:
        """A JSON-safe dict for XCom: ISO-8601 strings, no credentials.

        :return: ``session_id``, ``created_at``, ``expires_at`` and ``timestamps``
            (stage to ``{"in_time", "out_time", "duration_s"}``).
        """
        return {
            "session_id": self.session_id,
            "created_at": self.created_at.isoformat(),
            "expires_at": self.expires_at.isoformat() if self.expires_at else None,
            "round_trip_s": self.round_trip_s,
            "timestamps": {
                name: {
                    "in_time": _iso(times.in_time),
                    "out_time": _iso(times.out_time),
                    "duration_s": (times.duration.total_seconds() if times.duration is not None else None),
                }
                for name, times in self.timestamps.items()
            },
        }

    @classmethod
    def from_xcom(cls, data: Mapping[str, Any]) -> PaySecureSession:
        """Rebuild a session from :meth:`to_xcom` output.

        :param data: the dict :meth:`to_xcom` produced (after a JSON round trip).
        :raises PaySecureResponseError: if ``data`` is not such a dict.
        """
        try:
            stamps = data.get("timestamps") or {}
            created_at = _from_iso(data["created_at"])
            if created_at is None:
                raise ValueError("created_at is missing")
            return cls(
                session_id=str(data["session_id"]),
                created_at=created_at,
                expires_at=_from_iso(data["expires_at"]) if data.get("expires_at") else None,
                timestamps={
                    name: InOutTimes(_from_iso(t.get("in_time")), _from_iso(t.get("out_time")))
                    for name, t in stamps.items()
                },
                round_trip_s=(float(data["round_trip_s"]) if data.get("round_trip_s") is not None else None),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise PaySecureResponseError(f"Not a PaySecure session XCom value ({type(exc).__name__}: {exc})") from exc


def mask_session_id(session_id: str) -> str:
    """Show a session id the way logs may: only its last four characters.

    :param session_id: the clear session id.
    """
    return "****" + session_id[-4:] if len(session_id) > 8 else "****"


def _iso(value: DateTime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _from_iso(value: Any) -> DateTime | None:
    if value is None:
        return None
    parsed = pendulum.parse(value)
    if not isinstance(parsed, DateTime):
        raise ValueError(f"not a datetime: {value!r}")
    return parsed.in_timezone(_UTC)


def _ordered(names: Iterable[str]) -> list[str]:
    rank = {name: i for i, name in enumerate(STAGES)}
    return sorted(names, key=lambda n: (rank.get(n, len(STAGES)), n))


# --------------------------------------------------------------------------- requests


@dataclass(frozen=True)
class Credentials:
    """PaySecure ``RequestorCredentials``. The password never appears in ``repr()``.

    :param merchant_id: ``MerchantId``.
    :param user_name: ``UserName``.
    :param password: ``Password``.
    :param version: ``Version`` (the API version the merchant was certified on).
    """

    merchant_id: str
    user_name: str
    password: str = field(repr=False)
    version: str

    def to_wire(self) -> dict[str, str]:
        """The ``Credentials`` object of a request body."""
        return {
            "MerchantId": self.merchant_id,
            "UserName": self.user_name,
            "Password": self.password,
            "Version": self.version,
        }


@dataclass(frozen=True)
class PreparedRequest:
    """A transport-neutral HTTP request. ``repr()`` leaves out the body (it has the password).

    :param url: the absolute URL.
    :param headers: the request headers.
    :param body: the UTF-8 JSON body.
    :param operation: the PaySecure operation (route) name.
    """

    url: str
    headers: Mapping[str, str]
    body: bytes = field(repr=False)
    operation: str


def build_request(
    base_url: str,
    operation: str,
    credentials: Credentials,
    payload: Mapping[str, Any] | None = None,
) -> PreparedRequest:
    """Build ``POST {base_url}/{operation}`` with ``Credentials`` added to ``payload``.

    :param base_url: scheme, host, optional port and path prefix, without a trailing slash.
    :param operation: the route name, e.g. ``CreateSession``.
    :param credentials: the merchant credentials to send.
    :param payload: the other request DTO fields; ``None`` values are left out.
    :raises ValueError: for an operation name that is not a plain route name,
        or a payload that sets ``Credentials`` itself.
    """
    if not _OPERATION_RE.match(operation):
        raise ValueError(f"Not a PaySecure operation name: {operation!r}")
    body: dict[str, Any] = {"Credentials": credentials.to_wire()}
    for key, value in (payload or {}).items():
        if key == "Credentials":
            raise ValueError("payload must not set Credentials; they come from the connection")
        if value is not None:
            body[key] = value
    return PreparedRequest(
        url=f"{base_url.rstrip('/')}/{operation}",
        headers={
            "Accept": "application/json",
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
        },
        body=json.dumps(body, separators=(",", ":"), allow_nan=False).encode(),
        operation=operation,
    )


def build_create_session_request(
    base_url: str, credentials: Credentials, session_expiry_in_min: float | None
) -> PreparedRequest:
    """Build the ``CreateSession`` request; ``SessionExpiryInMin`` is left out when ``None``.

    :param base_url: see :func:`build_request`.
    :param credentials: the merchant credentials.
    :param session_expiry_in_min: requested lifetime in minutes, or ``None``.
    """
    return build_request(base_url, CREATE_SESSION, credentials, {"SessionExpiryInMin": session_expiry_in_min})


# --------------------------------------------------------------------------- responses


class TransientFailure(Exception):
    """A failure worth another attempt (transport error, timeout, 429, 5xx).

    Transports raise or build it; the retry loop (:mod:`.retry`) turns the last one
    into a :class:`~.exceptions.PaySecureTransportError` when attempts run out.

    :param reason: a short description without secrets.
    :param status_code: the HTTP status, if a response arrived.
    :param retry_after: seconds the server asked us to wait, if it did.
    """

    def __init__(self, reason: str, *, status_code: int | None = None, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status_code = status_code
        self.retry_after = retry_after


def parse_retry_after(value: str | None, now: DateTime | None = None) -> float | None:
    """Read a ``Retry-After`` header: delta-seconds or an HTTP date.

    :param value: the header value, or ``None``.
    :param now: the current time, for HTTP dates (defaults to now).
    :return: seconds to wait (never negative), or ``None`` if absent or unreadable.
    """
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    reference = now or pendulum.now(_UTC)
    return max(0.0, (when - reference).total_seconds())


def parse_reply(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and classify a response of any operation.

    The body is parsed as JSON whatever its ``Content-Type`` says (the service's
    own sample labels JSON as ``text/csv``). ``Timestamps`` is replaced by a dict of
    :class:`InOutTimes`; other fields are returned as decoded.

    :param status_code: the HTTP status.
    :param headers: the response headers (a case-insensitive mapping is best).
    :param body: the raw body.
    :param redact: strings (e.g. the password) to blank out of any body excerpt.
    :return: the decoded response DTO.
    :raises TransientFailure: for 429 and 5xx (with ``Retry-After`` if given).
    :raises PaySecureAuthError: for 401 and 403.
    :raises PaySecureAPIError: for other 4xx, or a non-empty ``ErrorCode``.
    :raises PaySecureResponseError: for a body that is not a valid response.
    """
    secrets = tuple(s for s in redact if s)
    if status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599:
        detail = _error_detail(body, secrets)
        raise TransientFailure(
            f"HTTP {status_code}{': ' + detail if detail else ''}",
            status_code=status_code,
            retry_after=parse_retry_after(_header(headers, "Retry-After")),
        )
    if not 200 <= status_code <= 299:
        _raise_for_error_status(status_code, body, secrets)
    data = _decode_json(body, status_code, secrets)
    if not isinstance(data, dict):
        raise PaySecureResponseError(
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {_excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        error_message = data.get("ErrorMessage")
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {_excerpt(str(error_code), secrets)!r}: "
            f"{_excerpt(str(error_message or 'no ErrorMessage'), secrets)}",
            error_code=_redact(str(error_code), secrets),
            error_message=None if error_message is None else _redact(str(error_message), secrets),
            status_code=status_code,
        )
    try:
        data["Timestamps"] = parse_timestamps(data.get("Timestamps"))
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(_redact(str(exc), secrets), status_code=status_code)
    else:
        return data
    raise error  # outside the except block: no __context__ holding the unredacted text


def parse_timestamps(value: Any) -> dict[str, InOutTimes]:
    """Parse a ``RequestTimestamps`` object; missing stages and a missing object are fine.

    :param value: the decoded ``Timestamps`` value (a dict or ``None``).
    :return: stage name to :class:`InOutTimes`, only for stages present.
    :raises PaySecureResponseError: for a value of the wrong shape or a bad date.
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PaySecureResponseError(f"Timestamps must be an object, got {type(value).__name__}")
    out: dict[str, InOutTimes] = {}
    for stage, times in value.items():
        if times is None:
            continue
        if not isinstance(times, dict):
            raise PaySecureResponseError(
                f"Timestamps.{_excerpt(str(stage))} must be an object, got {type(times).__name__}"
            )
        in_raw, out_raw = times.get("InTime"), times.get("OutTime")
        out[str(stage)] = InOutTimes(
            None if in_raw is None else parse_servicestack_date(in_raw),
            None if out_raw is None else parse_servicestack_date(out_raw),
        )
    return out


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
    :raises PaySecureResponseError: if there is no usable ``SessionId``, or the
        ``Timestamps`` are malformed.
    """
    if not isinstance(reply, Mapping):
        raise PaySecureResponseError(f"Expected a JSON object from PaySecure, got {type(reply).__name__}")
    session_id = reply.get("SessionId")
    if not isinstance(session_id, str) or not session_id.strip():
        raise PaySecureResponseError("PaySecure reported success but the response has no SessionId")
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


def _raise_for_error_status(status_code: int, body: bytes, secrets: tuple[str, ...]) -> None:
    error_code, message, fields = _response_status(body)
    detail = message or error_code or _excerpt_bytes(body, secrets) or "no details"
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    detail = _redact(detail, secrets)
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + _excerpt(error_code, secrets) if error_code else ''}): {detail}",
        error_code=None if error_code is None else _redact(error_code, secrets),
        error_message=None if message is None else _redact(message, secrets),
        status_code=status_code,
    )


def _response_status(body: bytes) -> tuple[str | None, str | None, list[str]]:
    """ServiceStack's ``ResponseStatus``: (ErrorCode, Message, ["Field: message", ...])."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return None, None, []
    status = data.get("ResponseStatus") if isinstance(data, dict) else None
    if not isinstance(status, dict):
        return None, None, []
    error_code = status.get("ErrorCode")
    message = status.get("Message")
    fields: list[str] = []
    for item in status.get("Errors") or []:
        if isinstance(item, dict):
            name = item.get("FieldName") or item.get("ErrorCode") or "?"
            fields.append(f"{name}: {item.get('Message') or item.get('ErrorCode') or 'invalid'}")
    return (
        _excerpt(str(error_code)) if error_code else None,
        _excerpt(str(message), limit=300) if message else None,
        [_excerpt(f) for f in fields[:10]],
    )


def _error_detail(body: bytes, secrets: tuple[str, ...]) -> str:
    error_code, message, fields = _response_status(body)
    if message or error_code:
        return _redact(
            " ".join(p for p in (error_code, message) if p) + (" (" + "; ".join(fields) + ")" if fields else ""),
            secrets,
        )
    return _excerpt_bytes(body, secrets)


def _decode_json(body: bytes, status_code: int, secrets: tuple[str, ...]) -> Any:
    try:
        return json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {_excerpt_bytes(body, secrets)}",
            status_code=status_code,
        ) from None if isinstance(exc, RecursionError) else exc


def _header(headers: Mapping[str, str], name: str) -> str | None:
    value = headers.get(name)
    if value is None:
        lowered = name.lower()
        value = next((v for k, v in headers.items() if k.lower() == lowered), None)
    return value


def _redact(text: str, secrets: Iterable[str] = ()) -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    return text


def _excerpt(text: str, secrets: Iterable[str] = (), limit: int = _EXCERPT_CHARS) -> str:
    text = _redact(" ".join(text.split()), secrets)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _excerpt_bytes(body: bytes, secrets: Iterable[str] = ()) -> str:
    if not body:
        return "(empty body)"
    return repr(_excerpt(body[:1000].decode("utf-8", "replace"), secrets))


__all__ = [
    "CREATE_SESSION",
    "DEFAULT_HOST",
    "MIN_VALUE_MS",
    "STAGES",
    "USER_AGENT",
    "Credentials",
    "InOutTimes",
    "PaySecureSession",
    "PreparedRequest",
    "TransientFailure",
    "build_create_session_request",
    "build_request",
    "format_servicestack_date",
    "mask_session_id",
    "parse_create_session",
    "parse_reply",
    "parse_retry_after",
    "parse_servicestack_date",
    "parse_servicestack_date_with_offset",
    "parse_timestamps",
]
