"""The ``paysecure`` connection form in a real browser (Debian's Chromium via Playwright).

Runs against the session's Airflow deployment (login off, ``TEST_CONNECTION=Enabled``)
and the in-process sandbox. In the Airflow 3.3 UI the "Test Connection" button sits
on each row of Admin → Connections, so a connection is tested after it is saved.
Screenshots for the README go to ``docs/images/``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from airflow_provider_paysecure.connection import settings_from_connection
from airflow_provider_paysecure.sandbox import PaySecureSandbox
from tests.conftest import LEAK_ACCOUNT, LEAK_PASSWORD
from tests.e2e.deployment import REPO_ROOT, AirflowDeployment

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(600)]

IMAGES = REPO_ROOT / "docs" / "images"
HOOK_NAME = "PaySecure Pinless"
EXTRA_FIELDS = {
    # name in the form/extra -> label shown
    "merchant_id": "Merchant Id",
    "version": "Version",
    "session_expiry_in_min": "Session expiry (minutes)",
    "timeout": "Read timeout (s)",
    "connect_timeout": "Connect timeout (s)",
    "verify": "Verify TLS",
    "proxies": "Proxies (JSON)",
    "allow_insecure_http": "Allow plain http",
}
TOAST = "[data-scope=toast][data-part=root]"
#: The text of the label in the closest enclosing element that has one.
_NEAREST_LABEL = """el => {
    for (let node = el.parentElement; node; node = node.parentElement) {
        for (const label of node.querySelectorAll("label")) {
            if (label.innerText.trim()) return label.innerText.trim();
        }
    }
    return null;
}"""


@pytest.fixture
def page(browser: Any, deployment: AirflowDeployment) -> Iterator[Any]:
    """A fresh browser page on the deployment's Admin → Connections list."""
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(30_000)
    page.goto(f"{deployment.base_url}/connections")
    page.get_by_role("button", name="Add Connection").wait_for()
    try:
        yield page
    finally:
        context.close()


def _open_add_dialog(page: Any, conn_id: str) -> Any:
    page.get_by_role("button", name="Add Connection").click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_label("Connection ID").fill(conn_id)
    dialog.get_by_role("combobox").fill("PaySecure")
    page.get_by_role("option", name=HOOK_NAME).click()
    dialog.get_by_label("User Name").wait_for()
    return dialog


def _section(page: Any, dialog: Any, name: str, probe: str) -> None:
    """Expand an accordion section of the form (only one is open at a time)."""
    if not dialog.locator(probe).is_visible():
        dialog.get_by_text(name, exact=True).click()
        dialog.locator(probe).wait_for(state="visible")


def _extra_input(dialog: Any, name: str) -> Any:
    return dialog.locator(f"input[name=element_{name}]")


def _fill_and_save(
    page: Any, conn_id: str, host: str, port: str, password: str = LEAK_PASSWORD, shots: str = ""
) -> None:
    dialog = _open_add_dialog(page, conn_id)
    dialog.get_by_label("Host").fill(host)
    dialog.get_by_label("User Name").fill(LEAK_ACCOUNT.user_name)
    dialog.get_by_label("Password").fill(password)
    if port:
        dialog.get_by_label("Port").fill(port)
    if shots:
        dialog.screenshot(path=str(IMAGES / f"{shots}-standard-fields.png"))
    _section(page, dialog, "Extra Fields", "input[name=element_merchant_id]")
    _extra_input(dialog, "merchant_id").fill(LEAK_ACCOUNT.merchant_id)
    _extra_input(dialog, "version").fill(LEAK_ACCOUNT.version or "v4")
    _extra_input(dialog, "session_expiry_in_min").fill("15")
    if shots:
        dialog.screenshot(path=str(IMAGES / f"{shots}-extra-fields.png"))
    with page.expect_response(lambda r: r.url.endswith("/api/v2/connections")) as created:
        dialog.get_by_role("button", name="Save").click()
    assert created.value.status == 201, created.value.text()
    page.get_by_role("dialog").wait_for(state="detached")


def _press_test(page: Any, conn_id: str) -> tuple[dict[str, Any], int, dict[str, Any], str]:
    """Press the row's Test button; return (request body, status, response JSON, toast text)."""
    # Let earlier toasts ("connection updated", the last test) expire, so that the
    # screenshot shows only this result (a toast under the mouse pointer never expires).
    page.mouse.move(5, 5)
    page.locator(TOAST).first.wait_for(state="detached", timeout=30_000)
    row = page.get_by_role("row").filter(has_text=conn_id)
    with page.expect_response(lambda r: r.url.endswith("/api/v2/connections/test")) as tested:
        row.get_by_role("button", name="Test Connection").click()
    response = tested.value
    result = response.json()
    # The toast for this press: its title, plus our hook's message when there is one.
    title = "Test Connection Successful" if result.get("status") else "Test Connection Failed"
    toast = page.locator(TOAST).filter(has_text=title)
    if result.get("message"):
        toast = toast.filter(has_text=result["message"])
    toast.last.wait_for()
    # Wait for the toast's entry animation to finish (for the screenshots).
    page.wait_for_function(
        "el => getComputedStyle(el).opacity === '1' && el.getAnimations().length === 0",
        arg=toast.last.element_handle(),
    )
    sent = json.loads(response.request.post_data or "{}")
    return sent, response.status, result, toast.last.inner_text()


def _stored(deployment: AirflowDeployment, conn_id: str) -> dict[str, Any]:
    """The connection as Airflow stores it (decrypted), via the deployment's CLI."""
    out = deployment.airflow("connections", "get", conn_id, "-o", "json").stdout
    data = json.loads(out)
    return data[0] if isinstance(data, list) else data


def _as_connection(conn_id: str, stored: dict[str, Any]) -> Any:
    from airflow.providers.common.compat.sdk import Connection

    extra = stored.get("extra_dejson") or stored.get("extra") or {}
    return Connection(
        conn_id=conn_id,
        conn_type=stored["conn_type"],
        host=stored.get("host"),
        port=stored.get("port"),
        login=stored.get("login"),
        password=stored.get("password"),
        extra=extra if isinstance(extra, str) else json.dumps(extra),
    )


def test_form_shows_the_paysecure_fields(page: Any) -> None:
    dialog = _open_add_dialog(page, "paysecure_form_fields")
    labels = [t.strip() for t in dialog.locator("label").all_inner_texts() if t.strip()]
    # Standard fields: login relabelled, password masked, schema hidden.
    assert "User Name" in labels and "Login" not in labels, labels
    assert "Schema" not in labels, labels
    assert dialog.locator("input[name=schema]").count() == 0
    assert dialog.get_by_label("Password").get_attribute("type") == "password"
    assert dialog.get_by_label("Host").get_attribute("placeholder", timeout=5000)
    # Extra fields: each one labelled in its own field group, in this order.
    _section(page, dialog, "Extra Fields", "input[name=element_merchant_id]")
    for name, label in EXTRA_FIELDS.items():
        field = _extra_input(dialog, name)
        assert field.is_visible(), name
        assert field.evaluate(_NEAREST_LABEL) == label, name
    extra_labels = [t.strip() for t in dialog.locator("label").all_inner_texts() if t.strip() in EXTRA_FIELDS.values()]
    assert extra_labels == list(EXTRA_FIELDS.values())
    assert _extra_input(dialog, "allow_insecure_http").get_attribute("type") == "checkbox"


def test_add_test_reopen_and_break(
    page: Any, deployment: AirflowDeployment, api: httpx.Client, session_sandbox: PaySecureSandbox
) -> None:
    conn_id = "paysecure_ui"
    IMAGES.mkdir(parents=True, exist_ok=True)
    _fill_and_save(page, conn_id, "http://127.0.0.1", str(session_sandbox.port), shots="connection-form")

    # Test with the sandbox port: success, from our hook, without the password.
    sent, status, result, toast = _press_test(page, conn_id)
    assert sent["port"] == session_sandbox.port
    assert status == 200 and result["status"] is True, result
    assert "Test Connection Successful" in toast
    assert f"PaySecure connection test: connected to {session_sandbox.base_url}" in toast
    assert LEAK_ACCOUNT.merchant_id in toast
    assert LEAK_PASSWORD not in toast
    page.screenshot(path=str(IMAGES / "connection-test-success.png"))

    # The UI saved plain extra keys (not extra__paysecure__*), and the hook reads them.
    rest = api.get(f"/api/v2/connections/{conn_id}").json()
    extra = json.loads(rest["extra"])
    assert extra["merchant_id"] == LEAK_ACCOUNT.merchant_id
    assert extra["version"] == LEAK_ACCOUNT.version
    assert extra["session_expiry_in_min"] == 15
    assert not [k for k in extra if k.startswith("extra__")], extra
    assert rest["password"] == "***" and rest["port"] == session_sandbox.port
    settings = settings_from_connection(_as_connection(conn_id, _stored(deployment, conn_id)))
    assert settings.base_url == session_sandbox.base_url
    assert settings.credentials.merchant_id == LEAK_ACCOUNT.merchant_id
    assert settings.credentials.user_name == LEAK_ACCOUNT.user_name
    assert settings.credentials.password == LEAK_PASSWORD
    assert settings.credentials.version == LEAK_ACCOUNT.version
    assert settings.session_expiry_in_min == 15

    # Reopen: every value persisted in the form.
    row = page.get_by_role("row").filter(has_text=conn_id)
    row.get_by_role("button", name="Edit Connection").click()
    dialog = page.get_by_role("dialog")
    _section(page, dialog, "Standard Fields", "input[name=host]")
    assert dialog.get_by_label("Host").input_value() == "http://127.0.0.1"
    assert dialog.get_by_label("Port").input_value() == str(session_sandbox.port)
    assert dialog.get_by_label("User Name").input_value() == LEAK_ACCOUNT.user_name
    assert dialog.get_by_label("Password").input_value() == "***"  # never sent back
    _section(page, dialog, "Extra Fields", "input[name=element_merchant_id]")
    assert _extra_input(dialog, "merchant_id").input_value() == LEAK_ACCOUNT.merchant_id
    assert _extra_input(dialog, "version").input_value() == LEAK_ACCOUNT.version
    assert _extra_input(dialog, "session_expiry_in_min").input_value() == "15"

    # Break the password, save, test: a clear failure that shows no password.
    wrong = "Wr0ng-Passw0rd-for-e2e"
    _section(page, dialog, "Standard Fields", "input[name=host]")
    dialog.get_by_label("Password").fill(wrong)
    with page.expect_response(lambda r: f"/api/v2/connections/{conn_id}" in r.url) as patched:
        dialog.get_by_role("button", name="Save").click()
    assert patched.value.status == 200, patched.value.text()
    page.get_by_role("dialog").wait_for(state="detached")
    _sent, status, result, toast = _press_test(page, conn_id)
    assert status == 200 and result["status"] is False, result
    assert "Test Connection Failed" in toast
    assert "Invalid user name or password" in toast, toast
    assert wrong not in toast and LEAK_PASSWORD not in toast
    assert wrong not in result["message"] and LEAK_PASSWORD not in result["message"]
    page.screenshot(path=str(IMAGES / "connection-test-failure.png"))


def test_blank_port(
    page: Any, deployment: AirflowDeployment, api: httpx.Client, session_sandbox: PaySecureSandbox
) -> None:
    """Port left blank, the sandbox's port in the host URL.

    Airflow 3.3.2's UI sends ``port: 0`` for a blank port and 3.3.1+ then refuses to
    reuse the stored password ("host or port differs", HTTP 400) before any hook
    runs. Our side must still work: the stored connection resolves to the right URL,
    and the test endpoint with ``port: 0`` reaches our hook and succeeds.
    """
    conn_id = "paysecure_blank_port"
    _fill_and_save(page, conn_id, session_sandbox.base_url, port="")
    rest = api.get(f"/api/v2/connections/{conn_id}").json()
    assert rest["port"] is None and rest["host"] == session_sandbox.base_url
    settings = settings_from_connection(_as_connection(conn_id, _stored(deployment, conn_id)))
    assert settings.base_url == session_sandbox.base_url

    sent, status, result, toast = _press_test(page, conn_id)
    assert sent["port"] == 0, sent  # what the 3.3.2 UI sends for a blank port
    if status == 200:  # a fixed Airflow UI/API: our hook answered
        assert result["status"] is True and "Test Connection Successful" in toast, result
    else:  # Airflow refused before calling any hook (upstream, see the docstring)
        assert status == 400, result
        assert "differs from the stored connection" in result["detail"], result
        assert "Test Connection Failed" in toast

    # The same request with the credentials included passes Airflow's check and
    # reaches PaySecureHook.test_connection, which treats port 0 as "no port".
    body = {k: v for k, v in sent.items() if k in ("connection_id", "conn_type", "host", "login", "port", "extra")}
    body["password"] = LEAK_PASSWORD
    reply = api.post("/api/v2/connections/test", json=body)
    assert reply.status_code == 200, reply.text
    assert reply.json()["status"] is True, reply.json()
    assert f"PaySecure connection test: connected to {session_sandbox.base_url}" in reply.json()["message"]


def test_screenshots_were_written() -> None:
    expected = [
        "connection-form-standard-fields.png",
        "connection-form-extra-fields.png",
        "connection-test-success.png",
        "connection-test-failure.png",
    ]
    for name in expected:
        path: Path = IMAGES / name
        assert path.is_file() and path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", name
