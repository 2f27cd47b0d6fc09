"""The PaySecure error family.

Every error the provider raises on purpose is a :class:`PaySecureError`, which is
an ``AirflowException`` so that Airflow treats it like any other task failure.

Messages are written for the person reading a task log: they say what failed and
what to check. They never contain the password, the request body, or a session
id, and they quote at most a short excerpt of a response body.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from airflow.exceptions import AirflowException

#: The attributes an error keeps when it crosses from a trigger to a task (:meth:`PaySecureError.to_event`).
EVENT_FIELDS: tuple[str, ...] = (
    "error_code",
    "error_message",
    "status_code",
    "attempts",
    "elapsed",
    "outcome_unknown",
    "retryable",
    "retry_after",
)


class PaySecureError(AirflowException):
    """Base class of every error raised by the PaySecure provider.

    Every error has the attributes of :data:`EVENT_FIELDS` (``None``, or
    ``False``/``True`` for the flags, where they do not apply), so that
    :meth:`to_event` and :meth:`from_event` carry it across a trigger event intact.
    """

    error_code: str | None = None
    error_message: str | None = None
    status_code: int | None = None  # type: ignore[assignment]  # the HTTP status PaySecure sent
    attempts: int | None = None
    elapsed: float | None = None
    outcome_unknown: bool = False
    retryable: bool = True
    retry_after: float | None = None

    def to_event(self) -> dict[str, Any]:
        """A JSON-safe dict describing this error, for a trigger event.

        :return: ``error_type`` (the class name), ``message`` and every field of
            :data:`EVENT_FIELDS`; :meth:`from_event` reverses it.
        """
        event: dict[str, Any] = {"error_type": type(self).__name__, "message": str(self)}
        for name in EVENT_FIELDS:
            event[name] = getattr(self, name, None)
        return event

    @staticmethod
    def from_event(event: Mapping[str, Any]) -> PaySecureError:
        """Rebuild the error :meth:`to_event` described.

        An ``error_type`` that is not a PaySecure error class (an event written by
        an older release for an unexpected exception) becomes a
        :class:`PaySecureError` whose message starts with that type name.

        :param event: the dict :meth:`to_event` produced (after a JSON round trip).
        """
        error_type = str(event.get("error_type") or "PaySecureError")
        message = str(event.get("message") or f"PaySecure error ({error_type})")
        cls = _CLASSES.get(error_type)
        if cls is None:
            cls, message = PaySecureError, f"{error_type}: {message}"
        error = cls.__new__(cls)
        PaySecureError.__init__(error, message)
        for name in EVENT_FIELDS:
            value = event.get(name)
            if value is not None:
                setattr(error, name, value)
        return error


class PaySecureConfigError(PaySecureError, ValueError):
    """The Airflow connection or an argument is unusable; no request was sent.

    It is also a ``ValueError``, which argument checks raised before.

    :param message: what is wrong and which connection/field it concerns.
    """


class PaySecureAPIError(PaySecureError):
    """PaySecure refused the operation.

    Raised for a non-empty ``ErrorCode`` in a 200 response, and for a ServiceStack
    ``{"ResponseStatus": {...}}`` error body on a non-2xx status that is not retried.

    :param message: the human-readable summary.
    :param error_code: the API's ``ErrorCode`` (an opaque string), if any.
    :param error_message: the API's ``ErrorMessage`` as given, if any.
    :param status_code: the HTTP status of the response.
    """

    def __init__(
        self,
        message: str,
        *,
        error_code: str | None = None,
        error_message: str | None = None,
        status_code: int | None = None,
    ) -> None:
        super().__init__(message)
        self.error_code = error_code
        self.error_message = error_message
        self.status_code = status_code


class PaySecureAuthError(PaySecureAPIError):
    """PaySecure rejected the credentials (HTTP 401 or 403). Never retried."""


class PaySecureResponseError(PaySecureError):
    """The response is not a valid PaySecure response.

    For example an HTML error page, truncated JSON, a malformed ``/Date()/`` value,
    or a success without ``SessionId``.

    :param message: what was wrong, with at most a short excerpt of the body.
    :param status_code: the HTTP status of the response, if there was one.
    """

    def __init__(self, message: str, *, status_code: int | None = None) -> None:
        super().__init__(message)
        self.status_code = status_code


class PaySecureTransportError(PaySecureError):
    """The call failed in transit: retries ran out, or a request that is not retry-safe may have arrived.

    Transient failures (connection errors, timeouts, 429, 5xx) outlasted the
    retries, or ``outcome_unknown`` says the request may have been processed.

    :param message: the last failure and how many attempts were made over how long.
    :param attempts: how many requests were sent.
    :param elapsed: seconds from the first attempt until giving up.
    :param status_code: the HTTP status of the last response, if there was one.
    :param retryable: ``False`` for a failure that waiting will not cure (a TLS
        certificate that does not verify): sensors and triggers stop at once.
    :param outcome_unknown: ``True`` when the request may have been processed
        (a read timeout, a reset after sending, a 500/502/504, the deadline) and the
        operation is not retry-safe, so it was not sent again.
    :param retry_after: the seconds the server last asked to wait, if it did.
    """

    def __init__(
        self,
        message: str,
        *,
        attempts: int,
        elapsed: float,
        status_code: int | None = None,
        retryable: bool = True,
        outcome_unknown: bool = False,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.attempts = attempts
        self.elapsed = elapsed
        self.retryable = retryable
        self.status_code = status_code
        self.outcome_unknown = outcome_unknown
        self.retry_after = retry_after


_CLASSES: dict[str, type[PaySecureError]] = {
    cls.__name__: cls
    for cls in (
        PaySecureError,
        PaySecureConfigError,
        PaySecureAPIError,
        PaySecureAuthError,
        PaySecureResponseError,
        PaySecureTransportError,
    )
}

__all__ = [
    "EVENT_FIELDS",
    "PaySecureAPIError",
    "PaySecureAuthError",
    "PaySecureConfigError",
    "PaySecureError",
    "PaySecureResponseError",
    "PaySecureTransportError",
]
