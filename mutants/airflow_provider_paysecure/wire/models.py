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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


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
    def recorded(self) -> bool:
        """Whether the server recorded at least one end of this stage."""
        return self.in_time is not None or self.out_time is not None
mutants_xǁPaySecureSessionǁ__repr____mutmut: MutantDict = {}  # type: ignore
mutants_xǁPaySecureSessionǁtime_left__mutmut: MutantDict = {}  # type: ignore
mutants_xǁPaySecureSessionǁexpires_within__mutmut: MutantDict = {}  # type: ignore
mutants_xǁPaySecureSessionǁstage_durations__mutmut: MutantDict = {}  # type: ignore
mutants_xǁPaySecureSessionǁto_xcom__mutmut: MutantDict = {}  # type: ignore
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut: MutantDict = {}  # type: ignore


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

    @_mutmut_mutated(mutants_xǁPaySecureSessionǁ__repr____mutmut)
    def __repr__(self) -> str:
        return (
            f"PaySecureSession(session_id={mask_session_id(self.session_id)!r}, "
            f"created_at={self.created_at.isoformat()!r}, "
            f"expires_at={self.expires_at.isoformat() if self.expires_at else None!r}, "
            f"stages={sorted(self.timestamps)!r})"
        )

    def xǁPaySecureSessionǁ__repr____mutmut_orig(self) -> str:
        return (
            f"PaySecureSession(session_id={mask_session_id(self.session_id)!r}, "
            f"created_at={self.created_at.isoformat()!r}, "
            f"expires_at={self.expires_at.isoformat() if self.expires_at else None!r}, "
            f"stages={sorted(self.timestamps)!r})"
        )

    def xǁPaySecureSessionǁ__repr____mutmut_1(self) -> str:
        return (
            f"PaySecureSession(session_id={mask_session_id(None)!r}, "
            f"created_at={self.created_at.isoformat()!r}, "
            f"expires_at={self.expires_at.isoformat() if self.expires_at else None!r}, "
            f"stages={sorted(self.timestamps)!r})"
        )

    def xǁPaySecureSessionǁ__repr____mutmut_2(self) -> str:
        return (
            f"PaySecureSession(session_id={mask_session_id(self.session_id)!r}, "
            f"created_at={self.created_at.isoformat()!r}, "
            f"expires_at={self.expires_at.isoformat() if (self.expires_at) and False else None!r}, "
            f"stages={sorted(self.timestamps)!r})"
        )

    def xǁPaySecureSessionǁ__repr____mutmut_3(self) -> str:
        return (
            f"PaySecureSession(session_id={mask_session_id(self.session_id)!r}, "
            f"created_at={self.created_at.isoformat()!r}, "
            f"expires_at={self.expires_at.isoformat() if (self.expires_at) or True else None!r}, "
            f"stages={sorted(self.timestamps)!r})"
        )

    def xǁPaySecureSessionǁ__repr____mutmut_4(self) -> str:
        return (
            f"PaySecureSession(session_id={mask_session_id(self.session_id)!r}, "
            f"created_at={self.created_at.isoformat()!r}, "
            f"expires_at={self.expires_at.isoformat() if self.expires_at else None!r}, "
            f"stages={sorted(None)!r})"
        )

    @property
    def lifetime_s(self) -> float | None:
        """Seconds from ``created_at`` to ``expires_at`` (the lifetime requested), or ``None`` if unknown."""
        if self.expires_at is None:
            return None
        return (self.expires_at - self.created_at).total_seconds()

    @_mutmut_mutated(mutants_xǁPaySecureSessionǁtime_left__mutmut)
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

    def xǁPaySecureSessionǁtime_left__mutmut_orig(self, now: datetime.datetime | None = None) -> float | None:
        """Seconds until ``expires_at`` by the client clock; negative once expired.

        :param now: the current time (timezone-aware); defaults to the clock now.
        :return: the seconds left, or ``None`` when the expiry is unknown (no
            ``SessionExpiryInMin`` was requested, so only the service knows it).
        :raises ValueError: if ``now`` has no timezone.
        """
        if self.expires_at is None:
            return None
        return (self.expires_at - _aware(now)).total_seconds()

    def xǁPaySecureSessionǁtime_left__mutmut_1(self, now: datetime.datetime | None = None) -> float | None:
        """Seconds until ``expires_at`` by the client clock; negative once expired.

        :param now: the current time (timezone-aware); defaults to the clock now.
        :return: the seconds left, or ``None`` when the expiry is unknown (no
            ``SessionExpiryInMin`` was requested, so only the service knows it).
        :raises ValueError: if ``now`` has no timezone.
        """
        if self.expires_at is not None:
            return None
        return (self.expires_at - _aware(now)).total_seconds()

    def xǁPaySecureSessionǁtime_left__mutmut_2(self, now: datetime.datetime | None = None) -> float | None:
        """Seconds until ``expires_at`` by the client clock; negative once expired.

        :param now: the current time (timezone-aware); defaults to the clock now.
        :return: the seconds left, or ``None`` when the expiry is unknown (no
            ``SessionExpiryInMin`` was requested, so only the service knows it).
        :raises ValueError: if ``now`` has no timezone.
        """
        if self.expires_at is None:
            return None
        return (self.expires_at + _aware(now)).total_seconds()

    def xǁPaySecureSessionǁtime_left__mutmut_3(self, now: datetime.datetime | None = None) -> float | None:
        """Seconds until ``expires_at`` by the client clock; negative once expired.

        :param now: the current time (timezone-aware); defaults to the clock now.
        :return: the seconds left, or ``None`` when the expiry is unknown (no
            ``SessionExpiryInMin`` was requested, so only the service knows it).
        :raises ValueError: if ``now`` has no timezone.
        """
        if self.expires_at is None:
            return None
        return (self.expires_at - _aware(None)).total_seconds()

    @_mutmut_mutated(mutants_xǁPaySecureSessionǁexpires_within__mutmut)
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

    def xǁPaySecureSessionǁexpires_within__mutmut_orig(self, margin_s: float, now: datetime.datetime | None = None) -> bool:
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

    def xǁPaySecureSessionǁexpires_within__mutmut_1(self, margin_s: float, now: datetime.datetime | None = None) -> bool:
        """Whether at most ``margin_s`` seconds are left (so it is time to renew).

        A session with an unknown expiry is never *known* to expire within the
        margin: this returns ``False`` for it, and only the service's answer can
        tell that it expired.

        :param margin_s: the safety margin in seconds (zero or more).
        :param now: the current time (timezone-aware); defaults to the clock now.
        :raises ValueError: for a negative or non-finite margin, or a naive ``now``.
        """
        if isinstance(margin_s, bool) or not isinstance(margin_s, (int, float)) and not 0 <= margin_s < math.inf:
            raise ValueError(f"margin_s must be a finite number of seconds >= 0, got {margin_s!r}")
        left = self.time_left(now)
        return left is not None and left <= margin_s

    def xǁPaySecureSessionǁexpires_within__mutmut_2(self, margin_s: float, now: datetime.datetime | None = None) -> bool:
        """Whether at most ``margin_s`` seconds are left (so it is time to renew).

        A session with an unknown expiry is never *known* to expire within the
        margin: this returns ``False`` for it, and only the service's answer can
        tell that it expired.

        :param margin_s: the safety margin in seconds (zero or more).
        :param now: the current time (timezone-aware); defaults to the clock now.
        :raises ValueError: for a negative or non-finite margin, or a naive ``now``.
        """
        if isinstance(margin_s, bool) and not isinstance(margin_s, (int, float)) or not 0 <= margin_s < math.inf:
            raise ValueError(f"margin_s must be a finite number of seconds >= 0, got {margin_s!r}")
        left = self.time_left(now)
        return left is not None and left <= margin_s

    def xǁPaySecureSessionǁexpires_within__mutmut_3(self, margin_s: float, now: datetime.datetime | None = None) -> bool:
        """Whether at most ``margin_s`` seconds are left (so it is time to renew).

        A session with an unknown expiry is never *known* to expire within the
        margin: this returns ``False`` for it, and only the service's answer can
        tell that it expired.

        :param margin_s: the safety margin in seconds (zero or more).
        :param now: the current time (timezone-aware); defaults to the clock now.
        :raises ValueError: for a negative or non-finite margin, or a naive ``now``.
        """
        if isinstance(margin_s, bool) or isinstance(margin_s, (int, float)) or not 0 <= margin_s < math.inf:
            raise ValueError(f"margin_s must be a finite number of seconds >= 0, got {margin_s!r}")
        left = self.time_left(now)
        return left is not None and left <= margin_s

    def xǁPaySecureSessionǁexpires_within__mutmut_4(self, margin_s: float, now: datetime.datetime | None = None) -> bool:
        """Whether at most ``margin_s`` seconds are left (so it is time to renew).

        A session with an unknown expiry is never *known* to expire within the
        margin: this returns ``False`` for it, and only the service's answer can
        tell that it expired.

        :param margin_s: the safety margin in seconds (zero or more).
        :param now: the current time (timezone-aware); defaults to the clock now.
        :raises ValueError: for a negative or non-finite margin, or a naive ``now``.
        """
        if isinstance(margin_s, bool) or not isinstance(margin_s, (int, float)) or 0 <= margin_s < math.inf:
            raise ValueError(f"margin_s must be a finite number of seconds >= 0, got {margin_s!r}")
        left = self.time_left(now)
        return left is not None and left <= margin_s

    def xǁPaySecureSessionǁexpires_within__mutmut_5(self, margin_s: float, now: datetime.datetime | None = None) -> bool:
        """Whether at most ``margin_s`` seconds are left (so it is time to renew).

        A session with an unknown expiry is never *known* to expire within the
        margin: this returns ``False`` for it, and only the service's answer can
        tell that it expired.

        :param margin_s: the safety margin in seconds (zero or more).
        :param now: the current time (timezone-aware); defaults to the clock now.
        :raises ValueError: for a negative or non-finite margin, or a naive ``now``.
        """
        if isinstance(margin_s, bool) or not isinstance(margin_s, (int, float)) or not 1 <= margin_s < math.inf:
            raise ValueError(f"margin_s must be a finite number of seconds >= 0, got {margin_s!r}")
        left = self.time_left(now)
        return left is not None and left <= margin_s

    def xǁPaySecureSessionǁexpires_within__mutmut_6(self, margin_s: float, now: datetime.datetime | None = None) -> bool:
        """Whether at most ``margin_s`` seconds are left (so it is time to renew).

        A session with an unknown expiry is never *known* to expire within the
        margin: this returns ``False`` for it, and only the service's answer can
        tell that it expired.

        :param margin_s: the safety margin in seconds (zero or more).
        :param now: the current time (timezone-aware); defaults to the clock now.
        :raises ValueError: for a negative or non-finite margin, or a naive ``now``.
        """
        if isinstance(margin_s, bool) or not isinstance(margin_s, (int, float)) or not 0 < margin_s < math.inf:
            raise ValueError(f"margin_s must be a finite number of seconds >= 0, got {margin_s!r}")
        left = self.time_left(now)
        return left is not None and left <= margin_s

    def xǁPaySecureSessionǁexpires_within__mutmut_7(self, margin_s: float, now: datetime.datetime | None = None) -> bool:
        """Whether at most ``margin_s`` seconds are left (so it is time to renew).

        A session with an unknown expiry is never *known* to expire within the
        margin: this returns ``False`` for it, and only the service's answer can
        tell that it expired.

        :param margin_s: the safety margin in seconds (zero or more).
        :param now: the current time (timezone-aware); defaults to the clock now.
        :raises ValueError: for a negative or non-finite margin, or a naive ``now``.
        """
        if isinstance(margin_s, bool) or not isinstance(margin_s, (int, float)) or not 0 <= margin_s <= math.inf:
            raise ValueError(f"margin_s must be a finite number of seconds >= 0, got {margin_s!r}")
        left = self.time_left(now)
        return left is not None and left <= margin_s

    def xǁPaySecureSessionǁexpires_within__mutmut_8(self, margin_s: float, now: datetime.datetime | None = None) -> bool:
        """Whether at most ``margin_s`` seconds are left (so it is time to renew).

        A session with an unknown expiry is never *known* to expire within the
        margin: this returns ``False`` for it, and only the service's answer can
        tell that it expired.

        :param margin_s: the safety margin in seconds (zero or more).
        :param now: the current time (timezone-aware); defaults to the clock now.
        :raises ValueError: for a negative or non-finite margin, or a naive ``now``.
        """
        if isinstance(margin_s, bool) or not isinstance(margin_s, (int, float)) or not 0 <= margin_s < math.inf:
            raise ValueError(None)
        left = self.time_left(now)
        return left is not None and left <= margin_s

    def xǁPaySecureSessionǁexpires_within__mutmut_9(self, margin_s: float, now: datetime.datetime | None = None) -> bool:
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
        left = None
        return left is not None and left <= margin_s

    def xǁPaySecureSessionǁexpires_within__mutmut_10(self, margin_s: float, now: datetime.datetime | None = None) -> bool:
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
        left = self.time_left(None)
        return left is not None and left <= margin_s

    def xǁPaySecureSessionǁexpires_within__mutmut_11(self, margin_s: float, now: datetime.datetime | None = None) -> bool:
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
        return left is not None or left <= margin_s

    def xǁPaySecureSessionǁexpires_within__mutmut_12(self, margin_s: float, now: datetime.datetime | None = None) -> bool:
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
        return left is None and left <= margin_s

    def xǁPaySecureSessionǁexpires_within__mutmut_13(self, margin_s: float, now: datetime.datetime | None = None) -> bool:
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
        return left is not None and left < margin_s

    @_mutmut_mutated(mutants_xǁPaySecureSessionǁstage_durations__mutmut)
    def stage_durations(self) -> dict[str, float]:
        """Seconds spent per recorded stage, in spec order; unrecorded stages are left out."""
        out: dict[str, float] = {}
        for name in _ordered(self.timestamps):
            duration = self.timestamps[name].duration
            if duration is not None:
                out[name] = duration.total_seconds()
        return out

    def xǁPaySecureSessionǁstage_durations__mutmut_orig(self) -> dict[str, float]:
        """Seconds spent per recorded stage, in spec order; unrecorded stages are left out."""
        out: dict[str, float] = {}
        for name in _ordered(self.timestamps):
            duration = self.timestamps[name].duration
            if duration is not None:
                out[name] = duration.total_seconds()
        return out

    def xǁPaySecureSessionǁstage_durations__mutmut_1(self) -> dict[str, float]:
        """Seconds spent per recorded stage, in spec order; unrecorded stages are left out."""
        out: dict[str, float] = None
        for name in _ordered(self.timestamps):
            duration = self.timestamps[name].duration
            if duration is not None:
                out[name] = duration.total_seconds()
        return out

    def xǁPaySecureSessionǁstage_durations__mutmut_2(self) -> dict[str, float]:
        """Seconds spent per recorded stage, in spec order; unrecorded stages are left out."""
        out: dict[str, float] = {}
        for name in _ordered(None):
            duration = self.timestamps[name].duration
            if duration is not None:
                out[name] = duration.total_seconds()
        return out

    def xǁPaySecureSessionǁstage_durations__mutmut_3(self) -> dict[str, float]:
        """Seconds spent per recorded stage, in spec order; unrecorded stages are left out."""
        out: dict[str, float] = {}
        for name in _ordered(self.timestamps):
            duration = None
            if duration is not None:
                out[name] = duration.total_seconds()
        return out

    def xǁPaySecureSessionǁstage_durations__mutmut_4(self) -> dict[str, float]:
        """Seconds spent per recorded stage, in spec order; unrecorded stages are left out."""
        out: dict[str, float] = {}
        for name in _ordered(self.timestamps):
            duration = self.timestamps[name].duration
            if duration is None:
                out[name] = duration.total_seconds()
        return out

    def xǁPaySecureSessionǁstage_durations__mutmut_5(self) -> dict[str, float]:
        """Seconds spent per recorded stage, in spec order; unrecorded stages are left out."""
        out: dict[str, float] = {}
        for name in _ordered(self.timestamps):
            duration = self.timestamps[name].duration
            if duration is not None:
                out[name] = None
        return out

    @_mutmut_mutated(mutants_xǁPaySecureSessionǁto_xcom__mutmut)
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

    def xǁPaySecureSessionǁto_xcom__mutmut_orig(self) -> dict[str, Any]:
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

    def xǁPaySecureSessionǁto_xcom__mutmut_1(self) -> dict[str, Any]:
        """A JSON-safe dict for XCom: ISO-8601 strings, no credentials.

        :return: ``session_id``, ``created_at``, ``expires_at`` and ``timestamps``
            (stage to ``{"in_time", "out_time", "duration_s"}``).
        """
        return {
            "XXsession_idXX": self.session_id,
            "created_at": self.created_at.isoformat(),
            "expires_at": self.expires_at.isoformat() if self.expires_at else None,
            "round_trip_s": self.round_trip_s,
            "timestamps": timestamps_to_xcom(self.timestamps),
        }

    def xǁPaySecureSessionǁto_xcom__mutmut_2(self) -> dict[str, Any]:
        """A JSON-safe dict for XCom: ISO-8601 strings, no credentials.

        :return: ``session_id``, ``created_at``, ``expires_at`` and ``timestamps``
            (stage to ``{"in_time", "out_time", "duration_s"}``).
        """
        return {
            "SESSION_ID": self.session_id,
            "created_at": self.created_at.isoformat(),
            "expires_at": self.expires_at.isoformat() if self.expires_at else None,
            "round_trip_s": self.round_trip_s,
            "timestamps": timestamps_to_xcom(self.timestamps),
        }

    def xǁPaySecureSessionǁto_xcom__mutmut_3(self) -> dict[str, Any]:
        """A JSON-safe dict for XCom: ISO-8601 strings, no credentials.

        :return: ``session_id``, ``created_at``, ``expires_at`` and ``timestamps``
            (stage to ``{"in_time", "out_time", "duration_s"}``).
        """
        return {
            "session_id": self.session_id,
            "XXcreated_atXX": self.created_at.isoformat(),
            "expires_at": self.expires_at.isoformat() if self.expires_at else None,
            "round_trip_s": self.round_trip_s,
            "timestamps": timestamps_to_xcom(self.timestamps),
        }

    def xǁPaySecureSessionǁto_xcom__mutmut_4(self) -> dict[str, Any]:
        """A JSON-safe dict for XCom: ISO-8601 strings, no credentials.

        :return: ``session_id``, ``created_at``, ``expires_at`` and ``timestamps``
            (stage to ``{"in_time", "out_time", "duration_s"}``).
        """
        return {
            "session_id": self.session_id,
            "CREATED_AT": self.created_at.isoformat(),
            "expires_at": self.expires_at.isoformat() if self.expires_at else None,
            "round_trip_s": self.round_trip_s,
            "timestamps": timestamps_to_xcom(self.timestamps),
        }

    def xǁPaySecureSessionǁto_xcom__mutmut_5(self) -> dict[str, Any]:
        """A JSON-safe dict for XCom: ISO-8601 strings, no credentials.

        :return: ``session_id``, ``created_at``, ``expires_at`` and ``timestamps``
            (stage to ``{"in_time", "out_time", "duration_s"}``).
        """
        return {
            "session_id": self.session_id,
            "created_at": self.created_at.isoformat(),
            "XXexpires_atXX": self.expires_at.isoformat() if self.expires_at else None,
            "round_trip_s": self.round_trip_s,
            "timestamps": timestamps_to_xcom(self.timestamps),
        }

    def xǁPaySecureSessionǁto_xcom__mutmut_6(self) -> dict[str, Any]:
        """A JSON-safe dict for XCom: ISO-8601 strings, no credentials.

        :return: ``session_id``, ``created_at``, ``expires_at`` and ``timestamps``
            (stage to ``{"in_time", "out_time", "duration_s"}``).
        """
        return {
            "session_id": self.session_id,
            "created_at": self.created_at.isoformat(),
            "EXPIRES_AT": self.expires_at.isoformat() if self.expires_at else None,
            "round_trip_s": self.round_trip_s,
            "timestamps": timestamps_to_xcom(self.timestamps),
        }

    def xǁPaySecureSessionǁto_xcom__mutmut_7(self) -> dict[str, Any]:
        """A JSON-safe dict for XCom: ISO-8601 strings, no credentials.

        :return: ``session_id``, ``created_at``, ``expires_at`` and ``timestamps``
            (stage to ``{"in_time", "out_time", "duration_s"}``).
        """
        return {
            "session_id": self.session_id,
            "created_at": self.created_at.isoformat(),
            "expires_at": self.expires_at.isoformat() if (self.expires_at) and False else None,
            "round_trip_s": self.round_trip_s,
            "timestamps": timestamps_to_xcom(self.timestamps),
        }

    def xǁPaySecureSessionǁto_xcom__mutmut_8(self) -> dict[str, Any]:
        """A JSON-safe dict for XCom: ISO-8601 strings, no credentials.

        :return: ``session_id``, ``created_at``, ``expires_at`` and ``timestamps``
            (stage to ``{"in_time", "out_time", "duration_s"}``).
        """
        return {
            "session_id": self.session_id,
            "created_at": self.created_at.isoformat(),
            "expires_at": self.expires_at.isoformat() if (self.expires_at) or True else None,
            "round_trip_s": self.round_trip_s,
            "timestamps": timestamps_to_xcom(self.timestamps),
        }

    def xǁPaySecureSessionǁto_xcom__mutmut_9(self) -> dict[str, Any]:
        """A JSON-safe dict for XCom: ISO-8601 strings, no credentials.

        :return: ``session_id``, ``created_at``, ``expires_at`` and ``timestamps``
            (stage to ``{"in_time", "out_time", "duration_s"}``).
        """
        return {
            "session_id": self.session_id,
            "created_at": self.created_at.isoformat(),
            "expires_at": self.expires_at.isoformat() if self.expires_at else None,
            "XXround_trip_sXX": self.round_trip_s,
            "timestamps": timestamps_to_xcom(self.timestamps),
        }

    def xǁPaySecureSessionǁto_xcom__mutmut_10(self) -> dict[str, Any]:
        """A JSON-safe dict for XCom: ISO-8601 strings, no credentials.

        :return: ``session_id``, ``created_at``, ``expires_at`` and ``timestamps``
            (stage to ``{"in_time", "out_time", "duration_s"}``).
        """
        return {
            "session_id": self.session_id,
            "created_at": self.created_at.isoformat(),
            "expires_at": self.expires_at.isoformat() if self.expires_at else None,
            "ROUND_TRIP_S": self.round_trip_s,
            "timestamps": timestamps_to_xcom(self.timestamps),
        }

    def xǁPaySecureSessionǁto_xcom__mutmut_11(self) -> dict[str, Any]:
        """A JSON-safe dict for XCom: ISO-8601 strings, no credentials.

        :return: ``session_id``, ``created_at``, ``expires_at`` and ``timestamps``
            (stage to ``{"in_time", "out_time", "duration_s"}``).
        """
        return {
            "session_id": self.session_id,
            "created_at": self.created_at.isoformat(),
            "expires_at": self.expires_at.isoformat() if self.expires_at else None,
            "round_trip_s": self.round_trip_s,
            "XXtimestampsXX": timestamps_to_xcom(self.timestamps),
        }

    def xǁPaySecureSessionǁto_xcom__mutmut_12(self) -> dict[str, Any]:
        """A JSON-safe dict for XCom: ISO-8601 strings, no credentials.

        :return: ``session_id``, ``created_at``, ``expires_at`` and ``timestamps``
            (stage to ``{"in_time", "out_time", "duration_s"}``).
        """
        return {
            "session_id": self.session_id,
            "created_at": self.created_at.isoformat(),
            "expires_at": self.expires_at.isoformat() if self.expires_at else None,
            "round_trip_s": self.round_trip_s,
            "TIMESTAMPS": timestamps_to_xcom(self.timestamps),
        }

    def xǁPaySecureSessionǁto_xcom__mutmut_13(self) -> dict[str, Any]:
        """A JSON-safe dict for XCom: ISO-8601 strings, no credentials.

        :return: ``session_id``, ``created_at``, ``expires_at`` and ``timestamps``
            (stage to ``{"in_time", "out_time", "duration_s"}``).
        """
        return {
            "session_id": self.session_id,
            "created_at": self.created_at.isoformat(),
            "expires_at": self.expires_at.isoformat() if self.expires_at else None,
            "round_trip_s": self.round_trip_s,
            "timestamps": timestamps_to_xcom(None),
        }

    @classmethod
    @_mutmut_mutated(mutants_xǁPaySecureSessionǁfrom_xcom__mutmut, is_classmethod = True)
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

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_orig(cls, data: Mapping[str, Any]) -> PaySecureSession:
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

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_1(cls, data: Mapping[str, Any]) -> PaySecureSession:
        """Rebuild a session from :meth:`to_xcom` output.

        :param data: the dict :meth:`to_xcom` produced (after a JSON round trip).
        :raises PaySecureResponseError: if ``data`` is not such a dict.
        """
        try:
            stamps = None
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

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_2(cls, data: Mapping[str, Any]) -> PaySecureSession:
        """Rebuild a session from :meth:`to_xcom` output.

        :param data: the dict :meth:`to_xcom` produced (after a JSON round trip).
        :raises PaySecureResponseError: if ``data`` is not such a dict.
        """
        try:
            stamps = data.get("timestamps") and {}
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

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_3(cls, data: Mapping[str, Any]) -> PaySecureSession:
        """Rebuild a session from :meth:`to_xcom` output.

        :param data: the dict :meth:`to_xcom` produced (after a JSON round trip).
        :raises PaySecureResponseError: if ``data`` is not such a dict.
        """
        try:
            stamps = data.get(None) or {}
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

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_4(cls, data: Mapping[str, Any]) -> PaySecureSession:
        """Rebuild a session from :meth:`to_xcom` output.

        :param data: the dict :meth:`to_xcom` produced (after a JSON round trip).
        :raises PaySecureResponseError: if ``data`` is not such a dict.
        """
        try:
            stamps = data.get("XXtimestampsXX") or {}
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

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_5(cls, data: Mapping[str, Any]) -> PaySecureSession:
        """Rebuild a session from :meth:`to_xcom` output.

        :param data: the dict :meth:`to_xcom` produced (after a JSON round trip).
        :raises PaySecureResponseError: if ``data`` is not such a dict.
        """
        try:
            stamps = data.get("TIMESTAMPS") or {}
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

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_6(cls, data: Mapping[str, Any]) -> PaySecureSession:
        """Rebuild a session from :meth:`to_xcom` output.

        :param data: the dict :meth:`to_xcom` produced (after a JSON round trip).
        :raises PaySecureResponseError: if ``data`` is not such a dict.
        """
        try:
            stamps = data.get("timestamps") or {}
            created_at = None
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

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_7(cls, data: Mapping[str, Any]) -> PaySecureSession:
        """Rebuild a session from :meth:`to_xcom` output.

        :param data: the dict :meth:`to_xcom` produced (after a JSON round trip).
        :raises PaySecureResponseError: if ``data`` is not such a dict.
        """
        try:
            stamps = data.get("timestamps") or {}
            created_at = _from_iso(None)
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

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_8(cls, data: Mapping[str, Any]) -> PaySecureSession:
        """Rebuild a session from :meth:`to_xcom` output.

        :param data: the dict :meth:`to_xcom` produced (after a JSON round trip).
        :raises PaySecureResponseError: if ``data`` is not such a dict.
        """
        try:
            stamps = data.get("timestamps") or {}
            created_at = _from_iso(data["XXcreated_atXX"])
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

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_9(cls, data: Mapping[str, Any]) -> PaySecureSession:
        """Rebuild a session from :meth:`to_xcom` output.

        :param data: the dict :meth:`to_xcom` produced (after a JSON round trip).
        :raises PaySecureResponseError: if ``data`` is not such a dict.
        """
        try:
            stamps = data.get("timestamps") or {}
            created_at = _from_iso(data["CREATED_AT"])
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

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_10(cls, data: Mapping[str, Any]) -> PaySecureSession:
        """Rebuild a session from :meth:`to_xcom` output.

        :param data: the dict :meth:`to_xcom` produced (after a JSON round trip).
        :raises PaySecureResponseError: if ``data`` is not such a dict.
        """
        try:
            stamps = data.get("timestamps") or {}
            created_at = _from_iso(data["created_at"])
            if created_at is not None:
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

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_11(cls, data: Mapping[str, Any]) -> PaySecureSession:
        """Rebuild a session from :meth:`to_xcom` output.

        :param data: the dict :meth:`to_xcom` produced (after a JSON round trip).
        :raises PaySecureResponseError: if ``data`` is not such a dict.
        """
        try:
            stamps = data.get("timestamps") or {}
            created_at = _from_iso(data["created_at"])
            if created_at is None:
                raise ValueError(None)
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

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_12(cls, data: Mapping[str, Any]) -> PaySecureSession:
        """Rebuild a session from :meth:`to_xcom` output.

        :param data: the dict :meth:`to_xcom` produced (after a JSON round trip).
        :raises PaySecureResponseError: if ``data`` is not such a dict.
        """
        try:
            stamps = data.get("timestamps") or {}
            created_at = _from_iso(data["created_at"])
            if created_at is None:
                raise ValueError("XXcreated_at is missingXX")
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

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_13(cls, data: Mapping[str, Any]) -> PaySecureSession:
        """Rebuild a session from :meth:`to_xcom` output.

        :param data: the dict :meth:`to_xcom` produced (after a JSON round trip).
        :raises PaySecureResponseError: if ``data`` is not such a dict.
        """
        try:
            stamps = data.get("timestamps") or {}
            created_at = _from_iso(data["created_at"])
            if created_at is None:
                raise ValueError("CREATED_AT IS MISSING")
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

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_14(cls, data: Mapping[str, Any]) -> PaySecureSession:
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
                session_id=None,
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

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_15(cls, data: Mapping[str, Any]) -> PaySecureSession:
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
                created_at=None,
                expires_at=_from_iso(data["expires_at"]) if data.get("expires_at") else None,
                timestamps={
                    name: InOutTimes(_from_iso(t.get("in_time")), _from_iso(t.get("out_time")))
                    for name, t in stamps.items()
                },
                round_trip_s=(float(data["round_trip_s"]) if data.get("round_trip_s") is not None else None),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise PaySecureResponseError(f"Not a PaySecure session XCom value ({type(exc).__name__}: {exc})") from exc

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_16(cls, data: Mapping[str, Any]) -> PaySecureSession:
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
                expires_at=None,
                timestamps={
                    name: InOutTimes(_from_iso(t.get("in_time")), _from_iso(t.get("out_time")))
                    for name, t in stamps.items()
                },
                round_trip_s=(float(data["round_trip_s"]) if data.get("round_trip_s") is not None else None),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise PaySecureResponseError(f"Not a PaySecure session XCom value ({type(exc).__name__}: {exc})") from exc

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_17(cls, data: Mapping[str, Any]) -> PaySecureSession:
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
                timestamps=None,
                round_trip_s=(float(data["round_trip_s"]) if data.get("round_trip_s") is not None else None),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise PaySecureResponseError(f"Not a PaySecure session XCom value ({type(exc).__name__}: {exc})") from exc

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_18(cls, data: Mapping[str, Any]) -> PaySecureSession:
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
                round_trip_s=None,
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise PaySecureResponseError(f"Not a PaySecure session XCom value ({type(exc).__name__}: {exc})") from exc

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_19(cls, data: Mapping[str, Any]) -> PaySecureSession:
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

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_20(cls, data: Mapping[str, Any]) -> PaySecureSession:
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
                expires_at=_from_iso(data["expires_at"]) if data.get("expires_at") else None,
                timestamps={
                    name: InOutTimes(_from_iso(t.get("in_time")), _from_iso(t.get("out_time")))
                    for name, t in stamps.items()
                },
                round_trip_s=(float(data["round_trip_s"]) if data.get("round_trip_s") is not None else None),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise PaySecureResponseError(f"Not a PaySecure session XCom value ({type(exc).__name__}: {exc})") from exc

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_21(cls, data: Mapping[str, Any]) -> PaySecureSession:
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
                timestamps={
                    name: InOutTimes(_from_iso(t.get("in_time")), _from_iso(t.get("out_time")))
                    for name, t in stamps.items()
                },
                round_trip_s=(float(data["round_trip_s"]) if data.get("round_trip_s") is not None else None),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise PaySecureResponseError(f"Not a PaySecure session XCom value ({type(exc).__name__}: {exc})") from exc

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_22(cls, data: Mapping[str, Any]) -> PaySecureSession:
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
                round_trip_s=(float(data["round_trip_s"]) if data.get("round_trip_s") is not None else None),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise PaySecureResponseError(f"Not a PaySecure session XCom value ({type(exc).__name__}: {exc})") from exc

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_23(cls, data: Mapping[str, Any]) -> PaySecureSession:
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
                )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise PaySecureResponseError(f"Not a PaySecure session XCom value ({type(exc).__name__}: {exc})") from exc

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_24(cls, data: Mapping[str, Any]) -> PaySecureSession:
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
                session_id=str(None),
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

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_25(cls, data: Mapping[str, Any]) -> PaySecureSession:
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
                session_id=str(data["XXsession_idXX"]),
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

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_26(cls, data: Mapping[str, Any]) -> PaySecureSession:
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
                session_id=str(data["SESSION_ID"]),
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

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_27(cls, data: Mapping[str, Any]) -> PaySecureSession:
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
                expires_at=_from_iso(data["expires_at"]) if (data.get("expires_at")) and False else None,
                timestamps={
                    name: InOutTimes(_from_iso(t.get("in_time")), _from_iso(t.get("out_time")))
                    for name, t in stamps.items()
                },
                round_trip_s=(float(data["round_trip_s"]) if data.get("round_trip_s") is not None else None),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise PaySecureResponseError(f"Not a PaySecure session XCom value ({type(exc).__name__}: {exc})") from exc

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_28(cls, data: Mapping[str, Any]) -> PaySecureSession:
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
                expires_at=_from_iso(data["expires_at"]) if (data.get("expires_at")) or True else None,
                timestamps={
                    name: InOutTimes(_from_iso(t.get("in_time")), _from_iso(t.get("out_time")))
                    for name, t in stamps.items()
                },
                round_trip_s=(float(data["round_trip_s"]) if data.get("round_trip_s") is not None else None),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise PaySecureResponseError(f"Not a PaySecure session XCom value ({type(exc).__name__}: {exc})") from exc

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_29(cls, data: Mapping[str, Any]) -> PaySecureSession:
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
                expires_at=_from_iso(None) if data.get("expires_at") else None,
                timestamps={
                    name: InOutTimes(_from_iso(t.get("in_time")), _from_iso(t.get("out_time")))
                    for name, t in stamps.items()
                },
                round_trip_s=(float(data["round_trip_s"]) if data.get("round_trip_s") is not None else None),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise PaySecureResponseError(f"Not a PaySecure session XCom value ({type(exc).__name__}: {exc})") from exc

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_30(cls, data: Mapping[str, Any]) -> PaySecureSession:
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
                expires_at=_from_iso(data["XXexpires_atXX"]) if data.get("expires_at") else None,
                timestamps={
                    name: InOutTimes(_from_iso(t.get("in_time")), _from_iso(t.get("out_time")))
                    for name, t in stamps.items()
                },
                round_trip_s=(float(data["round_trip_s"]) if data.get("round_trip_s") is not None else None),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise PaySecureResponseError(f"Not a PaySecure session XCom value ({type(exc).__name__}: {exc})") from exc

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_31(cls, data: Mapping[str, Any]) -> PaySecureSession:
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
                expires_at=_from_iso(data["EXPIRES_AT"]) if data.get("expires_at") else None,
                timestamps={
                    name: InOutTimes(_from_iso(t.get("in_time")), _from_iso(t.get("out_time")))
                    for name, t in stamps.items()
                },
                round_trip_s=(float(data["round_trip_s"]) if data.get("round_trip_s") is not None else None),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise PaySecureResponseError(f"Not a PaySecure session XCom value ({type(exc).__name__}: {exc})") from exc

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_32(cls, data: Mapping[str, Any]) -> PaySecureSession:
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
                expires_at=_from_iso(data["expires_at"]) if data.get(None) else None,
                timestamps={
                    name: InOutTimes(_from_iso(t.get("in_time")), _from_iso(t.get("out_time")))
                    for name, t in stamps.items()
                },
                round_trip_s=(float(data["round_trip_s"]) if data.get("round_trip_s") is not None else None),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise PaySecureResponseError(f"Not a PaySecure session XCom value ({type(exc).__name__}: {exc})") from exc

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_33(cls, data: Mapping[str, Any]) -> PaySecureSession:
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
                expires_at=_from_iso(data["expires_at"]) if data.get("XXexpires_atXX") else None,
                timestamps={
                    name: InOutTimes(_from_iso(t.get("in_time")), _from_iso(t.get("out_time")))
                    for name, t in stamps.items()
                },
                round_trip_s=(float(data["round_trip_s"]) if data.get("round_trip_s") is not None else None),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise PaySecureResponseError(f"Not a PaySecure session XCom value ({type(exc).__name__}: {exc})") from exc

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_34(cls, data: Mapping[str, Any]) -> PaySecureSession:
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
                expires_at=_from_iso(data["expires_at"]) if data.get("EXPIRES_AT") else None,
                timestamps={
                    name: InOutTimes(_from_iso(t.get("in_time")), _from_iso(t.get("out_time")))
                    for name, t in stamps.items()
                },
                round_trip_s=(float(data["round_trip_s"]) if data.get("round_trip_s") is not None else None),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise PaySecureResponseError(f"Not a PaySecure session XCom value ({type(exc).__name__}: {exc})") from exc

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_35(cls, data: Mapping[str, Any]) -> PaySecureSession:
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
                    name: InOutTimes(None, _from_iso(t.get("out_time")))
                    for name, t in stamps.items()
                },
                round_trip_s=(float(data["round_trip_s"]) if data.get("round_trip_s") is not None else None),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise PaySecureResponseError(f"Not a PaySecure session XCom value ({type(exc).__name__}: {exc})") from exc

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_36(cls, data: Mapping[str, Any]) -> PaySecureSession:
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
                    name: InOutTimes(_from_iso(t.get("in_time")), None)
                    for name, t in stamps.items()
                },
                round_trip_s=(float(data["round_trip_s"]) if data.get("round_trip_s") is not None else None),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise PaySecureResponseError(f"Not a PaySecure session XCom value ({type(exc).__name__}: {exc})") from exc

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_37(cls, data: Mapping[str, Any]) -> PaySecureSession:
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
                    name: InOutTimes(_from_iso(t.get("out_time")))
                    for name, t in stamps.items()
                },
                round_trip_s=(float(data["round_trip_s"]) if data.get("round_trip_s") is not None else None),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise PaySecureResponseError(f"Not a PaySecure session XCom value ({type(exc).__name__}: {exc})") from exc

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_38(cls, data: Mapping[str, Any]) -> PaySecureSession:
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
                    name: InOutTimes(_from_iso(t.get("in_time")), )
                    for name, t in stamps.items()
                },
                round_trip_s=(float(data["round_trip_s"]) if data.get("round_trip_s") is not None else None),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise PaySecureResponseError(f"Not a PaySecure session XCom value ({type(exc).__name__}: {exc})") from exc

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_39(cls, data: Mapping[str, Any]) -> PaySecureSession:
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
                    name: InOutTimes(_from_iso(None), _from_iso(t.get("out_time")))
                    for name, t in stamps.items()
                },
                round_trip_s=(float(data["round_trip_s"]) if data.get("round_trip_s") is not None else None),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise PaySecureResponseError(f"Not a PaySecure session XCom value ({type(exc).__name__}: {exc})") from exc

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_40(cls, data: Mapping[str, Any]) -> PaySecureSession:
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
                    name: InOutTimes(_from_iso(t.get(None)), _from_iso(t.get("out_time")))
                    for name, t in stamps.items()
                },
                round_trip_s=(float(data["round_trip_s"]) if data.get("round_trip_s") is not None else None),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise PaySecureResponseError(f"Not a PaySecure session XCom value ({type(exc).__name__}: {exc})") from exc

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_41(cls, data: Mapping[str, Any]) -> PaySecureSession:
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
                    name: InOutTimes(_from_iso(t.get("XXin_timeXX")), _from_iso(t.get("out_time")))
                    for name, t in stamps.items()
                },
                round_trip_s=(float(data["round_trip_s"]) if data.get("round_trip_s") is not None else None),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise PaySecureResponseError(f"Not a PaySecure session XCom value ({type(exc).__name__}: {exc})") from exc

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_42(cls, data: Mapping[str, Any]) -> PaySecureSession:
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
                    name: InOutTimes(_from_iso(t.get("IN_TIME")), _from_iso(t.get("out_time")))
                    for name, t in stamps.items()
                },
                round_trip_s=(float(data["round_trip_s"]) if data.get("round_trip_s") is not None else None),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise PaySecureResponseError(f"Not a PaySecure session XCom value ({type(exc).__name__}: {exc})") from exc

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_43(cls, data: Mapping[str, Any]) -> PaySecureSession:
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
                    name: InOutTimes(_from_iso(t.get("in_time")), _from_iso(None))
                    for name, t in stamps.items()
                },
                round_trip_s=(float(data["round_trip_s"]) if data.get("round_trip_s") is not None else None),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise PaySecureResponseError(f"Not a PaySecure session XCom value ({type(exc).__name__}: {exc})") from exc

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_44(cls, data: Mapping[str, Any]) -> PaySecureSession:
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
                    name: InOutTimes(_from_iso(t.get("in_time")), _from_iso(t.get(None)))
                    for name, t in stamps.items()
                },
                round_trip_s=(float(data["round_trip_s"]) if data.get("round_trip_s") is not None else None),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise PaySecureResponseError(f"Not a PaySecure session XCom value ({type(exc).__name__}: {exc})") from exc

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_45(cls, data: Mapping[str, Any]) -> PaySecureSession:
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
                    name: InOutTimes(_from_iso(t.get("in_time")), _from_iso(t.get("XXout_timeXX")))
                    for name, t in stamps.items()
                },
                round_trip_s=(float(data["round_trip_s"]) if data.get("round_trip_s") is not None else None),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise PaySecureResponseError(f"Not a PaySecure session XCom value ({type(exc).__name__}: {exc})") from exc

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_46(cls, data: Mapping[str, Any]) -> PaySecureSession:
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
                    name: InOutTimes(_from_iso(t.get("in_time")), _from_iso(t.get("OUT_TIME")))
                    for name, t in stamps.items()
                },
                round_trip_s=(float(data["round_trip_s"]) if data.get("round_trip_s") is not None else None),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise PaySecureResponseError(f"Not a PaySecure session XCom value ({type(exc).__name__}: {exc})") from exc

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_47(cls, data: Mapping[str, Any]) -> PaySecureSession:
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
                round_trip_s=(float(data["round_trip_s"]) if (data.get("round_trip_s") is not None) and False else None),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise PaySecureResponseError(f"Not a PaySecure session XCom value ({type(exc).__name__}: {exc})") from exc

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_48(cls, data: Mapping[str, Any]) -> PaySecureSession:
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
                round_trip_s=(float(data["round_trip_s"]) if (data.get("round_trip_s") is not None) or True else None),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise PaySecureResponseError(f"Not a PaySecure session XCom value ({type(exc).__name__}: {exc})") from exc

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_49(cls, data: Mapping[str, Any]) -> PaySecureSession:
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
                round_trip_s=(float(None) if data.get("round_trip_s") is not None else None),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise PaySecureResponseError(f"Not a PaySecure session XCom value ({type(exc).__name__}: {exc})") from exc

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_50(cls, data: Mapping[str, Any]) -> PaySecureSession:
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
                round_trip_s=(float(data["XXround_trip_sXX"]) if data.get("round_trip_s") is not None else None),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise PaySecureResponseError(f"Not a PaySecure session XCom value ({type(exc).__name__}: {exc})") from exc

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_51(cls, data: Mapping[str, Any]) -> PaySecureSession:
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
                round_trip_s=(float(data["ROUND_TRIP_S"]) if data.get("round_trip_s") is not None else None),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise PaySecureResponseError(f"Not a PaySecure session XCom value ({type(exc).__name__}: {exc})") from exc

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_52(cls, data: Mapping[str, Any]) -> PaySecureSession:
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
                round_trip_s=(float(data["round_trip_s"]) if data.get(None) is not None else None),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise PaySecureResponseError(f"Not a PaySecure session XCom value ({type(exc).__name__}: {exc})") from exc

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_53(cls, data: Mapping[str, Any]) -> PaySecureSession:
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
                round_trip_s=(float(data["round_trip_s"]) if data.get("XXround_trip_sXX") is not None else None),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise PaySecureResponseError(f"Not a PaySecure session XCom value ({type(exc).__name__}: {exc})") from exc

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_54(cls, data: Mapping[str, Any]) -> PaySecureSession:
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
                round_trip_s=(float(data["round_trip_s"]) if data.get("ROUND_TRIP_S") is not None else None),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise PaySecureResponseError(f"Not a PaySecure session XCom value ({type(exc).__name__}: {exc})") from exc

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_55(cls, data: Mapping[str, Any]) -> PaySecureSession:
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
                round_trip_s=(float(data["round_trip_s"]) if data.get("round_trip_s") is None else None),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise PaySecureResponseError(f"Not a PaySecure session XCom value ({type(exc).__name__}: {exc})") from exc

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_56(cls, data: Mapping[str, Any]) -> PaySecureSession:
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
            raise PaySecureResponseError(None) from exc

    @classmethod
    def xǁPaySecureSessionǁfrom_xcom__mutmut_57(cls, data: Mapping[str, Any]) -> PaySecureSession:
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
            raise PaySecureResponseError(f"Not a PaySecure session XCom value ({type(None).__name__}: {exc})") from exc

mutants_xǁPaySecureSessionǁ__repr____mutmut['_mutmut_orig'] = PaySecureSession.xǁPaySecureSessionǁ__repr____mutmut_orig # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁ__repr____mutmut['xǁPaySecureSessionǁ__repr____mutmut_1'] = PaySecureSession.xǁPaySecureSessionǁ__repr____mutmut_1 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁ__repr____mutmut['xǁPaySecureSessionǁ__repr____mutmut_2'] = PaySecureSession.xǁPaySecureSessionǁ__repr____mutmut_2 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁ__repr____mutmut['xǁPaySecureSessionǁ__repr____mutmut_3'] = PaySecureSession.xǁPaySecureSessionǁ__repr____mutmut_3 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁ__repr____mutmut['xǁPaySecureSessionǁ__repr____mutmut_4'] = PaySecureSession.xǁPaySecureSessionǁ__repr____mutmut_4 # type: ignore # mutmut generated

mutants_xǁPaySecureSessionǁtime_left__mutmut['_mutmut_orig'] = PaySecureSession.xǁPaySecureSessionǁtime_left__mutmut_orig # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁtime_left__mutmut['xǁPaySecureSessionǁtime_left__mutmut_1'] = PaySecureSession.xǁPaySecureSessionǁtime_left__mutmut_1 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁtime_left__mutmut['xǁPaySecureSessionǁtime_left__mutmut_2'] = PaySecureSession.xǁPaySecureSessionǁtime_left__mutmut_2 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁtime_left__mutmut['xǁPaySecureSessionǁtime_left__mutmut_3'] = PaySecureSession.xǁPaySecureSessionǁtime_left__mutmut_3 # type: ignore # mutmut generated

mutants_xǁPaySecureSessionǁexpires_within__mutmut['_mutmut_orig'] = PaySecureSession.xǁPaySecureSessionǁexpires_within__mutmut_orig # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁexpires_within__mutmut['xǁPaySecureSessionǁexpires_within__mutmut_1'] = PaySecureSession.xǁPaySecureSessionǁexpires_within__mutmut_1 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁexpires_within__mutmut['xǁPaySecureSessionǁexpires_within__mutmut_2'] = PaySecureSession.xǁPaySecureSessionǁexpires_within__mutmut_2 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁexpires_within__mutmut['xǁPaySecureSessionǁexpires_within__mutmut_3'] = PaySecureSession.xǁPaySecureSessionǁexpires_within__mutmut_3 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁexpires_within__mutmut['xǁPaySecureSessionǁexpires_within__mutmut_4'] = PaySecureSession.xǁPaySecureSessionǁexpires_within__mutmut_4 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁexpires_within__mutmut['xǁPaySecureSessionǁexpires_within__mutmut_5'] = PaySecureSession.xǁPaySecureSessionǁexpires_within__mutmut_5 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁexpires_within__mutmut['xǁPaySecureSessionǁexpires_within__mutmut_6'] = PaySecureSession.xǁPaySecureSessionǁexpires_within__mutmut_6 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁexpires_within__mutmut['xǁPaySecureSessionǁexpires_within__mutmut_7'] = PaySecureSession.xǁPaySecureSessionǁexpires_within__mutmut_7 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁexpires_within__mutmut['xǁPaySecureSessionǁexpires_within__mutmut_8'] = PaySecureSession.xǁPaySecureSessionǁexpires_within__mutmut_8 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁexpires_within__mutmut['xǁPaySecureSessionǁexpires_within__mutmut_9'] = PaySecureSession.xǁPaySecureSessionǁexpires_within__mutmut_9 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁexpires_within__mutmut['xǁPaySecureSessionǁexpires_within__mutmut_10'] = PaySecureSession.xǁPaySecureSessionǁexpires_within__mutmut_10 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁexpires_within__mutmut['xǁPaySecureSessionǁexpires_within__mutmut_11'] = PaySecureSession.xǁPaySecureSessionǁexpires_within__mutmut_11 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁexpires_within__mutmut['xǁPaySecureSessionǁexpires_within__mutmut_12'] = PaySecureSession.xǁPaySecureSessionǁexpires_within__mutmut_12 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁexpires_within__mutmut['xǁPaySecureSessionǁexpires_within__mutmut_13'] = PaySecureSession.xǁPaySecureSessionǁexpires_within__mutmut_13 # type: ignore # mutmut generated

mutants_xǁPaySecureSessionǁstage_durations__mutmut['_mutmut_orig'] = PaySecureSession.xǁPaySecureSessionǁstage_durations__mutmut_orig # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁstage_durations__mutmut['xǁPaySecureSessionǁstage_durations__mutmut_1'] = PaySecureSession.xǁPaySecureSessionǁstage_durations__mutmut_1 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁstage_durations__mutmut['xǁPaySecureSessionǁstage_durations__mutmut_2'] = PaySecureSession.xǁPaySecureSessionǁstage_durations__mutmut_2 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁstage_durations__mutmut['xǁPaySecureSessionǁstage_durations__mutmut_3'] = PaySecureSession.xǁPaySecureSessionǁstage_durations__mutmut_3 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁstage_durations__mutmut['xǁPaySecureSessionǁstage_durations__mutmut_4'] = PaySecureSession.xǁPaySecureSessionǁstage_durations__mutmut_4 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁstage_durations__mutmut['xǁPaySecureSessionǁstage_durations__mutmut_5'] = PaySecureSession.xǁPaySecureSessionǁstage_durations__mutmut_5 # type: ignore # mutmut generated

mutants_xǁPaySecureSessionǁto_xcom__mutmut['_mutmut_orig'] = PaySecureSession.xǁPaySecureSessionǁto_xcom__mutmut_orig # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁto_xcom__mutmut['xǁPaySecureSessionǁto_xcom__mutmut_1'] = PaySecureSession.xǁPaySecureSessionǁto_xcom__mutmut_1 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁto_xcom__mutmut['xǁPaySecureSessionǁto_xcom__mutmut_2'] = PaySecureSession.xǁPaySecureSessionǁto_xcom__mutmut_2 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁto_xcom__mutmut['xǁPaySecureSessionǁto_xcom__mutmut_3'] = PaySecureSession.xǁPaySecureSessionǁto_xcom__mutmut_3 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁto_xcom__mutmut['xǁPaySecureSessionǁto_xcom__mutmut_4'] = PaySecureSession.xǁPaySecureSessionǁto_xcom__mutmut_4 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁto_xcom__mutmut['xǁPaySecureSessionǁto_xcom__mutmut_5'] = PaySecureSession.xǁPaySecureSessionǁto_xcom__mutmut_5 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁto_xcom__mutmut['xǁPaySecureSessionǁto_xcom__mutmut_6'] = PaySecureSession.xǁPaySecureSessionǁto_xcom__mutmut_6 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁto_xcom__mutmut['xǁPaySecureSessionǁto_xcom__mutmut_7'] = PaySecureSession.xǁPaySecureSessionǁto_xcom__mutmut_7 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁto_xcom__mutmut['xǁPaySecureSessionǁto_xcom__mutmut_8'] = PaySecureSession.xǁPaySecureSessionǁto_xcom__mutmut_8 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁto_xcom__mutmut['xǁPaySecureSessionǁto_xcom__mutmut_9'] = PaySecureSession.xǁPaySecureSessionǁto_xcom__mutmut_9 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁto_xcom__mutmut['xǁPaySecureSessionǁto_xcom__mutmut_10'] = PaySecureSession.xǁPaySecureSessionǁto_xcom__mutmut_10 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁto_xcom__mutmut['xǁPaySecureSessionǁto_xcom__mutmut_11'] = PaySecureSession.xǁPaySecureSessionǁto_xcom__mutmut_11 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁto_xcom__mutmut['xǁPaySecureSessionǁto_xcom__mutmut_12'] = PaySecureSession.xǁPaySecureSessionǁto_xcom__mutmut_12 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁto_xcom__mutmut['xǁPaySecureSessionǁto_xcom__mutmut_13'] = PaySecureSession.xǁPaySecureSessionǁto_xcom__mutmut_13 # type: ignore # mutmut generated

mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['_mutmut_orig'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_orig # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_1'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_1 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_2'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_2 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_3'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_3 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_4'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_4 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_5'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_5 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_6'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_6 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_7'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_7 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_8'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_8 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_9'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_9 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_10'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_10 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_11'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_11 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_12'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_12 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_13'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_13 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_14'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_14 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_15'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_15 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_16'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_16 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_17'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_17 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_18'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_18 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_19'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_19 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_20'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_20 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_21'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_21 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_22'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_22 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_23'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_23 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_24'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_24 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_25'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_25 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_26'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_26 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_27'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_27 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_28'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_28 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_29'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_29 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_30'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_30 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_31'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_31 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_32'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_32 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_33'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_33 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_34'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_34 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_35'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_35 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_36'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_36 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_37'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_37 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_38'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_38 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_39'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_39 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_40'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_40 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_41'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_41 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_42'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_42 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_43'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_43 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_44'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_44 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_45'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_45 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_46'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_46 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_47'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_47 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_48'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_48 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_49'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_49 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_50'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_50 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_51'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_51 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_52'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_52 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_53'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_53 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_54'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_54 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_55'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_55 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_56'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_56 # type: ignore # mutmut generated
mutants_xǁPaySecureSessionǁfrom_xcom__mutmut['xǁPaySecureSessionǁfrom_xcom__mutmut_57'] = PaySecureSession.xǁPaySecureSessionǁfrom_xcom__mutmut_57 # type: ignore # mutmut generated
mutants_x_timestamps_to_xcom__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_timestamps_to_xcom__mutmut)
def timestamps_to_xcom(timestamps: Mapping[str, InOutTimes]) -> dict[str, dict[str, Any]]:
    """Stage timings as JSON-safe dicts: ``{stage: {"in_time", "out_time", "duration_s"}}``.

    :param timestamps: stage name to :class:`InOutTimes`.
    """
    return {
        name: {
            "in_time": _iso(times.in_time),
            "out_time": _iso(times.out_time),
            "duration_s": (times.duration.total_seconds() if times.duration is not None else None),
        }
        for name, times in timestamps.items()
    }


def x_timestamps_to_xcom__mutmut_orig(timestamps: Mapping[str, InOutTimes]) -> dict[str, dict[str, Any]]:
    """Stage timings as JSON-safe dicts: ``{stage: {"in_time", "out_time", "duration_s"}}``.

    :param timestamps: stage name to :class:`InOutTimes`.
    """
    return {
        name: {
            "in_time": _iso(times.in_time),
            "out_time": _iso(times.out_time),
            "duration_s": (times.duration.total_seconds() if times.duration is not None else None),
        }
        for name, times in timestamps.items()
    }


def x_timestamps_to_xcom__mutmut_1(timestamps: Mapping[str, InOutTimes]) -> dict[str, dict[str, Any]]:
    """Stage timings as JSON-safe dicts: ``{stage: {"in_time", "out_time", "duration_s"}}``.

    :param timestamps: stage name to :class:`InOutTimes`.
    """
    return {
        name: {
            "XXin_timeXX": _iso(times.in_time),
            "out_time": _iso(times.out_time),
            "duration_s": (times.duration.total_seconds() if times.duration is not None else None),
        }
        for name, times in timestamps.items()
    }


def x_timestamps_to_xcom__mutmut_2(timestamps: Mapping[str, InOutTimes]) -> dict[str, dict[str, Any]]:
    """Stage timings as JSON-safe dicts: ``{stage: {"in_time", "out_time", "duration_s"}}``.

    :param timestamps: stage name to :class:`InOutTimes`.
    """
    return {
        name: {
            "IN_TIME": _iso(times.in_time),
            "out_time": _iso(times.out_time),
            "duration_s": (times.duration.total_seconds() if times.duration is not None else None),
        }
        for name, times in timestamps.items()
    }


def x_timestamps_to_xcom__mutmut_3(timestamps: Mapping[str, InOutTimes]) -> dict[str, dict[str, Any]]:
    """Stage timings as JSON-safe dicts: ``{stage: {"in_time", "out_time", "duration_s"}}``.

    :param timestamps: stage name to :class:`InOutTimes`.
    """
    return {
        name: {
            "in_time": _iso(None),
            "out_time": _iso(times.out_time),
            "duration_s": (times.duration.total_seconds() if times.duration is not None else None),
        }
        for name, times in timestamps.items()
    }


def x_timestamps_to_xcom__mutmut_4(timestamps: Mapping[str, InOutTimes]) -> dict[str, dict[str, Any]]:
    """Stage timings as JSON-safe dicts: ``{stage: {"in_time", "out_time", "duration_s"}}``.

    :param timestamps: stage name to :class:`InOutTimes`.
    """
    return {
        name: {
            "in_time": _iso(times.in_time),
            "XXout_timeXX": _iso(times.out_time),
            "duration_s": (times.duration.total_seconds() if times.duration is not None else None),
        }
        for name, times in timestamps.items()
    }


def x_timestamps_to_xcom__mutmut_5(timestamps: Mapping[str, InOutTimes]) -> dict[str, dict[str, Any]]:
    """Stage timings as JSON-safe dicts: ``{stage: {"in_time", "out_time", "duration_s"}}``.

    :param timestamps: stage name to :class:`InOutTimes`.
    """
    return {
        name: {
            "in_time": _iso(times.in_time),
            "OUT_TIME": _iso(times.out_time),
            "duration_s": (times.duration.total_seconds() if times.duration is not None else None),
        }
        for name, times in timestamps.items()
    }


def x_timestamps_to_xcom__mutmut_6(timestamps: Mapping[str, InOutTimes]) -> dict[str, dict[str, Any]]:
    """Stage timings as JSON-safe dicts: ``{stage: {"in_time", "out_time", "duration_s"}}``.

    :param timestamps: stage name to :class:`InOutTimes`.
    """
    return {
        name: {
            "in_time": _iso(times.in_time),
            "out_time": _iso(None),
            "duration_s": (times.duration.total_seconds() if times.duration is not None else None),
        }
        for name, times in timestamps.items()
    }


def x_timestamps_to_xcom__mutmut_7(timestamps: Mapping[str, InOutTimes]) -> dict[str, dict[str, Any]]:
    """Stage timings as JSON-safe dicts: ``{stage: {"in_time", "out_time", "duration_s"}}``.

    :param timestamps: stage name to :class:`InOutTimes`.
    """
    return {
        name: {
            "in_time": _iso(times.in_time),
            "out_time": _iso(times.out_time),
            "XXduration_sXX": (times.duration.total_seconds() if times.duration is not None else None),
        }
        for name, times in timestamps.items()
    }


def x_timestamps_to_xcom__mutmut_8(timestamps: Mapping[str, InOutTimes]) -> dict[str, dict[str, Any]]:
    """Stage timings as JSON-safe dicts: ``{stage: {"in_time", "out_time", "duration_s"}}``.

    :param timestamps: stage name to :class:`InOutTimes`.
    """
    return {
        name: {
            "in_time": _iso(times.in_time),
            "out_time": _iso(times.out_time),
            "DURATION_S": (times.duration.total_seconds() if times.duration is not None else None),
        }
        for name, times in timestamps.items()
    }


def x_timestamps_to_xcom__mutmut_9(timestamps: Mapping[str, InOutTimes]) -> dict[str, dict[str, Any]]:
    """Stage timings as JSON-safe dicts: ``{stage: {"in_time", "out_time", "duration_s"}}``.

    :param timestamps: stage name to :class:`InOutTimes`.
    """
    return {
        name: {
            "in_time": _iso(times.in_time),
            "out_time": _iso(times.out_time),
            "duration_s": (times.duration.total_seconds() if (times.duration is not None) and False else None),
        }
        for name, times in timestamps.items()
    }


def x_timestamps_to_xcom__mutmut_10(timestamps: Mapping[str, InOutTimes]) -> dict[str, dict[str, Any]]:
    """Stage timings as JSON-safe dicts: ``{stage: {"in_time", "out_time", "duration_s"}}``.

    :param timestamps: stage name to :class:`InOutTimes`.
    """
    return {
        name: {
            "in_time": _iso(times.in_time),
            "out_time": _iso(times.out_time),
            "duration_s": (times.duration.total_seconds() if (times.duration is not None) or True else None),
        }
        for name, times in timestamps.items()
    }


def x_timestamps_to_xcom__mutmut_11(timestamps: Mapping[str, InOutTimes]) -> dict[str, dict[str, Any]]:
    """Stage timings as JSON-safe dicts: ``{stage: {"in_time", "out_time", "duration_s"}}``.

    :param timestamps: stage name to :class:`InOutTimes`.
    """
    return {
        name: {
            "in_time": _iso(times.in_time),
            "out_time": _iso(times.out_time),
            "duration_s": (times.duration.total_seconds() if times.duration is None else None),
        }
        for name, times in timestamps.items()
    }

mutants_x_timestamps_to_xcom__mutmut['_mutmut_orig'] = x_timestamps_to_xcom__mutmut_orig # type: ignore # mutmut generated
mutants_x_timestamps_to_xcom__mutmut['x_timestamps_to_xcom__mutmut_1'] = x_timestamps_to_xcom__mutmut_1 # type: ignore # mutmut generated
mutants_x_timestamps_to_xcom__mutmut['x_timestamps_to_xcom__mutmut_2'] = x_timestamps_to_xcom__mutmut_2 # type: ignore # mutmut generated
mutants_x_timestamps_to_xcom__mutmut['x_timestamps_to_xcom__mutmut_3'] = x_timestamps_to_xcom__mutmut_3 # type: ignore # mutmut generated
mutants_x_timestamps_to_xcom__mutmut['x_timestamps_to_xcom__mutmut_4'] = x_timestamps_to_xcom__mutmut_4 # type: ignore # mutmut generated
mutants_x_timestamps_to_xcom__mutmut['x_timestamps_to_xcom__mutmut_5'] = x_timestamps_to_xcom__mutmut_5 # type: ignore # mutmut generated
mutants_x_timestamps_to_xcom__mutmut['x_timestamps_to_xcom__mutmut_6'] = x_timestamps_to_xcom__mutmut_6 # type: ignore # mutmut generated
mutants_x_timestamps_to_xcom__mutmut['x_timestamps_to_xcom__mutmut_7'] = x_timestamps_to_xcom__mutmut_7 # type: ignore # mutmut generated
mutants_x_timestamps_to_xcom__mutmut['x_timestamps_to_xcom__mutmut_8'] = x_timestamps_to_xcom__mutmut_8 # type: ignore # mutmut generated
mutants_x_timestamps_to_xcom__mutmut['x_timestamps_to_xcom__mutmut_9'] = x_timestamps_to_xcom__mutmut_9 # type: ignore # mutmut generated
mutants_x_timestamps_to_xcom__mutmut['x_timestamps_to_xcom__mutmut_10'] = x_timestamps_to_xcom__mutmut_10 # type: ignore # mutmut generated
mutants_x_timestamps_to_xcom__mutmut['x_timestamps_to_xcom__mutmut_11'] = x_timestamps_to_xcom__mutmut_11 # type: ignore # mutmut generated
mutants_x_mask_session_id__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_mask_session_id__mutmut)
def mask_session_id(session_id: str) -> str:
    """Show a session id the way logs may: only its last four characters.

    :param session_id: the clear session id.
    """
    return "****" + session_id[-4:] if len(session_id) > 8 else "****"


def x_mask_session_id__mutmut_orig(session_id: str) -> str:
    """Show a session id the way logs may: only its last four characters.

    :param session_id: the clear session id.
    """
    return "****" + session_id[-4:] if len(session_id) > 8 else "****"


def x_mask_session_id__mutmut_1(session_id: str) -> str:
    """Show a session id the way logs may: only its last four characters.

    :param session_id: the clear session id.
    """
    return "****" + session_id[-4:] if (len(session_id) > 8) and False else "****"


def x_mask_session_id__mutmut_2(session_id: str) -> str:
    """Show a session id the way logs may: only its last four characters.

    :param session_id: the clear session id.
    """
    return "****" + session_id[-4:] if (len(session_id) > 8) or True else "****"


def x_mask_session_id__mutmut_3(session_id: str) -> str:
    """Show a session id the way logs may: only its last four characters.

    :param session_id: the clear session id.
    """
    return "****" - session_id[-4:] if len(session_id) > 8 else "****"


def x_mask_session_id__mutmut_4(session_id: str) -> str:
    """Show a session id the way logs may: only its last four characters.

    :param session_id: the clear session id.
    """
    return "XX****XX" + session_id[-4:] if len(session_id) > 8 else "****"


def x_mask_session_id__mutmut_5(session_id: str) -> str:
    """Show a session id the way logs may: only its last four characters.

    :param session_id: the clear session id.
    """
    return "****" + session_id[+4:] if len(session_id) > 8 else "****"


def x_mask_session_id__mutmut_6(session_id: str) -> str:
    """Show a session id the way logs may: only its last four characters.

    :param session_id: the clear session id.
    """
    return "****" + session_id[-5:] if len(session_id) > 8 else "****"


def x_mask_session_id__mutmut_7(session_id: str) -> str:
    """Show a session id the way logs may: only its last four characters.

    :param session_id: the clear session id.
    """
    return "****" + session_id[-4:] if len(session_id) >= 8 else "****"


def x_mask_session_id__mutmut_8(session_id: str) -> str:
    """Show a session id the way logs may: only its last four characters.

    :param session_id: the clear session id.
    """
    return "****" + session_id[-4:] if len(session_id) > 9 else "****"


def x_mask_session_id__mutmut_9(session_id: str) -> str:
    """Show a session id the way logs may: only its last four characters.

    :param session_id: the clear session id.
    """
    return "****" + session_id[-4:] if len(session_id) > 8 else "XX****XX"

mutants_x_mask_session_id__mutmut['_mutmut_orig'] = x_mask_session_id__mutmut_orig # type: ignore # mutmut generated
mutants_x_mask_session_id__mutmut['x_mask_session_id__mutmut_1'] = x_mask_session_id__mutmut_1 # type: ignore # mutmut generated
mutants_x_mask_session_id__mutmut['x_mask_session_id__mutmut_2'] = x_mask_session_id__mutmut_2 # type: ignore # mutmut generated
mutants_x_mask_session_id__mutmut['x_mask_session_id__mutmut_3'] = x_mask_session_id__mutmut_3 # type: ignore # mutmut generated
mutants_x_mask_session_id__mutmut['x_mask_session_id__mutmut_4'] = x_mask_session_id__mutmut_4 # type: ignore # mutmut generated
mutants_x_mask_session_id__mutmut['x_mask_session_id__mutmut_5'] = x_mask_session_id__mutmut_5 # type: ignore # mutmut generated
mutants_x_mask_session_id__mutmut['x_mask_session_id__mutmut_6'] = x_mask_session_id__mutmut_6 # type: ignore # mutmut generated
mutants_x_mask_session_id__mutmut['x_mask_session_id__mutmut_7'] = x_mask_session_id__mutmut_7 # type: ignore # mutmut generated
mutants_x_mask_session_id__mutmut['x_mask_session_id__mutmut_8'] = x_mask_session_id__mutmut_8 # type: ignore # mutmut generated
mutants_x_mask_session_id__mutmut['x_mask_session_id__mutmut_9'] = x_mask_session_id__mutmut_9 # type: ignore # mutmut generated
mutants_x__aware__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__aware__mutmut)
def _aware(now: datetime.datetime | None) -> DateTime:
    if now is None:
        return pendulum.now(_UTC)
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError(f"now must be timezone-aware, got the naive {now.isoformat()!r}")
    return pendulum.instance(now)


def x__aware__mutmut_orig(now: datetime.datetime | None) -> DateTime:
    if now is None:
        return pendulum.now(_UTC)
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError(f"now must be timezone-aware, got the naive {now.isoformat()!r}")
    return pendulum.instance(now)


def x__aware__mutmut_1(now: datetime.datetime | None) -> DateTime:
    if now is not None:
        return pendulum.now(_UTC)
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError(f"now must be timezone-aware, got the naive {now.isoformat()!r}")
    return pendulum.instance(now)


def x__aware__mutmut_2(now: datetime.datetime | None) -> DateTime:
    if now is None:
        return pendulum.now(None)
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError(f"now must be timezone-aware, got the naive {now.isoformat()!r}")
    return pendulum.instance(now)


def x__aware__mutmut_3(now: datetime.datetime | None) -> DateTime:
    if now is None:
        return pendulum.now(_UTC)
    if now.tzinfo is None and now.utcoffset() is None:
        raise ValueError(f"now must be timezone-aware, got the naive {now.isoformat()!r}")
    return pendulum.instance(now)


def x__aware__mutmut_4(now: datetime.datetime | None) -> DateTime:
    if now is None:
        return pendulum.now(_UTC)
    if now.tzinfo is not None or now.utcoffset() is None:
        raise ValueError(f"now must be timezone-aware, got the naive {now.isoformat()!r}")
    return pendulum.instance(now)


def x__aware__mutmut_5(now: datetime.datetime | None) -> DateTime:
    if now is None:
        return pendulum.now(_UTC)
    if now.tzinfo is None or now.utcoffset() is not None:
        raise ValueError(f"now must be timezone-aware, got the naive {now.isoformat()!r}")
    return pendulum.instance(now)


def x__aware__mutmut_6(now: datetime.datetime | None) -> DateTime:
    if now is None:
        return pendulum.now(_UTC)
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError(None)
    return pendulum.instance(now)


def x__aware__mutmut_7(now: datetime.datetime | None) -> DateTime:
    if now is None:
        return pendulum.now(_UTC)
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError(f"now must be timezone-aware, got the naive {now.isoformat()!r}")
    return pendulum.instance(None)

mutants_x__aware__mutmut['_mutmut_orig'] = x__aware__mutmut_orig # type: ignore # mutmut generated
mutants_x__aware__mutmut['x__aware__mutmut_1'] = x__aware__mutmut_1 # type: ignore # mutmut generated
mutants_x__aware__mutmut['x__aware__mutmut_2'] = x__aware__mutmut_2 # type: ignore # mutmut generated
mutants_x__aware__mutmut['x__aware__mutmut_3'] = x__aware__mutmut_3 # type: ignore # mutmut generated
mutants_x__aware__mutmut['x__aware__mutmut_4'] = x__aware__mutmut_4 # type: ignore # mutmut generated
mutants_x__aware__mutmut['x__aware__mutmut_5'] = x__aware__mutmut_5 # type: ignore # mutmut generated
mutants_x__aware__mutmut['x__aware__mutmut_6'] = x__aware__mutmut_6 # type: ignore # mutmut generated
mutants_x__aware__mutmut['x__aware__mutmut_7'] = x__aware__mutmut_7 # type: ignore # mutmut generated
mutants_x__iso__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__iso__mutmut)
def _iso(value: DateTime | None) -> str | None:
    return value.isoformat() if value is not None else None


def x__iso__mutmut_orig(value: DateTime | None) -> str | None:
    return value.isoformat() if value is not None else None


def x__iso__mutmut_1(value: DateTime | None) -> str | None:
    return value.isoformat() if (value is not None) and False else None


def x__iso__mutmut_2(value: DateTime | None) -> str | None:
    return value.isoformat() if (value is not None) or True else None


def x__iso__mutmut_3(value: DateTime | None) -> str | None:
    return value.isoformat() if value is None else None

mutants_x__iso__mutmut['_mutmut_orig'] = x__iso__mutmut_orig # type: ignore # mutmut generated
mutants_x__iso__mutmut['x__iso__mutmut_1'] = x__iso__mutmut_1 # type: ignore # mutmut generated
mutants_x__iso__mutmut['x__iso__mutmut_2'] = x__iso__mutmut_2 # type: ignore # mutmut generated
mutants_x__iso__mutmut['x__iso__mutmut_3'] = x__iso__mutmut_3 # type: ignore # mutmut generated
mutants_x__from_iso__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__from_iso__mutmut)
def _from_iso(value: Any) -> DateTime | None:
    if value is None:
        return None
    parsed = pendulum.parse(value)
    if not isinstance(parsed, DateTime):
        raise ValueError(f"not a datetime: {value!r}")
    return parsed.in_timezone(_UTC)


def x__from_iso__mutmut_orig(value: Any) -> DateTime | None:
    if value is None:
        return None
    parsed = pendulum.parse(value)
    if not isinstance(parsed, DateTime):
        raise ValueError(f"not a datetime: {value!r}")
    return parsed.in_timezone(_UTC)


def x__from_iso__mutmut_1(value: Any) -> DateTime | None:
    if value is not None:
        return None
    parsed = pendulum.parse(value)
    if not isinstance(parsed, DateTime):
        raise ValueError(f"not a datetime: {value!r}")
    return parsed.in_timezone(_UTC)


def x__from_iso__mutmut_2(value: Any) -> DateTime | None:
    if value is None:
        return None
    parsed = None
    if not isinstance(parsed, DateTime):
        raise ValueError(f"not a datetime: {value!r}")
    return parsed.in_timezone(_UTC)


def x__from_iso__mutmut_3(value: Any) -> DateTime | None:
    if value is None:
        return None
    parsed = pendulum.parse(None)
    if not isinstance(parsed, DateTime):
        raise ValueError(f"not a datetime: {value!r}")
    return parsed.in_timezone(_UTC)


def x__from_iso__mutmut_4(value: Any) -> DateTime | None:
    if value is None:
        return None
    parsed = pendulum.parse(value)
    if isinstance(parsed, DateTime):
        raise ValueError(f"not a datetime: {value!r}")
    return parsed.in_timezone(_UTC)


def x__from_iso__mutmut_5(value: Any) -> DateTime | None:
    if value is None:
        return None
    parsed = pendulum.parse(value)
    if not isinstance(parsed, DateTime):
        raise ValueError(None)
    return parsed.in_timezone(_UTC)


def x__from_iso__mutmut_6(value: Any) -> DateTime | None:
    if value is None:
        return None
    parsed = pendulum.parse(value)
    if not isinstance(parsed, DateTime):
        raise ValueError(f"not a datetime: {value!r}")
    return parsed.in_timezone(None)

mutants_x__from_iso__mutmut['_mutmut_orig'] = x__from_iso__mutmut_orig # type: ignore # mutmut generated
mutants_x__from_iso__mutmut['x__from_iso__mutmut_1'] = x__from_iso__mutmut_1 # type: ignore # mutmut generated
mutants_x__from_iso__mutmut['x__from_iso__mutmut_2'] = x__from_iso__mutmut_2 # type: ignore # mutmut generated
mutants_x__from_iso__mutmut['x__from_iso__mutmut_3'] = x__from_iso__mutmut_3 # type: ignore # mutmut generated
mutants_x__from_iso__mutmut['x__from_iso__mutmut_4'] = x__from_iso__mutmut_4 # type: ignore # mutmut generated
mutants_x__from_iso__mutmut['x__from_iso__mutmut_5'] = x__from_iso__mutmut_5 # type: ignore # mutmut generated
mutants_x__from_iso__mutmut['x__from_iso__mutmut_6'] = x__from_iso__mutmut_6 # type: ignore # mutmut generated
mutants_x__ordered__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__ordered__mutmut)
def _ordered(names: Iterable[str]) -> list[str]:
    rank = {name: i for i, name in enumerate(STAGES)}
    return sorted(names, key=lambda n: (rank.get(n, len(STAGES)), n))


def x__ordered__mutmut_orig(names: Iterable[str]) -> list[str]:
    rank = {name: i for i, name in enumerate(STAGES)}
    return sorted(names, key=lambda n: (rank.get(n, len(STAGES)), n))


def x__ordered__mutmut_1(names: Iterable[str]) -> list[str]:
    rank = None
    return sorted(names, key=lambda n: (rank.get(n, len(STAGES)), n))


def x__ordered__mutmut_2(names: Iterable[str]) -> list[str]:
    rank = {name: i for i, name in enumerate(None)}
    return sorted(names, key=lambda n: (rank.get(n, len(STAGES)), n))


def x__ordered__mutmut_3(names: Iterable[str]) -> list[str]:
    rank = {name: i for i, name in enumerate(STAGES)}
    return sorted(None, key=lambda n: (rank.get(n, len(STAGES)), n))


def x__ordered__mutmut_4(names: Iterable[str]) -> list[str]:
    rank = {name: i for i, name in enumerate(STAGES)}
    return sorted(names, key=None)


def x__ordered__mutmut_5(names: Iterable[str]) -> list[str]:
    rank = {name: i for i, name in enumerate(STAGES)}
    return sorted(key=lambda n: (rank.get(n, len(STAGES)), n))


def x__ordered__mutmut_6(names: Iterable[str]) -> list[str]:
    rank = {name: i for i, name in enumerate(STAGES)}
    return sorted(names, )


def x__ordered__mutmut_7(names: Iterable[str]) -> list[str]:
    rank = {name: i for i, name in enumerate(STAGES)}
    return sorted(names, key=lambda n: None)


def x__ordered__mutmut_8(names: Iterable[str]) -> list[str]:
    rank = {name: i for i, name in enumerate(STAGES)}
    return sorted(names, key=lambda n: (rank.get(None, len(STAGES)), n))


def x__ordered__mutmut_9(names: Iterable[str]) -> list[str]:
    rank = {name: i for i, name in enumerate(STAGES)}
    return sorted(names, key=lambda n: (rank.get(n, None), n))


def x__ordered__mutmut_10(names: Iterable[str]) -> list[str]:
    rank = {name: i for i, name in enumerate(STAGES)}
    return sorted(names, key=lambda n: (rank.get(len(STAGES)), n))


def x__ordered__mutmut_11(names: Iterable[str]) -> list[str]:
    rank = {name: i for i, name in enumerate(STAGES)}
    return sorted(names, key=lambda n: (rank.get(n, ), n))

mutants_x__ordered__mutmut['_mutmut_orig'] = x__ordered__mutmut_orig # type: ignore # mutmut generated
mutants_x__ordered__mutmut['x__ordered__mutmut_1'] = x__ordered__mutmut_1 # type: ignore # mutmut generated
mutants_x__ordered__mutmut['x__ordered__mutmut_2'] = x__ordered__mutmut_2 # type: ignore # mutmut generated
mutants_x__ordered__mutmut['x__ordered__mutmut_3'] = x__ordered__mutmut_3 # type: ignore # mutmut generated
mutants_x__ordered__mutmut['x__ordered__mutmut_4'] = x__ordered__mutmut_4 # type: ignore # mutmut generated
mutants_x__ordered__mutmut['x__ordered__mutmut_5'] = x__ordered__mutmut_5 # type: ignore # mutmut generated
mutants_x__ordered__mutmut['x__ordered__mutmut_6'] = x__ordered__mutmut_6 # type: ignore # mutmut generated
mutants_x__ordered__mutmut['x__ordered__mutmut_7'] = x__ordered__mutmut_7 # type: ignore # mutmut generated
mutants_x__ordered__mutmut['x__ordered__mutmut_8'] = x__ordered__mutmut_8 # type: ignore # mutmut generated
mutants_x__ordered__mutmut['x__ordered__mutmut_9'] = x__ordered__mutmut_9 # type: ignore # mutmut generated
mutants_x__ordered__mutmut['x__ordered__mutmut_10'] = x__ordered__mutmut_10 # type: ignore # mutmut generated
mutants_x__ordered__mutmut['x__ordered__mutmut_11'] = x__ordered__mutmut_11 # type: ignore # mutmut generated
