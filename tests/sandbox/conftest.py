"""Fixtures for the sandbox tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from airflow_provider_paysecure.sandbox import DEFAULT_ACCOUNT, PaySecureSandbox
from tests.sandbox.helpers import OTHER_ACCOUNT


@pytest.fixture
def sandbox() -> Iterator[PaySecureSandbox]:
    """A running sandbox with the default account and a second, version-agnostic one."""
    with PaySecureSandbox(accounts=[DEFAULT_ACCOUNT, OTHER_ACCOUNT]) as sb:
        yield sb
