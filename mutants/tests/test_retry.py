"""Retry policy and budget (no I/O: a fake clock and a fixed random source)."""

from __future__ import annotations

import pytest

from airflow_provider_paysecure.exceptions import PaySecureTransportError
from airflow_provider_paysecure.retry import RetryBudget, RetryPolicy
from airflow_provider_paysecure.wire import TransientFailure


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_backoff_is_exponential_with_equal_jitter_and_capped():
    policy = RetryPolicy(retry_delay=1.0, max_delay=6.0)
    assert [policy.backoff(n, lambda: 0.0) for n in (1, 2, 3, 4, 5)] == [0.5, 1.0, 2.0, 3.0, 3.0]
    assert [policy.backoff(n, lambda: 0.999999) for n in (1, 2, 3)] == pytest.approx([1.0, 2.0, 4.0], abs=1e-5)


def test_budget_allows_retry_limit_retries_then_raises():
    clock = Clock()
    budget = RetryBudget(RetryPolicy(retry_limit=2, retry_delay=0.1), clock=clock, rand=lambda: 0.5)
    failure = TransientFailure("HTTP 503", status_code=503)
    delays = []
    for _ in range(2):
        budget.begin_attempt()
        delays.append(budget.after_failure(failure))
        clock.now += delays[-1]
    budget.begin_attempt()
    with pytest.raises(PaySecureTransportError) as info:
        budget.after_failure(failure)
    assert delays == pytest.approx([0.075, 0.15])
    assert info.value.attempts == 3
    assert info.value.status_code == 503
    assert str(info.value).startswith("PaySecure unreachable after 3 attempts over 0.2 s (no retries left)")
    assert "last failure: HTTP 503" in str(info.value)


def test_retry_after_is_honoured_and_capped():
    budget = RetryBudget(RetryPolicy(retry_delay=0.1, max_retry_after=5.0), clock=Clock(), rand=lambda: 0.0)
    budget.begin_attempt()
    assert budget.after_failure(TransientFailure("429", retry_after=3)) == 3
    budget.begin_attempt()
    assert budget.after_failure(TransientFailure("429", retry_after=500)) == 5.0


def test_no_sleep_past_the_deadline():
    clock = Clock()
    budget = RetryBudget(RetryPolicy(retry_limit=10, retry_delay=1, deadline=10), clock=clock, rand=lambda: 0.0)
    budget.begin_attempt()
    clock.now += 9.8
    assert budget.remaining == pytest.approx(0.2)
    assert budget.clamp_timeout(30) == pytest.approx(0.2)
    with pytest.raises(PaySecureTransportError, match="the 10 s deadline leaves no time"):
        budget.after_failure(TransientFailure("timed out"))


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"retry_limit": -1}, "retry_limit"),
        ({"retry_limit": 1.5}, "retry_limit"),
        ({"retry_delay": -1}, "retry_delay"),
        ({"deadline": 0}, "deadline"),
    ],
)
def test_policy_validation(kwargs, match):
    with pytest.raises(ValueError, match=match):
        RetryPolicy(**kwargs)


def test_policy_round_trips_as_json_safe_dict():
    import json

    policy = RetryPolicy(retry_limit=5, retry_delay=0.5, deadline=60)
    assert RetryPolicy.from_dict(json.loads(json.dumps(policy.to_dict()))) == policy
    assert RetryPolicy.from_dict(None) == RetryPolicy()
