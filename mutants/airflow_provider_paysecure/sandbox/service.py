"""The simulated PaySecure service: routing, validation, sessions, faults and stats.

Nothing here does I/O. :class:`SandboxService` turns one parsed HTTP request into
a :class:`Reply` plus a delay; :mod:`.server` puts it on the wire. Every method
that the owning thread and the event-loop thread both call takes ``self._lock``.

Sandbox error codes (returned as HTTP 200 with ``ErrorCode``/``ErrorMessage``,
the way PaySecure reports an operation failure). They are *sandbox* codes, not
real PaySecure codes, which are not published:

- ``SBX_UNKNOWN_MERCHANT``: no account with that ``MerchantId``.
- ``SBX_AUTH_FAILED``: wrong ``UserName`` or ``Password`` for the merchant.
- ``SBX_VERSION_MISMATCH``: the account pins a ``Version`` and the request sent another.
- ``SBX_SESSION_UNKNOWN``: the ``SessionId`` was not issued (to this merchant).
- ``SBX_SESSION_EXPIRED``: the session's ``SessionExpiryInMin`` (or the sandbox's
  ``session_lifetime_s``) has passed, or it was expired on demand.
- ``SBX_INVALID_CARD``, ``SBX_INVALID_EXPIRATION``, ``SBX_INVALID_BIN``: bad card data.
"""

from __future__ import annotations

import email.utils
import hashlib
import hmac
import json
import math
import random
import threading
import time
import uuid
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from http import HTTPStatus
from typing import Any

import pendulum

from airflow_provider_paysecure.sandbox.faults import RATE_FIELDS, Faults
from airflow_provider_paysecure.wire import STAGES, format_servicestack_date

JSON_CONTENT_TYPE = "application/json; charset=utf-8"
CSV_CONTENT_TYPE = "text/csv; charset=utf-8"
HTML_CONTENT_TYPE = "text/html; charset=utf-8"

#: The operations the sandbox simulates (canonical route names, used in stats).
OPERATIONS: tuple[str, ...] = ("CreateSession", "ClientTokenizeCard", "CreateCardToken", "PSBINCheck")

#: Outcome names used in :meth:`SandboxService.stats`.
OUTCOMES: tuple[str, ...] = (
    "ok",
    "api_error",
    "session_expired",
    "session_unknown",
    "bad_request",
    "not_found",
    "method_not_allowed",
    "unavailable",
    "fault_500",
    "fault_502",
    "fault_503",
    "fault_429",
    "fault_drop",
    "fault_stall",
    "fault_html",
    "fault_truncated",
    "internal_error",
)

ADMIN_PREFIX = "/__sandbox"
#: The key of the HTTP layer's counters in ``GET /__sandbox/stats`` (a request
#: target cannot contain a space, so no route is ever named like this).
HTTP_STATS_KEY = "http layer"
MAX_SESSIONS = 100_000
#: The request journal keeps the most recent operations (bounded memory).
MAX_JOURNAL = 100_000

_MODE_OUTCOME = {
    "503": "fault_503",
    "500": "fault_500",
    "502": "fault_502",
    "429": "fault_429",
    "drop": "fault_drop",
    "stall": "fault_stall",
    "html": "fault_html",
    "truncated": "fault_truncated",
}
_RATE_OUTCOME = {
    "drop_rate": "fault_drop",
    "stall_rate": "fault_stall",
    "rate_limit_rate": "fault_429",
    "error_rate": "fault_5xx",
    "html_error_rate": "fault_html",
    "truncated_json_rate": "fault_truncated",
}
_CREDENTIAL_FIELDS = ("MerchantId", "UserName", "Password", "Version")
#: API errors counted under an outcome of their own (every other ``ErrorCode`` is ``api_error``).
_API_ERROR_OUTCOMES = {"SBX_SESSION_EXPIRED": "session_expired", "SBX_SESSION_UNKNOWN": "session_unknown"}

# Which stages each operation records, writes as DateTime.MinValue, or leaves out.
# Every plan has at least one sentinel and one omitted stage.
_STAGE_PLANS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "CreateSession": (
        ("AppLayer", "DBInsert", "Network"),
        ("ParentLookup", "RetryLookup", "GetCardData", "CardTokenize"),
    ),
    "ClientTokenizeCard": (
        ("AppLayer", "CardEncrypt", "DBUpdate", "Network"),
        ("ParentLookup", "RetryLookup", "GetCardData"),
    ),
    "CreateCardToken": (
        ("AppLayer", "ParentLookup", "GetCardData", "CardTokenize", "DBInsert", "Network"),
        ("RetryLookup", "CardEncrypt", "BackendProcess"),
    ),
    "PSBINCheck": (("AppLayer", "ParentLookup", "Network"), ("RetryLookup", "BackendProcess")),
}
_ERROR_PLAN = (("AppLayer", "Network"), ("ParentLookup", "RetryLookup", "DBInsert"))
_SENTINEL = format_servicestack_date(None)

# Lower-cased path -> (operation, format). ServiceStack routes are case-insensitive.
_ROUTES: dict[str, tuple[str, str | None]] = {}
for _op in OPERATIONS:
    _ROUTES[f"/{_op}".lower()] = (_op, None)
    _ROUTES[f"/{_op}.json".lower()] = (_op, "json")
    _ROUTES[f"/{_op}.csv".lower()] = (_op, "csv")
    _ROUTES[f"/json/reply/{_op}Request".lower()] = (_op, "json")
    _ROUTES[f"/csv/reply/{_op}Request".lower()] = (_op, "csv")


@dataclass(frozen=True)
class SandboxAccount:
    """A merchant the sandbox accepts. The password never appears in ``repr()``.

    :param merchant_id: ``Credentials.MerchantId``.
    :param user_name: ``Credentials.UserName``.
    :param password: ``Credentials.Password``.
    :param version: the ``Credentials.Version`` required, or ``None`` to accept any.
    """

    merchant_id: str
    user_name: str
    password: str = field(repr=False)
    version: str | None = None

    def __post_init__(self) -> None:
        for name in ("merchant_id", "user_name", "password"):
            value = getattr(self, name)
            if not isinstance(value, str) or not value.strip():
                raise ValueError(f"SandboxAccount.{name} must be a non-empty string")
        if self.version is not None and (not isinstance(self.version, str) or not self.version.strip()):
            raise ValueError("SandboxAccount.version must be a non-empty string or None")

    @classmethod
    def parse(cls, spec: str) -> SandboxAccount:
        """Parse ``MERCHANT:USER:PASSWORD[:VERSION]`` (the CLI ``--account`` form).

        :param spec: the colon-separated account. A version may itself contain colons
            (everything after the third colon is the version).
        :raises ValueError: if a part is missing or empty.
        """
        parts = spec.split(":", 3)
        if len(parts) < 3:
            raise ValueError(f"expected MERCHANT:USER:PASSWORD[:VERSION], got {spec.split(':')[0]!r}:...")
        return cls(parts[0], parts[1], parts[2], parts[3] if len(parts) == 4 else None)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SandboxAccount:
        """Build from ``{"merchant_id", "user_name", "password", "version"?}``.

        :param data: the account fields (``version`` optional).
        :raises ValueError: for a missing, unknown or invalid field.
        """
        if not isinstance(data, Mapping):
            raise ValueError(f"an account must be an object, got {type(data).__name__}")
        unknown = sorted(set(data) - {"merchant_id", "user_name", "password", "version"})
        if unknown:
            raise ValueError(f"unknown account field(s): {', '.join(unknown)}")
        try:
            return cls(data["merchant_id"], data["user_name"], data["password"], data.get("version"))
        except KeyError as exc:
            raise ValueError(f"account is missing {exc.args[0]!r}") from None


#: The built-in account used when none is configured.
DEFAULT_ACCOUNT = SandboxAccount(
    merchant_id="SANDBOX-MERCHANT-001",
    user_name="sandbox-user",
    password="sandbox-password",  # noqa: S106 - a published sandbox credential
    version="v4",
)


@dataclass(slots=True)
class Reply:
    """One HTTP response to write.

    :param status: the HTTP status.
    :param body: the body bytes.
    :param content_type: the ``Content-Type`` header.
    :param headers: extra headers.
    :param action: ``"send"``, ``"drop"`` (close without a response) or ``"stall"``
        (send the head and half the body, then nothing).
    """

    status: int
    body: bytes = b""
    content_type: str = JSON_CONTENT_TYPE
    headers: tuple[tuple[str, str], ...] = ()
    action: str = "send"


@dataclass(slots=True)
class _Session:
    merchant_id: str
    expires_at: float  # time.monotonic()
    card: dict[str, str] | None = None
    uses_left: int | None = None  # operations it may still serve; None: no limit


class _BadRequest(Exception):
    def __init__(self, errors: list[dict[str, str]]) -> None:
        super().__init__(errors[0]["Message"])
        self.errors = errors


class _ApiError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@lru_cache(maxsize=4096)
def _date_at_ms(millis: int) -> str:
    seconds, rest = divmod(millis, 1000)
    instant = pendulum.from_timestamp(seconds, tz=pendulum.UTC).replace(microsecond=rest * 1000)
    return format_servicestack_date(instant)


def _dumps_servicestack(obj: Any) -> bytes:
    r"""JSON the way ServiceStack.Text writes it: compact, with ``\/`` escaped slashes."""
    return json.dumps(obj, separators=(",", ":")).replace("/", "\\/").encode()


def _dumps(obj: Any) -> bytes:
    return json.dumps(obj, separators=(",", ":")).encode()


def response_status(code: str, message: str, errors: list[dict[str, str]] | None = None) -> bytes:
    """A ServiceStack error body ``{"ResponseStatus": {...}}``.

    :param code: ``ResponseStatus.ErrorCode``.
    :param message: ``ResponseStatus.Message``.
    :param errors: per-field errors (``ErrorCode``, ``FieldName``, ``Message``).
    """
    status: dict[str, Any] = {"ErrorCode": code, "Message": message}
    if errors:
        status["Errors"] = errors
    return _dumps({"ResponseStatus": status})


def _field_error(code: str, name: str, message: str) -> dict[str, str]:
    return {"ErrorCode": code, "FieldName": name, "Message": message}


def _luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        digit = ord(ch) - 48
        if i % 2:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0


def bin_flags(bin_number: str) -> dict[str, bool]:
    """The sandbox's deterministic card-eligibility flags for a BIN.

    BINs starting with 4, 5 or 2 are eligible for everything; 6 only for
    ``PinlessBillPay``; anything else for nothing.

    :param bin_number: the BIN digits.
    """
    everything = bin_number[:1] in ("2", "4", "5")
    return {
        "InternetPinDebit": everything,
        "PinlessEcommerce": everything,
        "PinlessBillPay": everything or bin_number[:1] == "6",
        "Recurring": everything,
    }


class SandboxService:
    """The simulated service. Thread-safe: the event loop serves, other threads configure.

    :param accounts: the merchants accepted (``MerchantId`` must be unique).
    :param faults: initial fault settings.
    :param default_expiry_min: session lifetime when ``SessionExpiryInMin`` is absent.
    :param session_lifetime_s: if set, every new session lives this many seconds,
        whatever ``SessionExpiryInMin`` asked for (to test expiry in seconds).
    :param session_max_uses: if set, every new session serves this many operations
        and then answers ``SBX_SESSION_EXPIRED`` (to expire a session in the middle
        of a task, deterministically).
    """

    def __init__(
        self,
        accounts: Iterable[SandboxAccount],
        faults: Faults | None = None,
        default_expiry_min: float = 20.0,
        session_lifetime_s: float | None = None,
        session_max_uses: int | None = None,
    ) -> None:
        if isinstance(default_expiry_min, bool) or not default_expiry_min > 0:
            raise ValueError("default_expiry_min must be a positive number")
        self.accounts: dict[str, SandboxAccount] = {}
        for account in accounts:
            if account.merchant_id in self.accounts:
                raise ValueError(f"duplicate sandbox merchant_id {account.merchant_id!r}")
            self.accounts[account.merchant_id] = account
        if not self.accounts:
            raise ValueError("the sandbox needs at least one account")
        self.default_expiry_min = float(default_expiry_min)
        self._lock = threading.Lock()
        self._rng = random.Random()
        self._faults = Faults()
        self._fail_first_left = 0
        self._unavailable_until = 0.0
        self._stats: dict[str, dict[str, int]] = {}
        self._http_stats: dict[str, int] = {}
        self._sessions: dict[str, _Session] = {}
        self._journal: deque[dict[str, Any]] = deque(maxlen=MAX_JOURNAL)
        self._merchant_stats: dict[str, dict[str, dict[str, int]]] = {}
        self._expired_on_demand = 0
        self.session_lifetime_s: float | None = None
        self.session_max_uses: int | None = None
        self.set_session_lifetime(session_lifetime_s)
        self.set_session_max_uses(session_max_uses)
        self._started = time.monotonic()
        self._date_second = -1
        self._date_header = ""
        self.set_faults(faults or Faults())

    # ------------------------------------------------------------------ configuration

    @property
    def faults(self) -> Faults:
        """The current fault settings."""
        return self._faults

    def set_faults(self, faults: Faults | None = None, **changes: Any) -> Faults:
        """Replace the faults (``faults`` given) or update fields of the current ones.

        Setting ``fail_first`` re-arms the failure counter, setting
        ``unavailable_for_s`` restarts the window from now, and setting ``seed``
        re-seeds the random generator. Replacing sets all three.

        :param faults: new settings, or ``None`` to update the current ones.
        :param changes: fields to change (applied on top of ``faults`` if given).
        :return: the settings now in force.
        :raises ValueError: for an unknown field or invalid value.
        """
        with self._lock:
            base = faults if faults is not None else self._faults
            new = base.replace(**changes) if changes else base
            touched = set(changes) if faults is None else {"fail_first", "unavailable_for_s", "seed"}
            self._faults = new
            if "fail_first" in touched:
                self._fail_first_left = new.fail_first
            if "unavailable_for_s" in touched:
                self._unavailable_until = time.monotonic() + new.unavailable_for_s if new.unavailable_for_s > 0 else 0.0
            if "seed" in touched and new.seed is not None:
                self._rng.seed(new.seed)
            return new

    def clear_faults(self) -> None:
        """Remove every fault (a fresh :class:`Faults`)."""
        self.set_faults(Faults())

    @property
    def fail_first_remaining(self) -> int:
        """How many ``fail_first`` failures are still to come."""
        return self._fail_first_left

    def stats(self) -> dict[str, dict[str, int]]:
        """A copy of ``{route: {outcome: count}}``."""
        with self._lock:
            return {route: dict(outcomes) for route, outcomes in self._stats.items()}

    def count(self, route: str, outcome: str | None = None) -> int:
        """Requests received on ``route``: all of them, or those with one outcome.

        :param route: the operation name, e.g. ``CreateSession``.
        :param outcome: one of :data:`OUTCOMES`, or ``None`` for the total.
        """
        with self._lock:
            outcomes = self._stats.get(route, {})
            return sum(outcomes.values()) if outcome is None else outcomes.get(outcome, 0)

    def reset_stats(self) -> None:
        """Forget all counts (per route, per merchant and the HTTP layer's)."""
        with self._lock:
            self._stats.clear()
            self._merchant_stats.clear()
            self._http_stats.clear()

    def record_http(self, outcome: str) -> None:
        """Count one event of the HTTP layer (a limit or timeout that answered or closed).

        :param outcome: one of :data:`.limits.HTTP_OUTCOMES`.
        """
        with self._lock:
            self._http_stats[outcome] = self._http_stats.get(outcome, 0) + 1

    def http_stats(self) -> dict[str, int]:
        """A copy of the HTTP layer's counters, ``{outcome: count}`` (only those that happened)."""
        with self._lock:
            return dict(self._http_stats)

    def journal(self) -> list[dict[str, Any]]:
        """A copy of the request journal, oldest first: one entry per operation request received.

        Each entry holds ``time`` (epoch seconds), ``operation``, ``outcome``, ``session_id``
        (the request's ``SessionId`` or ``None``) and ``digest``: the SHA-256 of the request
        body without ``Credentials`` (equal bodies give equal digests; no secret is kept).
        """
        with self._lock:
            return list(self._journal)

    def clear_journal(self) -> None:
        """Forget the journal."""
        with self._lock:
            self._journal.clear()

    def _log_request(self, op: str, body: bytes, outcome: str, received: float) -> None:
        try:
            dto = json.loads(body) if body.strip() else {}
        except (ValueError, UnicodeDecodeError):
            dto = None
        if isinstance(dto, dict):
            dto = {k: v for k, v in dto.items() if k != "Credentials"}
            session_id = dto.get("SessionId") if isinstance(dto.get("SessionId"), str) else None
            digest = hashlib.sha256(json.dumps(dto, sort_keys=True).encode()).hexdigest()
        else:
            session_id, digest = None, hashlib.sha256(body).hexdigest()
        entry = {"time": received, "operation": op, "outcome": outcome, "session_id": session_id, "digest": digest}
        with self._lock:
            self._journal.append(entry)

    def merchant_stats(self) -> dict[str, dict[str, dict[str, int]]]:
        """A copy of ``{merchant_id: {route: {outcome: count}}}``.

        Counts the requests that reached an operation with a known merchant (its
        ``Credentials.MerchantId``, or for ``ClientTokenizeCard`` the session's
        merchant). Injected faults are answered before that, so only :meth:`stats` counts them.
        """
        with self._lock:
            return {
                merchant: {route: dict(outcomes) for route, outcomes in routes.items()}
                for merchant, routes in self._merchant_stats.items()
            }

    def expire_session(self, session_id: str) -> None:
        """Make a session expired now.

        :param session_id: a ``SessionId`` the sandbox issued.
        :raises KeyError: if the sandbox never issued it.
        """
        self.set_session_expiry(session_id, 0.0)

    def set_session_expiry(self, session_id: str, seconds_left: float) -> None:
        """Make a session expire ``seconds_left`` seconds from now (``0`` expires it now).

        :param session_id: a ``SessionId`` the sandbox issued.
        :param seconds_left: the remaining lifetime, a finite number >= 0.
        :raises KeyError: if the sandbox never issued it.
        :raises ValueError: for a negative or non-finite ``seconds_left``.
        """
        seconds = _seconds(seconds_left, "seconds_left")
        with self._lock:
            session = self._sessions[session_id]
            if seconds == 0.0:
                session.expires_at = -math.inf
                self._expired_on_demand += 1
            else:
                session.expires_at = time.monotonic() + seconds

    def expire_sessions(self, merchant_id: str | None = None) -> int:
        """Expire every live session now, or every live session of one merchant.

        :param merchant_id: only this merchant's sessions; ``None`` for all.
        :return: how many sessions were expired.
        """
        now = time.monotonic()
        with self._lock:
            live = [
                s
                for s in self._sessions.values()
                if s.expires_at > now and (merchant_id is None or s.merchant_id == merchant_id)
            ]
            for session in live:
                session.expires_at = -math.inf
            self._expired_on_demand += len(live)
            return len(live)

    def set_session_lifetime(self, seconds: float | None) -> None:
        """Give every session created from now on a lifetime of ``seconds`` (``None``: as requested).

        :param seconds: a positive number of seconds, or ``None`` to honour
            ``SessionExpiryInMin`` (and ``default_expiry_min``) again.
        :raises ValueError: for zero, a negative or a non-finite number.
        """
        value = None if seconds is None else _seconds(seconds, "session_lifetime_s")
        if value == 0.0:
            raise ValueError("session_lifetime_s must be a positive number of seconds, or None")
        with self._lock:
            self.session_lifetime_s = value

    def set_session_max_uses(self, uses: int | None) -> None:
        """Let every session created from now on serve ``uses`` operations, then expire.

        :param uses: a number of operations >= 0, or ``None`` for no limit.
        :raises ValueError: for a negative number or a non-integer.
        """
        if uses is not None and (isinstance(uses, bool) or not isinstance(uses, int) or uses < 0):
            raise ValueError(f"session_max_uses must be an integer >= 0, or None, got {uses!r}")
        with self._lock:
            self.session_max_uses = uses

    def sessions_info(self) -> dict[str, Any]:
        """What ``GET /__sandbox/sessions`` returns: lifetime setting and session counts."""
        now = time.monotonic()
        with self._lock:
            by_merchant: dict[str, dict[str, int]] = {}
            for session in self._sessions.values():
                counts = by_merchant.setdefault(session.merchant_id, {"live": 0, "expired": 0})
                counts["live" if session.expires_at > now else "expired"] += 1
            return {
                "session_lifetime_s": self.session_lifetime_s,
                "session_max_uses": self.session_max_uses,
                "issued": len(self._sessions),
                "live": sum(c["live"] for c in by_merchant.values()),
                "expired_on_demand": self._expired_on_demand,
                "by_merchant": by_merchant,
            }

    def _record(self, route: str, outcome: str, merchant_id: str | None = None) -> None:
        with self._lock:
            outcomes = self._stats.get(route)
            if outcomes is None:
                outcomes = self._stats[route] = {}
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
            if merchant_id is not None:
                per_route = self._merchant_stats.setdefault(merchant_id, {}).setdefault(route, {})
                per_route[outcome] = per_route.get(outcome, 0) + 1

    def http_date(self) -> str:
        """The ``Date`` header value, recomputed at most once a second."""
        now = int(time.time())
        if now != self._date_second:
            self._date_header = email.utils.formatdate(now, usegmt=True)
            self._date_second = now
        return self._date_header

    # ------------------------------------------------------------------ dispatch

    def handle(self, method: str, target: str, headers: Mapping[str, str], body: bytes) -> tuple[Reply, float]:
        """Answer one request.

        :param method: the HTTP method.
        :param target: the request target (path and optional query).
        :param headers: request headers with lower-cased names.
        :param body: the request body.
        :return: the reply and the delay (seconds) before sending it.
        """
        received = time.time()
        path, _, query = target.partition("?")
        if path == ADMIN_PREFIX or path.startswith(ADMIN_PREFIX + "/"):
            return self._admin(method, path[len(ADMIN_PREFIX) :], body), 0.0
        key = path.lower()
        if len(key) > 1 and key.endswith("/"):
            key = key[:-1]
        route = _ROUTES.get(key)
        if route is None:
            name = path.lstrip("/")[:100] or "/"
            self._record(name, "not_found")
            return Reply(404, response_status("NotFound", f"Handler for Request not found: {method} {path}")), 0.0
        op, fmt = route
        if method != "POST":
            self._record(op, "method_not_allowed")
            return Reply(
                405,
                response_status("NotImplementedException", f"The operation '{op}' only accepts POST, not {method}"),
                headers=(("Allow", "POST"),),
            ), 0.0
        fault, delay, csv_label = self._decide(op)
        wants_csv = (
            csv_label or fmt == "csv" or "format=csv" in query or headers.get("accept", "").startswith("text/csv")
        )
        content_type = CSV_CONTENT_TYPE if wants_csv else JSON_CONTENT_TYPE
        if fault is not None and fault not in ("fault_stall", "fault_truncated"):
            self._record(op, fault)
            self._log_request(op, body, fault, received)
            return self._fault_reply(fault, content_type), delay
        try:
            reply, outcome, merchant_id = self._operation(op, body, received, delay)
        except Exception:
            self._record(op, "internal_error")  # a sandbox bug; the server answers 500
            raise
        if reply.content_type == JSON_CONTENT_TYPE:
            reply.content_type = content_type
        if fault == "fault_truncated":
            reply.body = reply.body[: len(reply.body) // 2]
        elif fault == "fault_stall":
            reply.action = "stall"
        self._record(op, fault or outcome, merchant_id)
        self._log_request(op, body, fault or outcome, received)
        return reply, delay

    def _decide(self, op: str) -> tuple[str | None, float, bool]:
        """Pick the fault (an outcome name, or ``None``), the delay and the CSV label."""
        with self._lock:
            f = self._faults
            if f.routes is not None and op not in f.routes:
                return None, 0.0, False
            delay = f.latency_s
            if f.latency_jitter_s:
                delay += self._rng.uniform(0.0, f.latency_jitter_s)
            if self._unavailable_until:
                if time.monotonic() < self._unavailable_until:
                    return "unavailable", delay, f.csv_label
                self._unavailable_until = 0.0
            if self._fail_first_left > 0:
                self._fail_first_left -= 1
                return _MODE_OUTCOME[f.fail_first_mode], delay, f.csv_label
            fault: str | None = None
            if (
                f.error_rate
                or f.rate_limit_rate
                or f.drop_rate
                or f.stall_rate
                or f.html_error_rate
                or f.truncated_json_rate
            ):
                draw = self._rng.random()
                for name in RATE_FIELDS:
                    rate = getattr(f, name)
                    if draw < rate:
                        fault = _RATE_OUTCOME[name]
                        if fault == "fault_5xx":
                            fault = f"fault_{self._rng.choice(f.error_statuses)}"
                        break
                    draw -= rate
            return fault, delay, f.csv_label

    def _fault_reply(self, fault: str, content_type: str) -> Reply:
        f = self._faults
        if fault == "fault_drop":
            return Reply(0, action="drop")
        if fault == "unavailable":
            return Reply(
                503,
                response_status("ServiceUnavailable", "The sandbox is unavailable (unavailable_for_s fault)"),
                headers=(("Retry-After", "1"),),
            )
        if fault == "fault_429":
            return Reply(
                429,
                response_status("TooManyRequests", "Rate limit exceeded (sandbox fault)"),
                headers=(("Retry-After", str(f.retry_after_s)),),
            )
        if fault == "fault_html":
            status = f.html_error_status
            title = f"{status} {_reason(status)}"
            page = (
                f"<!DOCTYPE html>\n<html><head><title>{title}</title></head>"
                f"<body><h1>{title}</h1><p>paysecure-sandbox injected fault</p></body></html>\n"
            )
            return Reply(status, page.encode(), HTML_CONTENT_TYPE)
        status = int(fault.rsplit("_", 1)[1])
        return Reply(
            status,
            response_status("SandboxInjectedFault", f"Injected fault: HTTP {status} {_reason(status)}"),
            content_type,
        )

    # ------------------------------------------------------------------ operations

    def _operation(self, op: str, body: bytes, received: float, delay: float) -> tuple[Reply, str, str | None]:
        try:
            dto = json.loads(body) if body.strip() else {}
        except (ValueError, UnicodeDecodeError) as exc:
            return (
                Reply(400, response_status("SerializationException", f"Could not deserialize the request body: {exc}")),
                "bad_request",
                None,
            )
        if not isinstance(dto, dict):
            return (
                Reply(
                    400,
                    response_status(
                        "SerializationException", f"The request body must be a JSON object, got {type(dto).__name__}"
                    ),
                ),
                "bad_request",
                None,
            )
        handler = getattr(self, f"_op_{op}")
        plan = _STAGE_PLANS[op]
        merchant_id = self._merchant_of(dto)
        try:
            result: dict[str, Any] = handler(dto)
            outcome = "ok"
        except _BadRequest as exc:
            first = exc.errors[0]["Message"]
            more = f" (and {len(exc.errors) - 1} more)" if len(exc.errors) > 1 else ""
            return (
                Reply(400, response_status("ValidationException", f"Validation failed: {first}{more}", exc.errors)),
                "bad_request",
                merchant_id,
            )
        except _ApiError as exc:
            result = {"ErrorCode": exc.code, "ErrorMessage": exc.message}
            plan = _ERROR_PLAN
            outcome = _API_ERROR_OUTCOMES.get(exc.code, "api_error")
        result["Timestamps"] = _timestamps(plan, received, received + delay + 0.0005)
        return Reply(200, _dumps_servicestack(result)), outcome, merchant_id

    def _merchant_of(self, dto: Mapping[str, Any]) -> str | None:
        """The configured merchant a request is for (per-merchant stats), or ``None``."""
        creds = dto.get("Credentials")
        merchant = creds.get("MerchantId") if isinstance(creds, dict) else None
        if isinstance(merchant, str) and merchant in self.accounts:
            return merchant
        session_id = dto.get("SessionId")
        if creds is None and isinstance(session_id, str):
            with self._lock:
                session = self._sessions.get(session_id.strip())
            return session.merchant_id if session is not None else None
        return None

    def _authenticate(self, dto: Mapping[str, Any], errors: list[dict[str, str]]) -> SandboxAccount | None:
        """Validate ``Credentials`` (adding field errors) and, if valid so far, check them."""
        creds = dto.get("Credentials")
        if creds is None:
            errors.append(_field_error("NotNull", "Credentials", "'Credentials' must not be empty."))
            return None
        if not isinstance(creds, dict):
            errors.append(_field_error("Type", "Credentials", "'Credentials' must be an object."))
            return None
        for name in _CREDENTIAL_FIELDS:
            value = creds.get(name)
            if value is None or (isinstance(value, str) and not value.strip()):
                errors.append(_field_error("NotEmpty", f"Credentials.{name}", f"'{name}' must not be empty."))
            elif not isinstance(value, str):
                errors.append(_field_error("Type", f"Credentials.{name}", f"'{name}' must be a string."))
        if errors:
            return None
        return self.accounts.get(creds["MerchantId"]) or _MISSING_ACCOUNT

    def _check_account(self, dto: Mapping[str, Any], account: SandboxAccount | None) -> SandboxAccount:
        creds = dto["Credentials"]
        if account is None or account is _MISSING_ACCOUNT:
            raise _ApiError(
                "SBX_UNKNOWN_MERCHANT", f"Merchant '{creds['MerchantId']}' is not configured in the sandbox."
            )
        user_ok = hmac.compare_digest(creds["UserName"].encode(), account.user_name.encode())
        password_ok = hmac.compare_digest(creds["Password"].encode(), account.password.encode())
        if not (user_ok and password_ok):
            raise _ApiError("SBX_AUTH_FAILED", "Invalid user name or password for this merchant.")
        if account.version is not None and creds["Version"] != account.version:
            raise _ApiError(
                "SBX_VERSION_MISMATCH",
                f"Version '{creds['Version']}' is not the version this merchant is certified on.",
            )
        return account

    @staticmethod
    def _require_string(dto: Mapping[str, Any], name: str, errors: list[dict[str, str]]) -> str:
        value = dto.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            errors.append(_field_error("NotEmpty", name, f"'{name}' must not be empty."))
            return ""
        if not isinstance(value, str):
            errors.append(_field_error("Type", name, f"'{name}' must be a string."))
            return ""
        return value.strip()

    def _session(self, session_id: str, merchant_id: str | None) -> _Session:
        with self._lock:
            session = self._sessions.get(session_id)
        if session is None or (merchant_id is not None and session.merchant_id != merchant_id):
            raise _ApiError("SBX_SESSION_UNKNOWN", "The session is unknown to the sandbox.")
        with self._lock:
            expired = time.monotonic() >= session.expires_at or session.uses_left == 0
            if not expired and session.uses_left is not None:
                session.uses_left -= 1
        if expired:
            raise _ApiError("SBX_SESSION_EXPIRED", "The session has expired.")
        return session

    def _op_CreateSession(self, dto: Mapping[str, Any]) -> dict[str, Any]:
        errors: list[dict[str, str]] = []
        account = self._authenticate(dto, errors)
        expiry = dto.get("SessionExpiryInMin")
        if expiry is not None:
            if isinstance(expiry, bool) or not isinstance(expiry, (int, float)):
                errors.append(_field_error("Type", "SessionExpiryInMin", "'SessionExpiryInMin' must be a number."))
            elif not math.isfinite(expiry) or expiry <= 0:
                errors.append(
                    _field_error("GreaterThan", "SessionExpiryInMin", "'SessionExpiryInMin' must be greater than '0'.")
                )
        if errors:
            raise _BadRequest(errors)
        account = self._check_account(dto, account)
        minutes = float(expiry) if expiry is not None else self.default_expiry_min
        session_id = uuid.uuid4().hex
        with self._lock:
            lifetime = self.session_lifetime_s if self.session_lifetime_s is not None else minutes * 60.0
            if len(self._sessions) >= MAX_SESSIONS:
                self._evict_sessions()
            self._sessions[session_id] = _Session(
                account.merchant_id, time.monotonic() + lifetime, uses_left=self.session_max_uses
            )
        return {"SessionId": session_id}

    def _evict_sessions(self) -> None:
        now = time.monotonic()
        for sid in [sid for sid, s in self._sessions.items() if s.expires_at <= now]:
            del self._sessions[sid]
        while len(self._sessions) >= MAX_SESSIONS:
            del self._sessions[next(iter(self._sessions))]

    def _op_ClientTokenizeCard(self, dto: Mapping[str, Any]) -> dict[str, Any]:
        errors: list[dict[str, str]] = []
        session_id = self._require_string(dto, "SessionId", errors)
        number = self._require_string(dto, "CardNumber", errors)
        expiration = self._require_string(dto, "Expiration", errors)
        if errors:
            raise _BadRequest(errors)
        session = self._session(session_id, None)
        number = number.replace(" ", "").replace("-", "")
        if not (number.isdigit() and 12 <= len(number) <= 19 and _luhn_ok(number)):
            raise _ApiError("SBX_INVALID_CARD", "The card number is not valid.")
        exp = expiration.replace("/", "")
        if not (len(exp) == 4 and exp.isdigit() and 1 <= int(exp[:2]) <= 12):
            raise _ApiError("SBX_INVALID_EXPIRATION", "Expiration must be MMYY.")
        avs = dto.get("AVS")
        session.card = {"number": number, "expiration": exp, "zip": str(avs) if avs else ""}
        return {}

    def _op_CreateCardToken(self, dto: Mapping[str, Any]) -> dict[str, Any]:
        errors: list[dict[str, str]] = []
        account = self._authenticate(dto, errors)
        session_id = self._require_string(dto, "SessionId", errors)
        verify = dto.get("VerifyCard")
        if verify is not None and not isinstance(verify, bool):
            errors.append(_field_error("Type", "VerifyCard", "'VerifyCard' must be a boolean."))
        if errors:
            raise _BadRequest(errors)
        account = self._check_account(dto, account)
        session = self._session(session_id, account.merchant_id)
        card = session.card or {"number": "4111111111111111", "expiration": "1230", "zip": "12345"}
        declined = bool(verify) and card["number"].endswith("0002")
        return {
            "CardToken": "SBXTOK" + uuid.uuid4().hex[:20].upper(),
            "CardZip": card["zip"],
            "CardLast4": card["number"][-4:],
            "CardExpiration": card["expiration"],
            "CVN": "M" if verify else "U",
            "AVS": "Y" if verify else "U",
            "BINResults": bin_flags(card["number"][:6]),
            "ResponseCode": "05" if declined else "00",
        }

    def _op_PSBINCheck(self, dto: Mapping[str, Any]) -> dict[str, Any]:
        errors: list[dict[str, str]] = []
        account = self._authenticate(dto, errors)
        bin_number = self._require_string(dto, "BIN", errors)
        if errors:
            raise _BadRequest(errors)
        self._check_account(dto, account)
        if not (bin_number.isdigit() and 6 <= len(bin_number) <= 8):
            raise _ApiError("SBX_INVALID_BIN", "BIN must be 6 to 8 digits.")
        return {"BIN": bin_number, **bin_flags(bin_number)}

    # ------------------------------------------------------------------ admin API

    def _admin(self, method: str, sub: str, body: bytes) -> Reply:
        allowed: dict[str, tuple[str, ...]] = {
            "/faults": ("GET", "PUT", "PATCH", "DELETE"),
            "/stats": ("GET", "DELETE"),
            "/health": ("GET",),
            "/journal": ("GET", "DELETE"),
        }
        parts = sub.strip("/").split("/")
        if parts[0] == "sessions" and len(parts) <= 2:
            return self._admin_sessions(method, parts[1] if len(parts) == 2 else None, body)
        if sub == "/stats/merchants":
            if method != "GET":
                return Reply(
                    405, response_status("MethodNotAllowed", f"Use GET, not {method}"), headers=(("Allow", "GET"),)
                )
            return Reply(200, _dumps(self.merchant_stats()))
        if len(parts) == 3 and parts[0] == "sessions" and parts[2] == "expire":
            if method != "POST":
                return Reply(
                    405, response_status("MethodNotAllowed", f"Use POST, not {method}"), headers=(("Allow", "POST"),)
                )
            try:
                self.expire_session(parts[1])
            except KeyError:
                return Reply(404, response_status("NotFound", "No such session"))
            return Reply(200, _dumps({"expired": True}))
        if sub not in allowed:
            return Reply(404, response_status("NotFound", f"No sandbox admin endpoint {ADMIN_PREFIX}{sub}"))
        if method not in allowed[sub]:
            return Reply(
                405,
                response_status("MethodNotAllowed", f"{ADMIN_PREFIX}{sub} does not accept {method}"),
                headers=(("Allow", ", ".join(allowed[sub])),),
            )
        if sub == "/health":
            return Reply(200, _dumps(self.health()))
        if sub == "/journal":
            if method == "DELETE":
                self.clear_journal()
            return Reply(200, _dumps(self.journal()))
        if sub == "/stats":
            if method == "DELETE":
                self.reset_stats()
            stats: dict[str, Any] = self.stats()
            http = self.http_stats()
            if http:
                stats[HTTP_STATS_KEY] = http
            return Reply(200, _dumps(stats))
        try:
            if method == "DELETE":
                new = self.set_faults(Faults())
            else:
                data = json.loads(body) if body.strip() else {}
                if not isinstance(data, dict):
                    raise ValueError(f"Faults must be a JSON object, got {type(data).__name__}")
                new = (
                    self.set_faults(Faults.from_dict(data))
                    if method == "PUT"
                    else (self.set_faults(**data) if method == "PATCH" else self._faults)
                )
        except (ValueError, TypeError, UnicodeDecodeError) as exc:
            return Reply(400, response_status("ArgumentException", str(exc)))
        return Reply(200, _dumps(new.to_dict()))

    def _admin_sessions(self, method: str, session_id: str | None, body: bytes) -> Reply:
        """``GET|PATCH /__sandbox/sessions`` and ``PATCH /__sandbox/sessions/<id>``.

        ``PATCH /sessions`` takes ``{"session_lifetime_s": seconds | null}``,
        ``{"session_max_uses": n | null}`` and/or
        ``{"expire": "all"}`` or ``{"expire": "<merchant id>"}``;
        ``PATCH /sessions/<id>`` takes ``{"expires_in_s": seconds}`` (``0`` expires it now).
        """
        allowed = ("PATCH",) if session_id else ("GET", "PATCH")
        if method not in allowed:
            return Reply(
                405,
                response_status("MethodNotAllowed", f"Use {' or '.join(allowed)}, not {method}"),
                headers=(("Allow", ", ".join(allowed)),),
            )
        expired = 0
        try:
            data = json.loads(body) if body.strip() else {}
            if method == "PATCH":
                if not isinstance(data, dict) or not data:
                    raise ValueError("expected a non-empty JSON object")
                known = {"expires_in_s"} if session_id else {"session_lifetime_s", "session_max_uses", "expire"}
                unknown = sorted(set(data) - known)
                if unknown:
                    raise ValueError(f"unknown field(s) {', '.join(unknown)}; expected {', '.join(sorted(known))}")
                if session_id:
                    self.set_session_expiry(session_id, data["expires_in_s"])
                else:
                    if "session_lifetime_s" in data:
                        self.set_session_lifetime(data["session_lifetime_s"])
                    if "session_max_uses" in data:
                        self.set_session_max_uses(data["session_max_uses"])
                    if "expire" in data:
                        target = data["expire"]
                        if not isinstance(target, str) or not (target == "all" or target in self.accounts):
                            raise ValueError(f'expire must be "all" or a configured merchant id, got {target!r}')
                        expired = self.expire_sessions(None if target == "all" else target)
        except KeyError:
            return Reply(404, response_status("NotFound", "No such session"))
        except (ValueError, TypeError, UnicodeDecodeError) as exc:
            return Reply(400, response_status("ArgumentException", str(exc)))
        return Reply(200, _dumps({**self.sessions_info(), "expired_now": expired}))

    def health(self) -> dict[str, Any]:
        """What ``GET /__sandbox/health`` returns."""
        with self._lock:
            remaining = max(0.0, self._unavailable_until - time.monotonic()) if self._unavailable_until else 0.0
            return {
                "status": "ok",
                "uptime_s": round(time.monotonic() - self._started, 3),
                "operations": list(OPERATIONS),
                "merchants": list(self.accounts),
                "sessions": len(self._sessions),
                "fail_first_remaining": self._fail_first_left,
                "unavailable_remaining_s": round(remaining, 3),
            }


_MISSING_ACCOUNT = SandboxAccount("-", "-", "-")


def _timestamps(plan: tuple[tuple[str, ...], tuple[str, ...]], start: float, end: float) -> dict[str, dict[str, str]]:
    """``RequestTimestamps``: recorded stages nested inside ``[start, end]`` (epoch seconds).

    ``Network`` spans the whole request, ``AppLayer`` sits inside it, and the other
    recorded stages split ``AppLayer`` in order; then sentinel stages; the rest are omitted.
    """
    recorded, sentinel = plan
    span = end - start
    out: dict[str, dict[str, str]] = {}
    inner = [s for s in recorded if s not in ("AppLayer", "Network")]
    app_in, app_out = start + span * 0.05, end - span * 0.05
    step = (app_out - app_in) / max(1, len(inner))
    windows = {"Network": (start, end), "AppLayer": (app_in, app_out)}
    for i, stage in enumerate(inner):
        windows[stage] = (app_in + step * i, app_in + step * (i + 1))
    for stage in STAGES:
        if stage in windows and stage in recorded:
            t_in, t_out = windows[stage]
            out[stage] = {"InTime": _date_at_ms(int(t_in * 1000)), "OutTime": _date_at_ms(int(t_out * 1000))}
        elif stage in sentinel:
            out[stage] = {"InTime": _SENTINEL, "OutTime": _SENTINEL}
    return out


def _seconds(value: Any, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value < math.inf:
        raise ValueError(f"{name} must be a finite number of seconds >= 0, got {value!r}")
    return float(value)


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


__all__ = [
    "DEFAULT_ACCOUNT",
    "HTTP_STATS_KEY",
    "OPERATIONS",
    "OUTCOMES",
    "Reply",
    "SandboxAccount",
    "SandboxService",
    "bin_flags",
    "response_status",
]
