"""TLS and transport rules: no plain http to remote hosts, verify on by default.

A CA and a server certificate (SAN ``IP:127.0.0.1``) are generated at test time
with ``cryptography``; an ``ssl``-wrapped ``http.server`` on 127.0.0.1 answers
``CreateSession``.
"""

from __future__ import annotations

import datetime
import ipaddress
import json
import logging
import ssl
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import requests
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from airflow_provider_paysecure.exceptions import PaySecureConfigError, PaySecureTransportError
from airflow_provider_paysecure.hooks.paysecure import PaySecureHook
from airflow_provider_paysecure.triggers.paysecure import PaySecureSessionTrigger
from tests.conftest import LEAK_PASSWORD, run_trigger
from tests.scripted_server import Reply, ScriptedServer

SUCCESS = json.dumps({"SessionId": "tls-session-0123456789", "Timestamps": {}}).encode()


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _write_pki(directory: Path) -> tuple[Path, Path, Path]:
    """A CA, and a server certificate for IP 127.0.0.1 signed by it: (ca, cert, key)."""
    now = datetime.datetime.now(datetime.timezone.utc)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(_name("PaySecure test CA"))
        .issuer_name(_name("PaySecure test CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                key_cert_sign=True,
                crl_sign=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("127.0.0.1"))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    ca_path, cert_path, key_path = (directory / n for n in ("ca.pem", "server.pem", "key.pem"))
    ca_path.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return ca_path, cert_path, key_path


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    return _write_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture
def tls_server(pki: tuple[Path, Path, Path]) -> Iterator[ScriptedServer]:
    """An https server on 127.0.0.1 whose certificate is signed by a CA made at test time."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(pki[1], pki[2])
    with ScriptedServer(ssl_context=context) as server:
        server.script(Reply(body=SUCCESS))
        yield server


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
    assert session.session_id == "tls-session-0123456789"
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
    assert session.session_id == "tls-session-0123456789"
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
    assert event["session"]["session_id"] == "tls-session-0123456789"
    assert len(tls_server.requests) == 1
