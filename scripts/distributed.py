"""Bring up the distributed deployment the drills use, by hand, and keep it up until Ctrl-C.

The same code the tests use (``tests/e2e/distributed/cluster.py``) starts, on
127.0.0.1 and free ports, with everything under one temporary directory:

1. the PaySecure sandbox (in this process);
2. a private PostgreSQL 15 cluster (``initdb`` + ``pg_ctl`` from Debian's package,
   run as the ``postgres`` user when this runs as root) and a private ``redis-server``;
3. ``airflow db migrate``, then api-server, scheduler, dag-processor, two Celery
   workers (``airflow celery worker``) and two triggerers, each in its own process
   group, with the connection only in ``AIRFLOW_CONN_PAYSECURE_DEFAULT`` (JSON form).

It prints every component's command and the environment they share (the
connection's password masked), then waits. Ctrl-C (or SIGTERM) stops everything and
removes the directory (``--keep`` keeps it).

Usage: ``make test-distributed`` installs the Celery stack; then
``.venv/bin/python scripts/distributed.py [--keep]``.
"""

from __future__ import annotations

import argparse
import shlex
import shutil
import signal
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from airflow_provider_paysecure.sandbox import PaySecureSandbox  # noqa: E402
from tests.e2e.distributed.cluster import (  # noqa: E402
    PrivatePostgres,
    PrivateRedis,
    celery_deployment,
    new_base_dir,
    start_cluster,
)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    """Start the deployment, print how it was started, wait for Ctrl-C, stop it.

    :param argv: command-line arguments (``--keep``).
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory afterwards")
    args = parser.parse_args(argv)
    # Ctrl-C or SIGTERM stop everything (also when started in the background, where SIGINT is ignored).
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, _interrupt)
    base = new_base_dir("paysecure-distributed-")
    postgres = PrivatePostgres(base / "postgres")
    redis = PrivateRedis(base / "redis")
    with PaySecureSandbox() as sandbox:
        deployment = celery_deployment(base / "airflow-home", postgres, redis, sandbox.conn_env("paysecure_default"))
        try:
            postgres.start()
            redis.start()
            print(f"PostgreSQL: 127.0.0.1:{postgres.port} (data {postgres.data_dir})")
            print(f"Redis:      127.0.0.1:{redis.port} (config {redis.config_file})")
            jobs = start_cluster(deployment, postgres)
            print("Shared environment:")
            for key, value in sorted(deployment.env.items()):
                if key.startswith("AIRFLOW"):
                    shown = "<the connection, JSON form>" if key.startswith("AIRFLOW_CONN_") else value
                    print(f"  {key}={shlex.quote(shown)}")
            print("Components:")
            for name, command in deployment.components.items():
                print(f"  {name}: airflow {shlex.join(command)}")
            print(f"Triggerer jobs: {jobs}")
            print(f"API server: {deployment.base_url}   sandbox: {sandbox.base_url}")
            print("Up. Ctrl-C stops everything.")
            while True:
                deployment.check_alive()
                time.sleep(2)
        except KeyboardInterrupt:
            pass
        finally:
            deployment.stop()
            redis.stop()
            postgres.stop()
            if not args.keep:
                shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
