"""Fault injection settings for the PaySecure sandbox.

:class:`Faults` is a frozen, JSON-serializable description of how the sandbox
should misbehave. It holds configuration only; the run-time state (how many
``fail_first`` failures are left, when an ``unavailable_for_s`` window ends) is
kept by the sandbox and re-armed whenever the corresponding field is set.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

#: The ways ``fail_first`` can fail a request.
FAIL_FIRST_MODES: tuple[str, ...] = (
    "503",
    "500",
    "502",
    "429",
    "drop",
    "stall",
    "html",
    "truncated",
)

#: Fields that are probabilities; their sum must not exceed 1 (one draw per request).
RATE_FIELDS: tuple[str, ...] = (
    "drop_rate",
    "stall_rate",
    "rate_limit_rate",
    "error_rate",
    "html_error_rate",
    "truncated_json_rate",
)


def _number(name: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ValueError(f"Faults.{name} must be a finite number, got {value!r}")
    return float(value)


def _integer(name: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"Faults.{name} must be an integer, got {value!r}")
    return value


@dataclass(frozen=True)
class Faults:
    """How the sandbox misbehaves. All fields default to "no fault".

    Random faults are decided with one uniform draw per request, so each rate is
    the exact probability of that outcome and the rates must add up to at most 1.
    The precedence is: ``unavailable_for_s`` window, then ``fail_first``, then the
    random faults (drop, stall, 429, 5xx, HTML, truncated JSON, in that band order).

    :param latency_s: fixed delay added before every response (non-blocking).
    :param latency_jitter_s: extra uniform random delay in ``[0, latency_jitter_s]``.
    :param error_rate: probability (0..1) of a 5xx with a ServiceStack ``ResponseStatus`` body.
    :param error_statuses: the 5xx statuses ``error_rate`` picks from at random.
    :param rate_limit_rate: probability of a 429 with a ``Retry-After`` header.
    :param retry_after_s: the ``Retry-After`` value (whole seconds) sent with 429.
    :param drop_rate: probability of closing the connection without any response.
    :param stall_rate: probability of sending the headers and half the body, then nothing.
    :param html_error_rate: probability of an HTML error page (``text/html``).
    :param html_error_status: the HTTP status of the HTML error page.
    :param truncated_json_rate: probability of a 200 whose JSON body is cut in half.
    :param csv_label: label JSON bodies ``Content-Type: text/csv`` (as the spec sample does).
    :param fail_first: the next N requests fail in ``fail_first_mode``, then succeed.
    :param fail_first_mode: one of :data:`FAIL_FIRST_MODES`.
    :param unavailable_for_s: answer 503 (``Retry-After: 1``) for this many seconds
        from the moment the field is set.
    :param routes: operation names the faults apply to; ``None`` means all simulated routes.
    :param seed: seed for the sandbox's random generator (re-seeded when set).
    """

    latency_s: float = 0.0
    latency_jitter_s: float = 0.0
    error_rate: float = 0.0
    error_statuses: tuple[int, ...] = (500, 502, 503)
    rate_limit_rate: float = 0.0
    retry_after_s: int = 1
    drop_rate: float = 0.0
    stall_rate: float = 0.0
    html_error_rate: float = 0.0
    html_error_status: int = 502
    truncated_json_rate: float = 0.0
    csv_label: bool = False
    fail_first: int = 0
    fail_first_mode: str = "503"
    unavailable_for_s: float = 0.0
    routes: tuple[str, ...] | None = None
    seed: int | None = field(default=None)

    def __post_init__(self) -> None:
        for name in ("latency_s", "latency_jitter_s", "unavailable_for_s"):
            if _number(name, getattr(self, name)) < 0:
                raise ValueError(f"Faults.{name} must be >= 0")
        total = 0.0
        for name in RATE_FIELDS:
            rate = _number(name, getattr(self, name))
            if not 0.0 <= rate <= 1.0:
                raise ValueError(f"Faults.{name} must be between 0 and 1, got {rate!r}")
            total += rate
        if total > 1.0 + 1e-9:
            raise ValueError(f"The fault rates ({', '.join(RATE_FIELDS)}) must add up to at most 1, got {total:g}")
        statuses = tuple(self.error_statuses)
        if not statuses or any(isinstance(s, bool) or not isinstance(s, int) or not 500 <= s <= 599 for s in statuses):
            raise ValueError(f"Faults.error_statuses must be 5xx integers, got {statuses!r}")
        object.__setattr__(self, "error_statuses", statuses)
        status = _integer("html_error_status", self.html_error_status)
        if not 400 <= status <= 599:
            raise ValueError(f"Faults.html_error_status must be 4xx or 5xx, got {status!r}")
        if _integer("retry_after_s", self.retry_after_s) < 0:
            raise ValueError("Faults.retry_after_s must be >= 0")
        if _integer("fail_first", self.fail_first) < 0:
            raise ValueError("Faults.fail_first must be >= 0")
        if self.fail_first_mode not in FAIL_FIRST_MODES:
            raise ValueError(
                f"Faults.fail_first_mode must be one of {', '.join(FAIL_FIRST_MODES)}, got {self.fail_first_mode!r}"
            )
        if not isinstance(self.csv_label, bool):
            raise ValueError(f"Faults.csv_label must be a boolean, got {self.csv_label!r}")
        if self.routes is not None:
            if isinstance(self.routes, str) or not all(isinstance(r, str) and r for r in self.routes):
                raise ValueError(f"Faults.routes must be a list of route names, got {self.routes!r}")
            object.__setattr__(self, "routes", tuple(self.routes))
        if self.seed is not None:
            _integer("seed", self.seed)

    def replace(self, **changes: Any) -> Faults:
        """Return a copy with some fields changed (validated like the constructor).

        :param changes: field names and their new values.
        :raises ValueError: for an unknown field or an invalid value.
        """
        unknown = sorted(set(changes) - {f.name for f in dataclasses.fields(self)})
        if unknown:
            raise ValueError(f"Unknown fault field(s): {', '.join(unknown)}")
        return dataclasses.replace(self, **_normalise(changes))

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe dict of every field (tuples become lists)."""
        out = dataclasses.asdict(self)
        out["error_statuses"] = list(self.error_statuses)
        out["routes"] = None if self.routes is None else list(self.routes)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Faults:
        """Build from a dict such as :meth:`to_dict` returns; missing fields take defaults.

        :param data: field names and values.
        :raises ValueError: for a non-mapping, an unknown field or an invalid value.
        """
        if not isinstance(data, Mapping):
            raise ValueError(f"Faults must be a JSON object, got {type(data).__name__}")
        return cls().replace(**dict(data))


def _normalise(changes: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(changes)
    if isinstance(out.get("error_statuses"), list):
        out["error_statuses"] = tuple(out["error_statuses"])
    if isinstance(out.get("routes"), list):
        out["routes"] = tuple(out["routes"])
    return out


__all__ = ["FAIL_FIRST_MODES", "RATE_FIELDS", "Faults"]
