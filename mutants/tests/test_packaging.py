"""The distribution: provider metadata, entry point, and a clean install of the wheel."""

from __future__ import annotations

import json
import select
import subprocess
import sys
import tarfile
import venv
import zipfile
from importlib.metadata import entry_points, version
from pathlib import Path

import pytest

import airflow_provider_paysecure
from airflow_provider_paysecure.get_provider_info import DOCUMENTATION_URL, get_provider_info
from tests.conftest import LEAK_PASSWORD

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


def test_documentation_url_is_the_distributions_documentation_url():
    from importlib.metadata import metadata

    urls = dict(entry.split(", ", 1) for entry in metadata("airflow-provider-paysecure").get_all("Project-URL") or [])
    assert set(urls) == {"Source", "Documentation", "Changelog", "Issues"}
    assert get_provider_info()["documentation-url"] == urls["Documentation"] == DOCUMENTATION_URL


def test_license_is_spdx_and_shipped():
    from importlib.metadata import metadata

    meta = metadata("airflow-provider-paysecure")
    assert meta["License-Expression"] == "Apache-2.0"
    assert not [c for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    assert (ROOT / "LICENSE").read_text().split()[:4] == ["Apache", "License", "Version", "2.0,"]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """``python -m build`` of this checkout: (sdist, wheel), the wheel built from the sdist."""
    dist = tmp_path_factory.mktemp("dist")
    done = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(dist), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    (sdist,) = dist.glob("airflow_provider_paysecure-*.tar.gz")
    (wheel,) = dist.glob("airflow_provider_paysecure-*.whl")
    return sdist, wheel


def _files_under(*folders: str) -> set[str]:
    return {
        path.relative_to(ROOT).as_posix()
        for folder in folders
        for path in (ROOT / folder).rglob("*")
        if path.is_file() and not {"__pycache__", "_build"} & set(path.parts) and path.suffix != ".pyc"
    }


@pytest.mark.release
def test_sdist_ships_the_whole_test_suite_and_the_wheel_only_the_package(built):
    sdist, wheel = built
    with tarfile.open(sdist) as tar:
        prefix = f"airflow_provider_paysecure-{airflow_provider_paysecure.__version__}/"
        in_sdist = {name.removeprefix(prefix) for name in tar.getnames()}
    expected = _files_under("tests", "example_dags", "docs", "airflow_provider_paysecure")
    assert {"tests/conftest.py", "tests/scripted_server.py", "tests/e2e/conftest.py"} <= expected
    assert expected - in_sdist == set()
    assert {"LICENSE", "CHANGELOG.md", "README.md", "pyproject.toml", "Makefile", "scripts/matrix.sh"} <= in_sdist
    in_wheel = set(zipfile.ZipFile(wheel).namelist())
    assert "airflow_provider_paysecure/py.typed" in in_wheel
    assert f"airflow_provider_paysecure-{airflow_provider_paysecure.__version__}.dist-info/licenses/LICENSE" in in_wheel
    assert {name.split("/")[0] for name in in_wheel} == {
        "airflow_provider_paysecure",
        f"airflow_provider_paysecure-{airflow_provider_paysecure.__version__}.dist-info",
    }


#: Run in the clean virtualenv: the installed package (not this checkout) creates a
#: session against the sandbox started from that venv, and its provider info
#: validates against the installed Airflow's schema.
_CHECK_INSTALLED = """
import json, pathlib, sys
import airflow, jsonschema
import airflow_provider_paysecure
from airflow_provider_paysecure.get_provider_info import get_provider_info
from airflow_provider_paysecure.hooks.paysecure import PaySecureHook

schema = json.loads((pathlib.Path(airflow.__file__).parent / "provider_info.schema.json").read_text())
jsonschema.validate(get_provider_info(), schema)
session = PaySecureHook("paysecure_default").create_session()
print(json.dumps({
    "package": airflow_provider_paysecure.__file__,
    "session_id_length": len(session.session_id),
    "documentation_url": get_provider_info()["documentation-url"],
}))
"""


@pytest.mark.slow
@pytest.mark.release
@pytest.mark.timeout(1800)  # pip installs Airflow: ~70 s alone, far longer on a busy machine
def test_built_wheel_works_in_a_clean_virtualenv(built, tmp_path):
    """pip install the wheel (not this checkout) with Airflow into a new venv, then use it there."""
    import airflow

    _sdist, wheel = built
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    bin_dir = env_dir / "bin"
    install = subprocess.run(
        [str(bin_dir / "python"), "-m", "pip", "install", "-q", str(wheel), f"apache-airflow=={airflow.__version__}"],
        capture_output=True,
        text=True,
        timeout=1500,
        cwd=tmp_path,
    )
    assert install.returncode == 0, install.stderr[-3000:]
    env = {
        "PATH": f"{bin_dir}:/usr/bin:/bin",
        "AIRFLOW_HOME": str(tmp_path / "home"),
        "HOME": str(tmp_path),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
    }

    # 1. Airflow finds the provider through the entry point.
    got = subprocess.run(
        [str(bin_dir / "airflow"), "providers", "get", "airflow-provider-paysecure", "--output", "json"],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=tmp_path,
    )
    assert got.returncode == 0, got.stdout[-3000:] + got.stderr[-3000:]
    # Airflow may log to stdout before the JSON
    (listing,) = [json.loads(line) for line in got.stdout.splitlines() if line.startswith("[{")]
    assert listing == [{"Provider": "airflow-provider-paysecure", "Version": airflow_provider_paysecure.__version__}]

    # 2. The sandbox from that venv, and a session created by the hook from that venv.
    sandbox = subprocess.Popen(
        [str(bin_dir / "paysecure-sandbox"), "--port", "0", "--account", f"M-WHEEL:wheel-user:{LEAK_PASSWORD}:v4"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    try:
        assert sandbox.stdout is not None
        readable, _, _ = select.select([sandbox.stdout], [], [], 60)
        assert readable, "paysecure-sandbox printed nothing within 60 s"
        first = sandbox.stdout.readline().strip()
        assert first.startswith("Sandbox listening on http://127.0.0.1:"), first
        port = int(first.rsplit(":", 1)[1])
        conn = {
            "conn_type": "paysecure",
            "host": "http://127.0.0.1",
            "port": port,
            "login": "wheel-user",
            "password": LEAK_PASSWORD,
            "extra": {"merchant_id": "M-WHEEL", "version": "v4"},
        }
        checked = subprocess.run(
            [str(bin_dir / "python"), "-c", _CHECK_INSTALLED],
            capture_output=True,
            text=True,
            timeout=300,
            env={**env, "AIRFLOW_CONN_PAYSECURE_DEFAULT": json.dumps(conn)},
            cwd=tmp_path,
        )
    finally:
        sandbox.terminate()
        sandbox.wait(timeout=30)
    assert checked.returncode == 0, checked.stdout[-3000:] + checked.stderr[-3000:]
    result = json.loads(checked.stdout.strip().splitlines()[-1])
    # 3. It was the installed wheel that did all this, not this checkout.
    assert Path(result["package"]).is_relative_to(env_dir), result
    assert result["session_id_length"] > 0
    assert result["documentation_url"] == DOCUMENTATION_URL
    assert LEAK_PASSWORD not in checked.stdout + checked.stderr
