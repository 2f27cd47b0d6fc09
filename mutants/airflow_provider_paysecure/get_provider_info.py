"""Provider metadata for Airflow's providers manager.

Every Airflow process calls :func:`get_provider_info` through the
``apache_airflow_provider`` entry point, so this module is pure data: it imports
neither Airflow nor ``requests``. Airflow 3.2+ builds the connection form from
``conn-fields`` and ``ui-field-behaviour`` here without importing the hook.
"""

from __future__ import annotations

from typing import Any

from airflow_provider_paysecure import __version__

#: The docs site; also the distribution's ``Documentation`` project URL (pyproject.toml),
#: which Airflow 3.2+ shows as the provider's documentation link.
DOCUMENTATION_URL = "https://paysecure-airflow.github.io/airflow-provider-paysecure/"

_STRING = ["string", "null"]

#: The extra fields of the ``paysecure`` connection form (Airflow 3.2+ format).
#: The hook generates the legacy wtforms widgets (Airflow < 3.2) from this too.
CONN_FIELDS: dict[str, dict[str, Any]] = {
    "merchant_id": {
        "label": "Merchant Id",
        "description": "PaySecure MerchantId (required).",
        "schema": {"type": _STRING},
    },
    "version": {
        "label": "Version",
        "description": "PaySecure API Version your merchant account is certified on (required).",
        "schema": {"type": _STRING},
    },
    "session_expiry_in_min": {
        "label": "Session expiry (minutes)",
        "description": "Default SessionExpiryInMin for new sessions (optional).",
        "schema": {"type": ["number", "null"]},
    },
    "timeout": {
        "label": "Read timeout (s)",
        "description": "Per-request read timeout in seconds (default 30).",
        "schema": {"type": ["number", "null"]},
    },
    "connect_timeout": {
        "label": "Connect timeout (s)",
        "description": "Seconds to wait for the TCP/TLS connection (default 10).",
        "schema": {"type": ["number", "null"]},
    },
    "verify": {
        "label": "Verify TLS",
        "description": "true (default), false, or the path of a CA bundle.",
        "schema": {"type": _STRING},
    },
    "proxies": {
        "label": "Proxies (JSON)",
        "description": 'Optional, e.g. {"https": "http://proxy:3128"}.',
        "schema": {"type": _STRING},
    },
    "allow_insecure_http": {
        "label": "Allow plain http",
        "description": "Only for a non-loopback test server without TLS.",
        "schema": {"type": ["boolean", "null"]},
    },
}

#: Hidden, relabelled and placeholder fields (Airflow 3.2+ format; the hook
#: converts it for older UIs).
UI_FIELD_BEHAVIOUR: dict[str, Any] = {
    "hidden-fields": ["schema"],
    "relabeling": {"login": "User Name", "host": "Host"},
    "placeholders": {
        "host": "api.paysecure.acculynk.net (or http://127.0.0.1 for the sandbox)",
        "port": "only if the host needs one",
        "login": "PaySecure UserName",
        "merchant_id": "your MerchantId",
        "version": "your API Version",
        "session_expiry_in_min": "e.g. 15",
    },
}


def get_provider_info() -> dict[str, Any]:
    """Describe this provider to Airflow (the ``provider_info`` entry point)."""
    return {
        "package-name": "airflow-provider-paysecure",
        "name": "PaySecure",
        "description": "PaySecure Pinless Web Services (Acculynk): sessions for settlement pipelines.",
        "versions": [__version__],
        "documentation-url": DOCUMENTATION_URL,
        "integrations": [
            {
                "integration-name": "PaySecure",
                "external-doc-url": "https://api.paysecure.acculynk.net/metadata",
                "tags": ["service"],
            }
        ],
        "hooks": [
            {
                "integration-name": "PaySecure",
                "python-modules": ["airflow_provider_paysecure.hooks.paysecure"],
            }
        ],
        "operators": [
            {
                "integration-name": "PaySecure",
                "python-modules": ["airflow_provider_paysecure.operators.paysecure"],
            }
        ],
        "sensors": [
            {
                "integration-name": "PaySecure",
                "python-modules": ["airflow_provider_paysecure.sensors.paysecure"],
            }
        ],
        "triggers": [
            {
                "integration-name": "PaySecure",
                "python-modules": ["airflow_provider_paysecure.triggers.paysecure"],
            }
        ],
        "connection-types": [
            {
                "connection-type": "paysecure",
                "hook-class-name": "airflow_provider_paysecure.hooks.paysecure.PaySecureHook",
                "hook-name": "PaySecure Pinless",
                "conn-fields": CONN_FIELDS,
                "ui-field-behaviour": UI_FIELD_BEHAVIOUR,
            }
        ],
    }
