"""Fault injection: each mode, exact counts, run-time changes and the admin API."""

from __future__ import annotations

import json
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
import requests
from hypothesis import given, settings
from hypothesis import strategies as st

from airflow_provider_paysecure.sandbox import FAIL_FIRST_MODES, Faults, PaySecureSandbox
from tests.conftest import SANDBOX_ACCOUNTS
from tests.sandbox.helpers import call, create_session

# --------------------------------------------------------------------------- the Faults dataclass


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"error_rate": 1.5}, "between 0 and 1"),
        ({"drop_rate": -0.1}, "between 0 and 1"),
        ({"error_rate": 0.6, "drop_rate": 0.6}, "add up to at most 1"),
        ({"latency_s": -1}, ">= 0"),
        ({"error_statuses": (404,)}, "5xx"),
        ({"error_statuses": ()}, "5xx"),
        ({"fail_first_mode": "timeout"}, "fail_first_mode"),
        ({"fail_first": -1}, ">= 0"),
        ({"fail_first": 1.5}, "integer"),
        ({"latency_s": float("nan")}, "finite"),
        ({"routes": "CreateSession"}, "list of route names"),
        ({"csv_label": "yes"}, "boolean"),
        ({"html_error_status": 200}, "4xx or 5xx"),
    ],
)
def test_invalid_faults_are_rejected(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Faults(**kwargs)


def test_unknown_fault_field_is_rejected() -> None:
    with pytest.raises(ValueError, match="Unknown fault field"):
        Faults.from_dict({"error_rate": 0.1, "explode": True})
    with pytest.raises(ValueError, match="JSON object"):
        Faults.from_dict([1])  # type: ignore[arg-type]


@settings(max_examples=50, deadline=None)
@given(
    rates=st.lists(st.floats(0, 1 / 6), min_size=6, max_size=6),
    latency=st.floats(0, 5),
    statuses=st.lists(st.integers(500, 599), min_size=1, max_size=4),
    fail_first=st.integers(0, 10),
    mode=st.sampled_from(FAIL_FIRST_MODES),
    routes=st.none() | st.lists(st.sampled_from(["CreateSession", "PSBINCheck"]), max_size=2),
    seed=st.none() | st.integers(0, 2**32),
    csv_label=st.booleans(),
)
def test_faults_round_trip_through_json(
    rates: list[float],
    latency: float,
    statuses: list[int],
    fail_first: int,
    mode: str,
    routes: list[str] | None,
    seed: int | None,
    csv_label: bool,
) -> None:
    faults = Faults(
        drop_rate=rates[0],
        stall_rate=rates[1],
        rate_limit_rate=rates[2],
        error_rate=rates[3],
        html_error_rate=rates[4],
        truncated_json_rate=rates[5],
        latency_s=latency,
        error_statuses=tuple(statuses),
        fail_first=fail_first,
        fail_first_mode=mode,
        routes=None if routes is None else tuple(routes),
        seed=seed,
        csv_label=csv_label,
    )
    assert Faults.from_dict(json.loads(json.dumps(faults.to_dict()))) == faults


# --------------------------------------------------------------------------- fail_first (deterministic)


def test_fail_first_then_success_with_exact_counts(sandbox: PaySecureSandbox) -> None:
    sandbox.set_faults(fail_first=2, fail_first_mode="503")
    statuses = [call(sandbox, "CreateSession").status_code for _ in range(4)]
    assert statuses == [503, 503, 200, 200]
    assert sandbox.stats() == {"CreateSession": {"fault_503": 2, "ok": 2}}
    assert sandbox.count("CreateSession") == 4
    assert sandbox.count("CreateSession", "fault_503") == 2


@pytest.mark.parametrize(("mode", "status"), [("500", 500), ("502", 502), ("503", 503)])
def test_fail_first_5xx_bodies_are_response_status(sandbox: PaySecureSandbox, mode: str, status: int) -> None:
    sandbox.set_faults(fail_first=1, fail_first_mode=mode)
    response = call(sandbox, "CreateSession")
    assert response.status_code == status
    assert response.json()["ResponseStatus"]["ErrorCode"] == "SandboxInjectedFault"
    assert call(sandbox, "CreateSession").status_code == 200
    assert sandbox.stats() == {"CreateSession": {f"fault_{status}": 1, "ok": 1}}


def test_fail_first_429_has_retry_after(sandbox: PaySecureSandbox) -> None:
    sandbox.set_faults(fail_first=1, fail_first_mode="429", retry_after_s=3)
    response = call(sandbox, "CreateSession")
    assert response.status_code == 429
    assert response.headers["Retry-After"] == "3"
    assert sandbox.count("CreateSession", "fault_429") == 1


def test_fail_first_drop(sandbox: PaySecureSandbox) -> None:
    sandbox.set_faults(fail_first=1, fail_first_mode="drop")
    with pytest.raises(requests.exceptions.ConnectionError):
        call(sandbox, "CreateSession")
    assert call(sandbox, "CreateSession").status_code == 200
    assert sandbox.stats() == {"CreateSession": {"fault_drop": 1, "ok": 1}}


def test_fail_first_stall_times_out_the_client(sandbox: PaySecureSandbox) -> None:
    sandbox.set_faults(fail_first=1, fail_first_mode="stall")
    started = time.monotonic()
    with pytest.raises((requests.exceptions.ReadTimeout, requests.exceptions.ConnectionError)) as info:
        call(sandbox, "CreateSession", timeout=0.5)
    elapsed = time.monotonic() - started
    assert 0.45 <= elapsed < 3
    assert "timed out" in str(info.value).lower()
    assert call(sandbox, "CreateSession").status_code == 200
    assert sandbox.stats() == {"CreateSession": {"fault_stall": 1, "ok": 1}}


def test_stall_sends_headers_and_part_of_the_body(sandbox: PaySecureSandbox) -> None:
    sandbox.set_faults(stall_rate=1.0)
    with requests.post(
        f"{sandbox.base_url}/CreateSession", json={"Credentials": {}}, stream=True, timeout=0.5
    ) as response:
        assert response.status_code == 400
        length = int(response.headers["Content-Length"])
        received = bytearray()

        def read_all() -> None:
            for chunk in response.iter_content(1):
                received.extend(chunk)

        with pytest.raises(requests.exceptions.ConnectionError, match="timed out"):
            read_all()
        assert 0 < len(received) == length // 2


def test_fail_first_html(sandbox: PaySecureSandbox) -> None:
    sandbox.set_faults(fail_first=1, fail_first_mode="html")
    response = call(sandbox, "CreateSession")
    assert response.status_code == 502
    assert response.headers["Content-Type"].startswith("text/html")
    assert response.text.startswith("<!DOCTYPE html>")
    assert sandbox.count("CreateSession", "fault_html") == 1


def test_fail_first_truncated(sandbox: PaySecureSandbox) -> None:
    sandbox.set_faults(fail_first=1, fail_first_mode="truncated")
    response = call(sandbox, "CreateSession")
    assert response.status_code == 200
    assert int(response.headers["Content-Length"]) == len(response.content)
    assert response.content.startswith(b'{"SessionId":')
    with pytest.raises(json.JSONDecodeError):
        json.loads(response.content)
    assert sandbox.count("CreateSession", "fault_truncated") == 1


def test_fail_first_counter_is_atomic_under_concurrency(sandbox: PaySecureSandbox) -> None:
    sandbox.set_faults(fail_first=10, fail_first_mode="500")
    with ThreadPoolExecutor(8) as pool:
        statuses = list(pool.map(lambda _: call(sandbox, "CreateSession").status_code, range(30)))
    assert statuses.count(500) == 10
    assert statuses.count(200) == 20
    assert sandbox.stats() == {"CreateSession": {"fault_500": 10, "ok": 20}}


# --------------------------------------------------------------------------- rates


def test_error_rate_one_uses_the_configured_statuses(sandbox: PaySecureSandbox) -> None:
    sandbox.set_faults(error_rate=1.0, error_statuses=(502,))
    for _ in range(3):
        response = call(sandbox, "CreateSession")
        assert response.status_code == 502
        assert response.json()["ResponseStatus"]["Message"] == "Injected fault: HTTP 502 Bad Gateway"
    assert sandbox.stats() == {"CreateSession": {"fault_502": 3}}


def test_seeded_random_faults_are_reproducible() -> None:
    faults = Faults(error_rate=0.3, rate_limit_rate=0.2, error_statuses=(500, 503), seed=1234)
    runs = []
    for _ in range(2):
        with PaySecureSandbox(faults=faults) as sb, requests.Session() as client:
            runs.append([client.post(f"{sb.base_url}/PSBINCheck", json={}, timeout=5).status_code for _ in range(40)])
            assert sb.count("PSBINCheck") == 40
    assert runs[0] == runs[1]
    assert {500, 503, 429, 400} <= set(runs[0])


def test_mixed_rates_are_counted_exactly(sandbox: PaySecureSandbox) -> None:
    sandbox.set_faults(error_rate=0.25, rate_limit_rate=0.25, html_error_rate=0.25, seed=7)
    outcomes: dict[int, int] = {}
    with requests.Session() as client:
        for _ in range(200):
            status = client.post(f"{sandbox.base_url}/PSBINCheck", json={}, timeout=5).status_code
            outcomes[status] = outcomes.get(status, 0) + 1
    stats = sandbox.stats()["PSBINCheck"]
    assert sum(stats.values()) == 200
    assert stats["fault_429"] == outcomes[429]
    assert stats["bad_request"] == outcomes[400]
    assert all(25 <= stats[k] <= 75 for k in ("fault_429", "fault_html", "bad_request"))


def test_rate_limit_retry_after(sandbox: PaySecureSandbox) -> None:
    sandbox.set_faults(rate_limit_rate=1.0, retry_after_s=7)
    response = call(sandbox, "CreateSession")
    assert (response.status_code, response.headers["Retry-After"]) == (429, "7")
    assert response.json()["ResponseStatus"]["ErrorCode"] == "TooManyRequests"


def test_drop_rate(sandbox: PaySecureSandbox) -> None:
    sandbox.set_faults(drop_rate=1.0)
    for _ in range(3):
        with pytest.raises(requests.exceptions.ConnectionError):
            call(sandbox, "CreateSession")
    assert sandbox.stats() == {"CreateSession": {"fault_drop": 3}}


def test_stall_rate(sandbox: PaySecureSandbox) -> None:
    sandbox.set_faults(stall_rate=1.0)
    with pytest.raises((requests.exceptions.ReadTimeout, requests.exceptions.ConnectionError)):
        call(sandbox, "CreateSession", timeout=0.5)
    assert sandbox.stats() == {"CreateSession": {"fault_stall": 1}}


def test_html_error_rate_and_status(sandbox: PaySecureSandbox) -> None:
    sandbox.set_faults(html_error_rate=1.0, html_error_status=504)
    response = call(sandbox, "CreateSession")
    assert response.status_code == 504
    assert response.headers["Content-Type"] == "text/html; charset=utf-8"
    assert "<title>504 Gateway Timeout</title>" in response.text


def test_truncated_json_rate(sandbox: PaySecureSandbox) -> None:
    sandbox.set_faults(truncated_json_rate=1.0)
    response = call(sandbox, "PSBINCheck", {"BIN": "411111"})
    assert response.status_code == 200
    assert len(response.content) == int(response.headers["Content-Length"]) > 0
    with pytest.raises(requests.exceptions.JSONDecodeError):
        response.json()


def test_csv_label(sandbox: PaySecureSandbox) -> None:
    sandbox.set_faults(csv_label=True)
    response = call(sandbox, "CreateSession")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert json.loads(response.content)["SessionId"]
    assert call(sandbox, "Nope").headers["Content-Type"].startswith("application/json")


def test_latency(sandbox: PaySecureSandbox) -> None:
    sandbox.set_faults(latency_s=0.2, latency_jitter_s=0.1, seed=1)
    started = time.monotonic()
    assert call(sandbox, "CreateSession").status_code == 200
    elapsed = time.monotonic() - started
    assert 0.2 <= elapsed < 0.6


def test_latency_does_not_block_other_clients(sandbox: PaySecureSandbox) -> None:
    sandbox.set_faults(latency_s=0.3)
    started = time.monotonic()
    with ThreadPoolExecutor(10) as pool:
        statuses = list(pool.map(lambda _: call(sandbox, "CreateSession").status_code, range(10)))
    assert statuses == [200] * 10
    assert time.monotonic() - started < 1.5


def test_timestamps_span_the_latency(sandbox: PaySecureSandbox) -> None:
    from airflow_provider_paysecure.wire import parse_timestamps

    sandbox.set_faults(latency_s=0.2)
    network = parse_timestamps(call(sandbox, "CreateSession").json()["Timestamps"])["Network"]
    assert network.duration is not None and network.duration.total_seconds() >= 0.19


def test_unavailable_window(sandbox: PaySecureSandbox) -> None:
    sandbox.set_faults(unavailable_for_s=0.3)
    response = call(sandbox, "CreateSession")
    assert (response.status_code, response.headers["Retry-After"]) == (503, "1")
    assert response.json()["ResponseStatus"]["ErrorCode"] == "ServiceUnavailable"
    time.sleep(0.35)
    assert call(sandbox, "CreateSession").status_code == 200
    assert sandbox.stats() == {"CreateSession": {"unavailable": 1, "ok": 1}}


def test_routes_limit_the_faults(sandbox: PaySecureSandbox) -> None:
    sandbox.set_faults(error_rate=1.0, routes=("PSBINCheck",), latency_s=0.5)
    started = time.monotonic()
    assert call(sandbox, "CreateSession").status_code == 200
    assert time.monotonic() - started < 0.4
    assert call(sandbox, "PSBINCheck", {"BIN": "411111"}).status_code >= 500


def test_bad_requests_and_404_are_not_faulted_on_unknown_routes(sandbox: PaySecureSandbox) -> None:
    sandbox.set_faults(error_rate=1.0)
    assert call(sandbox, "Unknown").status_code == 404
    assert requests.get(f"{sandbox.base_url}/CreateSession", timeout=5).status_code == 405


# --------------------------------------------------------------------------- run-time changes


def test_set_faults_updates_and_replaces(sandbox: PaySecureSandbox) -> None:
    sandbox.set_faults(Faults(error_rate=1.0, latency_s=0.01))
    sandbox.set_faults(latency_s=0.02)
    assert (sandbox.faults.error_rate, sandbox.faults.latency_s) == (1.0, 0.02)
    sandbox.set_faults(Faults(drop_rate=0.5))
    assert (sandbox.faults.error_rate, sandbox.faults.drop_rate) == (0.0, 0.5)
    sandbox.clear_faults()
    assert sandbox.faults == Faults()
    with pytest.raises(ValueError, match="Unknown fault field"):
        sandbox.set_faults(nonsense=1)


def test_stats_reset(sandbox: PaySecureSandbox) -> None:
    create_session(sandbox)
    assert sandbox.count("CreateSession") == 1
    sandbox.reset_stats()
    assert sandbox.stats() == {}
    assert sandbox.count("CreateSession") == 0


def test_constructor_faults_apply_from_the_first_request() -> None:
    with PaySecureSandbox(faults=Faults(fail_first=1, fail_first_mode="500")) as sb:
        assert [call(sb, "CreateSession").status_code for _ in range(2)] == [500, 200]


# --------------------------------------------------------------------------- admin API


def test_admin_faults_endpoints(sandbox: PaySecureSandbox) -> None:
    admin = f"{sandbox.base_url}/__sandbox/faults"
    assert requests.get(admin, timeout=5).json() == Faults().to_dict()
    put = requests.put(admin, json={"fail_first": 1, "fail_first_mode": "502", "latency_s": 0.01}, timeout=5)
    assert put.status_code == 200
    assert put.json()["fail_first_mode"] == "502"
    patch = requests.patch(admin, json={"retry_after_s": 9}, timeout=5)
    assert (patch.json()["retry_after_s"], patch.json()["latency_s"]) == (9, 0.01)
    assert sandbox.faults == Faults(fail_first=1, fail_first_mode="502", latency_s=0.01, retry_after_s=9)
    assert call(sandbox, "CreateSession").status_code == 502
    assert requests.delete(admin, timeout=5).json() == Faults().to_dict()
    assert sandbox.faults == Faults()


@pytest.mark.parametrize(
    ("method", "body", "message"),
    [
        ("PUT", b'{"error_rate": 2}', "between 0 and 1"),
        ("PATCH", b'{"bogus": 1}', "Unknown fault field"),
        ("PUT", b"[1]", "JSON object"),
        ("PUT", b"{nope", "Expecting property name"),
    ],
)
def test_admin_faults_rejects_bad_input(sandbox: PaySecureSandbox, method: str, body: bytes, message: str) -> None:
    response = requests.request(method, f"{sandbox.base_url}/__sandbox/faults", data=body, timeout=5)
    assert response.status_code == 400
    status = response.json()["ResponseStatus"]
    assert status["ErrorCode"] == "ArgumentException"
    assert message in status["Message"]
    assert sandbox.faults == Faults()


def test_admin_stats_and_health_are_never_faulted_or_counted(sandbox: PaySecureSandbox) -> None:
    sandbox.set_faults(error_rate=1.0, latency_s=1.0)
    base = f"{sandbox.base_url}/__sandbox"
    started = time.monotonic()
    health = requests.get(f"{base}/health", timeout=5)
    assert health.status_code == 200
    assert health.json()["status"] == "ok"
    assert time.monotonic() - started < 0.5
    sandbox.clear_faults()
    create_session(sandbox)
    assert requests.get(f"{base}/stats", timeout=5).json() == {"CreateSession": {"ok": 1}}
    assert requests.delete(f"{base}/stats", timeout=5).json() == {}
    assert sandbox.stats() == {}


def test_admin_unknown_and_wrong_method(sandbox: PaySecureSandbox) -> None:
    base = f"{sandbox.base_url}/__sandbox"
    assert requests.get(f"{base}/nothing", timeout=5).status_code == 404
    response = requests.post(f"{base}/health", timeout=5)
    assert (response.status_code, response.headers["Allow"]) == (405, "GET")
    assert sandbox.stats() == {}


def test_admin_expire_session(sandbox: PaySecureSandbox) -> None:
    session_id = create_session(sandbox)
    base = f"{sandbox.base_url}/__sandbox/sessions"
    assert requests.post(f"{base}/{session_id}/expire", timeout=5).json() == {"expired": True}
    assert requests.post(f"{base}/unknown/expire", timeout=5).status_code == 404
    assert call(sandbox, "CreateCardToken", {"SessionId": session_id}).json()["ErrorCode"] == "SBX_SESSION_EXPIRED"


def test_admin_health_reports_fail_first_and_unavailable(sandbox: PaySecureSandbox) -> None:
    sandbox.set_faults(fail_first=3, unavailable_for_s=10)
    health = requests.get(f"{sandbox.base_url}/__sandbox/health", timeout=5).json()
    assert health["fail_first_remaining"] == 3
    assert 9 < health["unavailable_remaining_s"] <= 10
    assert health["merchants"] == [account.merchant_id for account in SANDBOX_ACCOUNTS]
