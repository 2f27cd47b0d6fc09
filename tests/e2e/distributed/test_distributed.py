"""The provider on the distributed engine: CeleryExecutor, Redis, PostgreSQL, and fault drills.

The drills run in file order on one cluster (see ``conftest.py``), each on runs of
``paysecure_settlement`` with distinct logical dates, driven through ``/api/v2``:

1. load: 20 runs at once, every sensor deferred (the sandbox fails ``CreateSession``
   until all 20 wait on the triggerers); each run's batches used its own session; the
   sandbox's counters reconcile exactly with what the runs report;
2. a triggerer is killed (``kill -9``) while it holds at least 10 deferred sensors,
   with their ``CreateSession`` calls in flight; the other takes over;
3. a Celery worker is killed while batch tasks run on it; the retries finish the runs,
   and the sandbox's journal shows which payment operations it received twice;
4. Redis restarts in the middle of a load run;
5. PaySecure is down for 60 s while sensors wait; they stay deferred, then finish;
6. nothing leaks: the password is in no task log, XCom, rendered field, trigger row,
   component log, PostgreSQL row or Redis value; no clear session id is in a task log.

What the drills measure is printed at the end (``FIGURES``) and recorded in
``benchmarks/RESULTS.md``.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from cryptography.fernet import Fernet

from airflow_provider_paysecure.sandbox import PaySecureSandbox
from airflow_provider_paysecure.wire import mask_session_id
from tests.conftest import LEAK_PASSWORD
from tests.e2e.deployment import api_json, wait_dag_parsed, wait_for, xcom
from tests.e2e.distributed.cluster import FIGURES, TRIGGERERS, WORKERS, Cluster, running_triggerer_job_ids

pytestmark = [pytest.mark.distributed, pytest.mark.timeout(1800)]

DAG_ID = "paysecure_settlement"
SENSOR = "wait_for_paysecure"
BATCH_TASK = "settle_batch"
BATCH_COUNT = 3  # example_dags/paysecure_settlement.py: REGIONS
LOAD_RUNS = 20
NEEDLE = LEAK_PASSWORD.encode()
#: Always fail CreateSession (until cleared): every sensor's own poke fails, so it defers.
FAIL_CREATE_SESSION: dict[str, Any] = {"fail_first": 1_000_000, "fail_first_mode": "503", "routes": ["CreateSession"]}
RUN_TIMEOUT = 900.0

_dates = iter(range(10_000))
#: Every run the drills started (the leak check reads all of them).
ALL_RUNS: list[str] = []
#: The stored kwargs of the sensors' trigger rows, read while they were deferred
#: (Airflow deletes a trigger row once its task has resumed).
TRIGGER_KWARGS: list[str] = []


# ---------------------------------------------------------------------- helpers


def trigger_runs(cluster: Cluster, count: int, tag: str) -> list[str]:
    """Trigger ``count`` runs at once, each with its own logical date; return their run ids."""
    run_ids = []
    for _ in range(count):
        day = next(_dates)
        logical = datetime(2026, 1, 2, tzinfo=timezone.utc) + timedelta(days=day)  # past, after start_date
        run_id = f"{tag}_{day:04d}"
        api_json(
            cluster.api.post(
                f"/api/v2/dags/{DAG_ID}/dagRuns",
                json={"dag_run_id": run_id, "logical_date": logical.isoformat()},
            )
        )
        run_ids.append(run_id)
    ALL_RUNS.extend(run_ids)
    return run_ids


def query(cluster: Cluster, sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
    """Rows of one SQL query on the metadata DB."""
    conn = cluster.postgres.connect()
    try:
        with conn.cursor() as cur:
            cur.execute(sql, tuple(params))
            return list(cur.fetchall())
    finally:
        conn.close()


def task_states(cluster: Cluster, run_ids: list[str], task_id: str) -> dict[tuple[str, int], str | None]:
    """``(run_id, map_index) -> state`` of one task in the given runs."""
    rows = query(
        cluster,
        "SELECT run_id, map_index, state FROM task_instance WHERE dag_id = %s AND task_id = %s AND run_id = ANY(%s)",
        (DAG_ID, task_id, run_ids),
    )
    return {(r[0], r[1]): r[2] for r in rows}


def wait_sensors(cluster: Cluster, run_ids: list[str], state: str, timeout: float) -> None:
    """Wait until every run's sensor is in ``state``."""

    def probe() -> bool:
        cluster.deployment.check_alive()
        states = task_states(cluster, run_ids, SENSOR)
        return len(states) == len(run_ids) and all(s == state for s in states.values())

    wait_for(
        f"{len(run_ids)} sensors to be {state}",
        probe,
        timeout,
        1.0,
        lambda: f"{Counter(task_states(cluster, run_ids, SENSOR).values())}\n{cluster.deployment.tail_logs()}",
    )


def wait_runs(cluster: Cluster, run_ids: list[str], timeout: float = RUN_TIMEOUT) -> dict[str, str]:
    """Wait until every run has finished; return ``run_id -> state``."""

    def states() -> dict[str, str]:
        rows = query(
            cluster, "SELECT run_id, state FROM dag_run WHERE dag_id = %s AND run_id = ANY(%s)", (DAG_ID, run_ids)
        )
        return {r[0]: r[1] for r in rows}

    def probe() -> dict[str, str] | None:
        cluster.deployment.check_alive()
        now = states()
        return now if len(now) == len(run_ids) and all(s in ("success", "failed") for s in now.values()) else None

    def diagnostics() -> str:
        tis = query(
            cluster,
            "SELECT task_id, state, count(*) FROM task_instance WHERE dag_id = %s AND run_id = ANY(%s) GROUP BY 1, 2",
            (DAG_ID, run_ids),
        )
        return f"runs {Counter(states().values())}, tasks {tis}\n{cluster.deployment.tail_logs()}"

    return wait_for(f"{len(run_ids)} runs to finish", probe, timeout, 2.0, diagnostics)


def assert_all_succeeded(cluster: Cluster, run_ids: list[str], states: dict[str, str]) -> None:
    """Every run and every task instance of it succeeded."""
    failed = {r: s for r, s in states.items() if s != "success"}
    bad_tis = query(
        cluster,
        "SELECT run_id, task_id, map_index, state, try_number FROM task_instance "
        "WHERE dag_id = %s AND run_id = ANY(%s) AND state <> 'success'",
        (DAG_ID, run_ids),
    )
    assert not failed and not bad_tis, f"runs not successful: {failed}; task instances: {bad_tis}"


def sessions_of(cluster: Cluster, run_ids: list[str]) -> dict[str, str]:
    """``run_id -> session id`` the run's sensor published."""
    return {run_id: xcom(cluster.api, DAG_ID, run_id, SENSOR) for run_id in run_ids}


def journal_since(sandbox: PaySecureSandbox, since: float) -> list[dict[str, Any]]:
    """The sandbox's journal entries received at or after ``since`` (epoch seconds)."""
    return [e for e in sandbox.service.journal() if e["time"] >= since]


def component_rss_kib(cluster: Cluster, names: Iterable[str]) -> int:
    """Resident memory (KiB) of every process of the named components."""
    total = 0
    for name in names:
        for pid in cluster.deployment.pids_of(name):
            try:
                for line in open(f"/proc/{pid}/status").read().splitlines():  # noqa: SIM115
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
            except OSError:
                continue
    return total


def triggers_by_triggerer(cluster: Cluster, run_ids: list[str]) -> dict[int | None, int]:
    """``triggerer job id -> number of the runs' sensor triggers it holds``."""
    rows = query(
        cluster,
        "SELECT t.triggerer_id, count(*) FROM task_instance ti JOIN trigger t ON ti.trigger_id = t.id "
        "WHERE ti.dag_id = %s AND ti.task_id = %s AND ti.run_id = ANY(%s) GROUP BY t.triggerer_id",
        (DAG_ID, SENSOR, run_ids),
    )
    return {r[0]: r[1] for r in rows}


def check_batches_used_own_session(
    cluster: Cluster, sandbox: PaySecureSandbox, run_ids: list[str], since: float, exact: bool = True
) -> None:
    """Each run's batch calls carried that run's session, and no other session was used.

    ``exact``: every session carried exactly ``BATCH_COUNT`` ``CreateCardToken`` calls (no worker
    died); otherwise at least one (a batch killed between its ledger mark and its request may
    legitimately never send one).
    """
    sessions = sessions_of(cluster, run_ids)
    assert len(set(sessions.values())) == len(run_ids), "two runs share a session"
    used = Counter(
        e["session_id"]
        for e in journal_since(sandbox, since)
        if e["operation"] == "CreateCardToken" and e["outcome"] == "ok"
    )
    assert set(used) <= set(sessions.values()), "a batch used a session no sensor of these runs created"
    for run_id, session_id in sessions.items():
        expected_ok = used[session_id] == BATCH_COUNT if exact else used[session_id] >= 1
        assert expected_ok, f"{run_id}: {used[session_id]} CreateCardToken with its session"
        for i in range(BATCH_COUNT):
            result = xcom(cluster.api, DAG_ID, run_id, BATCH_TASK, map_index=i)
            if isinstance(result, dict) and "session" in result:
                assert result["session"] == mask_session_id(session_id), (run_id, i, result)


# ---------------------------------------------------------------------- drills


def test_cluster_is_up(cluster: Cluster, sandbox: PaySecureSandbox) -> None:
    """Two triggerers and two workers run; the DAG is parsed; the connection is not in the DB."""
    assert sorted(cluster.triggerer_jobs) == sorted(TRIGGERERS)
    assert running_triggerer_job_ids(cluster.postgres) == sorted(cluster.triggerer_jobs.values())
    for name in (*WORKERS, *TRIGGERERS, "scheduler", "dag-processor", "api-server"):
        assert cluster.deployment.processes[name].poll() is None, f"{name} is not running"
    wait_dag_parsed(cluster.deployment, cluster.api, DAG_ID)
    api_json(cluster.api.patch(f"/api/v2/dags/{DAG_ID}", json={"is_paused": False}))
    assert query(cluster, "SELECT conn_id FROM connection WHERE conn_id = 'paysecure_default'") == []
    health = api_json(cluster.api.get("/api/v2/monitor/health"))
    assert health["metadatabase"]["status"] == "healthy", health


def test_load_twenty_runs_at_once(cluster: Cluster, sandbox: PaySecureSandbox) -> None:
    sandbox.clear_faults()
    sandbox.reset_stats()
    since = time.time()
    rss_idle = component_rss_kib(cluster, TRIGGERERS)
    sandbox.set_faults(**FAIL_CREATE_SESSION)
    started = time.monotonic()
    run_ids = trigger_runs(cluster, LOAD_RUNS, "load")
    wait_sensors(cluster, run_ids, "deferred", 600)
    time.sleep(6)  # every trigger has polled at least once (poke_interval 5 s)
    rss_deferred = component_rss_kib(cluster, TRIGGERERS)
    split = triggers_by_triggerer(cluster, run_ids)
    failed_polls = sandbox.count("CreateSession")
    TRIGGER_KWARGS.extend(
        row[0]
        for row in query(
            cluster,
            "SELECT t.kwargs FROM trigger t JOIN task_instance ti ON ti.trigger_id = t.id "
            "WHERE ti.dag_id = %s AND ti.run_id = ANY(%s)",
            (DAG_ID, run_ids),
        )
    )
    assert len(TRIGGER_KWARGS) == LOAD_RUNS
    sandbox.clear_faults()
    states = wait_runs(cluster, run_ids)
    wall = time.monotonic() - started
    assert_all_succeeded(cluster, run_ids, states)

    # Every sensor deferred exactly once and used no retry.
    sensor_tries = query(
        cluster,
        "SELECT try_number FROM task_instance WHERE dag_id = %s AND task_id = %s AND run_id = ANY(%s)",
        (DAG_ID, SENSOR, run_ids),
    )
    assert [t for (t,) in sensor_tries] == [1] * LOAD_RUNS
    assert failed_polls >= 2 * LOAD_RUNS, "every sensor's own poke (2 attempts) must have failed"

    check_batches_used_own_session(cluster, sandbox, run_ids, since)

    # The sandbox's counters reconcile exactly with what the runs report.
    summaries = [xcom(cluster.api, DAG_ID, run_id, "summarise") for run_id in run_ids]
    stats = sandbox.stats()
    assert stats["CreateSession"].get("ok", 0) == LOAD_RUNS, stats
    assert stats["CreateSession"].get("fault_503", 0) == sum(stats["CreateSession"].values()) - LOAD_RUNS, stats
    assert sum(s["batch_count"] for s in summaries) == LOAD_RUNS * BATCH_COUNT
    assert stats["PSBINCheck"] == {"ok": sum(s["batch_count"] for s in summaries)}, stats
    assert stats["CreateCardToken"] == {"ok": sum(s["verified"] for s in summaries)}, stats
    assert sum(s["payments"] for s in summaries) == LOAD_RUNS * (42 + 17 + 28)
    assert len(journal_since(sandbox, since)) == sum(sum(v.values()) for v in stats.values())

    FIGURES["load_runs"] = LOAD_RUNS
    FIGURES["load_wall_s"] = round(wall, 1)
    FIGURES["load_triggers_per_triggerer"] = sorted(split.values())
    FIGURES["triggerer_rss_idle_mib"] = round(rss_idle / 1024, 1)
    FIGURES["triggerer_rss_with_20_deferred_mib"] = round(rss_deferred / 1024, 1)
    FIGURES["triggerer_rss_per_deferred_sensor_kib"] = round((rss_deferred - rss_idle) / LOAD_RUNS, 1)


def test_triggerer_killed_other_takes_over(cluster: Cluster, sandbox: PaySecureSandbox) -> None:
    """``kill -9`` the triggerer holding >= 10 deferred sensors while their CreateSession calls are in flight."""
    sandbox.clear_faults()
    sandbox.reset_stats()
    since = time.time()
    sandbox.set_faults(**FAIL_CREATE_SESSION)
    run_ids = trigger_runs(cluster, LOAD_RUNS, "triggerer_kill")
    wait_sensors(cluster, run_ids, "deferred", 600)
    jobs = {job: name for name, job in cluster.triggerer_jobs.items()}

    def holder() -> tuple[str, int] | None:
        split = triggers_by_triggerer(cluster, run_ids)
        if None in split:  # not every trigger is assigned yet
            return None
        job, held = max(split.items(), key=lambda kv: kv[1])
        assert job is not None
        return (jobs[job], held) if held >= 10 else None  # 20 triggers on 2 triggerers: one has >= 10

    victim, held = wait_for("the triggers to be assigned", holder, 120, 1.0, cluster.deployment.tail_logs)
    survivor = next(name for name in TRIGGERERS if name != victim)
    # PaySecure answers again, but slowly: every trigger's next poll is in flight when the victim dies.
    sandbox.set_faults(fail_first=0, latency_s=8.0, routes=["CreateSession"])
    switched = time.time()
    wait_for(
        "every trigger's CreateSession to be in flight",
        lambda: sum(1 for e in journal_since(sandbox, switched) if e["operation"] == "CreateSession") >= LOAD_RUNS,
        60,
        0.2,
    )
    in_flight = sum(1 for e in journal_since(sandbox, switched) if e["operation"] == "CreateSession")
    killed = cluster.deployment.kill_component(victim)
    killed_at = time.monotonic()
    assert killed

    def taken_over() -> bool:
        split = triggers_by_triggerer(cluster, run_ids)
        return all(job == cluster.triggerer_jobs[survivor] for job in split) or not split

    wait_for(f"{survivor} to take over {victim}'s triggers", taken_over, 180, 1.0, cluster.deployment.tail_logs)
    takeover_s = time.monotonic() - killed_at
    sandbox.clear_faults()
    states = wait_runs(cluster, run_ids)
    assert_all_succeeded(cluster, run_ids, states)
    check_batches_used_own_session(cluster, sandbox, run_ids, since)

    created = sandbox.count("CreateSession", "ok")
    extra = created - LOAD_RUNS
    # Only the victim's triggers may have asked twice: their first session was issued, never delivered.
    assert 0 <= extra <= held, (created, held)
    sensor_tries = [
        t
        for (t,) in query(
            cluster,
            "SELECT try_number FROM task_instance WHERE dag_id = %s AND task_id = %s AND run_id = ANY(%s)",
            (DAG_ID, SENSOR, run_ids),
        )
    ]
    assert sensor_tries == [1] * LOAD_RUNS, "a takeover must not cost the sensor a retry"

    # The victim comes back for the next drills (a new triggerer job).
    known = set(running_triggerer_job_ids(cluster.postgres))
    cluster.deployment.start_component(victim)
    cluster.triggerer_jobs[victim] = wait_for(
        f"{victim} to restart",
        lambda: next((j for j in running_triggerer_job_ids(cluster.postgres) if j not in known), None),
        120,
        0.5,
        cluster.deployment.tail_logs,
    )
    FIGURES["triggerer_kill_triggers_on_victim"] = held
    FIGURES["triggerer_kill_create_session_in_flight"] = in_flight
    FIGURES["triggerer_kill_takeover_s"] = round(takeover_s, 1)
    FIGURES["triggerer_kill_extra_create_session"] = extra


def test_worker_killed_batches_retried(cluster: Cluster, sandbox: PaySecureSandbox) -> None:
    """``kill -9`` a Celery worker while batch tasks run on it; ``retries=1`` finishes the runs."""
    runs = 4
    sandbox.clear_faults()
    sandbox.reset_stats()
    since = time.time()
    # A slow CreateCardToken: the batch tasks are inside it when the worker dies.
    sandbox.set_faults(latency_s=8.0, routes=["CreateCardToken"])
    run_ids = trigger_runs(cluster, runs, "worker_kill")

    def batch_running_on_worker() -> str | None:
        rows = query(
            cluster,
            "SELECT pid FROM task_instance WHERE dag_id = %s AND task_id = %s AND run_id = ANY(%s) AND state = 'running'",
            (DAG_ID, BATCH_TASK, run_ids),
        )
        in_flight = any(e["operation"] == "CreateCardToken" for e in journal_since(sandbox, since))
        workers = Counter((cluster.deployment.component_of(pid) if pid else None) for (pid,) in rows)
        workers.pop(None, None)
        return workers.most_common(1)[0][0] if workers and in_flight else None

    victim = wait_for("a batch task in CreateCardToken on a worker", batch_running_on_worker, 600, 0.5)
    time.sleep(1)
    running_on_victim = [
        (r, m)
        for (r, m, pid) in query(
            cluster,
            "SELECT run_id, map_index, pid FROM task_instance WHERE dag_id = %s AND task_id = %s "
            "AND run_id = ANY(%s) AND state = 'running'",
            (DAG_ID, BATCH_TASK, run_ids),
        )
        if (cluster.deployment.component_of(pid) if pid else None) == victim
    ]
    cluster.deployment.kill_component(victim)
    cluster.deployment.start_component(victim)  # the node comes back
    sandbox.clear_faults()
    states = wait_runs(cluster, run_ids)
    assert_all_succeeded(cluster, run_ids, states)

    retried = query(
        cluster,
        "SELECT run_id, map_index FROM task_instance WHERE dag_id = %s AND task_id = %s AND run_id = ANY(%s) "
        "AND try_number > 1",
        (DAG_ID, BATCH_TASK, run_ids),
    )
    assert retried, "no batch task was re-run after its worker died"
    assert {(r, m) for r, m in retried} >= set(running_on_victim), (retried, running_on_victim)

    # What the sandbox received twice: the at-least-once case.
    sessions = sessions_of(cluster, run_ids)
    journal = journal_since(sandbox, since)
    tokens = Counter(e["session_id"] for e in journal if e["operation"] == "CreateCardToken")
    duplicates = {run_id: tokens[s] - BATCH_COUNT for run_id, s in sessions.items() if tokens[s] > BATCH_COUNT}
    retried_per_run = Counter(r for r, _ in retried)
    for run_id, extra in duplicates.items():
        assert extra <= retried_per_run[run_id], (run_id, extra, retried_per_run)
    bin_checks = sum(1 for e in journal if e["operation"] == "PSBINCheck") - runs * BATCH_COUNT
    assert 0 <= bin_checks <= len(retried)
    check_batches_used_own_session(cluster, sandbox, run_ids, since, exact=False)
    FIGURES["worker_kill_batches_running_on_victim"] = len(running_on_victim)
    FIGURES["worker_kill_batches_retried"] = len(retried)
    FIGURES["worker_kill_duplicate_CreateCardToken"] = sum(duplicates.values())
    FIGURES["worker_kill_duplicate_PSBINCheck"] = bin_checks


def test_redis_restarts_mid_run(cluster: Cluster, sandbox: PaySecureSandbox) -> None:
    runs = 8
    sandbox.clear_faults()
    sandbox.reset_stats()
    sandbox.set_faults(latency_s=2.0, routes=["CreateCardToken"])
    run_ids = trigger_runs(cluster, runs, "redis_restart")

    def mid_run() -> bool:
        done = query(
            cluster,
            "SELECT count(*) FROM task_instance WHERE dag_id = %s AND run_id = ANY(%s) AND state = 'success'",
            (DAG_ID, run_ids),
        )[0][0]
        return done >= 8

    wait_for("the load run to be under way", mid_run, 600, 0.5, cluster.deployment.tail_logs)
    restarted_at = time.monotonic()
    cluster.redis.restart()
    states = wait_runs(cluster, run_ids)
    sandbox.clear_faults()
    assert_all_succeeded(cluster, run_ids, states)
    FIGURES["redis_restart_runs_finished_after_s"] = round(time.monotonic() - restarted_at, 1)


def test_paysecure_down_60s_sensors_stay_deferred(cluster: Cluster, sandbox: PaySecureSandbox) -> None:
    runs = 6
    outage_s = 60.0
    sandbox.clear_faults()
    sandbox.set_faults(**FAIL_CREATE_SESSION)
    run_ids = trigger_runs(cluster, runs, "outage")
    wait_sensors(cluster, run_ids, "deferred", 600)
    # PaySecure goes down (503 to everything) for 60 s while the sensors wait on the triggerers.
    sandbox.reset_stats()
    sandbox.set_faults(fail_first=0, routes=None, unavailable_for_s=outage_s)
    back_at = time.time() + outage_s
    # While PaySecure is down: sensors wait on the triggerers, no task holds a worker slot.
    while time.time() < back_at - 2:
        running = query(
            cluster,
            "SELECT task_id, state FROM task_instance WHERE dag_id = %s AND run_id = ANY(%s) "
            "AND state IN ('running', 'queued', 'up_for_reschedule')",
            (DAG_ID, run_ids),
        )
        assert running == [], f"tasks hold worker slots during the outage: {running}"
        assert set(task_states(cluster, run_ids, SENSOR).values()) == {"deferred"}
        time.sleep(2)
    assert sandbox.count("CreateSession", "unavailable") > 2 * runs, "the triggerers did not poll during the outage"
    assert sandbox.count("CreateSession", "ok") == 0
    wait_sensors(cluster, run_ids, "success", 300)
    end_dates = query(
        cluster,
        "SELECT max(end_date) FROM task_instance WHERE dag_id = %s AND task_id = %s AND run_id = ANY(%s)",
        (DAG_ID, SENSOR, run_ids),
    )[0][0]
    recovery = end_dates.timestamp() - back_at
    states = wait_runs(cluster, run_ids)
    assert_all_succeeded(cluster, run_ids, states)
    assert recovery < 60, f"sensors took {recovery:.1f}s after PaySecure came back"
    FIGURES["outage_s"] = outage_s
    FIGURES["outage_recovery_to_all_sensors_succeeded_s"] = round(recovery, 1)


def test_nothing_leaks(cluster: Cluster) -> None:
    """The password is nowhere; no clear session id is in any task log."""
    deployment = cluster.deployment
    sessions = set(sessions_of(cluster, ALL_RUNS).values()) if ALL_RUNS else set()
    assert ALL_RUNS and len(sessions) == len(ALL_RUNS)

    # Task logs (including the triggerer's lines for deferred sensors) and component logs.
    log_files = [p for p in (deployment.home / "logs").rglob("*") if p.is_file()]
    assert log_files, "no task logs found"
    component_logs = [p for p in deployment.component_log_dir.iterdir() if p.is_file()]
    leaked = [str(p) for p in [*log_files, *component_logs] if NEEDLE in p.read_bytes()]
    assert leaked == [], f"the password is in: {leaked}"
    clear_ids = [str(p) for p in log_files for s in sessions if s.encode() in p.read_bytes()]
    assert clear_ids == [], f"a clear session id is in: {clear_ids}"

    # Every row of the metadata DB (XComs, rendered fields, trigger rows, ...).
    dump = cluster.postgres.dump()
    assert "rendered_task_instance_fields" in dump and "xcom" in dump
    assert any(s in dump for s in sessions), "the session XComs are missing from the dump (the check is blind)"
    assert LEAK_PASSWORD not in dump
    fernet = Fernet(deployment.env["AIRFLOW__CORE__FERNET_KEY"].encode())
    kwargs = [*TRIGGER_KWARGS, *(row[0] for row in query(cluster, "SELECT kwargs FROM trigger"))]
    assert kwargs, "no trigger row was read (the check is blind)"
    for stored in kwargs:
        plain = stored if str(stored).startswith("{") else fernet.decrypt(str(stored).encode()).decode()
        assert "paysecure_default" in plain, "could not read the trigger kwargs"
        assert LEAK_PASSWORD not in plain

    # Every key of the broker and the result backend, and Redis's append-only files.
    values = 0
    for db in (0, 1):
        client = cluster.redis.client(db)
        for key in client.scan_iter(count=1000):
            kind = client.type(key).decode()
            if kind == "string":
                items = [client.get(key)]
            elif kind == "list":
                items = client.lrange(key, 0, -1)
            elif kind == "hash":
                items = [b"%s=%s" % kv for kv in client.hgetall(key).items()]
            elif kind == "set":
                items = list(client.smembers(key))
            elif kind == "zset":
                items = client.zrange(key, 0, -1)
            else:
                items = []
            values += len(items)
            assert all(NEEDLE not in (item or b"") for item in [key, *items]), f"password in Redis key {key!r}"
    aof = [p for p in cluster.redis.base.rglob("*") if p.is_file() and p.suffix != ".conf"]
    assert [str(p) for p in aof if NEEDLE in p.read_bytes()] == []
    assert values > 0, "Redis is empty: no Celery result to check"
    FIGURES["leak_check"] = {
        "task_log_files": len(log_files),
        "redis_values": values,
        "pg_dump_bytes": len(dump),
        "trigger_rows": len(kwargs),
        "password_hits": 0,
    }
