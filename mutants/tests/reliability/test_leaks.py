"""Secret leak scan: servers that fail every way, some echoing the password back.

A hook (and the trigger) using ``LEAK_PASSWORD`` runs against each failure; the
captured logs (caplog and stdout/stderr), the exception text, repr and
attributes, and the trigger event must never contain the password.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable

import pytest

from airflow_provider_paysecure.exceptions import PaySecureError
from airflow_provider_paysecure.hooks.paysecure import PaySecureHook
from airflow_provider_paysecure.triggers.paysecure import PaySecureSessionTrigger
from tests.conftest import LEAK_PASSWORD, run_trigger
from tests.scripted_server import Reply, ScriptedServer

ECHO = f"received Password={LEAK_PASSWORD} for UserName=user-1"
STATUS_ECHO = json.dumps(
    {
        "ResponseStatus": {
            "ErrorCode": "Invalid" + LEAK_PASSWORD,
            "Message": ECHO,
            "Errors": [{"FieldName": "Password", "Message": ECHO}],
        }
    }
).encode()
HTML = f"<html><body><h1>Bad Gateway</h1><pre>{ECHO}</pre></body></html>".encode()
JSON = {"Content-Type": "application/json"}

FAILURES: dict[str, Reply] = {
    "500-echo": Reply(status=500, body=STATUS_ECHO),
    "503-plain-text": Reply(status=503, body=ECHO.encode(), headers={"Content-Type": "text/plain"}),
    "502-html": Reply(status=502, body=HTML, headers={"Content-Type": "text/html"}),
    "400-echo": Reply(status=400, body=STATUS_ECHO),
    "401-echo": Reply(status=401, body=STATUS_ECHO),
    "403-html": Reply(status=403, body=HTML, headers={"Content-Type": "text/html"}),
    "404-empty": Reply(status=404, body=b""),
    "429-retry-after": Reply(status=429, body=ECHO.encode(), headers={"Retry-After": "0"}),
    "200-error-code": Reply(
        body=json.dumps({"ErrorCode": "E-" + LEAK_PASSWORD, "ErrorMessage": ECHO}).encode(),
        headers=JSON,
    ),
    "200-html": Reply(body=HTML, headers={"Content-Type": "text/html"}),
    "200-truncated": Reply(body=json.dumps({"SessionId": ECHO})[:-5].encode(), headers=JSON),
    "200-not-object": Reply(body=json.dumps([ECHO]).encode(), headers=JSON),
    "200-bad-date": Reply(
        body=json.dumps({"SessionId": "abcdef123456", "Timestamps": {"Network": {"InTime": ECHO}}}).encode(),
        headers=JSON,
    ),
    "200-no-session": Reply(body=json.dumps({"Note": ECHO}).encode(), headers=JSON),
    "stall": Reply(body=json.dumps({"SessionId": ECHO}).encode(), headers=JSON, stall_s=2.0),
}


def _scan(*texts: str) -> None:
    for text in texts:
        assert LEAK_PASSWORD not in text


@pytest.mark.parametrize("name", list(FAILURES))
def test_hook_never_leaks_the_password(
    name: str,
    scripted_server: ScriptedServer,
    paysecure_conn: Callable[..., str],
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    scripted_server.script(FAILURES[name])
    hook = PaySecureHook(
        paysecure_conn(port=scripted_server.port),
        retry_limit=1,
        retry_delay=0.01,
        deadline=3,
        timeout=(1.0, 0.3),
    )
    with caplog.at_level(logging.DEBUG), pytest.raises(PaySecureError) as info:
        hook.create_session()
    exc = info.value
    captured = capsys.readouterr()
    _scan(
        str(exc),
        repr(exc),
        repr(exc.args),
        repr(vars(exc)),
        repr(exc.__cause__),
        repr(exc.__context__),
        caplog.text,
        captured.out,
        captured.err,
        repr(hook.settings),
    )
    assert scripted_server.requests  # the failure really came from the server
    assert str(exc).strip()


@pytest.mark.parametrize("name", ["500-echo", "401-echo", "200-error-code", "200-bad-date"])
def test_trigger_never_leaks_the_password(
    name: str,
    scripted_server: ScriptedServer,
    paysecure_conn: Callable[..., str],
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    scripted_server.script(FAILURES[name])
    trigger = PaySecureSessionTrigger(
        paysecure_conn(port=scripted_server.port),
        poll_interval=0.05,
        deadline=time.time() + 0.5,
        retry_policy={"retry_limit": 1, "retry_delay": 0.01, "deadline": 3},
    )
    with caplog.at_level(logging.DEBUG):
        event = run_trigger(trigger)
    captured = capsys.readouterr()
    assert event["status"] == "error"
    _scan(repr(event), json.dumps(event), caplog.text, captured.out, captured.err)
    _scan(repr(trigger.serialize()))
