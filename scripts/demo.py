"""Run the ``paysecure_settlement`` example DAG end to end against the local sandbox.

What it does:

1. starts the PaySecure sandbox in this process on a free loopback port;
2. points ``paysecure_default`` at it (``AIRFLOW_CONN_PAYSECURE_DEFAULT``);
3. migrates an SQLite metadata DB under ``.airflow-demo/`` (idempotent) and runs
   ``airflow dags test paysecure_settlement`` with the venv's ``airflow``;
   the sensor is deferrable and ``dags test`` runs its trigger in-process, and the
   sandbox fails the first ``CreateSession`` calls so the deferral path is used;
4. reads the run's state and XComs from the metadata DB and prints a summary:
   run state, masked session id, each batch's result, the stage timing table;
5. stops the sandbox. Exits non-zero if the run did not succeed.

Usage: ``.venv/bin/python scripts/demo.py [--no-faults] [--verbose]``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HOME = ROOT / ".airflow-demo"
DAG_ID = "paysecure_settlement"
SENSOR_TASK = "wait_for_paysecure"


def _airflow_env() -> dict[str, str]:
    env = {
        "AIRFLOW_HOME": str(HOME),
        "AIRFLOW__CORE__DAGS_FOLDER": str(ROOT / "example_dags"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__CORE__UNIT_TEST_MODE": "False",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{HOME / 'airflow.db'}",
    }
    os.environ.update(env)
    return env


def _airflow_bin() -> str:
    candidate = Path(sys.executable).with_name("airflow")
    return str(candidate) if candidate.exists() else "airflow"


def _run(cmd: list[str], env: dict[str, str], verbose: bool, what: str) -> subprocess.CompletedProcess[str]:
    started = time.monotonic()
    print(f"• {what} …", flush=True)
    proc = subprocess.run(  # noqa: S603 - our own venv's airflow, fixed arguments
        cmd, env=env, cwd=ROOT, capture_output=True, text=True, check=False
    )
    if verbose or proc.returncode != 0:
        sys.stdout.write(proc.stdout if verbose else proc.stdout[-20000:])
        sys.stderr.write(proc.stderr if verbose else proc.stderr[-20000:])
    print(f"  done in {time.monotonic() - started:.1f} s (exit {proc.returncode})", flush=True)
    return proc


def _read_run(run_id: str | None) -> dict[str, Any]:
    """The latest run of the DAG (or ``run_id``): state, task states, relevant XComs."""
    from airflow.models.dagrun import DagRun
    from airflow.models.taskinstance import TaskInstance
    from airflow.models.xcom import XComModel
    from airflow.utils.session import create_session

    with create_session() as session:
        query = session.query(DagRun).filter(DagRun.dag_id == DAG_ID)
        if run_id:
            query = query.filter(DagRun.run_id == run_id)
        run = query.order_by(DagRun.id.desc()).first()
        if run is None:
            return {}
        tis = session.query(TaskInstance).filter(TaskInstance.dag_id == DAG_ID, TaskInstance.run_id == run.run_id)
        states = {(ti.task_id if ti.map_index < 0 else f"{ti.task_id}[{ti.map_index}]"): str(ti.state) for ti in tis}
        xcoms: dict[str, Any] = {}
        rows = session.query(XComModel).filter(XComModel.dag_id == DAG_ID, XComModel.run_id == run.run_id)
        for row in rows:
            value = row.value
            if isinstance(value, (str, bytes)):
                with contextlib.suppress(ValueError):
                    value = json.loads(value)
            xcoms[f"{row.task_id}:{row.key}:{row.map_index}"] = value
        return {"run_id": run.run_id, "state": str(run.state), "tasks": states, "xcoms": xcoms}


def _print_summary(info: dict[str, Any]) -> None:
    from airflow_provider_paysecure._summary import format_stage_table
    from airflow_provider_paysecure.wire import mask_session_id

    xcoms = info.get("xcoms", {})
    summary = xcoms.get("summarise:return_value:-1") or {}
    session = xcoms.get(f"{SENSOR_TASK}:session:-1") or {}
    print()
    print(f"Run {info.get('run_id')}: {info.get('state')}")
    for task_id, state in sorted(info.get("tasks", {}).items()):
        print(f"  {task_id:<24} {state}")
    if session:
        print(
            f"Session {mask_session_id(str(session.get('session_id', '')))}, "
            f"expires {session.get('expires_at') or 'service default'}, "
            f"round trip {float(session.get('round_trip_s') or 0) * 1000:.1f} ms"
        )
    if summary:
        print("Batches:")
        for batch in summary.get("batches", []):
            print(
                f"  {batch['batch_id']:<20} {batch['payments']:>3} payments "
                f"{batch['amount_cents'] / 100:>12,.2f}  BIN pinless: "
                f"{'yes' if batch['pinless_ecommerce'] else 'no'}  card "
                f"{'verified' if batch['card_verified'] else 'DECLINED'} "
                f"(…{batch['card_last4']})  session {batch['session']}"
            )
        print(
            f"Total: {summary['batch_count']} batches, {summary['payments']} payments, "
            f"{summary['amount_cents'] / 100:,.2f}; {summary['verified']} verified"
        )
        print("Server stage timings (CreateSession):")
        print(format_stage_table(summary.get("stage_durations_s") or {}))


def main(argv: list[str] | None = None) -> int:
    """Run the demo.

    :param argv: command-line arguments (default: ``sys.argv[1:]``).
    :return: the process exit code.
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-faults", action="store_true", help="do not inject startup failures")
    parser.add_argument("--verbose", action="store_true", help="show the airflow output")
    args = parser.parse_args(argv)

    HOME.mkdir(exist_ok=True)
    env = {**os.environ, **_airflow_env()}
    # Airflow reads AIRFLOW_HOME at import: import it (via the sandbox) only now.
    from airflow_provider_paysecure.sandbox import Faults, PaySecureSandbox

    airflow = _airflow_bin()
    proc = _run([airflow, "db", "migrate"], env, args.verbose, f"Migrating {HOME.name}/airflow.db")
    if proc.returncode != 0:
        return proc.returncode

    faults = (
        None
        if args.no_faults
        else Faults(fail_first=3, fail_first_mode="503", latency_s=0.012, routes=("CreateSession",))
    )
    with PaySecureSandbox(faults=faults) as sandbox:
        print(f"• PaySecure sandbox listening on {sandbox.base_url}", flush=True)
        env.update(sandbox.conn_env("paysecure_default"))
        proc = _run(
            [airflow, "dags", "test", DAG_ID],
            env,
            args.verbose,
            f"airflow dags test {DAG_ID} (sensor deferrable; first CreateSession calls fail)",
        )
        stats = sandbox.stats()
    print(f"• sandbox stopped; requests served: {json.dumps(stats, sort_keys=True)}")

    info = _read_run(None)
    if not info:
        print(f"No run of {DAG_ID} found in {HOME}", file=sys.stderr)
        return proc.returncode or 1
    _print_summary(info)
    ok = proc.returncode == 0 and info.get("state") == "success"
    print("\nDemo", "succeeded" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
