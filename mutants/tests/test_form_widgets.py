"""The connection form's fields, for the UI of whichever Airflow version is installed.

- Airflow < 3.2 (2.11 Flask UI, 3.0/3.1 React UI) builds the form from the hook's
  ``get_connection_form_widgets()`` / ``get_ui_field_behaviour()``: check the
  wtforms fields the UI accepts.
- Airflow 3.2+ builds it from the provider info's ``conn-fields`` and
  ``ui-field-behaviour``: check those cover the same field names, and that the
  providers manager hands them to the UI.

Runs in every matrix venv; each branch asserts, none skips.
"""

from __future__ import annotations

from typing import Any

import pytest
from packaging.version import Version

from airflow_provider_paysecure.get_provider_info import (
    CONN_FIELDS,
    UI_FIELD_BEHAVIOUR,
    get_provider_info,
)
from airflow_provider_paysecure.hooks.paysecure import PaySecureHook

AIRFLOW = Version(__import__("airflow").__version__)
FIELD_NAMES = {
    "merchant_id",
    "version",
    "session_expiry_in_min",
    "timeout",
    "connect_timeout",
    "verify",
    "proxies",
    "allow_insecure_http",
}
#: What wtforms field each extra must be (the UIs accept only these four kinds).
FIELD_KINDS = {name: "StringField" for name in FIELD_NAMES} | {"allow_insecure_http": "BooleanField"}


def _paysecure_type() -> dict[str, Any]:
    (conn_type,) = [c for c in get_provider_info()["connection-types"] if c["connection-type"] == "paysecure"]
    return conn_type


def test_provider_info_and_hook_describe_the_same_fields() -> None:
    assert set(_paysecure_type()["conn-fields"]) == FIELD_NAMES
    assert set(CONN_FIELDS) == FIELD_NAMES
    behaviour = PaySecureHook.get_ui_field_behaviour()
    assert behaviour["hidden_fields"] == UI_FIELD_BEHAVIOUR["hidden-fields"] == ["schema"]
    assert behaviour["relabeling"]["login"] == "User Name"


def test_legacy_widgets_are_generated_from_conn_fields(monkeypatch: pytest.MonkeyPatch) -> None:
    """The < 3.2 form (hook widgets) and the 3.2+ form (CONN_FIELDS) are the same fields:
    same names in the same order, same labels and help texts, a checkbox for booleans.
    Runs on every Airflow version, with stand-ins recording what the hook builds."""
    import sys
    import types

    class Recorded:
        def __init__(self, label: str, description: str = "", widget: Any = None) -> None:
            self.kind = type(self).__name__
            self.label, self.description = label, description

    stub = types.ModuleType("wtforms")
    for kind in ("StringField", "PasswordField", "BooleanField"):
        setattr(stub, kind, type(kind, (Recorded,), {}))
    monkeypatch.setitem(sys.modules, "wtforms", stub)
    widgets = PaySecureHook.get_connection_form_widgets()
    assert list(widgets) == list(CONN_FIELDS)
    for name, spec in CONN_FIELDS.items():
        field = widgets[name]
        assert (str(field.label), field.description) == (spec["label"], spec["description"]), name
        assert field.kind == FIELD_KINDS[name], name
    assert "connect_timeout" in widgets  # a documented extra, so it has a form field


def _assert_wtforms_widgets() -> None:
    """Airflow 2.x (Flask UI): real wtforms fields that the form can render."""
    import wtforms

    widgets = PaySecureHook.get_connection_form_widgets()
    assert set(widgets) == FIELD_NAMES
    for name, unbound in widgets.items():
        assert isinstance(unbound, wtforms.fields.core.UnboundField), name
        assert unbound.field_class.__name__ == FIELD_KINDS[name], name
    form_class = type("PaySecureForm", (wtforms.Form,), dict(widgets))
    form = form_class()
    for name in FIELD_NAMES:
        assert str(form[name].label.text) == CONN_FIELDS[name]["label"], name
        assert form[name].description == CONN_FIELDS[name]["description"], name
        assert f'name="{name}"' in str(form[name]()), name


def _assert_react_ui_hook_meta() -> None:
    """Airflow 3.2+ (React UI): the extra fields the UI's hook_meta endpoint serves,
    built from the provider info's ``conn-fields``."""
    from airflow.api_fastapi.core_api.services.ui.connections import HookMetaService

    (meta,) = [m for m in HookMetaService.hook_meta_data() if m.connection_type == "paysecure"]
    extra = meta.extra_fields or {}
    assert set(extra) == FIELD_NAMES, extra
    for name, field in extra.items():
        assert field["schema"]["title"] == CONN_FIELDS[name]["label"], name
    assert meta.hook_name == "PaySecure Pinless"
    standard = meta.standard_fields
    assert standard is not None
    assert standard.login is not None and standard.login.title == "User Name"
    assert standard.url_schema is not None and standard.url_schema.hidden is True
    for name, spec in _paysecure_type()["conn-fields"].items():
        assert spec["label"] and "null" in spec["schema"]["type"], name


def _assert_hook_widgets_for_react_ui(monkeypatch: pytest.MonkeyPatch) -> None:
    """Airflow 3.0/3.1 (React UI): it converts the hook's wtforms widgets with its own
    stand-in field classes (it needs FAB + wtforms installed to show extras at all).
    Run the hook's method under those same stand-ins and check what the UI would get."""
    import sys
    import types

    from airflow.api_fastapi.core_api.services.ui.connections import HookMetaService

    stub = types.ModuleType("wtforms")
    stub.StringField = HookMetaService.MockStringField  # type: ignore[attr-defined]
    stub.BooleanField = HookMetaService.MockBooleanField  # type: ignore[attr-defined]
    stub.PasswordField = HookMetaService.MockPasswordField  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "wtforms", stub)
    widgets = PaySecureHook.get_connection_form_widgets()
    assert set(widgets) == FIELD_NAMES
    for name, field in widgets.items():
        assert isinstance(field, HookMetaService.MockBaseField), name
        assert type(field).__name__ == "Mock" + FIELD_KINDS[name], name
        assert field.param.dump()["schema"]["title"] == CONN_FIELDS[name]["label"], name
        assert field.param.dump()["description"] == CONN_FIELDS[name]["description"], name


def test_the_installed_ui_gets_every_paysecure_field(monkeypatch: pytest.MonkeyPatch) -> None:
    if Version("3.0") > AIRFLOW:
        _assert_wtforms_widgets()
    elif Version("3.2") > AIRFLOW:
        _assert_hook_widgets_for_react_ui(monkeypatch)
    else:
        _assert_react_ui_hook_meta()
