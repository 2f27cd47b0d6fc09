"""The ``paysecure-sandbox`` command line."""

from __future__ import annotations

import json
import os
import re
import shlex
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import requests

from airflow_provider_paysecure.sandbox import SandboxAccount
from airflow_provider_paysecure.sandbox.cli import build_parser, load_accounts_file, main

REPO = Path(__file__).resolve().parents[2]


def test_cli_subprocess_serves_and_stops_on_sigterm() -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "airflow_provider_paysecure.sandbox",
            "--port",
            "0",
            "--account",
            "CLI-M:cli-user:cli-password-1:2023:07:03:07",
            "--fail-first",
            "1",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        match = re.fullmatch(r"Sandbox listening on (http://127\.0\.0\.1:(\d+))\n", first)
        assert match, first
        url = match.group(1)
        second = proc.stdout.readline()
        assert second.startswith("export AIRFLOW_CONN_PAYSECURE_DEFAULT='{")
        conn = json.loads(shlex.split(second)[1].split("=", 1)[1])
        assert conn["port"] == int(match.group(2))
        assert conn["extra"] == {"merchant_id": "CLI-M", "version": "2023:07:03:07"}
        creds = {
            "MerchantId": "CLI-M",
            "UserName": "cli-user",
            "Password": "cli-password-1",
            "Version": "2023:07:03:07",
        }
        assert requests.post(f"{url}/CreateSession", json={"Credentials": creds}, timeout=5).status_code == 503
        response = requests.post(f"{url}/CreateSession", json={"Credentials": creds}, timeout=5)
        assert response.status_code == 200 and response.json()["SessionId"]
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=10) == 0
        assert "Sandbox stopped." in proc.stdout.read()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_printed_connection_line_works_when_pasted_into_a_shell() -> None:
    """The second line, pasted into bash, defines a connection the hook uses to get a session."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("AIRFLOW_CONN_PAYSECURE_DEFAULT", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "airflow_provider_paysecure.sandbox", "--port", "0", "--account", "M'1:u s:p\"w'x:v4"],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None
        proc.stdout.readline()
        line = proc.stdout.readline().strip()
        check = (
            "from airflow_provider_paysecure.hooks.paysecure import PaySecureHook; "
            "print(len(PaySecureHook('paysecure_default').create_session().session_id) >= 16)"
        )
        pasted = subprocess.run(
            ["bash", "-c", f'{line}\nexec "$0" -c "$1"', sys.executable, check],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert pasted.returncode == 0, pasted.stderr[-2000:]
        assert pasted.stdout.strip().splitlines()[-1] == "True"
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=10)


def test_cli_refuses_non_loopback(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--host", "0.0.0.0", "--port", "0"]) == 2
    err = capsys.readouterr().err
    assert "non-loopback" in err and "--allow-non-loopback" in err


def test_cli_rejects_invalid_faults(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--port", "0", "--error-rate", "3"]) == 2
    assert "between 0 and 1" in capsys.readouterr().err


def test_cli_bad_account_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--account", "only-two:parts"])
    assert info.value.code == 2
    assert "MERCHANT:USER:PASSWORD" in capsys.readouterr().err


def test_cli_in_process_with_accounts_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    accounts = tmp_path / "accounts.json"
    accounts.write_text(json.dumps({"accounts": [{"merchant_id": "F-1", "user_name": "f", "password": "fpass-1"}]}))
    seen: dict[str, int] = {}

    def drive() -> None:
        # Wait for the first line, call the sandbox, then ask main() to stop as a signal would.
        import time

        for _ in range(100):
            out = capsys.readouterr().out
            found = re.search(r"Sandbox listening on (\S+)", out)
            if found:
                creds = {"MerchantId": "F-1", "UserName": "f", "Password": "fpass-1", "Version": "x"}
                seen["status"] = requests.post(
                    f"{found.group(1)}/CreateSession", json={"Credentials": creds}, timeout=5
                ).status_code
                break
            time.sleep(0.05)
        os.kill(os.getpid(), signal.SIGTERM)

    previous = signal.getsignal(signal.SIGTERM)
    driver = threading.Thread(target=drive)
    driver.start()
    assert main(["--port", "0", "--accounts-file", str(accounts)]) == 0
    driver.join(5)
    assert seen == {"status": 200}
    assert signal.getsignal(signal.SIGTERM) == previous


def test_load_accounts_file_yaml_and_errors(tmp_path: Path) -> None:
    yaml_file = tmp_path / "accounts.yaml"
    yaml_file.write_text("- merchant_id: Y-1\n  user_name: y\n  password: ypass\n  version: v9\n")
    assert load_accounts_file(yaml_file) == [SandboxAccount("Y-1", "y", "ypass", "v9")]
    bad = tmp_path / "bad.json"
    bad.write_text("[]")
    with pytest.raises(ValueError, match="non-empty list"):
        load_accounts_file(bad)
    bad.write_text('[{"merchant_id": "M", "user_name": "u"}]')
    with pytest.raises(ValueError, match="missing 'password'"):
        load_accounts_file(bad)
    bad.write_text('[{"merchant_id": "M", "user_name": "u", "password": "p", "colour": "red"}]')
    with pytest.raises(ValueError, match="unknown account field"):
        load_accounts_file(bad)


def test_account_spec_parsing() -> None:
    assert SandboxAccount.parse("M:U:P") == SandboxAccount("M", "U", "P", None)
    assert SandboxAccount.parse("M:U:P:2023:07:03:07").version == "2023:07:03:07"
    with pytest.raises(ValueError, match="user_name must be a non-empty string"):
        SandboxAccount.parse("M::P")


def test_parser_defaults() -> None:
    args = build_parser().parse_args([])
    assert (args.host, args.port, args.error_statuses, args.fail_first_mode) == (
        "127.0.0.1",
        8085,
        (500, 502, 503),
        "503",
    )
