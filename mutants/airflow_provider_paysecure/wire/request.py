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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁCredentialsǁto_wire__mutmut: MutantDict = {}  # type: ignore


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

    @_mutmut_mutated(mutants_xǁCredentialsǁto_wire__mutmut)
    def to_wire(self) -> dict[str, str]:
        """The ``Credentials`` object of a request body."""
        return {
            "MerchantId": self.merchant_id,
            "UserName": self.user_name,
            "Password": self.password,
            "Version": self.version,
        }

    def xǁCredentialsǁto_wire__mutmut_orig(self) -> dict[str, str]:
        """The ``Credentials`` object of a request body."""
        return {
            "MerchantId": self.merchant_id,
            "UserName": self.user_name,
            "Password": self.password,
            "Version": self.version,
        }

    def xǁCredentialsǁto_wire__mutmut_1(self) -> dict[str, str]:
        """The ``Credentials`` object of a request body."""
        return {
            "XXMerchantIdXX": self.merchant_id,
            "UserName": self.user_name,
            "Password": self.password,
            "Version": self.version,
        }

    def xǁCredentialsǁto_wire__mutmut_2(self) -> dict[str, str]:
        """The ``Credentials`` object of a request body."""
        return {
            "merchantid": self.merchant_id,
            "UserName": self.user_name,
            "Password": self.password,
            "Version": self.version,
        }

    def xǁCredentialsǁto_wire__mutmut_3(self) -> dict[str, str]:
        """The ``Credentials`` object of a request body."""
        return {
            "MERCHANTID": self.merchant_id,
            "UserName": self.user_name,
            "Password": self.password,
            "Version": self.version,
        }

    def xǁCredentialsǁto_wire__mutmut_4(self) -> dict[str, str]:
        """The ``Credentials`` object of a request body."""
        return {
            "MerchantId": self.merchant_id,
            "XXUserNameXX": self.user_name,
            "Password": self.password,
            "Version": self.version,
        }

    def xǁCredentialsǁto_wire__mutmut_5(self) -> dict[str, str]:
        """The ``Credentials`` object of a request body."""
        return {
            "MerchantId": self.merchant_id,
            "username": self.user_name,
            "Password": self.password,
            "Version": self.version,
        }

    def xǁCredentialsǁto_wire__mutmut_6(self) -> dict[str, str]:
        """The ``Credentials`` object of a request body."""
        return {
            "MerchantId": self.merchant_id,
            "USERNAME": self.user_name,
            "Password": self.password,
            "Version": self.version,
        }

    def xǁCredentialsǁto_wire__mutmut_7(self) -> dict[str, str]:
        """The ``Credentials`` object of a request body."""
        return {
            "MerchantId": self.merchant_id,
            "UserName": self.user_name,
            "XXPasswordXX": self.password,
            "Version": self.version,
        }

    def xǁCredentialsǁto_wire__mutmut_8(self) -> dict[str, str]:
        """The ``Credentials`` object of a request body."""
        return {
            "MerchantId": self.merchant_id,
            "UserName": self.user_name,
            "password": self.password,
            "Version": self.version,
        }

    def xǁCredentialsǁto_wire__mutmut_9(self) -> dict[str, str]:
        """The ``Credentials`` object of a request body."""
        return {
            "MerchantId": self.merchant_id,
            "UserName": self.user_name,
            "PASSWORD": self.password,
            "Version": self.version,
        }

    def xǁCredentialsǁto_wire__mutmut_10(self) -> dict[str, str]:
        """The ``Credentials`` object of a request body."""
        return {
            "MerchantId": self.merchant_id,
            "UserName": self.user_name,
            "Password": self.password,
            "XXVersionXX": self.version,
        }

    def xǁCredentialsǁto_wire__mutmut_11(self) -> dict[str, str]:
        """The ``Credentials`` object of a request body."""
        return {
            "MerchantId": self.merchant_id,
            "UserName": self.user_name,
            "Password": self.password,
            "version": self.version,
        }

    def xǁCredentialsǁto_wire__mutmut_12(self) -> dict[str, str]:
        """The ``Credentials`` object of a request body."""
        return {
            "MerchantId": self.merchant_id,
            "UserName": self.user_name,
            "Password": self.password,
            "VERSION": self.version,
        }

mutants_xǁCredentialsǁto_wire__mutmut['_mutmut_orig'] = Credentials.xǁCredentialsǁto_wire__mutmut_orig # type: ignore # mutmut generated
mutants_xǁCredentialsǁto_wire__mutmut['xǁCredentialsǁto_wire__mutmut_1'] = Credentials.xǁCredentialsǁto_wire__mutmut_1 # type: ignore # mutmut generated
mutants_xǁCredentialsǁto_wire__mutmut['xǁCredentialsǁto_wire__mutmut_2'] = Credentials.xǁCredentialsǁto_wire__mutmut_2 # type: ignore # mutmut generated
mutants_xǁCredentialsǁto_wire__mutmut['xǁCredentialsǁto_wire__mutmut_3'] = Credentials.xǁCredentialsǁto_wire__mutmut_3 # type: ignore # mutmut generated
mutants_xǁCredentialsǁto_wire__mutmut['xǁCredentialsǁto_wire__mutmut_4'] = Credentials.xǁCredentialsǁto_wire__mutmut_4 # type: ignore # mutmut generated
mutants_xǁCredentialsǁto_wire__mutmut['xǁCredentialsǁto_wire__mutmut_5'] = Credentials.xǁCredentialsǁto_wire__mutmut_5 # type: ignore # mutmut generated
mutants_xǁCredentialsǁto_wire__mutmut['xǁCredentialsǁto_wire__mutmut_6'] = Credentials.xǁCredentialsǁto_wire__mutmut_6 # type: ignore # mutmut generated
mutants_xǁCredentialsǁto_wire__mutmut['xǁCredentialsǁto_wire__mutmut_7'] = Credentials.xǁCredentialsǁto_wire__mutmut_7 # type: ignore # mutmut generated
mutants_xǁCredentialsǁto_wire__mutmut['xǁCredentialsǁto_wire__mutmut_8'] = Credentials.xǁCredentialsǁto_wire__mutmut_8 # type: ignore # mutmut generated
mutants_xǁCredentialsǁto_wire__mutmut['xǁCredentialsǁto_wire__mutmut_9'] = Credentials.xǁCredentialsǁto_wire__mutmut_9 # type: ignore # mutmut generated
mutants_xǁCredentialsǁto_wire__mutmut['xǁCredentialsǁto_wire__mutmut_10'] = Credentials.xǁCredentialsǁto_wire__mutmut_10 # type: ignore # mutmut generated
mutants_xǁCredentialsǁto_wire__mutmut['xǁCredentialsǁto_wire__mutmut_11'] = Credentials.xǁCredentialsǁto_wire__mutmut_11 # type: ignore # mutmut generated
mutants_xǁCredentialsǁto_wire__mutmut['xǁCredentialsǁto_wire__mutmut_12'] = Credentials.xǁCredentialsǁto_wire__mutmut_12 # type: ignore # mutmut generated


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
mutants_x_build_request__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_build_request__mutmut)
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


def x_build_request__mutmut_orig(
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


def x_build_request__mutmut_1(
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
    if _OPERATION_RE.match(operation):
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


def x_build_request__mutmut_2(
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
    if not _OPERATION_RE.match(None):
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


def x_build_request__mutmut_3(
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
        raise ValueError(None)
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


def x_build_request__mutmut_4(
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
    body: dict[str, Any] = None
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


def x_build_request__mutmut_5(
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
    body: dict[str, Any] = {"XXCredentialsXX": credentials.to_wire()}
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


def x_build_request__mutmut_6(
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
    body: dict[str, Any] = {"credentials": credentials.to_wire()}
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


def x_build_request__mutmut_7(
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
    body: dict[str, Any] = {"CREDENTIALS": credentials.to_wire()}
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


def x_build_request__mutmut_8(
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
    for key, value in (payload and {}).items():
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


def x_build_request__mutmut_9(
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
        if key != "Credentials":
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


def x_build_request__mutmut_10(
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
        if key == "XXCredentialsXX":
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


def x_build_request__mutmut_11(
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
        if key == "credentials":
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


def x_build_request__mutmut_12(
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
        if key == "CREDENTIALS":
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


def x_build_request__mutmut_13(
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
            raise ValueError(None)
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


def x_build_request__mutmut_14(
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
            raise ValueError("XXpayload must not set Credentials; they come from the connectionXX")
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


def x_build_request__mutmut_15(
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
            raise ValueError("payload must not set credentials; they come from the connection")
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


def x_build_request__mutmut_16(
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
            raise ValueError("PAYLOAD MUST NOT SET CREDENTIALS; THEY COME FROM THE CONNECTION")
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


def x_build_request__mutmut_17(
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
        if value is None:
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


def x_build_request__mutmut_18(
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
            body[key] = None
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


def x_build_request__mutmut_19(
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
        url=None,
        headers={
            "Accept": "application/json",
            "Accept-Encoding": "identity",
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
        },
        body=json.dumps(body, separators=(",", ":"), allow_nan=False).encode(),
        operation=operation,
    )


def x_build_request__mutmut_20(
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
        headers=None,
        body=json.dumps(body, separators=(",", ":"), allow_nan=False).encode(),
        operation=operation,
    )


def x_build_request__mutmut_21(
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
        body=None,
        operation=operation,
    )


def x_build_request__mutmut_22(
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
        operation=None,
    )


def x_build_request__mutmut_23(
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
        headers={
            "Accept": "application/json",
            "Accept-Encoding": "identity",
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
        },
        body=json.dumps(body, separators=(",", ":"), allow_nan=False).encode(),
        operation=operation,
    )


def x_build_request__mutmut_24(
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
        body=json.dumps(body, separators=(",", ":"), allow_nan=False).encode(),
        operation=operation,
    )


def x_build_request__mutmut_25(
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
        operation=operation,
    )


def x_build_request__mutmut_26(
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
        )


def x_build_request__mutmut_27(
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
        url=f"{base_url.rstrip(None)}/{operation}",
        headers={
            "Accept": "application/json",
            "Accept-Encoding": "identity",
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
        },
        body=json.dumps(body, separators=(",", ":"), allow_nan=False).encode(),
        operation=operation,
    )


def x_build_request__mutmut_28(
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
        url=f"{base_url.lstrip('/')}/{operation}",
        headers={
            "Accept": "application/json",
            "Accept-Encoding": "identity",
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
        },
        body=json.dumps(body, separators=(",", ":"), allow_nan=False).encode(),
        operation=operation,
    )


def x_build_request__mutmut_29(
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
        url=f"{base_url.rstrip('XX/XX')}/{operation}",
        headers={
            "Accept": "application/json",
            "Accept-Encoding": "identity",
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
        },
        body=json.dumps(body, separators=(",", ":"), allow_nan=False).encode(),
        operation=operation,
    )


def x_build_request__mutmut_30(
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
            "XXAcceptXX": "application/json",
            "Accept-Encoding": "identity",
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
        },
        body=json.dumps(body, separators=(",", ":"), allow_nan=False).encode(),
        operation=operation,
    )


def x_build_request__mutmut_31(
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
            "accept": "application/json",
            "Accept-Encoding": "identity",
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
        },
        body=json.dumps(body, separators=(",", ":"), allow_nan=False).encode(),
        operation=operation,
    )


def x_build_request__mutmut_32(
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
            "ACCEPT": "application/json",
            "Accept-Encoding": "identity",
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
        },
        body=json.dumps(body, separators=(",", ":"), allow_nan=False).encode(),
        operation=operation,
    )


def x_build_request__mutmut_33(
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
            "Accept": "XXapplication/jsonXX",
            "Accept-Encoding": "identity",
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
        },
        body=json.dumps(body, separators=(",", ":"), allow_nan=False).encode(),
        operation=operation,
    )


def x_build_request__mutmut_34(
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
            "Accept": "APPLICATION/JSON",
            "Accept-Encoding": "identity",
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
        },
        body=json.dumps(body, separators=(",", ":"), allow_nan=False).encode(),
        operation=operation,
    )


def x_build_request__mutmut_35(
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
            "XXAccept-EncodingXX": "identity",
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
        },
        body=json.dumps(body, separators=(",", ":"), allow_nan=False).encode(),
        operation=operation,
    )


def x_build_request__mutmut_36(
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
            "accept-encoding": "identity",
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
        },
        body=json.dumps(body, separators=(",", ":"), allow_nan=False).encode(),
        operation=operation,
    )


def x_build_request__mutmut_37(
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
            "ACCEPT-ENCODING": "identity",
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
        },
        body=json.dumps(body, separators=(",", ":"), allow_nan=False).encode(),
        operation=operation,
    )


def x_build_request__mutmut_38(
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
            "Accept-Encoding": "XXidentityXX",
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
        },
        body=json.dumps(body, separators=(",", ":"), allow_nan=False).encode(),
        operation=operation,
    )


def x_build_request__mutmut_39(
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
            "Accept-Encoding": "IDENTITY",
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
        },
        body=json.dumps(body, separators=(",", ":"), allow_nan=False).encode(),
        operation=operation,
    )


def x_build_request__mutmut_40(
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
            "XXContent-TypeXX": "application/json",
            "User-Agent": USER_AGENT,
        },
        body=json.dumps(body, separators=(",", ":"), allow_nan=False).encode(),
        operation=operation,
    )


def x_build_request__mutmut_41(
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
            "content-type": "application/json",
            "User-Agent": USER_AGENT,
        },
        body=json.dumps(body, separators=(",", ":"), allow_nan=False).encode(),
        operation=operation,
    )


def x_build_request__mutmut_42(
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
            "CONTENT-TYPE": "application/json",
            "User-Agent": USER_AGENT,
        },
        body=json.dumps(body, separators=(",", ":"), allow_nan=False).encode(),
        operation=operation,
    )


def x_build_request__mutmut_43(
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
            "Content-Type": "XXapplication/jsonXX",
            "User-Agent": USER_AGENT,
        },
        body=json.dumps(body, separators=(",", ":"), allow_nan=False).encode(),
        operation=operation,
    )


def x_build_request__mutmut_44(
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
            "Content-Type": "APPLICATION/JSON",
            "User-Agent": USER_AGENT,
        },
        body=json.dumps(body, separators=(",", ":"), allow_nan=False).encode(),
        operation=operation,
    )


def x_build_request__mutmut_45(
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
            "XXUser-AgentXX": USER_AGENT,
        },
        body=json.dumps(body, separators=(",", ":"), allow_nan=False).encode(),
        operation=operation,
    )


def x_build_request__mutmut_46(
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
            "user-agent": USER_AGENT,
        },
        body=json.dumps(body, separators=(",", ":"), allow_nan=False).encode(),
        operation=operation,
    )


def x_build_request__mutmut_47(
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
            "USER-AGENT": USER_AGENT,
        },
        body=json.dumps(body, separators=(",", ":"), allow_nan=False).encode(),
        operation=operation,
    )


def x_build_request__mutmut_48(
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
        body=json.dumps(None, separators=(",", ":"), allow_nan=False).encode(),
        operation=operation,
    )


def x_build_request__mutmut_49(
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
        body=json.dumps(body, separators=None, allow_nan=False).encode(),
        operation=operation,
    )


def x_build_request__mutmut_50(
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
        body=json.dumps(body, separators=(",", ":"), allow_nan=None).encode(),
        operation=operation,
    )


def x_build_request__mutmut_51(
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
        body=json.dumps(separators=(",", ":"), allow_nan=False).encode(),
        operation=operation,
    )


def x_build_request__mutmut_52(
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
        body=json.dumps(body, allow_nan=False).encode(),
        operation=operation,
    )


def x_build_request__mutmut_53(
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
        body=json.dumps(body, separators=(",", ":"), ).encode(),
        operation=operation,
    )


def x_build_request__mutmut_54(
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
        body=json.dumps(body, separators=("XX,XX", ":"), allow_nan=False).encode(),
        operation=operation,
    )


def x_build_request__mutmut_55(
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
        body=json.dumps(body, separators=(",", "XX:XX"), allow_nan=False).encode(),
        operation=operation,
    )


def x_build_request__mutmut_56(
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
        body=json.dumps(body, separators=(",", ":"), allow_nan=True).encode(),
        operation=operation,
    )

mutants_x_build_request__mutmut['_mutmut_orig'] = x_build_request__mutmut_orig # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_1'] = x_build_request__mutmut_1 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_2'] = x_build_request__mutmut_2 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_3'] = x_build_request__mutmut_3 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_4'] = x_build_request__mutmut_4 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_5'] = x_build_request__mutmut_5 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_6'] = x_build_request__mutmut_6 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_7'] = x_build_request__mutmut_7 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_8'] = x_build_request__mutmut_8 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_9'] = x_build_request__mutmut_9 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_10'] = x_build_request__mutmut_10 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_11'] = x_build_request__mutmut_11 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_12'] = x_build_request__mutmut_12 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_13'] = x_build_request__mutmut_13 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_14'] = x_build_request__mutmut_14 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_15'] = x_build_request__mutmut_15 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_16'] = x_build_request__mutmut_16 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_17'] = x_build_request__mutmut_17 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_18'] = x_build_request__mutmut_18 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_19'] = x_build_request__mutmut_19 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_20'] = x_build_request__mutmut_20 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_21'] = x_build_request__mutmut_21 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_22'] = x_build_request__mutmut_22 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_23'] = x_build_request__mutmut_23 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_24'] = x_build_request__mutmut_24 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_25'] = x_build_request__mutmut_25 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_26'] = x_build_request__mutmut_26 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_27'] = x_build_request__mutmut_27 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_28'] = x_build_request__mutmut_28 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_29'] = x_build_request__mutmut_29 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_30'] = x_build_request__mutmut_30 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_31'] = x_build_request__mutmut_31 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_32'] = x_build_request__mutmut_32 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_33'] = x_build_request__mutmut_33 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_34'] = x_build_request__mutmut_34 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_35'] = x_build_request__mutmut_35 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_36'] = x_build_request__mutmut_36 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_37'] = x_build_request__mutmut_37 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_38'] = x_build_request__mutmut_38 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_39'] = x_build_request__mutmut_39 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_40'] = x_build_request__mutmut_40 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_41'] = x_build_request__mutmut_41 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_42'] = x_build_request__mutmut_42 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_43'] = x_build_request__mutmut_43 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_44'] = x_build_request__mutmut_44 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_45'] = x_build_request__mutmut_45 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_46'] = x_build_request__mutmut_46 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_47'] = x_build_request__mutmut_47 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_48'] = x_build_request__mutmut_48 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_49'] = x_build_request__mutmut_49 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_50'] = x_build_request__mutmut_50 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_51'] = x_build_request__mutmut_51 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_52'] = x_build_request__mutmut_52 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_53'] = x_build_request__mutmut_53 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_54'] = x_build_request__mutmut_54 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_55'] = x_build_request__mutmut_55 # type: ignore # mutmut generated
mutants_x_build_request__mutmut['x_build_request__mutmut_56'] = x_build_request__mutmut_56 # type: ignore # mutmut generated
mutants_x_build_create_session_request__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_build_create_session_request__mutmut)
def build_create_session_request(
    base_url: str, credentials: Credentials, session_expiry_in_min: float | None
) -> PreparedRequest:
    """Build the ``CreateSession`` request; ``SessionExpiryInMin`` is left out when ``None``.

    :param base_url: see :func:`build_request`.
    :param credentials: the merchant credentials.
    :param session_expiry_in_min: requested lifetime in minutes, or ``None``.
    """
    return build_request(base_url, CREATE_SESSION, credentials, {"SessionExpiryInMin": session_expiry_in_min})


def x_build_create_session_request__mutmut_orig(
    base_url: str, credentials: Credentials, session_expiry_in_min: float | None
) -> PreparedRequest:
    """Build the ``CreateSession`` request; ``SessionExpiryInMin`` is left out when ``None``.

    :param base_url: see :func:`build_request`.
    :param credentials: the merchant credentials.
    :param session_expiry_in_min: requested lifetime in minutes, or ``None``.
    """
    return build_request(base_url, CREATE_SESSION, credentials, {"SessionExpiryInMin": session_expiry_in_min})


def x_build_create_session_request__mutmut_1(
    base_url: str, credentials: Credentials, session_expiry_in_min: float | None
) -> PreparedRequest:
    """Build the ``CreateSession`` request; ``SessionExpiryInMin`` is left out when ``None``.

    :param base_url: see :func:`build_request`.
    :param credentials: the merchant credentials.
    :param session_expiry_in_min: requested lifetime in minutes, or ``None``.
    """
    return build_request(None, CREATE_SESSION, credentials, {"SessionExpiryInMin": session_expiry_in_min})


def x_build_create_session_request__mutmut_2(
    base_url: str, credentials: Credentials, session_expiry_in_min: float | None
) -> PreparedRequest:
    """Build the ``CreateSession`` request; ``SessionExpiryInMin`` is left out when ``None``.

    :param base_url: see :func:`build_request`.
    :param credentials: the merchant credentials.
    :param session_expiry_in_min: requested lifetime in minutes, or ``None``.
    """
    return build_request(base_url, None, credentials, {"SessionExpiryInMin": session_expiry_in_min})


def x_build_create_session_request__mutmut_3(
    base_url: str, credentials: Credentials, session_expiry_in_min: float | None
) -> PreparedRequest:
    """Build the ``CreateSession`` request; ``SessionExpiryInMin`` is left out when ``None``.

    :param base_url: see :func:`build_request`.
    :param credentials: the merchant credentials.
    :param session_expiry_in_min: requested lifetime in minutes, or ``None``.
    """
    return build_request(base_url, CREATE_SESSION, None, {"SessionExpiryInMin": session_expiry_in_min})


def x_build_create_session_request__mutmut_4(
    base_url: str, credentials: Credentials, session_expiry_in_min: float | None
) -> PreparedRequest:
    """Build the ``CreateSession`` request; ``SessionExpiryInMin`` is left out when ``None``.

    :param base_url: see :func:`build_request`.
    :param credentials: the merchant credentials.
    :param session_expiry_in_min: requested lifetime in minutes, or ``None``.
    """
    return build_request(base_url, CREATE_SESSION, credentials, None)


def x_build_create_session_request__mutmut_5(
    base_url: str, credentials: Credentials, session_expiry_in_min: float | None
) -> PreparedRequest:
    """Build the ``CreateSession`` request; ``SessionExpiryInMin`` is left out when ``None``.

    :param base_url: see :func:`build_request`.
    :param credentials: the merchant credentials.
    :param session_expiry_in_min: requested lifetime in minutes, or ``None``.
    """
    return build_request(CREATE_SESSION, credentials, {"SessionExpiryInMin": session_expiry_in_min})


def x_build_create_session_request__mutmut_6(
    base_url: str, credentials: Credentials, session_expiry_in_min: float | None
) -> PreparedRequest:
    """Build the ``CreateSession`` request; ``SessionExpiryInMin`` is left out when ``None``.

    :param base_url: see :func:`build_request`.
    :param credentials: the merchant credentials.
    :param session_expiry_in_min: requested lifetime in minutes, or ``None``.
    """
    return build_request(base_url, credentials, {"SessionExpiryInMin": session_expiry_in_min})


def x_build_create_session_request__mutmut_7(
    base_url: str, credentials: Credentials, session_expiry_in_min: float | None
) -> PreparedRequest:
    """Build the ``CreateSession`` request; ``SessionExpiryInMin`` is left out when ``None``.

    :param base_url: see :func:`build_request`.
    :param credentials: the merchant credentials.
    :param session_expiry_in_min: requested lifetime in minutes, or ``None``.
    """
    return build_request(base_url, CREATE_SESSION, {"SessionExpiryInMin": session_expiry_in_min})


def x_build_create_session_request__mutmut_8(
    base_url: str, credentials: Credentials, session_expiry_in_min: float | None
) -> PreparedRequest:
    """Build the ``CreateSession`` request; ``SessionExpiryInMin`` is left out when ``None``.

    :param base_url: see :func:`build_request`.
    :param credentials: the merchant credentials.
    :param session_expiry_in_min: requested lifetime in minutes, or ``None``.
    """
    return build_request(base_url, CREATE_SESSION, credentials, )


def x_build_create_session_request__mutmut_9(
    base_url: str, credentials: Credentials, session_expiry_in_min: float | None
) -> PreparedRequest:
    """Build the ``CreateSession`` request; ``SessionExpiryInMin`` is left out when ``None``.

    :param base_url: see :func:`build_request`.
    :param credentials: the merchant credentials.
    :param session_expiry_in_min: requested lifetime in minutes, or ``None``.
    """
    return build_request(base_url, CREATE_SESSION, credentials, {"XXSessionExpiryInMinXX": session_expiry_in_min})


def x_build_create_session_request__mutmut_10(
    base_url: str, credentials: Credentials, session_expiry_in_min: float | None
) -> PreparedRequest:
    """Build the ``CreateSession`` request; ``SessionExpiryInMin`` is left out when ``None``.

    :param base_url: see :func:`build_request`.
    :param credentials: the merchant credentials.
    :param session_expiry_in_min: requested lifetime in minutes, or ``None``.
    """
    return build_request(base_url, CREATE_SESSION, credentials, {"sessionexpiryinmin": session_expiry_in_min})


def x_build_create_session_request__mutmut_11(
    base_url: str, credentials: Credentials, session_expiry_in_min: float | None
) -> PreparedRequest:
    """Build the ``CreateSession`` request; ``SessionExpiryInMin`` is left out when ``None``.

    :param base_url: see :func:`build_request`.
    :param credentials: the merchant credentials.
    :param session_expiry_in_min: requested lifetime in minutes, or ``None``.
    """
    return build_request(base_url, CREATE_SESSION, credentials, {"SESSIONEXPIRYINMIN": session_expiry_in_min})

mutants_x_build_create_session_request__mutmut['_mutmut_orig'] = x_build_create_session_request__mutmut_orig # type: ignore # mutmut generated
mutants_x_build_create_session_request__mutmut['x_build_create_session_request__mutmut_1'] = x_build_create_session_request__mutmut_1 # type: ignore # mutmut generated
mutants_x_build_create_session_request__mutmut['x_build_create_session_request__mutmut_2'] = x_build_create_session_request__mutmut_2 # type: ignore # mutmut generated
mutants_x_build_create_session_request__mutmut['x_build_create_session_request__mutmut_3'] = x_build_create_session_request__mutmut_3 # type: ignore # mutmut generated
mutants_x_build_create_session_request__mutmut['x_build_create_session_request__mutmut_4'] = x_build_create_session_request__mutmut_4 # type: ignore # mutmut generated
mutants_x_build_create_session_request__mutmut['x_build_create_session_request__mutmut_5'] = x_build_create_session_request__mutmut_5 # type: ignore # mutmut generated
mutants_x_build_create_session_request__mutmut['x_build_create_session_request__mutmut_6'] = x_build_create_session_request__mutmut_6 # type: ignore # mutmut generated
mutants_x_build_create_session_request__mutmut['x_build_create_session_request__mutmut_7'] = x_build_create_session_request__mutmut_7 # type: ignore # mutmut generated
mutants_x_build_create_session_request__mutmut['x_build_create_session_request__mutmut_8'] = x_build_create_session_request__mutmut_8 # type: ignore # mutmut generated
mutants_x_build_create_session_request__mutmut['x_build_create_session_request__mutmut_9'] = x_build_create_session_request__mutmut_9 # type: ignore # mutmut generated
mutants_x_build_create_session_request__mutmut['x_build_create_session_request__mutmut_10'] = x_build_create_session_request__mutmut_10 # type: ignore # mutmut generated
mutants_x_build_create_session_request__mutmut['x_build_create_session_request__mutmut_11'] = x_build_create_session_request__mutmut_11 # type: ignore # mutmut generated
