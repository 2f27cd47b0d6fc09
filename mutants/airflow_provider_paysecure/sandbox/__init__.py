"""A local PaySecure sandbox (in the spirit of stripe-mock or moto).

:class:`PaySecureSandbox` serves a simulated PaySecure Pinless Web Services API
on loopback, with configurable merchant accounts, fault injection
(:class:`Faults`) and HTTP limits (:class:`HttpLimits`). Run it from the command
line with ``paysecure-sandbox`` or ``python -m airflow_provider_paysecure.sandbox``.
"""

from __future__ import annotations

from airflow_provider_paysecure.sandbox.faults import FAIL_FIRST_MODES, Faults
from airflow_provider_paysecure.sandbox.limits import HttpLimits
from airflow_provider_paysecure.sandbox.server import PaySecureSandbox
from airflow_provider_paysecure.sandbox.service import DEFAULT_ACCOUNT, OPERATIONS, OUTCOMES, SandboxAccount

__all__ = [
    "DEFAULT_ACCOUNT",
    "FAIL_FIRST_MODES",
    "OPERATIONS",
    "OUTCOMES",
    "Faults",
    "HttpLimits",
    "PaySecureSandbox",
    "SandboxAccount",
]
