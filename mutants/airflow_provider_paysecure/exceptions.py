"""The PaySecure error family.

Every error the provider raises on purpose is a :class:`PaySecureError`, which is
an ``AirflowException`` so that Airflow treats it like any other task failure.

Messages are written for the person reading a task log: they say what failed and
what to check. They never contain the password, the request body, or a session
id, and they quote at most a short excerpt of a response body.
"""

from __future__ import annotations

from airflow.exceptions import AirflowException


class PaySecureError(AirflowException):
    """Base class of every error raised by the PaySecure provider."""


class PaySecureConfigError(PaySecureError):
    """The Airflow connection or an argument is unusable; no request was sent.

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
        self.status_code = status_code  # type: ignore[assignment]  # the HTTP status PaySecure sent


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
        self.status_code = status_code  # type: ignore[assignment]  # the HTTP status PaySecure sent


class PaySecureTransportError(PaySecureError):
    """Transient failures (connection errors, timeouts, 429, 5xx) outlasted the retries.

    :param message: the last failure and how many attempts were made over how long.
    :param attempts: how many requests were sent.
    :param elapsed: seconds from the first attempt until giving up.
    :param status_code: the HTTP status of the last response, if there was one.
    :param retryable: ``False`` for a failure that waiting will not cure (a TLS
        certificate that does not verify): sensors and triggers stop at once.
    """

    def __init__(
        self,
        message: str,
        *,
        attempts: int,
        elapsed: float,
        status_code: int | None = None,
        retryable: bool = True,
    ) -> None:
        super().__init__(message)
        self.attempts = attempts
        self.elapsed = elapsed
        self.retryable = retryable
        self.status_code = status_code  # type: ignore[assignment]  # the HTTP status PaySecure sent


__all__ = [
    "PaySecureAPIError",
    "PaySecureAuthError",
    "PaySecureConfigError",
    "PaySecureError",
    "PaySecureResponseError",
    "PaySecureTransportError",
]
