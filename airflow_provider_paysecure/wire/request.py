"""Building PaySecure requests, with no I/O."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from airflow_provider_paysecure import __version__

DEFAULT_HOST = "api.paysecure.acculynk.net"
USER_AGENT = f"airflow-provider-paysecure/{__version__}"
CREATE_SESSION = "CreateSession"

# \Z, not $: "$" also matches before a trailing newline ("CreateSession\n").
_OPERATION_RE = re.compile(r"[A-Za-z][A-Za-z0-9_]{0,127}\Z")


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
            "Accept-Encoding": "identity",
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
