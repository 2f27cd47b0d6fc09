"""``python -m airflow_provider_paysecure.sandbox``: run the sandbox from the command line."""

from __future__ import annotations

from airflow_provider_paysecure.sandbox.cli import main

raise SystemExit(main())
