"""TLS and transport rules: no plain http to remote hosts, verify on by default.

A CA and a server certificate (SAN ``IP:127.0.0.1``) are generated at test time
with ``cryptography``; an ``ssl``-wrapped ``http.server`` on 127.0.0.1 answers
``CreateSession``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import pytest
import requests

from airflow_provider_paysecure.exceptions import PaySecureConfigError, PaySecureTransportError
from airflow_provider_paysecure.hooks.paysecure import PaySecureHook
from airflow_provider_paysecure.triggers.paysecure import PaySecureSessionTrigger
from tests.conftest import LEAK_PASSWORD, run_trigger
from tests.reliability.conftest import TLS_SESSION_ID
from tests.scripted_server import ScriptedServer


@pytest.fixture
def tls_conn(tls_server: ScriptedServer, paysecure_conn: Callable[..., str]) -> Callable[..., str]:
    def define(conn_id: str = "paysecure_tls", **extra: object) -> str:
        return paysecure_conn(conn_id, host=f"https://127.0.0.1:{tls_server.port}", extra=extra)

    return define


def _hook(conn_id: str) -> PaySecureHook:
    return PaySecureHook(conn_id, retry_limit=3, retry_delay=0.01, deadline=5, timeout=(2, 2))


def test_plain_http_to_a_remote_host_is_refused_before_any_request(
    paysecure_conn: Callable[..., str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("a request was sent")

    monkeypatch.setattr(requests.Session, "request", no_network)
    hook = _hook(paysecure_conn("ps_remote_http", host="http://paysecure.example.com"))
    with pytest.raises(PaySecureConfigError) as info:
        hook.create_session()
    message = str(info.value)
    assert "refusing plain http://" in message and "paysecure.example.com" in message
    assert LEAK_PASSWORD not in message

    event = run_trigger(PaySecureSessionTrigger("ps_remote_http", poll_interval=0.05))
    assert event["error_type"] == "PaySecureConfigError"
    assert "refusing plain http://" in event["message"]


def test_self_signed_certificate_is_rejected_by_default_and_not_retried(
    tls_server: ScriptedServer, tls_conn: Callable[..., str]
) -> None:
    hook = _hook(tls_conn())
    with pytest.raises(PaySecureTransportError) as info:
        hook.create_session()
    exc = info.value
    assert exc.attempts == 1
    assert "TLS handshake" in str(exc) and "not retried" in str(exc)
    assert "CERTIFICATE_VERIFY_FAILED" in str(exc) or "certificate verify failed" in str(exc)
    assert LEAK_PASSWORD not in str(exc)
    assert len(tls_server.requests) == 0


def test_ca_bundle_in_the_verify_extra_is_accepted(
    pki: tuple[Path, Path, Path], tls_server: ScriptedServer, tls_conn: Callable[..., str]
) -> None:
    session = _hook(tls_conn(verify=str(pki[0]))).create_session()
    assert session.session_id == TLS_SESSION_ID
    assert len(tls_server.requests) == 1


@pytest.mark.filterwarnings("ignore::urllib3.exceptions.InsecureRequestWarning")
def test_verify_false_logs_a_warning_and_connects(
    tls_server: ScriptedServer,
    tls_conn: Callable[..., str],
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with caplog.at_level(logging.WARNING):
        session = _hook(tls_conn(verify=False)).create_session()
    logs = caplog.text + "".join(capsys.readouterr())
    assert session.session_id == TLS_SESSION_ID
    assert "verify=false" in logs and "NOT checked" in logs


def test_trigger_rejects_self_signed_and_accepts_ca_bundle(
    pki: tuple[Path, Path, Path], tls_server: ScriptedServer, tls_conn: Callable[..., str]
) -> None:
    policy = {"retry_limit": 3, "retry_delay": 0.01, "deadline": 5}
    event = run_trigger(PaySecureSessionTrigger(tls_conn(), retry_policy=policy))
    assert event["status"] == "error"
    assert event["error_type"] == "PaySecureTransportError"
    assert "TLS handshake" in event["message"]
    assert len(tls_server.requests) == 0

    event = run_trigger(PaySecureSessionTrigger(tls_conn("ps_tls_ca", verify=str(pki[0])), retry_policy=policy))
    assert event["status"] == "success", event
    assert event["session"]["session_id"] == TLS_SESSION_ID
    assert len(tls_server.requests) == 1
