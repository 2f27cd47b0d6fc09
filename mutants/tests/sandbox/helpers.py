"""Request helpers for the sandbox tests (plain ``requests``, never the provider's hook)."""

from __future__ import annotations

from typing import Any

import requests

from airflow_provider_paysecure.sandbox import DEFAULT_ACCOUNT, PaySecureSandbox, SandboxAccount


def credentials(account: SandboxAccount = DEFAULT_ACCOUNT, /, **overrides: Any) -> dict[str, Any]:
    """The ``Credentials`` object for ``account``, with fields overridden (``None`` removes one)."""
    creds: dict[str, Any] = {
        "MerchantId": account.merchant_id,
        "UserName": account.user_name,
        "Password": account.password,
        "Version": account.version or "any-version",
    }
    for key, value in overrides.items():
        if value is None:
            creds.pop(key, None)
        else:
            creds[key] = value
    return creds


def call(
    sandbox: PaySecureSandbox,
    route: str,
    payload: dict[str, Any] | None = None,
    *,
    account: SandboxAccount = DEFAULT_ACCOUNT,
    timeout: float = 5.0,
    **kwargs: Any,
) -> requests.Response:
    """POST ``payload`` (with default credentials unless it sets ``Credentials``) to ``route``."""
    body = {"Credentials": credentials(account), **(payload or {})}
    return requests.post(
        f"{sandbox.base_url}/{route.lstrip('/')}",
        json=body,
        headers={"Accept": "application/json"},
        timeout=timeout,
        **kwargs,
    )


def create_session(sandbox: PaySecureSandbox, account: SandboxAccount = DEFAULT_ACCOUNT, **payload: Any) -> str:
    """Create a session and return its id (asserting success)."""
    response = call(sandbox, "CreateSession", payload, account=account)
    assert response.status_code == 200, response.text
    data = response.json()
    assert not data.get("ErrorCode"), data
    session_id: str = data["SessionId"]
    return session_id
