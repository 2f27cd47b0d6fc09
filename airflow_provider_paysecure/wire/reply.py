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
from collections.abc import Callable, Iterable, Mapping
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


def _date(raw: Any, secrets: Redactor) -> DateTime | None:
    """A stage time; a bad one raises with an excerpt redacted *before* it was cut."""
    if raw is None:
        return None
    try:
        return parse_servicestack_date(raw)
    except PaySecureResponseError as exc:
        kind = str(exc).partition(": ")[0]
    raise PaySecureResponseError(f"{kind}: {secrets.excerpt(raw)}" if isinstance(raw, str) else kind)


def validate_session_id(value: Any, secrets: Redactor | Iterable[str] = ()) -> str:
    """Check a ``SessionId`` sent by the server.

    :param value: the decoded ``SessionId``.
    :param secrets: the credentials sent (or their :class:`Redactor`): a session id is
        passed on whole (XCom, trigger events), so one that contains a fragment of a
        secret is refused rather than redacted.
    :return: the session id, unchanged.
    :raises PaySecureResponseError: unless it is a string of 1 to
        :data:`MAX_SESSION_ID_CHARS` printable ASCII characters that neither starts
        nor ends with a space, and shares no fragment with a secret. The message
        never quotes the value.
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
    if redactor(secrets).shares_fragment(value):
        raise PaySecureResponseError("PaySecure sent a SessionId that echoes part of the connection's credentials")
    return value


def parse_create_session(
    reply: Mapping[str, Any],
    *,
    created_at: DateTime,
    session_expiry_in_min: float | None,
    round_trip_s: float | None = None,
    redact: Redactor | Iterable[str] = (),
) -> PaySecureSession:
    """Build a :class:`PaySecureSession` from a decoded ``CreateSession`` reply.

    :param reply: the output of :func:`parse_reply` (a plain decoded reply is
        accepted too: its ``Timestamps`` are parsed here).
    :param created_at: client clock when the response arrived.
    :param session_expiry_in_min: the expiry that was requested, or ``None``.
    :param round_trip_s: client-measured seconds of the request, if known.
    :param redact: the credentials sent; see :func:`validate_session_id`.
    :raises PaySecureResponseError: if there is no usable ``SessionId`` (see
        :func:`validate_session_id`), or the ``Timestamps`` are malformed.
    """
    if not isinstance(reply, Mapping):
        raise PaySecureResponseError(f"Expected a JSON object from PaySecure, got {type(reply).__name__}")
    session_id = validate_session_id(reply.get("SessionId"), redact)
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


def _error_detail(body: bytes, secrets: Redactor) -> str:
    error_code, message, fields = _response_status(body, secrets)
    if message or error_code:
        return " ".join(p for p in (error_code, message) if p) + (" (" + "; ".join(fields) + ")" if fields else "")
    return excerpt_bytes(body, secrets)


def _optional_text(value: Any, secrets: Redactor, limit: int) -> str | None:
    if not value:
        return None
    return secrets.excerpt(_text(value), limit) or None


def _text(value: Any) -> str:
    """A server value as text, without recursing into structures (no RecursionError)."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, (int, float)):
        return str(value)  # json.loads refuses ints too long for str(); inf is "inf"
    return f"<{type(value).__name__}>"


_INVALID: Any = object()


def _decode_json(body: bytes) -> Any:
    """The decoded body, or :data:`_INVALID`. Never raises; keeps no exception alive."""
    try:
        return json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError, TypeError):
        return _INVALID


def _header(headers: Mapping[str, str], name: str) -> str | None:
    """The first value of header ``name``, whatever the case of its name in ``headers``."""
    lowered = name.lower()
    return next((v for k, v in headers.items() if k.lower() == lowered), None)


def session_reader(
    session_expiry_in_min: float | None, redact: Redactor | Iterable[str] = ()
) -> Callable[[dict[str, Any], float], PaySecureSession]:
    """The ``interpret`` step of a ``CreateSession`` call: a decoded reply to a session.

    :param session_expiry_in_min: the expiry that was requested, or ``None``.
    :param redact: the credentials sent; see :func:`validate_session_id`.
    :return: a function of the decoded reply and the measured round trip, stamping
        the session with the client clock when it is called.
    """
    secrets = redactor(redact)

    def interpret(reply: dict[str, Any], round_trip_s: float) -> PaySecureSession:
        return parse_create_session(
            reply,
            created_at=pendulum.now(_UTC),
            session_expiry_in_min=session_expiry_in_min,
            round_trip_s=round_trip_s,
            redact=secrets,
        )

    return interpret
