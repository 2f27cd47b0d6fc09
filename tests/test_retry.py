"""Retry policy values (no I/O). The attempt sequence that applies them is tested in test_call.py."""

from __future__ import annotations

import json

import pytest

from airflow_provider_paysecure.exceptions import PaySecureConfigError
from airflow_provider_paysecure.retry import RetryPolicy


def test_backoff_is_exponential_with_equal_jitter_and_capped():
    policy = RetryPolicy(retry_delay=1.0, max_delay=6.0)
    assert [policy.backoff(n, lambda: 0.0) for n in (1, 2, 3, 4, 5)] == [0.5, 1.0, 2.0, 3.0, 3.0]
    assert [policy.backoff(n, lambda: 0.999999) for n in (1, 2, 3)] == pytest.approx([1.0, 2.0, 4.0], abs=1e-5)


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"retry_limit": -1}, "retry_limit must be a whole number >= 0, got -1"),
        ({"retry_limit": 1.5}, "retry_limit must be a whole number >= 0, got 1.5"),
        ({"retry_limit": True}, "retry_limit must be a whole number >= 0, got True"),
        ({"retry_delay": -1}, "retry_delay must be a finite number of seconds >= 0, got -1"),
        ({"retry_delay": "1"}, "retry_delay must be a finite number of seconds >= 0, got '1'"),
        ({"max_delay": float("inf")}, "max_delay must be a finite number of seconds >= 0, got inf"),
        ({"deadline": 0}, "deadline must be a finite number of seconds > 0, got 0"),
        ({"deadline": float("nan")}, "deadline must be a finite number of seconds > 0, got nan"),
    ],
)
def test_policy_validation(kwargs, match):
    with pytest.raises(PaySecureConfigError, match=match):
        RetryPolicy(**kwargs)


def test_policy_valid_edges_are_accepted():
    policy = RetryPolicy(retry_limit=0, retry_delay=0, max_delay=0, max_retry_after=0, deadline=0.001)
    assert policy.backoff(1, lambda: 0.5) == 0


def test_policy_round_trips_as_json_safe_dict():
    policy = RetryPolicy(retry_limit=5, retry_delay=0.5, deadline=60)
    assert RetryPolicy.from_dict(json.loads(json.dumps(policy.to_dict()))) == policy
    assert RetryPolicy.from_dict(None) == RetryPolicy()
    assert policy.to_dict() == {
        "retry_limit": 5,
        "retry_delay": 0.5,
        "max_delay": 30.0,
        "max_retry_after": 60.0,
        "deadline": 60,
    }


@pytest.mark.parametrize("bad", [[1], {"retries": 3}, "fast"])
def test_policy_from_anything_else_is_a_config_error(bad):
    with pytest.raises(PaySecureConfigError, match="retry_policy must be a dict of"):
        RetryPolicy.from_dict(bad)
