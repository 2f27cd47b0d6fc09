"""Decoding and classifying PaySecure replies, with no I/O.

The body is parsed as JSON whatever its ``Content-Type`` says. Statuses are
classified into transient failures (worth another attempt) and typed errors.
"""

from __future__ import annotations

import email.utils
import json
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
from airflow_provider_paysecure.wire.models import InOutTimes, PaySecureSession
from airflow_provider_paysecure.wire.redaction import excerpt, excerpt_bytes
from airflow_provider_paysecure.wire.redaction import redact as redact_text

#: HTTP statuses worth another attempt.
RETRYABLE_STATUSES = frozenset({429, 500, 502, 503, 504})

_UTC = pendulum.UTC


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
            f"Expected a JSON object from PaySecure, got {type(data).__name__}: {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        )
    error_code = data.get("ErrorCode")
    if error_code not in (None, ""):
        error_message = data.get("ErrorMessage")
        raise PaySecureAPIError(
            f"PaySecure returned ErrorCode {excerpt(str(error_code), secrets)!r}: "
            f"{excerpt(str(error_message or 'no ErrorMessage'), secrets)}",
            error_code=redact_text(str(error_code), secrets),
            error_message=None if error_message is None else redact_text(str(error_message), secrets),
            status_code=status_code,
        )
    try:
        data["Timestamps"] = parse_timestamps(data.get("Timestamps"))
    except PaySecureResponseError as exc:  # its excerpt may quote an echoed secret
        error = PaySecureResponseError(redact_text(str(exc), secrets), status_code=status_code)
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
                f"Timestamps.{excerpt(str(stage))} must be an object, got {type(times).__name__}"
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
    detail = message or error_code or excerpt_bytes(body, secrets) or "no details"
    if fields:
        detail += " (" + "; ".join(fields) + ")"
    detail = redact_text(detail, secrets)
    cls = PaySecureAuthError if status_code in (401, 403) else PaySecureAPIError
    what = {
        400: "rejected the request",
        401: "rejected the credentials",
        403: "denied access",
        404: "does not know this operation",
    }.get(status_code, "refused the request")
    raise cls(
        f"PaySecure {what} (HTTP {status_code}{', ' + excerpt(error_code, secrets) if error_code else ''}): {detail}",
        error_code=None if error_code is None else redact_text(error_code, secrets),
        error_message=None if message is None else redact_text(message, secrets),
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
        excerpt(str(error_code)) if error_code else None,
        excerpt(str(message), limit=300) if message else None,
        [excerpt(f) for f in fields[:10]],
    )


def _error_detail(body: bytes, secrets: tuple[str, ...]) -> str:
    error_code, message, fields = _response_status(body)
    if message or error_code:
        return redact_text(
            " ".join(p for p in (error_code, message) if p) + (" (" + "; ".join(fields) + ")" if fields else ""),
            secrets,
        )
    return excerpt_bytes(body, secrets)


def _decode_json(body: bytes, status_code: int, secrets: tuple[str, ...]) -> Any:
    try:
        return json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "invalid JSON"
        raise PaySecureResponseError(
            f"PaySecure sent {kind} (HTTP {status_code}): {excerpt_bytes(body, secrets)}",
            status_code=status_code,
        ) from None if isinstance(exc, RecursionError) else exc


def _header(headers: Mapping[str, str], name: str) -> str | None:
    value = headers.get(name)
    if value is None:
        lowered = name.lower()
        value = next((v for k, v in headers.items() if k.lower() == lowered), None)
    return value
