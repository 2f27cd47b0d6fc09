"""Turn an Airflow ``Connection`` into validated PaySecure settings, with no I/O.

The hook and the trigger both call :func:`settings_from_connection`, so the
rules for reading a ``paysecure`` connection exist once. Extras are read under
the plain name (``merchant_id``) and the legacy prefixed name
(``extra__paysecure__merchant_id``) that older connection forms saved.
"""

from __future__ import annotations

import base64
import contextlib
import functools
import ipaddress
import json
import logging
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol
from urllib.parse import unquote, urlsplit

from airflow_provider_paysecure.exceptions import PaySecureConfigError
from airflow_provider_paysecure.wire import DEFAULT_HOST, Credentials

log = logging.getLogger(__name__)

CONN_TYPE = "paysecure"
DEFAULT_CONN_ID = "paysecure_default"
DEFAULT_CONNECT_TIMEOUT = 10.0
DEFAULT_READ_TIMEOUT = 30.0
#: The default cap of a decoded reply body (1 MiB); the ``max_response_bytes`` extra raises it.
DEFAULT_MAX_RESPONSE_BYTES = 1024 * 1024
#: The highest ``max_response_bytes`` accepted (64 MiB).
MAX_RESPONSE_BYTES_LIMIT = 64 * 1024 * 1024
_LEGACY_PREFIX = f"extra__{CONN_TYPE}__"
# "y"/"n": Airflow 2.11's Flask form sends a ticked wtforms BooleanField as "y"
# to the Test button (a saved connection stores a JSON boolean).
_TRUE = {"true", "1", "yes", "y", "on"}
_FALSE = {"false", "0", "no", "n", "off", ""}
_PROXY_SCHEMES = frozenset({"http", "https", "socks4", "socks5", "socks5h"})
_OPERATION_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,99}$")


class RedactedStr(str):
    """A ``str`` whose ``repr()`` is ``'***'``, for the connection password.

    Everything that holds the password (the hook's and trigger's ``secrets``, the
    body-redaction helpers' arguments) then shows ``'***'`` when a traceback
    renderer prints frame locals -- as the rich console tracebacks of Airflow 3's
    ``dag.test()`` / ``airflow dags test`` do, bypassing the secrets masker. The
    value itself (``str()``, formatting, JSON, comparisons) is unchanged.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return "'***'"


class ConnectionLike(Protocol):
    """The attributes of an Airflow ``Connection`` that are read here."""

    @property
    def conn_id(self) -> str | None:
        """The connection id."""
        ...

    @property
    def host(self) -> str | None:
        """Host name or URL."""
        ...

    @property
    def port(self) -> int | None:
        """Port, if any."""
        ...

    @property
    def login(self) -> str | None:
        """UserName."""
        ...

    @property
    def password(self) -> str | None:
        """Password."""
        ...

    @property
    def extra_dejson(self) -> dict[str, Any]:
        """The decoded ``extra`` JSON."""
        ...


@dataclass(frozen=True)
class Timeouts:
    """Per-request timeouts, in seconds.

    :param connect: how long to wait for the TCP/TLS connection.
    :param read: how long to wait for each read of the response.
    """

    connect: float = DEFAULT_CONNECT_TIMEOUT
    read: float = DEFAULT_READ_TIMEOUT


@dataclass(frozen=True)
class PaySecureSettings:
    """Everything needed to talk to PaySecure, read from one connection.

    :param conn_id: the Airflow connection id (for messages).
    :param base_url: e.g. ``https://api.paysecure.acculynk.net``.
    :param credentials: the merchant credentials.
    :param session_expiry_in_min: default ``SessionExpiryInMin``, or ``None``.
    :param timeouts: connect and read timeouts.
    :param verify: ``True``/``False`` or a CA bundle path.
    :param proxies: scheme to proxy URL, or ``None``.
    :param max_response_bytes: the cap of a decoded reply body.
    :param retry_safe_operations: operations besides the built-in ones that may be
        sent twice (see :mod:`~airflow_provider_paysecure.call`).
    :param session_expired_error_codes: ``ErrorCode`` values meaning "this session
        expired or is unknown", on which a session manager renews the session.
    """

    conn_id: str
    base_url: str
    credentials: Credentials
    session_expiry_in_min: float | None = None
    timeouts: Timeouts = field(default_factory=Timeouts)
    verify: bool | str = True
    proxies: Mapping[str, str] | None = None
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    retry_safe_operations: frozenset[str] = frozenset()
    session_expired_error_codes: tuple[str, ...] = ()

    @functools.cached_property  # read per call on the hook's hot path: worked out once per settings
    def secrets(self) -> tuple[str, ...]:
        """What must never appear in an error or a log: the password, and any proxy's credentials.

        A proxy answering an ``http://`` request for the service (absolute-form,
        no tunnel) may echo its own credentials in a reply body the call reports:
        those of the ``proxies`` extra and of the proxy environment variables
        (``HTTP_PROXY``, ``HTTPS_PROXY``, ``ALL_PROXY``, either case), in clear,
        percent-encoded and as the ``Proxy-Authorization`` Basic value.
        """
        urls = list((self.proxies or {}).values())
        urls += [os.environ.get(name) or "" for name in _PROXY_VARIABLES]
        return (self.credentials.password, *(s for url in urls for s in _proxy_secrets(url)))

    def expiry(self, requested: float | None) -> float | None:
        """The ``SessionExpiryInMin`` to send: the one requested, else the connection's default.

        :param requested: a validated expiry in minutes, or ``None``.
        """
        return requested if requested is not None else self.session_expiry_in_min

    def request_timeouts(self, override: float | Sequence[float] | None) -> tuple[float, float]:
        """``(connect, read)`` seconds for a request.

        :param override: ``None`` for the connection's timeouts, one number for
            both, or a ``(connect, read)`` pair.
        """
        if override is None:
            return self.timeouts.connect, self.timeouts.read
        if isinstance(override, (int, float)):
            return float(override), float(override)
        if len(override) != 2:
            raise PaySecureConfigError(f"timeout must be seconds or (connect, read), got {override!r}")
        connect, read = override
        return float(connect), float(read)


#: The proxy environment variables whose credentials are secrets too.
_PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")


def _proxy_secrets(url: str) -> list[str]:
    """The credentials in a proxy URL, in every form a proxy may echo them."""
    if not url:
        return []
    try:
        parts = urlsplit(url if "://" in url else f"http://{url}")
        user, password = parts.username, parts.password
    except ValueError:
        return []
    if not user and not password:
        return []
    found = [s for s in (user if not password else None, password) if s]  # a lone user name is a token
    found += [unquote(s) for s in found]
    pair = f"{unquote(user or '')}:{unquote(password or '')}"
    for codec in ("latin-1", "utf-8"):
        with contextlib.suppress(UnicodeEncodeError):
            found.append(base64.b64encode(pair.encode(codec)).decode("ascii"))
    return list(dict.fromkeys(found))


def settings_from_connection(conn: ConnectionLike, extras: Mapping[str, Any] | None = None) -> PaySecureSettings:
    """Validate a ``paysecure`` connection and return its settings.

    :param conn: an Airflow ``Connection`` (any version) or a look-alike.
    :param extras: the decoded extras, when the caller already has them (a trigger
        reads them with the async ``aextra_dejson()``); else ``conn.extra_dejson``.
    :raises PaySecureConfigError: naming the connection and the field, never a
        secret value, for a missing or unusable field. No request is sent.
    """
    conn_id = conn.conn_id or "<unnamed>"
    if extras is None:
        extras = conn.extra_dejson or {}

    def problem(text: str) -> PaySecureConfigError:
        return PaySecureConfigError(f"PaySecure connection {conn_id!r}: {text}")

    def extra(name: str) -> Any:
        value = extras.get(name)
        if value in (None, ""):
            value = extras.get(_LEGACY_PREFIX + name)
        return None if value == "" else value

    missing = [
        label
        for label, value in (
            ("login (UserName)", conn.login),
            ("password (Password)", conn.password),
            ("extra merchant_id (MerchantId)", extra("merchant_id")),
            ("extra version (Version)", extra("version")),
        )
        if value is None or str(value).strip() == ""
    ]
    if missing:
        raise problem(f"missing {', '.join(missing)}")

    version = extra("version")
    if isinstance(version, (int, float)) and not isinstance(version, bool):
        log.warning(
            "PaySecure connection %r: extra 'version' is the number %r, not a string; "
            "'airflow connections add --conn-uri' parses URI query values as JSON, so quote "
            "it there (version=%%221.10%%22) or use the JSON form if the version has trailing zeros.",
            conn_id,
            version,
        )

    allow_insecure = _as_bool(extra("allow_insecure_http"), "allow_insecure_http", problem)
    try:
        base_url = build_base_url(conn.host, conn.port, allow_insecure_http=allow_insecure)
    except PaySecureConfigError as exc:
        raise problem(str(exc)) from None
    return PaySecureSettings(
        conn_id=conn_id,
        base_url=base_url,
        credentials=Credentials(
            merchant_id=str(extra("merchant_id")).strip(),
            user_name=str(conn.login).strip(),
            password=RedactedStr(conn.password),
            version=str(version).strip(),
        ),
        session_expiry_in_min=_expiry(extra("session_expiry_in_min"), problem),
        timeouts=Timeouts(
            connect=_positive(extra("connect_timeout"), "connect_timeout", problem) or DEFAULT_CONNECT_TIMEOUT,
            read=_positive(extra("timeout"), "timeout", problem) or DEFAULT_READ_TIMEOUT,
        ),
        verify=_verify(extra("verify"), problem),
        proxies=_proxies(extra("proxies"), problem),
        max_response_bytes=_max_response_bytes(extra("max_response_bytes"), problem),
        retry_safe_operations=_operations(extra("retry_safe_operations"), problem),
        session_expired_error_codes=_error_codes(extra("session_expired_error_codes"), problem),
    )


def validate_expiry(value: Any, where: str = "session_expiry_in_min") -> float | None:
    """Check a requested session lifetime in minutes.

    :param value: a positive number, a numeric string, or ``None``.
    :param where: the name to use in the error message.
    :raises ValueError: for zero, a negative number, or a non-number.
    """
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError(f"{where} must be a positive number of minutes, got {value!r}")
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{where} must be a positive number of minutes, got {value!r}") from None
    if not number > 0 or number == float("inf"):
        raise ValueError(f"{where} must be a positive number of minutes, got {value!r}")
    return number


def validate_error_codes(value: Any, where: str = "session_expired_error_codes") -> tuple[str, ...]:
    """Check a list of API ``ErrorCode`` values.

    :param value: a list of non-empty strings, one comma-separated string (how a
        connection form or URI stores it), a JSON list in a string, or ``None``.
    :param where: the name to use in the error message.
    :return: the codes, stripped, duplicates removed, in the order given.
    :raises ValueError: for anything else, e.g. a number or an empty code in a list.
    """
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("["):
            try:
                value = json.loads(text)
            except ValueError:
                raise ValueError(f"{where} must be a list of ErrorCode strings, got {value!r}") from None
        else:
            value = [part for part in text.split(",") if part.strip()]
    if not isinstance(value, (list, tuple)) or not all(isinstance(code, str) and code.strip() for code in value):
        raise ValueError(f"{where} must be a list of ErrorCode strings, got {value!r}")
    return tuple(dict.fromkeys(code.strip() for code in value))


def is_loopback(hostname: str) -> bool:
    """Whether ``hostname`` is ``localhost`` or a loopback address.

    :param hostname: a host name or IP literal, without port or brackets.
    """
    if hostname.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(hostname).is_loopback
    except ValueError:
        return False


# The parts a PaySecure base URL may have. Anything else (user info, backslashes,
# whitespace, control characters, percent-escapes, a query or a fragment) is refused,
# and the URL is rebuilt from these parts, so what was checked is what is used.
_SCHEME_RE = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*)://")
_HOST_PORT_RE = re.compile(r"(?P<host>\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9_.-]+)(?::(?P<port>[0-9]{1,5}))?\Z")
_PATH_RE = re.compile(r"(?:/(?!\.\.?(?:/|\Z))[A-Za-z0-9._~-]+)*\Z")
_FORBIDDEN_RE = re.compile(r"[\x00-\x20\x7f-\x9f\\\s]")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def build_base_url(host: str | None, port: int | None = None, *, allow_insecure_http: bool = False) -> str:
    """Validate a connection's host and port and build the base URL from the parts.

    The host is a host name, an IP literal (IPv6 in brackets), or an ``http(s)``
    URL with an optional port and path prefix. The URL is rebuilt from the
    validated scheme, host, port and path, and then parsed again by
    ``urllib.parse``, urllib3 (used by ``requests``) and httpx: if any of them
    would connect to another host or port, the host is refused. Plain ``http`` is
    allowed to loopback hosts only, unless ``allow_insecure_http`` is set.

    :param host: the connection's host field (``None`` or blank for the default host).
    :param port: the connection's port field, or ``None``.
    :param allow_insecure_http: allow plain ``http://`` to a non-loopback host.
    :return: ``scheme://host[:port][/prefix]``, without a trailing slash.
    :raises PaySecureConfigError: for user info (``user:password@``), backslashes,
        whitespace or control characters, a scheme other than http(s), a
        malformed host, port or path, a query or fragment, a port that
        contradicts the one in the host, a host the HTTP libraries disagree on,
        or plain http to a non-loopback host. The message never quotes user info.
    """
    raw = str(host or "").strip(" \t\r\n") or DEFAULT_HOST
    if _FORBIDDEN_RE.search(raw):
        raise PaySecureConfigError(
            "host must not contain whitespace, control characters or backslashes "
            "(write it as a host name or an http(s) URL)"
        )
    scheme_match = _SCHEME_RE.match(raw)
    scheme = scheme_match.group(1).lower() if scheme_match else "https"
    rest = raw[scheme_match.end() :] if scheme_match else raw
    if scheme not in _DEFAULT_PORTS:
        raise PaySecureConfigError(f"host must be a host name or an http(s) URL, got scheme {scheme[:20]!r}")
    authority, _, path = rest.partition("/")
    if "@" in authority:
        raise PaySecureConfigError(
            "host must not contain user info (user:password@); put the user name and the "
            "password in the connection's login and password fields"
        )
    if "?" in rest or "#" in rest:
        raise PaySecureConfigError("host must not contain a query (?) or a fragment (#)")
    host_port = _HOST_PORT_RE.match(authority)
    if host_port is None:
        raise PaySecureConfigError(
            "host must be a host name (letters, digits, '-', '_', '.'), an IPv4 address or an IPv6 "
            "address in brackets, with an optional :port"
        )
    hostname = host_port.group("host").lower()
    if hostname.startswith("["):
        try:
            ipaddress.IPv6Address(hostname[1:-1])
        except ValueError:
            raise PaySecureConfigError("host has a malformed IPv6 address in brackets") from None
    elif not hostname.strip("."):
        raise PaySecureConfigError("host has no host name")
    prefix = ("/" + path).rstrip("/")
    if not _PATH_RE.match(prefix):
        raise PaySecureConfigError(
            "the path prefix in host may only have letters, digits and - . _ ~ between single slashes "
            "(and no . or .. segment)"
        )
    url_port = int(host_port.group("port")) if host_port.group("port") else None
    if port is not None and port != "":
        try:
            port = int(port)
        except (TypeError, ValueError):
            raise PaySecureConfigError("port must be a whole number from 1 to 65535") from None
    if url_port is not None and port and url_port != port:
        raise PaySecureConfigError(f"port {port} contradicts the port {url_port} in host")
    final_port = url_port if url_port is not None else (port or None)
    if final_port is not None and not 1 <= final_port <= 65535:
        raise PaySecureConfigError("port must be a whole number from 1 to 65535")
    bare = hostname[1:-1] if hostname.startswith("[") else hostname
    if scheme == "http" and not allow_insecure_http and not is_loopback(bare):
        raise PaySecureConfigError(
            f"refusing plain http:// to non-loopback host {bare!r}: "
            "credentials would cross the network unencrypted. Use https, or set "
            'extra "allow_insecure_http": true if you really mean it.'
        )
    url = f"{scheme}://{hostname}{'' if final_port is None else f':{final_port}'}{prefix}"
    _check_parsers_agree(url, bare, final_port or _DEFAULT_PORTS[scheme])
    return url


def _check_parsers_agree(url: str, host: str, port: int) -> None:
    """Refuse ``url`` unless urllib, urllib3 and httpx all read ``host`` and ``port`` from it."""
    import httpx
    import urllib3

    def read_urllib() -> tuple[str | None, int | None]:
        parts = urlsplit(url)
        return parts.hostname, parts.port

    def read_urllib3() -> tuple[str | None, int | None]:
        parts = urllib3.util.parse_url(url)
        return parts.host, parts.port

    def read_httpx() -> tuple[str | None, int | None]:
        parts = httpx.URL(url)
        return parts.host, parts.port

    default = _DEFAULT_PORTS[url.split(":", 1)[0]]
    for name, read in (("urllib.parse", read_urllib), ("urllib3", read_urllib3), ("httpx", read_httpx)):
        try:
            seen_host, seen_port = read()
            agree = seen_host is not None and seen_host.lower().strip("[]") == host and (seen_port or default) == port
        except Exception:  # any parser failure means "not the host we validated"
            agree = False
        if not agree:
            raise PaySecureConfigError(f"host is read differently by {name}; write it as a plain host name or URL")


def _max_response_bytes(value: Any, problem: Any) -> int:
    if value is None:
        return DEFAULT_MAX_RESPONSE_BYTES
    text = str(value).strip()
    if isinstance(value, bool) or not text.isdecimal() or not 1024 <= int(text) <= MAX_RESPONSE_BYTES_LIMIT:
        raise problem(
            f"extra max_response_bytes must be a whole number of bytes from 1024 to {MAX_RESPONSE_BYTES_LIMIT}, "
            f"got {value!r}"
        )
    return int(text)


def _operations(value: Any, problem: Any) -> frozenset[str]:
    if value is None:
        return frozenset()
    if isinstance(value, str):
        try:
            value = json.loads(value) if value.strip().startswith("[") else value.split(",")
        except ValueError:
            value = None
    names = [str(v).strip() for v in value] if isinstance(value, list) else None
    if names is None or not all(_OPERATION_RE.match(name) for name in names if name):
        raise problem(
            'extra retry_safe_operations must be a list of operation names like ["PSBINCheck"] '
            f"or a comma-separated string, got {value!r}"
        )
    return frozenset(name for name in names if name)


def _expiry(value: Any, problem: Any) -> float | None:
    try:
        return validate_expiry(value, "extra session_expiry_in_min")
    except ValueError as exc:
        raise problem(str(exc)) from None


def _error_codes(value: Any, problem: Any) -> tuple[str, ...]:
    try:
        return validate_error_codes(value, "extra session_expired_error_codes")
    except ValueError as exc:
        raise problem(str(exc)) from None


def _positive(value: Any, name: str, problem: Any) -> float | None:
    if value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = -1.0
    if isinstance(value, bool) or not 0 < number < float("inf"):
        raise problem(f"extra {name} must be a positive number of seconds, got {value!r}")
    return number


def _as_bool(value: Any, name: str, problem: Any) -> bool:
    if value is None or isinstance(value, bool):
        return bool(value)
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise problem(f"extra {name} must be true or false, got {value!r}")


def _verify(value: Any, problem: Any) -> bool | str:
    if value is None or isinstance(value, bool):
        return True if value is None else value
    text = str(value).strip()
    if text.lower() in _TRUE | _FALSE:
        return text.lower() in _TRUE
    if not os.path.exists(text):  # a missing CA bundle would fail every TLS handshake
        raise problem(f"extra verify must be true, false or the path of a CA bundle file or directory, got {text!r}")
    return text


def _proxies(value: Any, problem: Any) -> dict[str, str] | None:
    if value is None or value == {}:  # extra() already turned "" into None
        return None
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            raise problem('extra proxies must be a JSON object like {"https": "http://proxy:3128"}') from None
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise problem('extra proxies must be a JSON object like {"https": "http://proxy:3128"}')
    for scheme, url in value.items():
        try:
            parts = urlsplit(url.strip())
            usable = parts.scheme in _PROXY_SCHEMES and bool(parts.hostname) and parts.port != 0
        except ValueError:  # e.g. a port that is not a number
            usable = False
        if not usable:  # the URL itself is not quoted: it may hold the proxy's password
            raise problem(f"extra proxies: the proxy for {str(scheme)[:20]!r} is not a URL like http://proxy:3128")
    return {str(k): v.strip() for k, v in value.items()}


__all__ = [
    "CONN_TYPE",
    "DEFAULT_CONN_ID",
    "PaySecureSettings",
    "Timeouts",
    "build_base_url",
    "is_loopback",
    "settings_from_connection",
    "validate_error_codes",
    "validate_expiry",
]
