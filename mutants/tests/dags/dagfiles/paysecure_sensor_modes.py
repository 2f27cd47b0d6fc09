"""Test-only DAGs: the sensor in poke and in reschedule mode, then a task using its XCom."""

from __future__ import annotations

import datetime

from airflow_provider_paysecure.sensors.paysecure import PaySecureSessionSensor

try:
    from airflow.sdk import dag, task
except ImportError:  # Airflow 2.x
    from airflow.decorators import dag, task  # type: ignore[attr-defined,no-redef]


def _sensor_dag(mode: str) -> None:
    @dag(
        dag_id=f"paysecure_sensor_{mode}",
        schedule=None,
        start_date=datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc),
        catchup=False,
    )
    def sensor_dag() -> None:
        wait = PaySecureSessionSensor(
            task_id="wait",
            mode=mode,
            deferrable=False,
            poke_interval=1,
            timeout=60,
            hook_params={"retry_limit": 0},
        )

        @task
        def use(session_id: str) -> int:
            return len(session_id)

        use(wait.output)

    sensor_dag()


for _mode in ("poke", "reschedule"):
    _sensor_dag(_mode)
