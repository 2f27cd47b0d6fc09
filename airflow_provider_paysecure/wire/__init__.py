"""The PaySecure wire protocol, with no I/O.

Everything about *what* goes over the wire lives in this package, one job per
module, in the sans-I/O style of h11:

- :mod:`.dates`: ServiceStack ``/Date(ms±hhmm)/`` values;
- :mod:`.models`: :class:`PaySecureSession` and :class:`InOutTimes`, the XCom model;
- :mod:`.request`: building a request;
- :mod:`.reply`: decoding and classifying a reply;
- :mod:`.redaction`: blanking secrets out of server-sent text and bounding excerpts.

The sync hook (``requests``) and the async trigger (``asyncio`` and h11) are thin transports
over these functions, so the protocol exists exactly once. The sandbox reuses the
date functions to write responses. Nothing here imports ``requests``, ``httpx`` or
anything from Airflow except the exception family.
"""

from __future__ import annotations

from airflow_provider_paysecure.wire.dates import (
    MIN_VALUE_MS,
    format_servicestack_date,
    parse_servicestack_date,
    parse_servicestack_date_with_offset,
)
from airflow_provider_paysecure.wire.models import (
    STAGES,
    InOutTimes,
    PaySecureSession,
    mask_session_id,
    timestamps_to_xcom,
)
from airflow_provider_paysecure.wire.reply import (
    RETRYABLE_STATUSES,
    TransientFailure,
    parse_create_session,
    parse_reply,
    parse_retry_after,
    parse_timestamps,
    session_reader,
)
from airflow_provider_paysecure.wire.request import (
    CREATE_SESSION,
    DEFAULT_HOST,
    USER_AGENT,
    Credentials,
    PreparedRequest,
    build_create_session_request,
    build_request,
)

__all__ = [
    "CREATE_SESSION",
    "DEFAULT_HOST",
    "MIN_VALUE_MS",
    "RETRYABLE_STATUSES",
    "STAGES",
    "USER_AGENT",
    "Credentials",
    "InOutTimes",
    "PaySecureSession",
    "PreparedRequest",
    "TransientFailure",
    "build_create_session_request",
    "build_request",
    "format_servicestack_date",
    "mask_session_id",
    "parse_create_session",
    "parse_reply",
    "parse_retry_after",
    "parse_servicestack_date",
    "parse_servicestack_date_with_offset",
    "parse_timestamps",
    "session_reader",
    "timestamps_to_xcom",
]
