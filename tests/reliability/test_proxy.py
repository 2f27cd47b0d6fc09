"""Both transports through a real forward proxy on 127.0.0.1.

:class:`ForwardProxy` is a small threaded HTTP proxy: it tunnels ``CONNECT`` and
forwards absolute-form requests, and records the request line and the
``Proxy-Authorization`` header of everything it is asked. Each case runs the
hook (``requests``) and the trigger (the ``asyncio`` transport) against it and
expects the same route, the same credentials and the same outcome.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import urlsplit

import pytest

from airflow_provider_paysecure.exceptions import PaySecureConfigError, PaySecureError, PaySecureTransportError
from airflow_provider_paysecure.hooks.paysecure import PaySecureHook
from airflow_provider_paysecure.triggers.paysecure import PaySecureSessionTrigger
from tests.conftest import run_trigger
from tests.raw_server import RawServer
from tests.reliability.conftest import TLS_SESSION_ID, TLS_SUCCESS
from tests.scripted_server import Reply, ScriptedServer

TRANSPORTS = ["hook", "trigger"]
POLICY = {"retry_limit": 1, "retry_delay": 0.01, "deadline": 5}
#: ``p@ss`` is URL-encoded in the proxy URL; the proxy must see it decoded.
PROXY_USER, PROXY_PASSWORD = "alice", "p@ss w0rd"
PROXY_USERINFO = "alice:p%40ss%20w0rd"
BASIC = "Basic " + base64.b64encode(f"{PROXY_USER}:{PROXY_PASSWORD}".encode()).decode()


class Asked(NamedTuple):
    method: str
    target: str
    proxy_authorization: str | None


class ForwardProxy(RawServer):
    """A forward proxy on 127.0.0.1; answers ``refuse`` (e.g. 407) to everything when set.

    :param refuse: a status to answer every request with instead of proxying it.
    """

    def __init__(self, refuse: int | None = None) -> None:
        super().__init__(lambda conn, stop: None)  # _handle below does the work
        self.refuse = refuse
        self.asked: list[Asked] = []

    def url(self, userinfo: str = PROXY_USERINFO) -> str:
        """The proxy's URL, with ``userinfo`` (may be empty)."""
        return f"http://{userinfo + '@' if userinfo else ''}127.0.0.1:{self.port}"

    def __enter__(self) -> ForwardProxy:
        super().__enter__()
        return self

    def _handle(self, client: socket.socket) -> None:
        with contextlib.suppress(OSError), client:
            client.settimeout(5)
            data = b""
            while b"\r\n\r\n" not in data and len(data) < 65536:
                chunk = client.recv(4096)
                if not chunk:
                    return
                data += chunk
            head, _, rest = data.partition(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            method, target, _version = lines[0].split(" ", 2)
            headers = [line.split(":", 1) for line in lines[1:]]
            auth = next((v.strip() for k, v in headers if k.strip().lower() == "proxy-authorization"), None)
            self.asked.append(Asked(method, target, auth))
            if self.refuse is not None:  # and echo, as some proxies do, the credentials it was given
                echo = base64.b64decode((auth or "Basic ").split(" ", 1)[1] or b"")
                client.sendall(
                    f"HTTP/1.1 {self.refuse} Refused\r\nContent-Length: {len(echo)}\r\nConnection: close\r\n\r\n".encode()
                    + echo
                )
                return
            if method == "CONNECT":
                host, _, port = target.rpartition(":")
                upstream = socket.create_connection((host, int(port)), timeout=5)
                client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
            else:
                url = urlsplit(target)
                upstream = socket.create_connection((url.hostname or "", url.port or 80), timeout=5)
                kept = [
                    f"{k}:{v}" for k, v in headers if k.strip().lower() not in ("proxy-authorization", "connection")
                ]
                origin = f"{method} {url.path or '/'} HTTP/1.1"
                upstream.sendall("\r\n".join([origin, *kept, "Connection: close", "", ""]).encode("latin-1") + rest)
                rest = b""
            with upstream:
                pump = threading.Thread(target=self._pipe, args=(client, upstream), daemon=True)
                pump.start()
                self._pipe(upstream, client)
                pump.join(5)

    def _pipe(self, src: socket.socket, dst: socket.socket) -> None:
        src.settimeout(0.2)
        with contextlib.suppress(OSError):
            while not self.stop.is_set():
                try:
                    chunk = src.recv(65536)
                except TimeoutError:
                    continue
                if not chunk:
                    break
                dst.sendall(chunk)
        with contextlib.suppress(OSError):
            dst.shutdown(socket.SHUT_WR)


@pytest.fixture
def proxy() -> Iterator[ForwardProxy]:
    with ForwardProxy() as running:
        yield running


@pytest.fixture
def proxy_env(monkeypatch: pytest.MonkeyPatch) -> Callable[[str, str], None]:
    """No proxy variable set; returns ``set_env(NAME, value)``, which sets both spellings."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)

    def set_env(name: str, value: str) -> None:
        monkeypatch.setenv(name, value)
        monkeypatch.setenv(name.lower(), value)

    return set_env


@pytest.fixture
def http_server() -> Iterator[ScriptedServer]:
    with ScriptedServer() as server:
        server.script(Reply(body=TLS_SUCCESS))
        yield server


def create_session(transport: str, conn_id: str) -> dict[str, Any]:
    """One ``CreateSession`` through ``transport``: ``{"session_id": ...}`` or ``{"error": type, "message": ...}``."""
    if transport == "hook":
        hook = PaySecureHook(conn_id, retry_limit=1, retry_delay=0.01, deadline=5, timeout=(2, 2))
        try:
            return {"session_id": hook.create_session().session_id}
        except PaySecureError as exc:
            return {"error": type(exc).__name__, "message": str(exc)}
        finally:
            hook.close()
    event = run_trigger(PaySecureSessionTrigger(conn_id, retry_policy=POLICY), timeout=20)
    if event["status"] == "success":
        return {"session_id": event["session"]["session_id"]}
    return {"error": event["error_type"], "message": event["message"]}


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_an_http_service_is_reached_through_the_proxy_in_absolute_form(
    transport: str, proxy: ForwardProxy, http_server: ScriptedServer, paysecure_conn: Callable[..., str]
) -> None:
    conn_id = paysecure_conn(port=http_server.port, extra={"proxies": {"http": proxy.url()}})
    assert create_session(transport, conn_id) == {"session_id": TLS_SESSION_ID}
    assert proxy.asked == [Asked("POST", f"http://127.0.0.1:{http_server.port}/CreateSession", BASIC)]
    assert len(http_server.requests) == 1 and http_server.requests[0].path == "/CreateSession"


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_an_https_service_is_reached_through_a_connect_tunnel_and_verified(
    transport: str, proxy: ForwardProxy, pki: tuple[Path, Path, Path], tls_server: ScriptedServer,
    paysecure_conn: Callable[..., str],
) -> None:  # fmt: skip
    extra = {"proxies": {"https": proxy.url()}, "verify": str(pki[0])}
    conn_id = paysecure_conn(host=f"https://127.0.0.1:{tls_server.port}", extra=extra)
    assert create_session(transport, conn_id) == {"session_id": TLS_SESSION_ID}
    assert proxy.asked == [Asked("CONNECT", f"127.0.0.1:{tls_server.port}", BASIC)]
    assert len(tls_server.requests) == 1


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_the_certificate_is_still_checked_inside_the_tunnel(
    transport: str, proxy: ForwardProxy, tls_server: ScriptedServer, paysecure_conn: Callable[..., str]
) -> None:
    conn_id = paysecure_conn(host=f"https://127.0.0.1:{tls_server.port}", extra={"proxies": {"https": proxy.url()}})
    outcome = create_session(transport, conn_id)
    assert outcome["error"] == "PaySecureTransportError", outcome
    assert "TLS handshake" in outcome["message"] and "certificate verify failed" in outcome["message"]
    assert tls_server.requests == []


def call_through_trigger_transport(
    conn_id: str, operation: str = "CreateSession", *, deadline: float = 5, timeout: float = 2
) -> dict[str, Any]:
    """One call over the trigger's transport, set up as the trigger sets it up.

    (The trigger itself treats a transport error as "not ready" and polls on; this
    shows the error each poll ends with.) The result is ``{"session_id": ...}``,
    ``{"reply": ...}`` for another operation, or ``{"error", "message", "exception"}``.
    """
    from airflow_provider_paysecure import wire
    from airflow_provider_paysecure.call import Call, is_retry_safe
    from airflow_provider_paysecure.retry import RetryPolicy
    from airflow_provider_paysecure.transports import async_http

    settings = PaySecureHook(conn_id).settings
    options: dict[str, Any] = {
        "connect_s": timeout,
        "read_s": timeout,
        "max_bytes": settings.max_response_bytes,
        "retry_safe": is_retry_safe(operation, None, settings.retry_safe_operations),
        "secrets": settings.secrets,
    }
    if operation == "CreateSession":
        request = wire.build_create_session_request(settings.base_url, settings.credentials, None)
        options["interpret"] = wire.session_reader(None, settings.secrets)
    else:
        request = wire.build_request(settings.base_url, operation, settings.credentials, {"CardNumber": "4111"})
    call: Call[Any] = Call(request, RetryPolicy(retry_limit=1, retry_delay=0.01, deadline=deadline), **options)

    async def go() -> Any:
        proxy = PaySecureSessionTrigger._proxy(settings)
        async with async_http.Pool(settings.verify, proxy, trust_env=not settings.proxies) as pool:
            return await async_http.run(call, pool)

    try:
        result = asyncio.run(asyncio.wait_for(go(), 20))
    except PaySecureError as exc:
        return {"error": type(exc).__name__, "message": str(exc), "exception": exc}
    return {"session_id": result.session_id} if operation == "CreateSession" else {"reply": result}


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_a_proxy_that_refuses_the_tunnel_is_a_transport_error(
    transport: str, tls_server: ScriptedServer, paysecure_conn: Callable[..., str]
) -> None:
    with ForwardProxy(refuse=407) as refusing:
        conn_id = paysecure_conn(
            host=f"https://127.0.0.1:{tls_server.port}", extra={"proxies": {"https": refusing.url()}}
        )
        outcome = create_session("hook", conn_id) if transport == "hook" else call_through_trigger_transport(conn_id)
    assert outcome["error"] == "PaySecureTransportError", outcome
    assert "the proxy could not be reached" in outcome["message"], outcome
    assert PROXY_PASSWORD not in outcome["message"] and "p%40ss" not in outcome["message"]
    assert [a.method for a in refusing.asked] == ["CONNECT", "CONNECT"]  # not processed: retried once
    assert tls_server.requests == []


@pytest.mark.parametrize("no_proxy", ["127.0.0.1", "10.0.0.0/8,127.0.0.0/8"])  # a host, CIDR ranges
@pytest.mark.parametrize("transport", TRANSPORTS)
def test_environment_proxies_apply_without_a_proxies_extra_and_no_proxy_bypasses_them(
    transport: str,
    no_proxy: str,
    proxy: ForwardProxy,
    http_server: ScriptedServer,
    paysecure_conn: Callable[..., str],
    proxy_env: Callable[[str, str], None],
) -> None:
    proxy_env("HTTP_PROXY", proxy.url(""))
    conn_id = paysecure_conn(port=http_server.port)
    assert create_session(transport, conn_id) == {"session_id": TLS_SESSION_ID}
    assert proxy.asked == [Asked("POST", f"http://127.0.0.1:{http_server.port}/CreateSession", None)]

    proxy_env("NO_PROXY", no_proxy)
    assert create_session(transport, conn_id) == {"session_id": TLS_SESSION_ID}
    assert len(proxy.asked) == 1, "NO_PROXY was not honoured"
    assert len(http_server.requests) == 2


def test_a_socks_proxy_is_a_clear_error_in_the_trigger(
    http_server: ScriptedServer, paysecure_conn: Callable[..., str]
) -> None:
    conn_id = paysecure_conn(port=http_server.port, extra={"proxies": {"http": "socks5://127.0.0.1:1080"}})
    outcome = create_session("trigger", conn_id)
    assert outcome["error"] == "PaySecureConfigError", outcome
    assert "socks5 proxies are not supported by the trigger" in outcome["message"]
    assert http_server.requests == []


def test_a_proxy_echoing_its_own_credentials_does_not_leak_them(
    http_server: ScriptedServer, paysecure_conn: Callable[..., str]
) -> None:
    """An ``http://`` service through a proxy: the proxy's 407 reply is what the call reports."""
    with ForwardProxy(refuse=407) as refusing:
        conn_id = paysecure_conn(port=http_server.port, extra={"proxies": {"http": refusing.url()}})
        outcomes = [create_session("hook", conn_id), call_through_trigger_transport(conn_id)]
    for outcome in outcomes:
        assert outcome["error"] == "PaySecureAPIError", outcome  # a 4xx the service did not explain
        assert "HTTP 407" in outcome["message"], outcome
        for fragment in (PROXY_PASSWORD[:6], PROXY_PASSWORD[-6:], "p%40ss"):
            assert fragment not in outcome["message"], outcome


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_an_unusable_environment_proxy_is_a_config_error_that_does_not_quote_it(
    transport: str, http_server: ScriptedServer, paysecure_conn: Callable[..., str], proxy_env: Callable[..., None]
) -> None:
    proxy_env("HTTP_PROXY", "http://puser:PrOxY-Pa55-Secret77@127.0.0.1:99999")
    conn_id = paysecure_conn(port=http_server.port)
    if transport == "hook":
        hook = PaySecureHook(conn_id, retry_limit=1, retry_delay=0.01, deadline=5, timeout=(2, 2))
        with pytest.raises(PaySecureConfigError) as info:
            hook.call("CreateCardToken", {"CardNumber": "4111"})
        hook.close()
        error: PaySecureError = info.value
    else:
        outcome = call_through_trigger_transport(conn_id, "CreateCardToken")
        assert outcome["error"] == "PaySecureConfigError", outcome
        error = outcome["exception"]
    assert "refused" in str(error) and "not valid" in str(error)
    assert "Pa55-Secret" not in str(error) and "puser" not in str(error)
    assert not getattr(error, "outcome_unknown", False)
    assert http_server.requests == []


def _drip_connect_reply(conn: socket.socket, stop: threading.Event) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\nX-Drip: ")
    for _ in range(200):  # at most 10 s
        if stop.wait(0.05):
            return
        conn.sendall(b"a")


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_a_proxy_dripping_its_connect_reply_is_cut_off_at_the_deadline(
    transport: str, paysecure_conn: Callable[..., str]
) -> None:
    with RawServer(_drip_connect_reply) as dripping:
        conn_id = paysecure_conn(
            host="https://127.0.0.1:9", extra={"proxies": {"https": f"http://127.0.0.1:{dripping.port}"}}
        )
        started = time.monotonic()
        if transport == "hook":
            hook = PaySecureHook(conn_id, retry_limit=0, deadline=1.5, timeout=(10, 10))
            with pytest.raises(PaySecureTransportError, match="deadline"):
                hook.create_session()
            hook.close()
        else:
            outcome = call_through_trigger_transport(conn_id, deadline=1.5, timeout=10)
            assert outcome["error"] == "PaySecureTransportError" and "deadline" in outcome["message"], outcome
        assert time.monotonic() - started < 1.5 + 1
