"""Reading what the provider logged, whichever sinks a log record reached.

Airflow 3.3 prints through structlog (stdout); 2.11 and 3.0 send a record both
to pytest's caplog and to Airflow's console handler (stderr). Tests therefore
read every sink and count distinct events, not lines.
"""

from __future__ import annotations

import re

import pytest

_RETRY = re.compile(r"PaySecure (\w+) attempt (\d+) failed: (.*?); retrying in")


def captured_log_text(caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]) -> str:
    """Everything logged or printed so far (this consumes capsys's buffer)."""
    out = capsys.readouterr()
    return "\n".join((caplog.text, out.out, out.err))


def retry_warnings(text: str) -> dict[int, str]:
    """Attempt number to failure reason, for each distinct "retrying in" WARNING line.

    :raises AssertionError: if a retry line is not at WARNING level.
    """
    found: dict[int, str] = {}
    for line in text.splitlines():
        match = _RETRY.search(line)
        if match:
            assert "warning" in line.lower(), f"retry not logged at WARNING: {line}"
            found[int(match.group(2))] = match.group(3)
    return found
