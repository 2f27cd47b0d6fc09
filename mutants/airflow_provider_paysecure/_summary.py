"""One readable log summary of a PaySecure session, with no I/O.

The operator, the sensor and the demo all describe a new session the same way:
the masked session id, its expiry, the client round trip, and a compact table
of the time the server spent in each recorded stage (from ``Timestamps``).
The clear session id never appears in anything built here, and the message has
a bounded size whatever the session holds: at most :data:`MAX_ROWS` stage rows,
each stage name cleaned of control characters and cut to :data:`MAX_NAME_CHARS`.
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import islice

from airflow_provider_paysecure.wire import PaySecureSession, mask_session_id
from airflow_provider_paysecure.wire.redaction import NO_SECRETS

#: The most stage rows a table shows; the rest are counted in one last line.
MAX_ROWS = 32
#: The longest stage name a table shows, in characters.
MAX_NAME_CHARS = 64


def _ms(seconds: float | None) -> str:
    return "n/a" if seconds is None else f"{seconds * 1000:.1f} ms"


def format_stage_table(durations: Mapping[str, float], indent: str = "  ") -> str:
    """A two-column table of server stage durations, one stage a line.

    :param durations: stage name to seconds, in the order to show
        (:meth:`PaySecureSession.stage_durations` already skips unrecorded stages).
    :param indent: the prefix of every line.
    :return: the table, or ``"<indent>(no stages recorded)"`` for an empty mapping.
        At most :data:`MAX_ROWS` rows are shown, then ``"… and N more stages"``.
    """
    if not durations:
        return f"{indent}(no stages recorded)"
    rows = [
        (NO_SECRETS.excerpt(str(name), MAX_NAME_CHARS), seconds)
        for name, seconds in islice(durations.items(), MAX_ROWS)
    ]
    width = max(len(name) for name, _ in rows)
    lines = [f"{indent}{name:<{width}}  {seconds * 1000:>9.1f} ms" for name, seconds in rows]
    if len(durations) > MAX_ROWS:
        lines.append(f"{indent}… and {len(durations) - MAX_ROWS} more stages")
    return "\n".join(lines)


def session_summary(session: PaySecureSession, *, title: str = "PaySecure session") -> str:
    """The one log message that describes a new session.

    :param session: the session the service issued.
    :param title: the first words of the message.
    :return: a multi-line message; the session id is masked.
    """
    expiry = session.expires_at.isoformat() if session.expires_at else "service default"
    return (
        f"{title} {mask_session_id(session.session_id)} created at "
        f"{session.created_at.isoformat()}; expires {expiry}; "
        f"round trip {_ms(session.round_trip_s)}.\n"
        f"Server stages:\n{format_stage_table(session.stage_durations())}"
    )


__all__ = ["MAX_NAME_CHARS", "MAX_ROWS", "format_stage_table", "session_summary"]
