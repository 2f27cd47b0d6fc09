"""The sandbox's request journal (``GET``/``DELETE /__sandbox/journal``)."""

from __future__ import annotations

import hashlib
import json
import time

import requests

from airflow_provider_paysecure.sandbox import DEFAULT_ACCOUNT, PaySecureSandbox
from tests.sandbox.helpers import call


def test_journal_records_each_operation_without_credentials(sandbox: PaySecureSandbox) -> None:
    before = time.time()
    session_id = call(sandbox, "CreateSession").json()["SessionId"]
    call(sandbox, "CreateCardToken", {"SessionId": session_id, "VerifyCard": True})
    sandbox.set_faults(fail_first=1, routes=["PSBINCheck"])
    call(sandbox, "PSBINCheck", {"BIN": "411111"})
    journal = sandbox.service.journal()
    assert [(e["operation"], e["outcome"], e["session_id"]) for e in journal] == [
        ("CreateSession", "ok", None),
        ("CreateCardToken", "ok", session_id),
        ("PSBINCheck", "fault_503", None),
    ]
    assert all(before <= e["time"] <= time.time() for e in journal)
    # The digest covers the body without Credentials: equal work gives equal digests.
    expected = hashlib.sha256(json.dumps({"SessionId": session_id, "VerifyCard": True}, sort_keys=True).encode())
    assert journal[1]["digest"] == expected.hexdigest()
    assert DEFAULT_ACCOUNT.password not in json.dumps(journal)


def test_journal_over_http_and_clear(sandbox: PaySecureSandbox) -> None:
    call(sandbox, "CreateSession")
    url = f"{sandbox.base_url}/__sandbox/journal"
    listed = requests.get(url, timeout=5).json()
    assert [e["operation"] for e in listed] == ["CreateSession"]
    assert requests.delete(url, timeout=5).json() == []
    assert sandbox.service.journal() == []
    assert sandbox.stats() == {"CreateSession": {"ok": 1}}  # the counters are separate
    response = requests.post(url, timeout=5)
    assert response.status_code == 405
    assert response.headers["Allow"] == "GET, DELETE"
