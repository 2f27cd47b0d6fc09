"""The simulated operations: routes, success shapes, API errors, validation, sessions."""

from __future__ import annotations

import json
import socket
import time
from typing import Any

import pytest
import requests

from airflow_provider_paysecure.sandbox import DEFAULT_ACCOUNT, PaySecureSandbox, SandboxAccount
from airflow_provider_paysecure.wire import MIN_VALUE_MS, STAGES, parse_timestamps
from tests.conftest import OTHER_ACCOUNT
from tests.sandbox.helpers import call, create_session, credentials

SENTINEL_RAW = "\\/Date(-62135596800000-0000)\\/"


# --------------------------------------------------------------------------- routes


@pytest.mark.parametrize(
    "path",
    [
        "/CreateSession",
        "/CreateSession.json",
        "/CreateSession?format=json",
        "/json/reply/CreateSessionRequest",
        "/createsession",
        "/CreateSession/",
    ],
)
def test_create_session_routes_and_format_selectors(sandbox: PaySecureSandbox, path: str) -> None:
    response = requests.post(
        sandbox.base_url + path, json={"Credentials": credentials()}, headers={"Accept": "application/json"}, timeout=5
    )
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/json; charset=utf-8"
    assert len(response.json()["SessionId"]) == 32
    assert sandbox.stats() == {"CreateSession": {"ok": 1}}


@pytest.mark.parametrize(
    ("route", "payload"),
    [
        ("/json/reply/PSBINCheckRequest", {"BIN": "411111"}),
        ("/PSBINCheck.json", {"BIN": "411111"}),
        ("/CreateCardToken.json", {"SessionId": "unknown"}),
    ],
)
def test_other_operations_have_the_same_aliases(sandbox: PaySecureSandbox, route: str, payload: dict[str, Any]) -> None:
    response = requests.post(sandbox.base_url + route, json={"Credentials": credentials(), **payload}, timeout=5)
    assert response.status_code == 200
    operation = route.rsplit("/", 1)[1].replace("Request", "").replace(".json", "")
    assert sandbox.count(operation) == 1


def test_csv_suffix_labels_the_json_body_text_csv(sandbox: PaySecureSandbox) -> None:
    response = requests.post(f"{sandbox.base_url}/CreateSession.csv", json={"Credentials": credentials()}, timeout=5)
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/csv")
    assert json.loads(response.content)["SessionId"]


def test_unknown_route_is_404_with_response_status(sandbox: PaySecureSandbox) -> None:
    response = call(sandbox, "NoSuchOperation")
    assert response.status_code == 404
    status = response.json()["ResponseStatus"]
    assert status["ErrorCode"] == "NotFound"
    assert "/NoSuchOperation" in status["Message"]
    assert sandbox.stats() == {"NoSuchOperation": {"not_found": 1}}


def test_get_on_an_operation_is_405(sandbox: PaySecureSandbox) -> None:
    response = requests.get(f"{sandbox.base_url}/CreateSession", timeout=5)
    assert response.status_code == 405
    assert response.headers["Allow"] == "POST"
    assert response.json()["ResponseStatus"]["ErrorCode"] == "NotImplementedException"
    assert sandbox.count("CreateSession", "method_not_allowed") == 1


# --------------------------------------------------------------------------- CreateSession success


def test_create_session_success_shape(sandbox: PaySecureSandbox) -> None:
    before = time.time()
    response = call(sandbox, "CreateSession", {"SessionExpiryInMin": 5})
    after = time.time()
    assert response.status_code == 200
    raw = response.text
    assert '"InTime":"\\/Date(' in raw  # ServiceStack escapes the slashes
    assert "/Date(" not in raw.replace("\\/Date(", "")
    data = response.json()
    assert set(data) == {"SessionId", "Timestamps"}  # ErrorCode/ErrorMessage omitted (null) on success
    timestamps = data["Timestamps"]
    assert set(timestamps) < set(STAGES)
    omitted = set(STAGES) - set(timestamps)
    sentinel = {name for name, times in timestamps.items() if times["InTime"] == f"/Date({MIN_VALUE_MS}-0000)/"}
    assert omitted and sentinel
    assert SENTINEL_RAW in raw
    parsed = parse_timestamps(timestamps)
    recorded = {name: t for name, t in parsed.items() if t.recorded}
    assert {"AppLayer", "DBInsert", "Network"} <= set(recorded)
    for times in recorded.values():
        assert times.in_time is not None and times.out_time is not None
        assert times.in_time <= times.out_time
        assert before - 1 <= times.in_time.timestamp() <= after + 1


def test_session_ids_are_unique(sandbox: PaySecureSandbox) -> None:
    with requests.Session() as client:
        ids = {
            client.post(f"{sandbox.base_url}/CreateSession", json={"Credentials": credentials()}, timeout=5).json()[
                "SessionId"
            ]
            for _ in range(50)
        }
    assert len(ids) == 50
    assert sandbox.count("CreateSession", "ok") == 50


def test_account_without_version_accepts_any_version(sandbox: PaySecureSandbox) -> None:
    response = call(
        sandbox, "CreateSession", {"Credentials": credentials(OTHER_ACCOUNT, Version="whatever")}, account=OTHER_ACCOUNT
    )
    assert response.status_code == 200
    assert response.json()["SessionId"]


# --------------------------------------------------------------------------- API errors (200 + ErrorCode)


@pytest.mark.parametrize(
    ("overrides", "code"),
    [
        ({"Password": "wrong-password"}, "SBX_AUTH_FAILED"),
        ({"UserName": "someone-else"}, "SBX_AUTH_FAILED"),
        ({"MerchantId": "NO-SUCH-MERCHANT"}, "SBX_UNKNOWN_MERCHANT"),
        ({"Version": "v3"}, "SBX_VERSION_MISMATCH"),
    ],
)
def test_credential_failures_are_200_with_error_code(
    sandbox: PaySecureSandbox, overrides: dict[str, str], code: str
) -> None:
    response = call(sandbox, "CreateSession", {"Credentials": credentials(**overrides)})
    assert response.status_code == 200
    data = response.json()
    assert data["ErrorCode"] == code
    assert data["ErrorMessage"]
    assert "SessionId" not in data
    assert "wrong-password" not in response.text
    assert SENTINEL_RAW in response.text
    assert sandbox.stats() == {"CreateSession": {"api_error": 1}}


# --------------------------------------------------------------------------- 400 validation


def _field_errors(response: requests.Response) -> list[tuple[str, str]]:
    status = response.json()["ResponseStatus"]
    assert status["ErrorCode"] == "ValidationException"
    assert status["Message"].startswith("Validation failed: ")
    return [(e["ErrorCode"], e["FieldName"]) for e in status["Errors"]]


@pytest.mark.parametrize("field", ["MerchantId", "UserName", "Password", "Version"])
@pytest.mark.parametrize("value", [None, "", "   "])
def test_missing_or_empty_credential_field_is_400(sandbox: PaySecureSandbox, field: str, value: str | None) -> None:
    creds = credentials(**{field: value})  # None removes the field
    response = call(sandbox, "CreateSession", {"Credentials": creds})
    assert response.status_code == 400
    assert _field_errors(response) == [("NotEmpty", f"Credentials.{field}")]
    assert sandbox.stats() == {"CreateSession": {"bad_request": 1}}


def test_missing_credentials_is_400(sandbox: PaySecureSandbox) -> None:
    response = requests.post(f"{sandbox.base_url}/CreateSession", json={"SessionExpiryInMin": 5}, timeout=5)
    assert response.status_code == 400
    assert _field_errors(response) == [("NotNull", "Credentials")]


def test_every_field_error_is_reported(sandbox: PaySecureSandbox) -> None:
    response = call(
        sandbox, "CreateSession", {"Credentials": {"MerchantId": "M", "UserName": 5}, "SessionExpiryInMin": 0}
    )
    assert response.status_code == 400
    assert _field_errors(response) == [
        ("Type", "Credentials.UserName"),
        ("NotEmpty", "Credentials.Password"),
        ("NotEmpty", "Credentials.Version"),
        ("GreaterThan", "SessionExpiryInMin"),
    ]
    assert response.json()["ResponseStatus"]["Message"].endswith("(and 3 more)")


@pytest.mark.parametrize(
    ("expiry", "code"), [(0, "GreaterThan"), (-1.5, "GreaterThan"), ("10", "Type"), (True, "Type"), ([1], "Type")]
)
def test_invalid_session_expiry_is_400(sandbox: PaySecureSandbox, expiry: Any, code: str) -> None:
    response = call(sandbox, "CreateSession", {"SessionExpiryInMin": expiry})
    assert response.status_code == 400
    assert _field_errors(response) == [(code, "SessionExpiryInMin")]


@pytest.mark.parametrize("body", [b"not json", b'{"Credentials": ', b"\xff\xfe"])
def test_body_that_is_not_json_is_400_serialization_exception(sandbox: PaySecureSandbox, body: bytes) -> None:
    response = requests.post(f"{sandbox.base_url}/CreateSession", data=body, timeout=5)
    assert response.status_code == 400
    assert response.json()["ResponseStatus"]["ErrorCode"] == "SerializationException"
    assert sandbox.count("CreateSession", "bad_request") == 1


def test_body_that_is_not_an_object_is_400(sandbox: PaySecureSandbox) -> None:
    response = requests.post(f"{sandbox.base_url}/CreateSession", json=[1, 2], timeout=5)
    assert response.status_code == 400
    assert response.json()["ResponseStatus"]["ErrorCode"] == "SerializationException"


# --------------------------------------------------------------------------- sessions and card tokens


def test_create_card_token_with_a_valid_session(sandbox: PaySecureSandbox) -> None:
    session_id = create_session(sandbox)
    response = call(sandbox, "CreateCardToken", {"SessionId": session_id, "VerifyCard": True})
    assert response.status_code == 200
    data = response.json()
    assert "ErrorCode" not in data
    assert data["CardToken"].startswith("SBXTOK")
    assert (data["CardLast4"], data["CardZip"], data["CardExpiration"]) == ("1111", "12345", "1230")
    assert (data["ResponseCode"], data["CVN"], data["AVS"]) == ("00", "M", "Y")
    assert data["BINResults"]["PinlessEcommerce"] is True
    assert SENTINEL_RAW in response.text
    assert set(STAGES) - set(data["Timestamps"])  # some stages omitted


def test_client_tokenize_card_then_create_card_token(sandbox: PaySecureSandbox) -> None:
    session_id = create_session(sandbox)
    tokenized = requests.post(
        f"{sandbox.base_url}/ClientTokenizeCard",
        json={
            "Version": "v4",
            "SessionId": session_id,
            "CardNumber": "5555 5555 5555 4444",
            "Expiration": "07/29",
            "CVN": "123",
            "AVS": "90210",
        },
        timeout=5,
    )
    assert tokenized.status_code == 200
    assert "ErrorCode" not in tokenized.json()
    data = call(sandbox, "CreateCardToken", {"SessionId": session_id}).json()
    assert (data["CardLast4"], data["CardZip"], data["CardExpiration"]) == ("4444", "90210", "0729")
    assert (data["CVN"], data["AVS"]) == ("U", "U")


def test_client_tokenize_card_rejects_a_bad_card_number(sandbox: PaySecureSandbox) -> None:
    session_id = create_session(sandbox)
    response = requests.post(
        f"{sandbox.base_url}/ClientTokenizeCard",
        json={"SessionId": session_id, "CardNumber": "4111111111111112", "Expiration": "1230"},
        timeout=5,
    )
    assert response.json()["ErrorCode"] == "SBX_INVALID_CARD"


def test_create_card_token_with_an_unknown_session(sandbox: PaySecureSandbox) -> None:
    response = call(sandbox, "CreateCardToken", {"SessionId": "0" * 32})
    assert response.status_code == 200
    assert response.json()["ErrorCode"] == "SBX_SESSION_UNKNOWN"
    assert sandbox.count("CreateCardToken", "session_unknown") == 1


def test_a_session_is_only_valid_for_its_merchant(sandbox: PaySecureSandbox) -> None:
    session_id = create_session(sandbox, OTHER_ACCOUNT)
    response = call(sandbox, "CreateCardToken", {"SessionId": session_id})
    assert response.json()["ErrorCode"] == "SBX_SESSION_UNKNOWN"


def test_create_card_token_with_an_expired_session(sandbox: PaySecureSandbox) -> None:
    session_id = create_session(sandbox, SessionExpiryInMin=0.003)  # 0.18 s
    assert "ErrorCode" not in call(sandbox, "CreateCardToken", {"SessionId": session_id}).json()
    time.sleep(0.25)
    response = call(sandbox, "CreateCardToken", {"SessionId": session_id})
    assert response.json()["ErrorCode"] == "SBX_SESSION_EXPIRED"


def test_expire_session_helper(sandbox: PaySecureSandbox) -> None:
    session_id = create_session(sandbox)
    sandbox.expire_session(session_id)
    assert call(sandbox, "CreateCardToken", {"SessionId": session_id}).json()["ErrorCode"] == "SBX_SESSION_EXPIRED"
    with pytest.raises(KeyError):
        sandbox.expire_session("never-issued")


def test_default_expiry_applies_without_session_expiry_in_min() -> None:
    with PaySecureSandbox(default_expiry_min=0.003) as sb:
        session_id = create_session(sb)
        time.sleep(0.25)
        assert call(sb, "CreateCardToken", {"SessionId": session_id}).json()["ErrorCode"] == "SBX_SESSION_EXPIRED"


def test_create_card_token_requires_a_session_id(sandbox: PaySecureSandbox) -> None:
    response = call(sandbox, "CreateCardToken", {"VerifyCard": "yes"})
    assert response.status_code == 400
    assert _field_errors(response) == [("NotEmpty", "SessionId"), ("Type", "VerifyCard")]


def test_create_card_token_checks_credentials_first(sandbox: PaySecureSandbox) -> None:
    session_id = create_session(sandbox)
    response = call(sandbox, "CreateCardToken", {"SessionId": session_id, "Credentials": credentials(Password="x")})
    assert response.json()["ErrorCode"] == "SBX_AUTH_FAILED"


@pytest.mark.parametrize(
    ("bin_number", "flags"),
    [
        ("411111", {"InternetPinDebit": True, "PinlessEcommerce": True, "PinlessBillPay": True, "Recurring": True}),
        (
            "60110000",
            {"InternetPinDebit": False, "PinlessEcommerce": False, "PinlessBillPay": True, "Recurring": False},
        ),
        ("378282", {"InternetPinDebit": False, "PinlessEcommerce": False, "PinlessBillPay": False, "Recurring": False}),
    ],
)
def test_psbincheck_flags(sandbox: PaySecureSandbox, bin_number: str, flags: dict[str, bool]) -> None:
    response = call(sandbox, "PSBINCheck", {"BIN": bin_number})
    assert response.status_code == 200
    data = response.json()
    assert {k: data[k] for k in flags} == flags
    assert data["BIN"] == bin_number
    assert "ErrorCode" not in data


@pytest.mark.parametrize("bin_number", ["41111", "4111111111", "41a111"])
def test_psbincheck_rejects_a_malformed_bin(sandbox: PaySecureSandbox, bin_number: str) -> None:
    assert call(sandbox, "PSBINCheck", {"BIN": bin_number}).json()["ErrorCode"] == "SBX_INVALID_BIN"


def test_psbincheck_requires_a_bin(sandbox: PaySecureSandbox) -> None:
    response = call(sandbox, "PSBINCheck", {})
    assert response.status_code == 400
    assert _field_errors(response) == [("NotEmpty", "BIN")]


def test_psbincheck_with_wrong_credentials(sandbox: PaySecureSandbox) -> None:
    response = call(sandbox, "PSBINCheck", {"BIN": "411111", "Credentials": credentials(MerchantId="nope")})
    assert response.json()["ErrorCode"] == "SBX_UNKNOWN_MERCHANT"


# --------------------------------------------------------------------------- HTTP/1.1 handling


def _read_responses(sock: socket.socket, count: int) -> list[tuple[bytes, bytes]]:
    """Read ``count`` responses (head, body) framed by ``Content-Length``, as clients do."""
    buffer = b""
    out: list[tuple[bytes, bytes]] = []
    while len(out) < count:
        end = buffer.find(b"\r\n\r\n")
        if end >= 0:
            head = buffer[:end]
            length = int(
                next(line.split(b":")[1] for line in head.split(b"\r\n") if line.lower().startswith(b"content-length:"))
            )
            if len(buffer) >= end + 4 + length:
                out.append((head, buffer[end + 4 : end + 4 + length]))
                buffer = buffer[end + 4 + length :]
                continue
        chunk = sock.recv(65536)
        assert chunk, "the sandbox closed the connection early"
        buffer += chunk
    return out


def _raw_exchange(sandbox: PaySecureSandbox, payload: bytes, count: int = 1) -> list[tuple[bytes, bytes]]:
    with socket.create_connection(("127.0.0.1", sandbox.port), timeout=3) as sock:
        sock.sendall(payload)
        return _read_responses(sock, count)


def _request(path: str, body: bytes, *extra: str) -> bytes:
    head = [f"POST {path} HTTP/1.1", "Host: sandbox", f"Content-Length: {len(body)}", *extra]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


@pytest.mark.parametrize("latency", [0.0, 0.05])
def test_keep_alive_and_pipelining(sandbox: PaySecureSandbox, latency: float) -> None:
    sandbox.set_faults(latency_s=latency)
    body = json.dumps({"Credentials": credentials()}).encode()
    payload = (
        _request("/CreateSession", body)
        + _request("/PSBINCheck", body[:-1] + b',"BIN":"411111"}')
        + _request("/CreateSession", body, "Connection: close")
    )
    responses = _raw_exchange(sandbox, payload, count=3)
    assert [head.split(b"\r\n")[0] for head, _ in responses] == [b"HTTP/1.1 200 OK"] * 3
    assert [b"Connection: close" in head for head, _ in responses] == [False, False, True]
    assert "SessionId" in json.loads(responses[2][1])
    assert sandbox.stats() == {"CreateSession": {"ok": 2}, "PSBINCheck": {"ok": 1}}


def test_expect_100_continue(sandbox: PaySecureSandbox) -> None:
    body = json.dumps({"Credentials": credentials()}).encode()
    with socket.create_connection(("127.0.0.1", sandbox.port), timeout=3) as sock:
        sock.sendall(
            _request("/CreateSession", b"", "Expect: 100-continue", "Connection: close").replace(
                b"Content-Length: 0", f"Content-Length: {len(body)}".encode()
            )
        )
        assert sock.recv(100) == b"HTTP/1.1 100 Continue\r\n\r\n"
        sock.sendall(body)
        assert sock.recv(100).startswith(b"HTTP/1.1 200 OK\r\n")


@pytest.mark.parametrize(
    ("payload", "status"),
    [
        (b"GARBAGE\r\n\r\n", b"400"),
        (b"POST /CreateSession HTTP/1.1\r\nContent-Length: abc\r\n\r\n", b"400"),
        (b"POST /CreateSession HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", b"411"),
        (b"POST /CreateSession HTTP/1.1\r\nContent-Length: 99999999\r\n\r\n", b"413"),
    ],
)
def test_malformed_http_is_refused_and_closed(sandbox: PaySecureSandbox, payload: bytes, status: bytes) -> None:
    ((head, body),) = _raw_exchange(sandbox, payload)
    assert head.startswith(b"HTTP/1.1 " + status + b" ")
    assert b"Connection: close" in head
    assert json.loads(body)["ResponseStatus"]["ErrorCode"] == "BadRequest"
    assert sandbox.stats() == {}


def test_an_internal_error_is_a_500_and_the_sandbox_keeps_serving(
    sandbox: PaySecureSandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(dto: Any) -> dict[str, Any]:
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(sandbox.service, "_op_PSBINCheck", broken)
    response = call(sandbox, "PSBINCheck", {"BIN": "411111"})
    assert response.status_code == 500
    assert response.json()["ResponseStatus"]["ErrorCode"] == "ZeroDivisionError"
    assert create_session(sandbox)
    assert sandbox.stats() == {"PSBINCheck": {"internal_error": 1}, "CreateSession": {"ok": 1}}


def test_custom_accounts_only() -> None:
    account = SandboxAccount("M-1", "u", "p", "2023:07:03:07")
    with PaySecureSandbox(accounts=[account]) as sb:
        assert call(sb, "CreateSession", account=account).json()["SessionId"]
        assert call(sb, "CreateSession").json()["ErrorCode"] == "SBX_UNKNOWN_MERCHANT"
        assert DEFAULT_ACCOUNT.merchant_id not in sb.conn_json
