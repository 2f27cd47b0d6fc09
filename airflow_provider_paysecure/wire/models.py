"""The session model that travels through XCom, with no I/O."""

from __future__ import annotations

import datetime
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import pendulum
from pendulum import DateTime, Duration

from airflow_provider_paysecure.exceptions import PaySecureResponseError

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

_UTC = pendulum.UTC


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
    def duration_s(self) -> float | None:
        """:attr:`duration` in seconds, or ``None`` if either end is unknown."""
        if self.in_time is None or self.out_time is None:
            return None
        # plain datetime arithmetic: pendulum's ``-`` builds an Interval, which costs
        # ~20x more, and every session's XCom value computes one per stage
        return datetime.datetime.__sub__(self.out_time, self.in_time).total_seconds()

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

    @property
    def lifetime_s(self) -> float | None:
        """Seconds from ``created_at`` to ``expires_at`` (the lifetime requested), or ``None`` if unknown."""
        if self.expires_at is None:
            return None
        return (self.expires_at - self.created_at).total_seconds()

    def time_left(self, now: datetime.datetime | None = None) -> float | None:
        """Seconds until ``expires_at`` by the client clock; negative once expired.

        :param now: the current time (timezone-aware); defaults to the clock now.
        :return: the seconds left, or ``None`` when the expiry is unknown (no
            ``SessionExpiryInMin`` was requested, so only the service knows it).
        :raises ValueError: if ``now`` has no timezone.
        """
        if self.expires_at is None:
            return None
        return (self.expires_at - _aware(now)).total_seconds()

    def expires_within(self, margin_s: float, now: datetime.datetime | None = None) -> bool:
        """Whether at most ``margin_s`` seconds are left (so it is time to renew).

        A session with an unknown expiry is never *known* to expire within the
        margin: this returns ``False`` for it, and only the service's answer can
        tell that it expired.

        :param margin_s: the safety margin in seconds (zero or more).
        :param now: the current time (timezone-aware); defaults to the clock now.
        :raises ValueError: for a negative or non-finite margin, or a naive ``now``.
        """
        if isinstance(margin_s, bool) or not isinstance(margin_s, (int, float)) or not 0 <= margin_s < math.inf:
            raise ValueError(f"margin_s must be a finite number of seconds >= 0, got {margin_s!r}")
        left = self.time_left(now)
        return left is not None and left <= margin_s

    def stage_durations(self) -> dict[str, float]:
        """Seconds spent per recorded stage, in spec order; unrecorded stages are left out."""
        out: dict[str, float] = {}
        for name in _ordered(self.timestamps):
            seconds = self.timestamps[name].duration_s
            if seconds is not None:
                out[name] = seconds
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
            "timestamps": timestamps_to_xcom(self.timestamps),
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


def timestamps_to_xcom(timestamps: Mapping[str, InOutTimes]) -> dict[str, dict[str, Any]]:
    """Stage timings as JSON-safe dicts: ``{stage: {"in_time", "out_time", "duration_s"}}``.

    :param timestamps: stage name to :class:`InOutTimes`.
    """
    return {
        name: {
            "in_time": _iso(times.in_time),
            "out_time": _iso(times.out_time),
            "duration_s": times.duration_s,
        }
        for name, times in timestamps.items()
    }


def mask_session_id(session_id: str) -> str:
    """Show a session id the way logs may: only its last four characters.

    :param session_id: the clear session id.
    """
    return "****" + session_id[-4:] if len(session_id) > 8 else "****"


def _aware(now: datetime.datetime | None) -> DateTime:
    if now is None:
        return pendulum.now(_UTC)
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError(f"now must be timezone-aware, got the naive {now.isoformat()!r}")
    return pendulum.instance(now)


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
