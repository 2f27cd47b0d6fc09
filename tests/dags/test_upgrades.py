"""Upgrades keep working: every constructor argument of the previous release is still accepted."""

from __future__ import annotations

import inspect
import warnings
from typing import Any

from airflow_provider_paysecure.hooks.paysecure import PaySecureHook
from airflow_provider_paysecure.operators.paysecure import (
    HOOK_PARAM_KEYS,
    SESSION_XCOM_KEY,
    PaySecureCreateSessionOperator,
    check_expiry,
    check_hook_params,
    publish_session,
)
from airflow_provider_paysecure.sensors.paysecure import PaySecureSessionSensor
from airflow_provider_paysecure.triggers.paysecure import PaySecureSessionTrigger

#: The keyword arguments each class took at commit 6800d8f, with a valid value each.
PREVIOUS_ARGUMENTS: dict[type[Any], dict[str, Any]] = {
    PaySecureHook: {
        "paysecure_conn_id": "paysecure_x",
        "timeout": (3, 9),
        "retry_limit": 2,
        "retry_delay": 0.5,
        "deadline": 30,
        "mask_session_ids": True,
    },
    PaySecureCreateSessionOperator: {
        "task_id": "create",
        "paysecure_conn_id": "paysecure_x",
        "session_expiry_in_min": "{{ params.expiry }}",
        "hook_params": {"timeout": 5, "retry_limit": 1, "retry_delay": 0.1, "deadline": 10},
    },
    PaySecureSessionSensor: {
        "task_id": "wait",
        "paysecure_conn_id": "paysecure_x",
        "session_expiry_in_min": 15,
        "hook_params": {"timeout": [2, 3]},
        "retry_on_error_codes": ["E1"],
        "deferrable": True,
    },
    PaySecureSessionTrigger: {
        "paysecure_conn_id": "paysecure_x",
        "session_expiry_in_min": 15,
        "poll_interval": 2,
        "deadline": "2030-01-01T00:00:00+00:00",
        "retry_policy": {"retry_limit": 1},
        "timeout": 5,
        "retry_on_error_codes": ["E1"],
    },
}


def test_every_previous_argument_is_still_accepted_without_a_warning():
    for cls, kwargs in PREVIOUS_ARGUMENTS.items():
        parameters = inspect.signature(cls.__init__).parameters
        for name in kwargs:
            assert name in parameters or name == "task_id", (cls.__name__, name)
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            cls(**kwargs)


def test_helpers_moved_out_of_the_operator_module_keep_their_old_import_path():
    from airflow_provider_paysecure import _task_common

    assert check_hook_params is _task_common.check_hook_params
    assert check_expiry is _task_common.check_expiry
    assert publish_session is _task_common.publish_session
    assert SESSION_XCOM_KEY == "session" and "timeout" in HOOK_PARAM_KEYS
