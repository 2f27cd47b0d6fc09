"""Airflow imports that moved between 2.11 and 3.x.

These are the ones that
``airflow.providers.common.compat.sdk`` does not cover in every supported
release of that package. Each is imported where it is used, so importing this
module costs nothing.
"""

from __future__ import annotations

from typing import Any


def mask_secret(value: str) -> None:
    """Register ``value`` with Airflow's secrets masker, so logs show ``***``.

    :param value: the secret (e.g. a session id) to hide from every log line.
    """
    try:
        from airflow.sdk.log import mask_secret as mask
    except ImportError:  # Airflow 2.x
        import importlib

        mask = importlib.import_module("airflow.utils.log.secrets_masker").mask_secret
    mask(value)


def default_deferrable() -> bool:
    """``[operators] default_deferrable`` from the Airflow configuration (default ``False``)."""
    try:
        from airflow.sdk.configuration import conf
    except ImportError:  # Airflow 2.x and 3.0
        from airflow.configuration import conf
    return bool(conf.getboolean("operators", "default_deferrable", fallback=False))


async def get_connection_async(conn_id: str) -> Any:
    """Read an Airflow connection from inside a trigger without blocking the event loop.

    Airflow 3.1+ offers ``BaseHook.aget_connection``; older releases get the
    synchronous lookup run in a thread through ``asgiref``'s ``sync_to_async``.

    :param conn_id: the connection id.
    """
    from airflow.providers.common.compat.sdk import BaseHook

    aget = getattr(BaseHook, "aget_connection", None)
    if aget is not None:
        return await aget(conn_id)
    from asgiref.sync import sync_to_async

    return await sync_to_async(BaseHook.get_connection)(conn_id)
