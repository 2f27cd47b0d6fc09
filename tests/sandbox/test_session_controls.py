"""Making expiry testable: session lifetime in seconds, expiry on demand, session outcomes counted.

Each control exists three ways: the ``PaySecureSandbox`` object, the runtime
``/__sandbox/sessions`` endpoint, and the ``paysecure-sandbox`` command line.
"""

from __future__ import annotations

import json
import time

import pytest
import requests

from airflow_provider_paysecure.sandbox import DEFAULT_ACCOUNT, PaySecureSandbox, SandboxAccount
from airflow_provider_paysecure.sandbox.cli import build_parser, main
from tests.conftest import OTHER_ACCOUNT
from tests.sandbox.helpers import call, create_session


def token(sandbox: PaySecureSandbox, session_id: str, account: SandboxAccount = DEFAULT_ACCOUNT) -> str:
    """Use a session; return its ErrorCode, or ``"ok"``."""
    data = call(sandbox, "CreateCardToken", {"SessionId": session_id}, account=account).json()
    return str(data.get("ErrorCode") or "ok")


def test_session_lifetime_in_seconds_from_the_constructor() -> None:
    with PaySecureSandbox(session_lifetime_s=0.3) as sb:
        session_id = create_session(sb, SessionExpiryInMin=60)  # the lifetime wins over the request
        assert token(sb, session_id) == "ok"
        time.sleep(0.4)
        assert token(sb, session_id) == "SBX_SESSION_EXPIRED"
        assert sb.sessions_info()["session_lifetime_s"] == 0.3


def test_set_session_lifetime_applies_to_new_sessions_only(sandbox: PaySecureSandbox) -> None:
    before = create_session(sandbox)
    sandbox.set_session_lifetime(0.2)
    short = create_session(sandbox)
    time.sleep(0.3)
    assert (token(sandbox, before), token(sandbox, short)) == ("ok", "SBX_SESSION_EXPIRED")
    sandbox.set_session_lifetime(None)
    assert token(sandbox, create_session(sandbox, SessionExpiryInMin=1)) == "ok"


@pytest.mark.parametrize("bad", [0, -1, float("inf"), "5", True])
def test_set_session_lifetime_rejects_bad_values(sandbox: PaySecureSandbox, bad: object) -> None:
    with pytest.raises(ValueError, match="session_lifetime_s must be a"):
        sandbox.set_session_lifetime(bad)  # type: ignore[arg-type]


def test_expire_sessions_of_one_merchant_or_all(sandbox: PaySecureSandbox) -> None:
    mine, theirs = create_session(sandbox), create_session(sandbox, OTHER_ACCOUNT)
    assert sandbox.expire_sessions(OTHER_ACCOUNT.merchant_id) == 1
    assert token(sandbox, mine) == "ok"
    assert token(sandbox, theirs, OTHER_ACCOUNT) == "SBX_SESSION_EXPIRED"
    assert sandbox.expire_sessions() == 1  # only the live one is left to expire
    assert token(sandbox, mine) == "SBX_SESSION_EXPIRED"
    info = sandbox.sessions_info()
    assert info["issued"] == 2 and info["live"] == 0 and info["expired_on_demand"] == 2
    assert info["by_merchant"] == {
        DEFAULT_ACCOUNT.merchant_id: {"live": 0, "expired": 1},
        OTHER_ACCOUNT.merchant_id: {"live": 0, "expired": 1},
    }


def test_session_outcomes_are_counted_per_route_and_per_merchant(sandbox: PaySecureSandbox) -> None:
    session_id = create_session(sandbox)
    assert token(sandbox, session_id) == "ok"
    assert token(sandbox, session_id, OTHER_ACCOUNT) == "SBX_SESSION_UNKNOWN"  # another merchant's session
    sandbox.expire_session(session_id)
    assert token(sandbox, session_id) == "SBX_SESSION_EXPIRED"
    assert sandbox.stats()["CreateCardToken"] == {"ok": 1, "session_unknown": 1, "session_expired": 1}
    assert sandbox.merchant_stats() == {
        DEFAULT_ACCOUNT.merchant_id: {"CreateSession": {"ok": 1}, "CreateCardToken": {"ok": 1, "session_expired": 1}},
        OTHER_ACCOUNT.merchant_id: {"CreateCardToken": {"session_unknown": 1}},
    }
    sandbox.reset_stats()
    assert sandbox.merchant_stats() == {} and sandbox.stats() == {}


def test_client_tokenize_card_counts_for_the_session_merchant(sandbox: PaySecureSandbox) -> None:
    session_id = create_session(sandbox, OTHER_ACCOUNT)
    body = {"SessionId": session_id, "CardNumber": "4111111111111111", "Expiration": "1230"}
    assert requests.post(f"{sandbox.base_url}/ClientTokenizeCard", json=body, timeout=5).status_code == 200
    assert sandbox.merchant_stats()[OTHER_ACCOUNT.merchant_id]["ClientTokenizeCard"] == {"ok": 1}


def test_runtime_endpoint(sandbox: PaySecureSandbox) -> None:
    base = f"{sandbox.base_url}/__sandbox/sessions"
    session_id = create_session(sandbox)
    info = requests.get(base, timeout=5).json()
    assert info["session_lifetime_s"] is None and info["live"] == 1

    reply = requests.patch(f"{base}/{session_id}", json={"expires_in_s": 0.2}, timeout=5)
    assert reply.status_code == 200
    assert token(sandbox, session_id) == "ok"
    time.sleep(0.3)
    assert token(sandbox, session_id) == "SBX_SESSION_EXPIRED"

    assert requests.patch(base, json={"session_lifetime_s": 30}, timeout=5).json()["session_lifetime_s"] == 30
    create_session(sandbox), create_session(sandbox, OTHER_ACCOUNT)
    reply = requests.patch(base, json={"expire": OTHER_ACCOUNT.merchant_id}, timeout=5).json()
    assert reply["expired_now"] == 1 and reply["live"] == 1
    assert requests.patch(base, json={"expire": "all", "session_lifetime_s": None}, timeout=5).json() == {
        **sandbox.sessions_info(),
        "expired_now": 1,
    }
    assert sandbox.sessions_info()["session_lifetime_s"] is None
    assert requests.get(f"{sandbox.base_url}/__sandbox/stats/merchants", timeout=5).json() == sandbox.merchant_stats()


@pytest.mark.parametrize(
    ("method", "path", "body", "status", "message"),
    [
        ("PATCH", "", {}, 400, "expected a non-empty JSON object"),
        ("PATCH", "", {"lifetime": 3}, 400, "unknown field(s) lifetime"),
        ("PATCH", "", {"session_lifetime_s": -3}, 400, "session_lifetime_s must be a"),
        ("PATCH", "", {"expire": "NOBODY"}, 400, 'expire must be "all" or a configured merchant id'),
        ("PATCH", "/never-issued", {"expires_in_s": 0}, 404, "No such session"),
        ("PATCH", "/SESSION", {"expires_in_s": "soon"}, 400, "seconds_left must be a finite number"),
        ("DELETE", "", None, 405, "Use GET or PATCH, not DELETE"),
        ("GET", "/SESSION", None, 405, "Use PATCH, not GET"),
    ],
)
def test_runtime_endpoint_rejects(
    sandbox: PaySecureSandbox, method: str, path: str, body: object, status: int, message: str
) -> None:
    session_id = create_session(sandbox)
    url = f"{sandbox.base_url}/__sandbox/sessions{path.replace('SESSION', session_id)}"
    reply = requests.request(method, url, json=body, timeout=5)
    assert reply.status_code == status
    assert message in reply.json()["ResponseStatus"]["Message"]


def test_cli_session_lifetime_option() -> None:
    assert build_parser().parse_args(["--session-lifetime", "2.5"]).session_lifetime == 2.5
    assert build_parser().parse_args([]).session_lifetime is None


def test_cli_sessions_command_against_a_running_sandbox(
    sandbox: PaySecureSandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    session_id = create_session(sandbox)
    assert main(["sessions", "--url", sandbox.base_url]) == 0
    assert json.loads(capsys.readouterr().out)["live"] == 1

    assert main(["sessions", "--url", sandbox.base_url, "--expire", session_id]) == 0
    assert token(sandbox, session_id) == "SBX_SESSION_EXPIRED"
    assert json.loads(capsys.readouterr().out)["expired_on_demand"] == 1

    assert main(["sessions", "--url", sandbox.base_url, "--lifetime", "0.2"]) == 0
    assert sandbox.sessions_info()["session_lifetime_s"] == 0.2
    assert main(["sessions", "--url", sandbox.base_url, "--lifetime", "none"]) == 0
    assert sandbox.sessions_info()["session_lifetime_s"] is None

    other = create_session(sandbox, OTHER_ACCOUNT)
    assert main(["sessions", "--url", sandbox.base_url, "--expire-merchant", OTHER_ACCOUNT.merchant_id]) == 0
    assert token(sandbox, other, OTHER_ACCOUNT) == "SBX_SESSION_EXPIRED"
    create_session(sandbox)
    assert main(["sessions", "--url", sandbox.base_url, "--expire-all"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[-1])["expired_now"] == 1


def test_cli_sessions_command_errors(sandbox: PaySecureSandbox, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sessions", "--url", sandbox.base_url, "--expire", "never-issued"]) == 1
    assert "HTTP 404" in capsys.readouterr().err
    assert main(["sessions", "--url", sandbox.base_url, "--expire-merchant", "NOBODY"]) == 1
    assert "configured merchant id" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["sessions", "--url", sandbox.base_url, "--lifetime", "soon"])
    assert exit_info.value.code == 2
    assert "--lifetime must be a number of seconds or 'none'" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["sessions", "--url", "file:///etc/passwd"])
    assert "--url must be an http(s) URL" in capsys.readouterr().err
    dead = PaySecureSandbox().start()
    dead.stop()
    assert main(["sessions", "--url", dead.base_url]) == 1
    assert "cannot reach" in capsys.readouterr().err


def test_session_max_uses_expires_a_session_after_n_operations() -> None:
    with PaySecureSandbox(session_max_uses=2) as sb:
        session_id = create_session(sb)
        assert [token(sb, session_id) for _ in range(3)] == ["ok", "ok", "SBX_SESSION_EXPIRED"]
        sb.set_session_max_uses(None)
        fresh = create_session(sb)
        assert [token(sb, fresh) for _ in range(3)] == ["ok"] * 3
        assert token(sb, session_id) == "SBX_SESSION_EXPIRED"


def test_session_max_uses_at_runtime_and_from_the_cli(
    sandbox: PaySecureSandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    base = f"{sandbox.base_url}/__sandbox/sessions"
    assert requests.patch(base, json={"session_max_uses": 1}, timeout=5).json()["session_max_uses"] == 1
    session_id = create_session(sandbox)
    assert [token(sandbox, session_id) for _ in range(2)] == ["ok", "SBX_SESSION_EXPIRED"]
    assert requests.patch(base, json={"session_max_uses": -1}, timeout=5).status_code == 400
    assert main(["sessions", "--url", sandbox.base_url, "--max-uses", "none"]) == 0
    assert json.loads(capsys.readouterr().out)["session_max_uses"] is None
    assert main(["sessions", "--url", sandbox.base_url, "--max-uses", "3"]) == 0
    assert sandbox.sessions_info()["session_max_uses"] == 3
    assert build_parser().parse_args(["--session-max-uses", "4"]).session_max_uses == 4
    with pytest.raises(ValueError, match="session_max_uses must be an integer >= 0"):
        sandbox.set_session_max_uses(1.5)  # type: ignore[arg-type]
