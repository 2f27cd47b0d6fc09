"""The trigger's success event masks the session id wherever the triggerer prints it."""

from __future__ import annotations

from airflow.triggers.base import TriggerEvent

from airflow_provider_paysecure.triggers.paysecure import PaySecureSessionEvent

PAYLOAD = {"status": "success", "session": {"session_id": "sess-0123456789abcdef", "expires_at": None}}


def test_repr_and_str_mask_the_session_id():
    event = PaySecureSessionEvent(PAYLOAD)
    for text in (repr(event), str(event), f"{event}"):
        assert "sess-0123456789abcdef" not in text
        assert "****cdef" in text
        assert text.startswith("TriggerEvent<{'status': 'success'")


def test_payload_reaches_the_task_unchanged():
    event = PaySecureSessionEvent(PAYLOAD)
    assert isinstance(event, TriggerEvent)
    assert event.payload["session"]["session_id"] == "sess-0123456789abcdef"
    assert event == TriggerEvent(PAYLOAD)
    assert event != TriggerEvent({"status": "error"})


def test_error_events_print_as_usual():
    event = PaySecureSessionEvent({"status": "error", "message": "boom"})
    assert repr(event) == "TriggerEvent<{'status': 'error', 'message': 'boom'}>"
