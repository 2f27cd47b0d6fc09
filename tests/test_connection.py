"""Reading a ``paysecure`` connection: every way of defining it, and every bad one."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from airflow import __version__ as airflow_version

from airflow_provider_paysecure.connection import (
    PaySecureSettings,
    Timeouts,
    build_base_url,
    is_loopback,
    settings_from_connection,
    validate_expiry,
)
from airflow_provider_paysecure.exceptions import PaySecureConfigError
from airflow_provider_paysecure.hooks.paysecure import PaySecureHook
from tests.conftest import LEAK_PASSWORD
from tests.scripted_server import Reply
from tests.test_hook import SUCCESS

AIRFLOW = str(Path(sys.executable).with_name("airflow"))


def conn(**overrides: Any) -> SimpleNamespace:
    fields: dict[str, Any] = {
        "conn_id": "ps",
        "host": None,
        "port": None,
        "login": "user-1",
        "password": LEAK_PASSWORD,
        "extra_dejson": {"merchant_id": "M-1", "version": "v4"},
    }
    fields.update(overrides)
    return SimpleNamespace(**fields)


def test_defaults():
    settings = settings_from_connection(conn())
    assert settings.base_url == "https://api.paysecure.acculynk.net"
    assert settings.credentials.merchant_id == "M-1"
    assert settings.credentials.user_name == "user-1"
    assert settings.credentials.password == LEAK_PASSWORD
    assert settings.credentials.version == "v4"
    assert settings.timeouts == Timeouts(connect=10.0, read=30.0)
    assert settings.verify is True
    assert settings.proxies is None
    assert settings.session_expiry_in_min is None
    assert LEAK_PASSWORD not in repr(settings)


def test_legacy_prefixed_extras_are_read():
    extras = {
        "extra__paysecure__merchant_id": "M-9",
        "extra__paysecure__version": "v3",
        "extra__paysecure__session_expiry_in_min": "12",
        "extra__paysecure__timeout": "5",
        "extra__paysecure__verify": __file__,  # any existing file stands in for a CA bundle
    }
    settings = settings_from_connection(conn(extra_dejson=extras))
    assert settings.credentials.merchant_id == "M-9"
    assert settings.credentials.version == "v3"
    assert settings.session_expiry_in_min == 12.0
    assert settings.timeouts.read == 5.0
    assert settings.verify == __file__


def test_plain_name_wins_over_legacy_and_blank_falls_back():
    extras = {
        "merchant_id": "",
        "extra__paysecure__merchant_id": "M-legacy",
        "version": "v4",
        "extra__paysecure__version": "old",
    }
    settings = settings_from_connection(conn(extra_dejson=extras))
    assert settings.credentials.merchant_id == "M-legacy"
    assert settings.credentials.version == "v4"


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"login": None}, "login (UserName)"),
        ({"login": "  "}, "login (UserName)"),
        ({"password": None}, "password (Password)"),
        ({"password": ""}, "password (Password)"),
        ({"extra_dejson": {"version": "v4"}}, "extra merchant_id (MerchantId)"),
        ({"extra_dejson": {"merchant_id": "M"}}, "extra version (Version)"),
        ({"extra_dejson": {"merchant_id": "M", "version": ""}}, "extra version (Version)"),
    ],
)
def test_missing_required_field_names_connection_and_field(overrides, field):
    with pytest.raises(PaySecureConfigError) as info:
        settings_from_connection(conn(**overrides))
    assert str(info.value).startswith("PaySecure connection 'ps': missing ")
    assert field in str(info.value)
    assert LEAK_PASSWORD not in str(info.value)


def test_all_missing_fields_are_listed_together():
    with pytest.raises(
        PaySecureConfigError, match=r"missing login \(UserName\), password \(Password\), extra merchant_id"
    ):
        settings_from_connection(conn(login=None, password=None, extra_dejson={}))


@pytest.mark.parametrize(
    ("host", "port", "expected"),
    [
        ("api.paysecure.acculynk.net", None, "https://api.paysecure.acculynk.net"),
        ("https://api.paysecure.acculynk.net/", None, "https://api.paysecure.acculynk.net"),
        ("http://127.0.0.1", 8085, "http://127.0.0.1:8085"),
        ("http://localhost:8085", None, "http://localhost:8085"),
        ("http://[::1]", 9000, "http://[::1]:9000"),
        ("https://gateway.example.com/paysecure/", 8443, "https://gateway.example.com:8443/paysecure"),
        ("", None, "https://api.paysecure.acculynk.net"),
    ],
)
def test_base_url(host, port, expected):
    assert settings_from_connection(conn(host=host, port=port)).base_url == expected


@pytest.mark.parametrize("host", ["http://10.0.0.5", "http://api.paysecure.acculynk.net", "http://127.example.com"])
def test_plain_http_to_non_loopback_is_refused(host):
    with pytest.raises(PaySecureConfigError, match="refusing plain http:// to non-loopback host"):
        settings_from_connection(conn(host=host))


@pytest.mark.parametrize("ticked", ["true", True, "y", "Y", "on", "1"])
def test_plain_http_allowed_when_explicitly_asked(ticked):
    """ "y" is what Airflow 2.11's form sends to the Test button for a ticked checkbox."""
    extras = {"merchant_id": "M", "version": "v", "allow_insecure_http": ticked}
    settings = settings_from_connection(conn(host="http://10.0.0.5", extra_dejson=extras))
    assert settings.base_url == "http://10.0.0.5"


@pytest.mark.parametrize("unticked", ["false", False, "n", "", None])
def test_plain_http_still_refused_when_the_box_is_not_ticked(unticked):
    extras = {"merchant_id": "M", "version": "v", "allow_insecure_http": unticked}
    with pytest.raises(PaySecureConfigError, match="refusing plain http:// to non-loopback host '10.0.0.5'"):
        settings_from_connection(conn(host="http://10.0.0.5", extra_dejson=extras))


@pytest.mark.parametrize(
    ("extra", "match"),
    [
        ({"session_expiry_in_min": "-1"}, "session_expiry_in_min must be a positive number"),
        ({"session_expiry_in_min": "0"}, "session_expiry_in_min must be a positive number"),
        ({"timeout": "abc"}, "timeout must be a positive number of seconds"),
        ({"connect_timeout": 0}, "connect_timeout must be a positive number of seconds"),
        ({"allow_insecure_http": "maybe"}, "allow_insecure_http must be true or false, got 'maybe'"),
        ({"allow_insecure_http": "yy"}, "allow_insecure_http must be true or false, got 'yy'"),
        ({"proxies": "not json"}, "proxies must be a JSON object"),
        ({"proxies": ["http://p"]}, "proxies must be a JSON object"),
    ],
)
def test_bad_extras_are_config_errors(extra, match):
    extras = {"merchant_id": "M", "version": "v", **extra}
    with pytest.raises(PaySecureConfigError, match=match):
        settings_from_connection(conn(extra_dejson=extras))


def test_bad_host_and_port_conflict():
    with pytest.raises(PaySecureConfigError, match="host must be a host name or an http"):
        settings_from_connection(conn(host="ftp://files.example.com"))
    with pytest.raises(PaySecureConfigError, match="contradicts"):
        settings_from_connection(conn(host="http://127.0.0.1:80", port=81))


@pytest.mark.parametrize(
    ("value", "expected"), [("false", False), ("True", True), (False, False), (__file__, __file__), (None, True)]
)
def test_verify_values(value, expected):
    extras = {"merchant_id": "M", "version": "v", "verify": value}
    assert settings_from_connection(conn(extra_dejson=extras)).verify == expected


def test_proxies_as_json_string_or_object():
    for value in ('{"https": "http://proxy:3128"}', {"https": "http://proxy:3128"}):
        extras = {"merchant_id": "M", "version": "v", "proxies": value}
        assert settings_from_connection(conn(extra_dejson=extras)).proxies == {"https": "http://proxy:3128"}


def test_numeric_version_is_kept_as_text():
    settings = settings_from_connection(conn(extra_dejson={"merchant_id": 12345, "version": 4.0}))
    assert settings.credentials.version == "4.0"
    assert settings.credentials.merchant_id == "12345"


@pytest.mark.parametrize(("value", "expected"), [(None, None), ("", None), (15, 15.0), ("2.5", 2.5)])
def test_validate_expiry_accepts(value, expected):
    assert validate_expiry(value) == expected


@pytest.mark.parametrize("value", [0, -1, "x", True, float("inf"), float("nan"), [1]])
def test_validate_expiry_refuses(value):
    with pytest.raises(ValueError, match="must be a positive number of minutes"):
        validate_expiry(value)


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("127.0.0.1", True),
        ("127.9.9.9", True),
        ("::1", True),
        ("localhost", True),
        ("10.0.0.1", False),
        ("example.com", False),
        ("0.0.0.0", False),
    ],
)
def test_is_loopback(host, expected):
    assert is_loopback(host) is expected


# ------------------------------------------------------- the three ways to define a connection


def _uri(port: int) -> str:
    from airflow.providers.common.compat.sdk import Connection

    return Connection(
        conn_id="x",
        conn_type="paysecure",
        host="http://127.0.0.1",
        port=port,
        login="user 1",
        password=LEAK_PASSWORD,
        extra=json.dumps({"merchant_id": "M-URI", "version": "v4", "session_expiry_in_min": 3}),
    ).get_uri()


def test_connection_from_env_uri(scripted_server, monkeypatch):
    uri = _uri(scripted_server.port)
    assert uri.startswith("paysecure://")
    monkeypatch.setenv("AIRFLOW_CONN_PAYSECURE_URI", uri)
    scripted_server.script(Reply(body=SUCCESS))
    hook = PaySecureHook("paysecure_uri")
    session = hook.create_session()
    assert session.session_id == "6f1c2d3e4f5a6b7c8d9e"
    sent = json.loads(scripted_server.requests[0].body)
    assert sent["Credentials"] == {
        "MerchantId": "M-URI",
        "UserName": "user 1",
        "Password": LEAK_PASSWORD,
        "Version": "v4",
    }
    assert sent["SessionExpiryInMin"] == 3


def test_connection_from_env_json(scripted_server, monkeypatch):
    monkeypatch.setenv(
        "AIRFLOW_CONN_PAYSECURE_JSON",
        json.dumps(
            {
                "conn_type": "paysecure",
                "host": "http://127.0.0.1",
                "port": scripted_server.port,
                "login": "u",
                "password": LEAK_PASSWORD,
                "extra": {"merchant_id": "M-JSON", "version": "1.10"},
            }
        ),
    )
    scripted_server.script(Reply(body=SUCCESS))
    PaySecureHook("paysecure_json").create_session()
    creds = json.loads(scripted_server.requests[0].body)["Credentials"]
    assert creds["MerchantId"] == "M-JSON"
    assert creds["Version"] == "1.10"  # JSON keeps it a string


@pytest.fixture(scope="module")
def migrated_db() -> None:
    subprocess.run([AIRFLOW, "db", "migrate"], check=True, capture_output=True, timeout=300)


def test_connection_from_cli(scripted_server, migrated_db):
    env = dict(os.environ)
    subprocess.run([AIRFLOW, "connections", "delete", "paysecure_cli"], env=env, capture_output=True, timeout=120)
    added = subprocess.run(
        [
            AIRFLOW,
            "connections",
            "add",
            "paysecure_cli",
            "--conn-type",
            "paysecure",
            "--conn-host",
            "http://127.0.0.1",
            "--conn-port",
            str(scripted_server.port),
            "--conn-login",
            "cli-user",
            "--conn-password",
            LEAK_PASSWORD,
            "--conn-extra",
            json.dumps({"merchant_id": "M-CLI", "version": "v4"}),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert added.returncode == 0, added.stderr[-2000:]
    assert LEAK_PASSWORD not in added.stdout + added.stderr
    scripted_server.script(Reply(body=SUCCESS))
    # `airflow connections test` reads it back from the metadata DB and calls test_connection()
    tested = subprocess.run(
        [AIRFLOW, "connections", "test", "paysecure_cli"],
        env={**env, "AIRFLOW__CORE__TEST_CONNECTION": "Enabled"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    output = tested.stdout + tested.stderr
    assert tested.returncode == 0, output[-2000:]
    assert "Connection success" in output
    assert "6f1c2d3e4f5a6b7c8d9e" not in output
    assert LEAK_PASSWORD not in output
    creds = json.loads(scripted_server.requests[0].body)["Credentials"]
    assert creds == {"MerchantId": "M-CLI", "UserName": "cli-user", "Password": LEAK_PASSWORD, "Version": "v4"}


def test_settings_type_is_exported():
    assert PaySecureSettings.__dataclass_params__.frozen  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("override", "expected"),
    [(None, (10.0, 30.0)), (5, (5.0, 5.0)), ((2, 7.5), (2.0, 7.5)), ([3, 4], (3.0, 4.0))],
)
def test_request_timeouts(override, expected):
    assert settings_from_connection(conn()).request_timeouts(override) == expected


def test_expiry_falls_back_to_the_connection_default():
    settings = settings_from_connection(
        conn(extra_dejson={"merchant_id": "M", "version": "v", "session_expiry_in_min": 9})
    )
    assert settings.expiry(None) == 9.0
    assert settings.expiry(2.5) == 2.5
    assert settings_from_connection(conn()).expiry(None) is None


# ------------------------------------- what the README says about numeric-looking versions in URIs

VERSION_URIS = {
    "plain": "paysecure://u:pw-123456@api.example.com/?merchant_id=M-1&version=1.10",
    "quoted": "paysecure://u:pw-123456@api.example.com/?merchant_id=M-1&version=%221.10%22",
}
#: Airflow 3.3's ``airflow connections add --conn-uri`` JSON-decodes URI query values;
#: 2.11 and 3.0 keep them as strings, as every ``AIRFLOW_CONN_*`` URI does.
CLI_DECODES_QUERY_JSON = tuple(int(part) for part in airflow_version.split(".")[:2]) >= (3, 3)


def test_env_uri_keeps_query_values_as_plain_strings(monkeypatch: pytest.MonkeyPatch) -> None:
    from airflow.providers.common.compat.sdk import BaseHook

    for name, uri in VERSION_URIS.items():
        monkeypatch.setenv(f"AIRFLOW_CONN_PS_VERSION_{name.upper()}", uri)
    plain = settings_from_connection(BaseHook.get_connection("ps_version_plain"))
    quoted = settings_from_connection(BaseHook.get_connection("ps_version_quoted"))
    assert plain.credentials.version == "1.10"
    assert quoted.credentials.version == '"1.10"'  # the quotes become part of the version


def test_cli_conn_uri_json_decodes_query_values_on_airflow_3_3(caplog: pytest.LogCaptureFixture) -> None:
    # `airflow connections add --conn-uri` stores exactly `airflow.models.Connection(uri=...)`
    from airflow.models import Connection

    stored = {
        name: Connection(conn_id=f"ps_cli_version_{name}", uri=uri).extra_dejson["version"]
        for name, uri in VERSION_URIS.items()
    }
    if CLI_DECODES_QUERY_JSON:
        assert stored == {"plain": 1.1, "quoted": "1.10"}  # the number loses its trailing zero
        with caplog.at_level("WARNING"):
            settings = settings_from_connection(conn(extra_dejson={"merchant_id": "M-1", "version": stored["plain"]}))
        assert settings.credentials.version == "1.1"
        assert "--conn-uri" in caplog.text and "version=%221.10%22" in caplog.text
    else:
        assert stored == {"plain": "1.10", "quoted": '"1.10"'}


def test_response_cap_and_retry_safe_operations_extras():
    default = settings_from_connection(conn())
    assert default.max_response_bytes == 1024 * 1024
    assert default.retry_safe_operations == frozenset()
    extras: dict[str, Any] = {"merchant_id": "M-1", "version": "v4", "max_response_bytes": "4194304"}
    assert settings_from_connection(conn(extra_dejson=extras)).max_response_bytes == 4 * 1024 * 1024
    for value in (["PSBINCheck", "LookupThing"], '["PSBINCheck", "LookupThing"]', "PSBINCheck, LookupThing"):
        extras = {"merchant_id": "M-1", "version": "v4", "retry_safe_operations": value}
        settings = settings_from_connection(conn(extra_dejson=extras))
        assert settings.retry_safe_operations == {"PSBINCheck", "LookupThing"}


@pytest.mark.parametrize(
    ("extra", "match"),
    [
        (
            {"max_response_bytes": "lots"},
            "extra max_response_bytes must be a whole number of bytes from 1024 to 67108864, got 'lots'",
        ),
        ({"max_response_bytes": 10}, "from 1024 to 67108864, got 10"),
        ({"max_response_bytes": 1 << 30}, "got 1073741824"),
        ({"max_response_bytes": True}, "got True"),
        ({"retry_safe_operations": ["Create Card"]}, "extra retry_safe_operations must be a list of operation names"),
        ({"retry_safe_operations": {"a": 1}}, "extra retry_safe_operations must be a list of operation names"),
    ],
)
def test_bad_cap_and_retry_safe_extras_are_config_errors(extra, match):
    with pytest.raises(PaySecureConfigError, match=match):
        settings_from_connection(conn(extra_dejson={"merchant_id": "M-1", "version": "v4", **extra}))


@pytest.mark.parametrize(
    ("extra", "match"),
    [
        (
            {"verify": "maybe"},
            "extra verify must be true, false or the path of a CA bundle file or directory, got 'maybe'",
        ),
        ({"verify": "/no/such/ca.pem"}, "got '/no/such/ca.pem'"),
        (
            {"proxies": {"http": "not a url"}},
            r"extra proxies: the proxy for 'http' is not a URL like http://proxy:3128$",
        ),
        ({"proxies": {"https": "ftp://proxy:21"}}, "the proxy for 'https' is not a URL"),
        ({"proxies": {"https": "http://proxy:notaport"}}, "the proxy for 'https' is not a URL"),
    ],
)
def test_unusable_verify_and_proxies_are_config_errors_naming_the_field(extra, match):
    with pytest.raises(PaySecureConfigError, match=match) as info:
        settings_from_connection(conn(extra_dejson={"merchant_id": "M-1", "version": "v4", **extra}))
    assert "notaport" not in str(info.value)  # a proxy URL (it may carry a password) is never quoted


def test_proxy_urls_with_credentials_and_socks_are_accepted():
    proxies = {"https": "http://user:pw@proxy.example:3128", "http": "socks5h://127.0.0.1:1080"}
    settings = settings_from_connection(conn(extra_dejson={"merchant_id": "M-1", "version": "v4", "proxies": proxies}))
    assert settings.proxies == proxies


# ------------------------------------------------------- the host guard


@pytest.mark.parametrize(
    ("host", "port", "insecure", "expected"),
    [
        ("API.PaySecure.Acculynk.NET", None, False, "https://api.paysecure.acculynk.net"),
        ("HTTPS://gateway.example.com:8443/a/b/", None, False, "https://gateway.example.com:8443/a/b"),
        ("gateway.example.com:8443", 8443, False, "https://gateway.example.com:8443"),
        ("gateway.example.com", "8443", False, "https://gateway.example.com:8443"),
        ("http://127.0.0.1", 0, False, "http://127.0.0.1"),
        ("http://[::1]:9000/p", None, False, "http://[::1]:9000/p"),
        ("[::1]", None, False, "https://[::1]"),
        ("http://10.0.0.5:80", None, True, "http://10.0.0.5:80"),
        ("http://pay_secure.internal", None, True, "http://pay_secure.internal"),
        ("https://h.example/v1.2/x_y~z-w", None, False, "https://h.example/v1.2/x_y~z-w"),
        (None, None, False, "https://api.paysecure.acculynk.net"),
        ("  ", None, False, "https://api.paysecure.acculynk.net"),
        ("https://h.example:65535", 65535, False, "https://h.example:65535"),
        ("https://h.example:1", None, False, "https://h.example:1"),
    ],
)
def test_build_base_url_from_validated_parts(host, port, insecure, expected):
    assert build_base_url(host, port, allow_insecure_http=insecure) == expected


HOSTILE_HOSTS = [
    ("http://evil.example:1\\@127.0.0.1:2", "backslashes"),
    ("http://evil.example\\@127.0.0.1", "backslashes"),
    ("http://alice:Secret-PW@127.0.0.1", "user info"),
    ("alice:Secret-PW@api.example.com", "user info"),
    ("https://alice@api.example.com/x", "user info"),
    ("http://127.0.0.1%2f@evil.example", "user info"),
    ("http://127.0.0.1 .evil.example", "whitespace"),
    ("http://127.0.0.1\tevil", "whitespace"),
    ("http://127.0.0.1\r\nHost: evil.example", "whitespace"),
    ("http://127.0.0.1\x00.evil.example", "control characters"),
    ("http://127.0.0.1\x7f", "control characters"),
    ("http://127.0.0.1\x85", "control characters"),
    ("http://127.0.0.1\u2028evil", "whitespace"),
    ("http://127.0.0.1\u00a0", "whitespace"),
    ("http://evil.example#@127.0.0.1", "user info"),
    ("http://evil.example/#x", "fragment"),
    ("http://evil.example?@127.0.0.1", "user info"),
    ("http://evil.example?x=1", "query"),
    ("http://127.0.0.1%00", "host must be a host name"),
    ("http://127.0.0.1:80:81", "host must be a host name"),
    ("http://127.0.0.1:+80", "host must be a host name"),
    ("http://127.0.0.1:8_0", "host must be a host name"),
    ("http://127.0.0.1:123456", "host must be a host name"),
    ("http://127.0.0.1:99999", "port must be a whole number from 1 to 65535"),
    ("http://127.0.0.1:0", "port must be a whole number from 1 to 65535"),
    ("http://[::1", "host must be a host name"),
    ("http://[zz::1]", "host must be a host name"),
    ("http://[1:2:3]", "malformed IPv6"),
    ("http://[fe80::1%25eth0]", "host must be a host name"),
    ("http://évil.example", "host must be a host name"),
    ("http://\u0130.example", "host must be a host name"),
    ("http://127.0.0.1\u3002evil.example", "host must be a host name"),
    ("http://localhost\uff0eevil.example", "host must be a host name"),
    ("http://", "host must be a host name"),
    ("http:///x", "host must be a host name"),
    ("http://:80", "host must be a host name"),
    ("http://...", "no host name"),
    ("http://127.0.0.1/pa%20th", "path prefix"),
    ("http://127.0.0.1/a/../b", "path prefix"),
    ("http://127.0.0.1/a;b", "path prefix"),
    ("file:///etc/passwd", "scheme 'file'"),
    ("ftp://files.example.com", "scheme 'ftp'"),
    ("javascript:alert(1)", "host must be a host name"),
    ("http://evil.example", "refusing plain http:// to non-loopback host 'evil.example'"),
    ("http://127.0.0.1.evil.example", "refusing plain http://"),
    ("http://localhost.evil.example", "refusing plain http://"),
    ("http://127.1", "refusing plain http://"),
    ("http://2130706433", "refusing plain http://"),
    ("http://0x7f.0.0.1", "refusing plain http://"),
]


@pytest.mark.parametrize(("host", "match"), HOSTILE_HOSTS)
def test_hostile_hosts_are_refused(host, match):
    with pytest.raises(PaySecureConfigError, match=re.escape(match)) as info:
        build_base_url(host, None)
    message = str(info.value)
    assert "Secret" not in message and "alice" not in message


def test_hostile_host_in_a_connection_names_the_connection_not_the_password():
    with pytest.raises(PaySecureConfigError) as info:
        settings_from_connection(conn(host=f"https://user-1:{LEAK_PASSWORD}@api.example.com"))
    assert str(info.value).startswith("PaySecure connection 'ps': host must not contain user info")
    assert LEAK_PASSWORD not in str(info.value) and "user-1" not in str(info.value)
    assert info.value.__cause__ is None and info.value.__suppress_context__
    assert LEAK_PASSWORD not in str(info.value.__context__)


@pytest.mark.parametrize(("port", "match"), [("abc", "whole number"), (70000, "1 to 65535"), (-1, "1 to 65535")])
def test_bad_port_field(port, match):
    with pytest.raises(PaySecureConfigError, match=match):
        build_base_url("https://h.example", port)


def test_port_field_must_agree_with_the_host():
    with pytest.raises(PaySecureConfigError, match="port 81 contradicts the port 80 in host"):
        build_base_url("http://127.0.0.1:80", 81)
    assert build_base_url("http://127.0.0.1:80", 80) == "http://127.0.0.1:80"


def test_parsers_that_disagree_are_refused(monkeypatch):
    import httpx

    real = httpx.URL

    class Liar:
        def __init__(self, url: str) -> None:
            parsed = real(url)
            self.host, self.port = "evil.example", parsed.port

    monkeypatch.setattr(httpx, "URL", Liar)
    with pytest.raises(PaySecureConfigError, match="host is read differently by httpx"):
        build_base_url("https://h.example")

    class Broken:
        def __init__(self, url: str) -> None:
            raise ValueError("cannot parse")

    monkeypatch.setattr(httpx, "URL", Broken)
    with pytest.raises(PaySecureConfigError, match="host is read differently by httpx"):
        build_base_url("https://h.example")

    class NoHost:
        def __init__(self, url: str) -> None:
            self.host, self.port = None, None

    monkeypatch.setattr(httpx, "URL", NoHost)
    with pytest.raises(PaySecureConfigError, match="host is read differently by httpx"):
        build_base_url("https://h.example")

    class OtherPort:
        def __init__(self, url: str) -> None:
            self.host, self.port = "h.example", 444

    monkeypatch.setattr(httpx, "URL", OtherPort)
    with pytest.raises(PaySecureConfigError, match="host is read differently by httpx"):
        build_base_url("https://h.example")


def test_the_bypass_string_really_splits_the_parsers():
    """The host that bypassed the old guard: urllib sees one host, urllib3 another."""
    from urllib.parse import urlsplit

    import urllib3

    raw = "http://evil.example:1\\@127.0.0.1:2"
    assert urlsplit(raw).hostname == "127.0.0.1"
    assert urllib3.util.parse_url(raw).host == "evil.example"


def _posted_to(base_url: str) -> None:
    """POST ``CreateSession`` under ``base_url`` with requests, httpx and the trigger's transport."""
    import asyncio
    import contextlib

    import httpx
    import requests

    from airflow_provider_paysecure.call import Call
    from airflow_provider_paysecure.exceptions import PaySecureError
    from airflow_provider_paysecure.retry import RetryPolicy
    from airflow_provider_paysecure.transports import async_http
    from airflow_provider_paysecure.wire import Credentials, build_request

    url = base_url + "/CreateSession"
    with requests.Session() as session:
        session.trust_env = False  # no proxy from the environment: the built URL alone decides
        session.post(url, data=b"{}", timeout=5, allow_redirects=False)
    with httpx.Client(timeout=5, trust_env=False) as client:
        client.post(url, content=b"{}")
    request = build_request(base_url, "CreateSession", Credentials("M", "U", "P", "v"))
    call: Call[object] = Call(request, RetryPolicy(retry_limit=0), connect_s=5, read_s=5, max_bytes=1 << 16)

    async def post() -> None:
        async with async_http.Pool(trust_env=False) as pool:
            await async_http.run(call, pool)

    with contextlib.suppress(PaySecureError):  # the server answers 500: only where it landed matters
        asyncio.run(post())


def test_both_transports_reach_exactly_the_validated_host():
    """Real requests, httpx and trigger-transport POSTs to the built URL land on the validated server only."""
    from tests.scripted_server import ScriptedServer

    with ScriptedServer() as target, ScriptedServer() as decoy:
        t, d = target.port, decoy.port
        accepted = [
            (f"http://127.0.0.1:{t}", None, ""),
            ("http://127.0.0.1", t, ""),
            (f"HTTP://LOCALHOST:{t}/prefix/", None, "/prefix"),
            ("127.0.0.1", t, ""),  # https by default: refused by the server's plain socket, never the decoy
        ]
        for host, port, prefix in accepted:
            url = build_base_url(host, port)
            target.requests.clear()
            if url.startswith("https://"):
                assert url == f"https://127.0.0.1:{t}"
                continue
            _posted_to(url)
            assert [r.path for r in target.requests] == [f"{prefix}/CreateSession"] * 3, host
        hostile = [
            f"http://127.0.0.1:{d}\\@127.0.0.1:{t}",
            f"http://127.0.0.1:{d}#@127.0.0.1:{t}",
            f"http://x:y@127.0.0.1:{t}",
            f"http://127.0.0.1:{t}\t:{d}",
        ]
        for host in hostile:
            with pytest.raises(PaySecureConfigError):
                build_base_url(host, None)
        assert decoy.requests == []


# ------------------------------------------------------- exact messages and bounds (mutation testing)


def test_unnamed_connection_and_exact_missing_message():
    with pytest.raises(PaySecureConfigError) as info:
        settings_from_connection(conn(conn_id=None, extra_dejson={"merchant_id": "M"}))
    assert str(info.value) == "PaySecure connection '<unnamed>': missing extra version (Version)"
    assert settings_from_connection(conn()).conn_id == "ps"


def test_blank_plain_and_legacy_extras_read_as_unset():
    extras = {"merchant_id": "M", "version": "v", "timeout": "", "extra__paysecure__timeout": "", "proxies": {}}
    settings = settings_from_connection(conn(extra_dejson=extras))
    assert settings.timeouts.read == 30.0
    assert settings.proxies is None


def test_numeric_version_warns_with_the_exact_advice(caplog):
    with caplog.at_level("WARNING", logger="airflow_provider_paysecure.connection"):
        settings_from_connection(conn(extra_dejson={"merchant_id": "M", "version": 4.1}))
        settings_from_connection(conn(extra_dejson={"merchant_id": "M", "version": "4.10"}))
        settings_from_connection(conn(extra_dejson={"merchant_id": "M", "version": True}))
    assert [r.getMessage() for r in caplog.records] == [
        "PaySecure connection 'ps': extra 'version' is the number 4.1, not a string; 'airflow connections add "
        "--conn-uri' parses URI query values as JSON, so quote it there (version=%221.10%22) or use the JSON form "
        "if the version has trailing zeros."
    ]


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ({"session_expiry_in_min": "-1"}, "extra session_expiry_in_min must be a positive number of minutes, got '-1'"),
        ({"timeout": "inf"}, "extra timeout must be a positive number of seconds, got 'inf'"),
        ({"timeout": True}, "extra timeout must be a positive number of seconds, got True"),
        ({"proxies": "not json"}, 'extra proxies must be a JSON object like {"https": "http://proxy:3128"}'),
        ({"proxies": {"https": 5}}, 'extra proxies must be a JSON object like {"https": "http://proxy:3128"}'),
    ],
)
def test_exact_extra_messages(extra, expected):
    with pytest.raises(PaySecureConfigError) as info:
        settings_from_connection(conn(extra_dejson={"merchant_id": "M", "version": "v", **extra}))
    assert str(info.value) == f"PaySecure connection 'ps': {expected}"


def test_small_positive_values_are_accepted():
    extras = {
        "merchant_id": "M",
        "version": "v",
        "timeout": "0.5",
        "connect_timeout": 0.25,
        "session_expiry_in_min": 0.5,
    }
    settings = settings_from_connection(conn(extra_dejson=extras))
    assert settings.timeouts == Timeouts(connect=0.25, read=0.5)
    assert settings.session_expiry_in_min == 0.5
    assert validate_expiry(0.01) == 0.01
    with pytest.raises(ValueError, match=r"\Asession_expiry_in_min must be a positive number of minutes, got 0\Z"):
        validate_expiry(0)


def test_json_boolean_allow_insecure_http():
    extras = {"merchant_id": "M", "version": "v", "allow_insecure_http": True}
    assert settings_from_connection(conn(host="http://10.0.0.5", extra_dejson=extras)).base_url == "http://10.0.0.5"
    extras["allow_insecure_http"] = False
    with pytest.raises(PaySecureConfigError, match="refusing plain http://"):
        settings_from_connection(conn(host="http://10.0.0.5", extra_dejson=extras))


def test_localhost_localdomain_is_loopback():
    assert is_loopback("LocalHost.LocalDomain") is True


HOST_MESSAGES = {
    "http://a\\b": "host must not contain whitespace, control characters or backslashes "
    "(write it as a host name or an http(s) URL)",
    "x" * 25 + "://h": "host must be a host name or an http(s) URL, got scheme " + repr("x" * 20),
    "https://u:p@h": "host must not contain user info (user:password@); put the user name and the "
    "password in the connection's login and password fields",
    "https://h/?q": "host must not contain a query (?) or a fragment (#)",
    "https://h%41": "host must be a host name (letters, digits, '-', '_', '.'), an IPv4 address or an IPv6 "
    "address in brackets, with an optional :port",
    "https://[1:2]": "host has a malformed IPv6 address in brackets",
    "https://..": "host has no host name",
    "https://h/a//b": "the path prefix in host may only have letters, digits and - . _ ~ between single slashes "
    "(and no . or .. segment)",
    "https://h:65536": "port must be a whole number from 1 to 65535",
    "http://h.example": "refusing plain http:// to non-loopback host 'h.example': credentials would cross the "
    'network unencrypted. Use https, or set extra "allow_insecure_http": true if you really mean it.',
}


@pytest.mark.parametrize(("host", "message"), HOST_MESSAGES.items())
def test_host_guard_messages(host, message):
    with pytest.raises(PaySecureConfigError) as info:
        build_base_url(host)
    assert str(info.value) == message


@pytest.mark.parametrize(
    ("host", "port", "expected"),
    [
        ("https://hostX", None, "https://hostx"),
        ("https://h.example/pathX/", None, "https://h.example/pathX"),
        ("https://[1::]", None, "https://[1::]"),
        ("https://h", "", "https://h"),
        ("https://h", 65535, "https://h:65535"),
    ],
)
def test_host_guard_edges(host, port, expected):
    assert build_base_url(host, port) == expected


def test_port_field_messages():
    with pytest.raises(PaySecureConfigError, match=r"\Aport must be a whole number from 1 to 65535\Z"):
        build_base_url("https://h", "x")  # type: ignore[arg-type]
    with pytest.raises(PaySecureConfigError, match=r"\Aport must be a whole number from 1 to 65535\Z"):
        build_base_url("https://h", 65536)


@pytest.mark.parametrize("parser", ["urllib.parse", "urllib3"])
def test_each_parser_is_consulted(monkeypatch, parser):
    import urllib3

    from airflow_provider_paysecure import connection

    def liar(url: str) -> Any:
        return SimpleNamespace(hostname="evil.example", host="evil.example", port=None)

    if parser == "urllib.parse":
        monkeypatch.setattr(connection, "urlsplit", liar)
    else:
        monkeypatch.setattr(urllib3.util, "parse_url", liar)
    with pytest.raises(PaySecureConfigError) as info:
        build_base_url("https://h.example")
    assert str(info.value) == f"host is read differently by {parser}; write it as a plain host name or URL"


def test_password_repr_is_masked():
    password = settings_from_connection(conn()).credentials.password
    assert repr(password) == "'***'"
    assert password == LEAK_PASSWORD and f"{password}" == LEAK_PASSWORD


def test_allow_insecure_http_false_as_text():
    extras = {"merchant_id": "M", "version": "v", "allow_insecure_http": "false"}
    with pytest.raises(PaySecureConfigError, match="refusing plain http://"):
        settings_from_connection(conn(host="http://10.0.0.5", extra_dejson=extras))


def test_secrets_hold_the_password_and_every_proxy_credential(monkeypatch):
    import base64

    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("https_proxy", "http://envuser:Env%2FSecret-9@proxy.example:3128")
    monkeypatch.setenv("ALL_PROXY", "http://Tok3n-As-User@proxy.example:3128")  # a token in the user name
    extra = {"merchant_id": "M-1", "version": "v4", "proxies": {"https": "http://alice:p%40ss-W0rd@proxy:3128"}}
    secrets = settings_from_connection(conn(extra_dejson=extra)).secrets
    assert secrets[0] == LEAK_PASSWORD
    for expected in (
        "p%40ss-W0rd",
        "p@ss-W0rd",
        base64.b64encode(b"alice:p@ss-W0rd").decode(),  # the Proxy-Authorization value
        "Env/Secret-9",
        base64.b64encode(b"envuser:Env/Secret-9").decode(),
        "Tok3n-As-User",
    ):
        assert expected in secrets, expected
    assert "alice" not in secrets and "envuser" not in secrets  # a user name with a password is not secret


def test_secrets_without_proxies_are_the_password_alone(monkeypatch):
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", "http://proxy.example:3128")  # no credentials
    assert settings_from_connection(conn()).secrets == (LEAK_PASSWORD,)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("envuser:Env-Secret-9@proxy:3128", {"Env-Secret-9"}),  # no scheme, as HTTP_PROXY may be written
        ("http://:only-Pa55word@proxy:3128", {"only-Pa55word"}),  # no user name
        ("http://Tok3n-As-User@proxy:3128", {"Tok3n-As-User"}),  # a token as the user name
        ("http://j%C3%BCrgen:s%C3%B6sse-1@proxy:3128", {"s%C3%B6sse-1", "sösse-1"}),
    ],
)
def test_proxy_secrets_in_every_form(url, expected):
    import base64
    from urllib.parse import unquote, urlsplit

    from airflow_provider_paysecure.connection import _proxy_secrets

    found = set(_proxy_secrets(url))
    parts = urlsplit(url if "://" in url else f"http://{url}")
    pair = f"{unquote(parts.username or '')}:{unquote(parts.password or '')}"
    basic = {base64.b64encode(pair.encode(codec)).decode("ascii") for codec in ("latin-1", "utf-8")}
    assert found == expected | basic


def test_proxy_secrets_of_a_url_without_credentials_or_unreadable():
    from airflow_provider_paysecure.connection import _proxy_secrets

    assert _proxy_secrets("http://proxy:3128") == []
    assert _proxy_secrets("http://u:p@proxy:99999999") == ["p", "dTpw"]  # the port is not needed
    assert _proxy_secrets("http://[::1") == []  # unreadable
    # not Latin-1: the Basic value is UTF-8 only
    assert _proxy_secrets("http://u:pa%E2%82%ACss@p") == ["pa%E2%82%ACss", "pa€ss", "dTpwYeKCrHNz"]
