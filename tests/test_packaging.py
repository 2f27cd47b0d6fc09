"""The distribution: provider metadata, entry point, and a clean install of the wheel."""

from __future__ import annotations

import json
import subprocess
import sys
import venv
from importlib.metadata import entry_points, version
from pathlib import Path

import pytest

import airflow_provider_paysecure
from airflow_provider_paysecure.get_provider_info import get_provider_info

ROOT = Path(__file__).resolve().parents[1]


def test_entry_point_points_at_get_provider_info():
    (ep,) = [
        e for e in entry_points(group="apache_airflow_provider") if e.value.startswith("airflow_provider_paysecure")
    ]
    assert ep.name == "provider_info"
    assert ep.load() is get_provider_info


def test_provider_info_matches_distribution_and_airflow_schema():
    import airflow
    import jsonschema

    info = get_provider_info()
    assert info["package-name"] == "airflow-provider-paysecure"
    assert info["versions"] == [airflow_provider_paysecure.__version__] == [version("airflow-provider-paysecure")]
    schema = json.loads((Path(airflow.__file__).parent / "provider_info.schema.json").read_text())
    jsonschema.validate(info, schema)
    modules = {key: info[key][0]["python-modules"][0] for key in ("hooks", "operators", "sensors", "triggers")}
    assert modules == {
        "hooks": "airflow_provider_paysecure.hooks.paysecure",
        "operators": "airflow_provider_paysecure.operators.paysecure",
        "sensors": "airflow_provider_paysecure.sensors.paysecure",
        "triggers": "airflow_provider_paysecure.triggers.paysecure",
    }
    (conn_type,) = info["connection-types"]
    assert conn_type["connection-type"] == "paysecure"
    assert conn_type["hook-name"] == "PaySecure Pinless"


def test_connection_form_declared_for_new_and_old_ui():
    """3.2+ reads conn-fields (kebab-case keys); older UIs call the hook's methods."""
    from airflow_provider_paysecure.hooks.paysecure import PaySecureHook

    (conn_type,) = get_provider_info()["connection-types"]
    fields = conn_type["conn-fields"]
    assert {"merchant_id", "version", "session_expiry_in_min", "timeout", "verify", "proxies"} <= set(fields)
    assert fields["merchant_id"]["label"] == "Merchant Id"
    assert all("schema" in f and "label" in f for f in fields.values())
    behaviour = conn_type["ui-field-behaviour"]
    assert set(behaviour) == {"hidden-fields", "relabeling", "placeholders"}
    assert behaviour["hidden-fields"] == ["schema"]
    assert behaviour["relabeling"]["login"] == "User Name"
    old = PaySecureHook.get_ui_field_behaviour()
    assert old == {
        "hidden_fields": behaviour["hidden-fields"],
        "relabeling": behaviour["relabeling"],
        "placeholders": behaviour["placeholders"],
    }
    try:
        import wtforms  # noqa: F401
    except ImportError:  # Airflow 3.2+ without the FAB UI: the widgets are not used there
        with pytest.raises(ImportError):
            PaySecureHook.get_connection_form_widgets()
    else:
        assert set(PaySecureHook.get_connection_form_widgets()) == set(fields)


def test_providers_manager_registers_the_connection_type():
    import airflow
    from airflow.providers_manager import ProvidersManager
    from packaging.version import Version

    pm = ProvidersManager()
    assert "airflow-provider-paysecure" in pm.providers
    hook = pm.hooks["paysecure"]
    assert hook is not None
    assert hook.hook_class_name == "airflow_provider_paysecure.hooks.paysecure.PaySecureHook"
    assert hook.connection_id_attribute_name == "paysecure_conn_id"
    (conn_type,) = get_provider_info()["connection-types"]
    expected = {f"extra__paysecure__{name}" for name in conn_type["conn-fields"]}
    ours = {key: w for key, w in pm.connection_form_widgets.items() if key.startswith("extra__paysecure__")}
    airflow_version = Version(Version(airflow.__version__).base_version)
    if airflow_version >= Version("3.2"):
        # read from the provider info's conn-fields: JSON-schema dicts, no hook import
        assert set(ours) == expected
        merchant = ours["extra__paysecure__merchant_id"]
        assert merchant.field["schema"]["title"] == "Merchant Id"
        assert pm.field_behaviours["paysecure"]["hidden_fields"] == ["schema"]
    elif airflow_version >= Version("3.0"):
        # The React UI asks HookMetaService, which calls the hook's methods with wtforms
        # mocked -- but only if wtforms is importable; without it Airflow skips the
        # widgets and field behaviour of every hook (logged as "not fully initialized").
        from airflow.api_fastapi.core_api.services.ui.connections import HookMetaService

        HookMetaService.hook_meta_data.cache_clear()
        (meta,) = [m for m in HookMetaService.hook_meta_data() if m.connection_type == "paysecure"]
        assert meta.hook_class_name == "airflow_provider_paysecure.hooks.paysecure.PaySecureHook"
        assert meta.hook_name == "PaySecure Pinless"
        try:
            import wtforms  # noqa: F401
        except ImportError:
            assert ours == {}
            assert meta.extra_fields is None
            assert "paysecure" not in pm.field_behaviours
        else:
            assert set(meta.extra_fields or {}) == set(conn_type["conn-fields"])
            assert meta.standard_fields is not None
            assert meta.standard_fields.url_schema is not None
            assert meta.standard_fields.url_schema.hidden is True
    else:
        # Airflow 2.x Flask UI: the hook's wtforms fields, keyed with the old prefix
        from wtforms import BooleanField, IntegerField, PasswordField, StringField

        assert set(ours) == expected
        assert {w.field.field_class for w in ours.values()} <= {BooleanField, IntegerField, PasswordField, StringField}
        assert ours["extra__paysecure__merchant_id"].field.args[0] == "Merchant Id"
        assert pm.field_behaviours["paysecure"]["hidden_fields"] == ["schema"]


def test_get_provider_info_imports_neither_airflow_nor_requests():
    code = (
        "import sys, json; from airflow_provider_paysecure.get_provider_info import get_provider_info;"
        "get_provider_info();"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('airflow', 'requests', 'httpx'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert json.loads(out.stdout) == []


def test_py_typed_is_shipped():
    assert (Path(airflow_provider_paysecure.__file__).parent / "py.typed").exists()


@pytest.mark.slow
def test_wheel_installs_into_a_clean_virtualenv_and_airflow_lists_it(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    (wheel,) = dist.glob("airflow_provider_paysecure-*.whl")
    import zipfile

    names = zipfile.ZipFile(wheel).namelist()
    assert "airflow_provider_paysecure/py.typed" in names
    assert not [n for n in names if n.startswith("tests/")]
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    py = env_dir / "bin" / "python"
    import airflow

    pinned = f"apache-airflow=={airflow.__version__}"
    install = subprocess.run(
        [str(py), "-m", "pip", "install", "-q", str(wheel), pinned], capture_output=True, text=True, timeout=1500
    )
    assert install.returncode == 0, install.stderr[-3000:]
    home = tmp_path / "home"
    listed = subprocess.run(
        [str(env_dir / "bin" / "airflow"), "providers", "list", "--output", "json"],
        capture_output=True,
        text=True,
        timeout=300,
        env={"PATH": f"{env_dir / 'bin'}:/usr/bin:/bin", "AIRFLOW_HOME": str(home), "HOME": str(tmp_path)},
    )
    assert listed.returncode == 0, listed.stderr[-3000:]
    # Airflow may log to stdout before the JSON (e.g. 3.0's plugin-setup lines)
    (listing,) = [json.loads(line) for line in listed.stdout.splitlines() if line.startswith(("[{", "[]"))]
    providers = {p["package_name"]: p for p in listing}
    assert providers["airflow-provider-paysecure"]["version"] == airflow_provider_paysecure.__version__
