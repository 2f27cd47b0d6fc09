"""The ``paysecure`` connection form of Airflow 2.x (Flask-AppBuilder) in real Chromium.

Airflow 2 renders the hook's legacy wtforms widgets (generated from ``CONN_FIELDS``)
server-side; its Test button posts the *unsaved* form to ``/api/v1/connections/test``
under a throwaway connection id, with a ticked checkbox as ``"y"``. This drives the
form as a user would: fill every kind of field (text, password, the integer port,
the number-like extras, the "Allow plain http" checkbox in both states), test it,
save it, reopen it, and test again. The webserver and the sandbox run on free
ports of 127.0.0.1.

Collected only on Airflow 2 (see ``tests/e2e/conftest.py``); ``scripts/matrix.sh``
runs it in the Airflow 2.11.2 virtualenv as part of ``make test``.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from typing import Any

import pytest

from airflow_provider_paysecure.connection import settings_from_connection
from airflow_provider_paysecure.get_provider_info import CONN_FIELDS, UI_FIELD_BEHAVIOUR
from airflow_provider_paysecure.sandbox import PaySecureSandbox
from tests.conftest import LEAK_ACCOUNT, LEAK_PASSWORD
from tests.e2e.airflow2 import Airflow2Webserver
from tests.e2e.conftest import KEEP_HOME
from tests.e2e.deployment import pids_with_marker
from tests.e2e.test_connection_form import _as_connection, _stored
from tests.ports import port_is_free

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(900)]

CONN_ID = "paysecure_af2"
#: A value for every extra field: text, numbers (as typed), JSON, TLS verification.
EXTRAS = {
    "merchant_id": LEAK_ACCOUNT.merchant_id,
    "version": LEAK_ACCOUNT.version or "v4",
    "session_expiry_in_min": "15",
    "timeout": "20",
    "connect_timeout": "5",
    "verify": "true",
    "proxies": "{}",
}


def _field(name: str) -> str:
    """The form field of an extra: Airflow 2 prefixes the names of provider widgets."""
    return f"#extra__paysecure__{name}"


@pytest.fixture(scope="module")
def webserver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Airflow2Webserver]:
    """An Airflow 2 webserver with ``TEST_CONNECTION=Enabled`` and an admin user."""
    home = tmp_path_factory.mktemp("airflow2-home")
    server = Airflow2Webserver(home=home)
    try:
        server.start()
        server.wait_healthy(timeout=300)
        yield server
    finally:
        server.stop()
        survivors = pids_with_marker(server.marker)
        port_free = port_is_free(server.port)
        if not KEEP_HOME:
            shutil.rmtree(home, ignore_errors=True)
    assert survivors == [], f"webserver processes survived teardown: {survivors}"
    assert port_free, f"webserver port {server.port} is still bound after teardown"


@pytest.fixture
def page(browser: Any, webserver: Airflow2Webserver) -> Iterator[Any]:
    """A browser page, logged in as the admin."""
    context = browser.new_context(viewport={"width": 1280, "height": 1400})
    page = context.new_page()
    page.set_default_timeout(30_000)
    page.goto(f"{webserver.base_url}/login/")
    page.fill("#username", webserver.admin_user)
    page.fill("#password", webserver.admin_password)
    page.locator("input[type=submit]").click()
    page.wait_for_url(lambda url: "/login" not in url)
    try:
        yield page
    finally:
        context.close()


def _open_add_form(page: Any, webserver: Airflow2Webserver) -> None:
    page.goto(f"{webserver.base_url}/connection/add")
    page.select_option("#conn_type", "paysecure")
    page.locator(_field("merchant_id")).wait_for(state="visible")


def _reopen(page: Any, webserver: Airflow2Webserver) -> None:
    page.goto(f"{webserver.base_url}/connection/list/")
    page.locator("tr", has_text=CONN_ID).locator("a[href*='/connection/edit/']").first.click()
    page.locator(_field("merchant_id")).wait_for(state="visible")


def _press_test(page: Any) -> tuple[dict[str, Any], dict[str, Any], str]:
    """Press Test; return (the request's JSON, the response's JSON, the alert's text)."""
    with page.expect_response(lambda r: r.url.endswith("/api/v1/connections/test")) as tested:
        page.locator("#test-connection").click()
    response = tested.value
    assert response.status == 200, response.text()
    result = response.json()
    alert = page.locator(".alert", has_text=result["message"][:60])
    alert.first.wait_for()
    return json.loads(response.request.post_data or "{}"), result, alert.first.inner_text()


def _save(page: Any) -> None:
    with page.expect_navigation():
        page.get_by_role("button", name="Save").click()
    # FAB redirects to the page visited before the form; a rejected form renders again
    problems = page.locator(".alert-danger:visible, .alert-error:visible, .help-block:visible").all_inner_texts()
    assert "/connection/add" not in page.url and "/connection/edit" not in page.url, (page.url, problems)
    assert problems == [], problems


def _saved_extra(page: Any, webserver: Airflow2Webserver) -> dict[str, Any]:
    """The stored ``extra`` as JSON, from the REST API (the CLI prints its values as text)."""
    response = page.request.get(f"{webserver.base_url}/api/v1/connections/{CONN_ID}")
    assert response.status == 200, response.text()
    extra: dict[str, Any] = json.loads(response.json()["extra"])
    return extra


def test_form_shows_every_paysecure_field(page: Any, webserver: Airflow2Webserver) -> None:
    _open_add_form(page, webserver)
    for name, spec in CONN_FIELDS.items():
        field = page.locator(_field(name))
        assert field.is_visible(), name
        assert page.locator(f"label[for=extra__paysecure__{name}]").inner_text().strip() == spec["label"], name
        kind = "checkbox" if "boolean" in spec["schema"]["type"] else "text"
        assert field.get_attribute("type") == kind, name
        assert spec["description"] in field.locator("xpath=ancestor::tr[1]").inner_text(), name
    for name, text in UI_FIELD_BEHAVIOUR["placeholders"].items():
        selector = _field(name) if name in CONN_FIELDS else f"#{name}"
        assert page.locator(selector).get_attribute("placeholder") == text, name
    assert page.locator("label[for=login]").inner_text().strip() == "User Name"
    assert not page.locator("#schema").is_visible()
    assert page.locator("#password").get_attribute("type") == "password"


def test_fill_test_save_reopen_and_test_again(
    page: Any, webserver: Airflow2Webserver, session_sandbox: PaySecureSandbox
) -> None:
    # 1. A new connection, every kind of field filled, the box unticked: Test sends no
    #    allow_insecure_http, so plain http to a remote host is refused.
    _open_add_form(page, webserver)
    page.fill("#conn_id", CONN_ID)
    page.fill("#host", "http://paysecure-gateway.invalid")
    page.fill("#port", str(session_sandbox.port))  # the integer field
    page.fill("#login", LEAK_ACCOUNT.user_name)
    page.fill("#password", LEAK_PASSWORD)
    for name, value in EXTRAS.items():
        page.fill(_field(name), value)
    assert not page.is_checked(_field("allow_insecure_http"))
    sent, result, _alert = _press_test(page)
    assert "allow_insecure_http" not in json.loads(sent["extra"])
    assert result["status"] is False
    assert result["message"] == (
        "PaySecure connection test failed: refusing plain http:// to non-loopback host "
        "'paysecure-gateway.invalid': credentials would cross the network unencrypted. Use https, "
        'or set extra "allow_insecure_http": true if you really mean it.'
    )

    # 2. The box ticked (sent as "y"), the sandbox as host: Test succeeds.
    page.fill("#host", "http://127.0.0.1")
    page.check(_field("allow_insecure_http"))
    sent, result, alert = _press_test(page)
    extra = json.loads(sent["extra"])
    assert extra["allow_insecure_http"] == "y"  # how the 2.x form sends a ticked box
    assert sent["port"] == session_sandbox.port and extra["timeout"] == "20"
    assert result["status"] is True, result
    assert result["message"].startswith(
        f"PaySecure connection test: connected to {session_sandbox.base_url} as merchant "
    )
    assert result["message"] in alert
    assert LEAK_PASSWORD not in alert

    # 3. Save; Airflow stores the values, and the hook reads them as typed.
    _save(page)
    assert _saved_extra(page, webserver)["allow_insecure_http"] is True  # a JSON boolean
    stored = _stored(webserver, CONN_ID)
    settings = settings_from_connection(_as_connection(CONN_ID, stored))
    assert settings.base_url == session_sandbox.base_url
    assert settings.credentials.password == LEAK_PASSWORD
    assert settings.credentials.merchant_id == LEAK_ACCOUNT.merchant_id
    assert settings.session_expiry_in_min == 15
    assert (settings.timeouts.connect, settings.timeouts.read) == (5, 20)
    assert settings.verify is True and not settings.proxies
    tested = webserver.airflow("connections", "test", CONN_ID)
    assert "Connection success!" in tested.stdout, tested.stdout + tested.stderr
    assert LEAK_PASSWORD not in tested.stdout + tested.stderr

    # 4. Reopen: every value is back, the box still ticked; the password is not sent back.
    _reopen(page, webserver)
    assert page.input_value("#host") == "http://127.0.0.1"
    assert page.input_value("#port") == str(session_sandbox.port)
    assert page.input_value("#login") == LEAK_ACCOUNT.user_name
    assert page.input_value("#password") == ""
    for name, value in EXTRAS.items():
        assert page.input_value(_field(name)) == value, name
    assert page.is_checked(_field("allow_insecure_http"))

    # 5. A wrong password: the sandbox's answer, without either password.
    wrong = "Wr0ng-Passw0rd-for-af2"
    page.fill("#password", wrong)
    _sent, result, alert = _press_test(page)
    assert result["status"] is False
    assert result["message"].startswith("PaySecure connection test failed: ")
    assert "Invalid user name or password" in result["message"]
    assert wrong not in alert and LEAK_PASSWORD not in alert

    # 6. Untick, save (the password typed again), reopen: the box stays unticked.
    #    (Airflow 2's Test button cannot show an untick in a reopened form: it merges the
    #    form's Extra JSON, which still holds the saved true, and omits unticked boxes.)
    page.fill("#password", LEAK_PASSWORD)
    page.uncheck(_field("allow_insecure_http"))
    _save(page)
    assert _saved_extra(page, webserver)["allow_insecure_http"] is False
    _reopen(page, webserver)
    assert not page.is_checked(_field("allow_insecure_http"))
    assert page.input_value(_field("merchant_id")) == LEAK_ACCOUNT.merchant_id
