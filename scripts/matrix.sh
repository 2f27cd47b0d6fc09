#!/usr/bin/env bash
# Run the test suite on the supported (Python, Airflow) pairs besides the main venv.
#
#   scripts/matrix.sh                 # build or reuse the venvs, run the matrix
#   scripts/matrix.sh --build-only    # only build/refresh the venvs
#   MATRIX="3.10:2.11.2" scripts/matrix.sh   # a subset (PYTHON:AIRFLOW pairs)
#   scripts/matrix.sh -- -k hook      # extra arguments go to pytest
#
# The default matrix: the lowest declared Python with the lowest Airflow, Airflow
# 3.0 on the Python in between, and the highest Python with the newest Airflow.
# (`make test` runs the full suite, e2e included, on Python 3.11 + Airflow 3.3.2 first.)
# Each pair gets its own virtualenv, .venv-py<PYTHON>-af<AIRFLOW minor>, built with
# pip >= 25.1 from `-e . --group dev --group e2e`; it is rebuilt when pyproject.toml,
# the interpreter or the pins (see pins_for) change (a stamp file records them).
# The interpreter is python<PYTHON> from ~/.pyenv/versions or PATH. If it is missing,
# the pair runs on $PYTHON (python3) instead and the summary says so; set
# MATRIX_REQUIRE_PYTHON=1 to fail instead (CI does).
# In each venv: `pytest tests --ignore=tests/e2e -m "not release and not distributed"`
# (the wheel-install test runs once, in the main venv; -m replaces pyproject's), except on Airflow 2, where
# tests/e2e holds the browser test of the 2.x connection form (tests/e2e/conftest.py
# collects only the files for the installed Airflow), so it runs `pytest tests`.
# Exits non-zero if any venv fails to build or any test run fails; prints a summary.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-python3}"
MATRIX="${MATRIX:-3.10:2.11.2 3.12:3.0.6 3.13:3.3.2}"
BUILD_ONLY=0
PYTEST_ARGS=()
while (($#)); do
    case "$1" in
        --build-only) BUILD_ONLY=1 ;;
        --) shift; PYTEST_ARGS=("$@"); break ;;
        -h|--help) sed -n '2,23p' "$0"; exit 0 ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
    shift
done

interpreter_for() {  # $1 = "3.10" -> path of a python3.10, or nothing
    local candidate
    for candidate in $(ls -d "$HOME"/.pyenv/versions/"$1".*/bin/python 2>/dev/null | sort -V -r) \
        "$(command -v "python$1" 2>/dev/null)"; do
        [[ -n "$candidate" ]] && "$candidate" -c 'import sys, venv' >/dev/null 2>&1 && { echo "$candidate"; return; }
    done
}

python_version_of() {  # $1 = interpreter -> "3.11"
    "$1" -c 'import sys; print("%d.%d" % sys.version_info[:2])'
}

pins_for() {  # extra requirements installed with an Airflow version
    case "$1" in
        # Airflow's constraints files are not reachable here, and 3.0.x's core only
        # sets lower bounds. With today's fastapi/cadwyn, its in-process execution API
        # rejects the task runner's requests (HTTP 422 "Input should be a valid
        # dictionary" at ti.start under dag.test()). Pin what 3.0.6 shipped with.
        3.0.*) echo "fastapi[standard]==0.116.1 starlette==0.47.3 cadwyn==5.4.4 pydantic==2.11.7" ;;
        *) echo "" ;;
    esac
}

stamp_text() {  # $1 = airflow version, $2 = interpreter: what the venv was built from
    local pins
    pins="$(pins_for "$1")"
    echo "airflow=$1 python=$("$2" -c 'import sys; print(sys.version.split()[0])')" \
        "pyproject=$(sha256sum pyproject.toml | cut -d' ' -f1)${pins:+ pins=$pins}"
}

build_venv() {  # $1 = airflow version, $2 = venv dir, $3 = interpreter
    local version="$1" venv="$2" python="$3" stamp="$2/.matrix-stamp"
    if [[ -f "$stamp" && "$(cat "$stamp")" == "$(stamp_text "$version" "$python")" ]] \
        && "$venv/bin/python" -c "import airflow_provider_paysecure" 2>/dev/null; then
        echo "== $venv: reusing (Airflow $version)"
        return 0
    fi
    echo "== $venv: installing apache-airflow==$version and -e . --group dev --group e2e $(pins_for "$version")"
    [[ -x "$venv/bin/python" ]] || "$python" -m venv "$venv" || return 1
    # pip >= 25.1 installs PEP 735 dependency groups (--group)
    "$venv/bin/python" -m pip install -q --upgrade "pip>=25.1" || return 1
    local -a pins
    read -ra pins <<< "$(pins_for "$version")"
    "$venv/bin/python" -m pip install -q "apache-airflow==$version" -e . --group dev --group e2e "${pins[@]}" \
        || return 1
    local got
    got="$("$venv/bin/python" -c 'import airflow; print(airflow.__version__)')" || return 1
    if [[ "$got" != "$version" ]]; then
        echo "!! $venv has Airflow $got, expected $version" >&2
        return 1
    fi
    stamp_text "$version" "$python" > "$stamp"
}

declare -A RESULT DURATION VENV
FAILED=0
for pair in $MATRIX; do
    want_py="${pair%%:*}" version="${pair#*:}"
    start=$SECONDS
    python="$(interpreter_for "$want_py")"
    if [[ -z "$python" ]]; then
        if [[ "${MATRIX_REQUIRE_PYTHON:-0}" == 1 ]]; then
            echo "!! no Python $want_py found (~/.pyenv/versions/$want_py.*, python$want_py)" >&2
            RESULT[$pair]="NO PYTHON $want_py"; DURATION[$pair]=0; VENV[$pair]="-"; FAILED=1
            continue
        fi
        python="$(command -v "$PYTHON")"
        echo "!! no Python $want_py found; running Airflow $version on $PYTHON instead" >&2
    fi
    got_py="$(python_version_of "$python")"
    venv=".venv-py$got_py-af${version%.*}"
    VENV[$pair]="$venv"
    note=""; [[ "$got_py" != "$want_py" ]] && note=" (on py$got_py)"
    if ! build_venv "$version" "$venv" "$python"; then
        RESULT[$pair]="BUILD FAILED$note"; DURATION[$pair]=$((SECONDS - start)); FAILED=1
        continue
    fi
    if ((BUILD_ONLY)); then
        RESULT[$pair]="built$note"; DURATION[$pair]=$((SECONDS - start)); continue
    fi
    selection=(tests --ignore=tests/e2e)
    [[ "$version" == 2.* ]] && selection=(tests)
    compat="$("$venv/bin/python" -c 'from importlib.metadata import version as v; print(v("apache-airflow-providers-common-compat"))' 2>/dev/null)"
    echo "== Python $got_py, Airflow $version ($venv, common-compat ${compat:-?}): pytest ${selection[*]}"
    home="$(mktemp -d "${TMPDIR:-/tmp}/paysecure-matrix-${version}-XXXXXX")"
    # A fresh AIRFLOW_HOME per version: the metadata DB schemas differ.
    if env -u AIRFLOW__CORE__DAGS_FOLDER AIRFLOW_HOME="$home" PATH="$ROOT/$venv/bin:$PATH" \
        "$venv/bin/python" -m pytest "${selection[@]}" -m "not release and not distributed" -p no:cacheprovider -q \
        "${PYTEST_ARGS[@]}"; then
        RESULT[$pair]="passed$note"
    else
        RESULT[$pair]="FAILED$note"; FAILED=1
    fi
    rm -rf "$home"
    DURATION[$pair]=$((SECONDS - start))
done

echo
echo "Python/Airflow matrix:"
for pair in $MATRIX; do
    printf '  py%-5s Airflow %-8s %-22s %-22s %4ss\n' "${pair%%:*}" "${pair#*:}" "${VENV[$pair]:--}" \
        "${RESULT[$pair]:-not run}" "${DURATION[$pair]:-0}"
done
exit "$FAILED"
