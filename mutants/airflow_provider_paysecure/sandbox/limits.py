"""The sandbox's HTTP limits and timeouts, and the JSON nesting check (no I/O).

Every limit has a clear HTTP answer and a counter (see :data:`HTTP_OUTCOMES`),
reported by ``GET /__sandbox/stats`` under ``"http layer"``:

========================  ==============================================  =======================
limit                     answer                                          counter
========================  ==============================================  =======================
``header_timeout_s``      408, then close                                 ``header_timeout``
``body_timeout_s``        408, then close                                 ``body_timeout``
``idle_timeout_s``        close without a response (nothing was asked)    ``idle_timeout``
``max_head_bytes``        431, then close                                 ``head_too_large``
``max_body_bytes``        413 before the body is read, then close         ``body_too_large``
``max_json_depth``        400 ``SerializationException``, keep-alive      ``json_too_deep``
malformed framing         400, then close                                 ``malformed``
chunked request bodies    411, then close                                 ``chunked_refused``
``max_connections``       503 + ``Retry-After: 1`` at once, then close    ``connections_refused``
========================  ==============================================  =======================
"""

from __future__ import annotations

import math
import re
from array import array
from dataclasses import dataclass
from itertools import accumulate

#: Counter names of the HTTP layer, in ``GET /__sandbox/stats`` under ``"http layer"``.
HTTP_OUTCOMES: tuple[str, ...] = (
    "header_timeout",
    "body_timeout",
    "idle_timeout",
    "head_too_large",
    "body_too_large",
    "json_too_deep",
    "malformed",
    "chunked_refused",
    "connections_refused",
)

#: The deepest nesting :attr:`HttpLimits.max_json_depth` may allow (Python's JSON
#: decoder recurses once per level and must stay clear of the recursion limit).
MAX_JSON_DEPTH_LIMIT = 500

_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
# Opening brackets become +1, closing ones -1 (0xFF as a signed byte), the rest is deleted.
_BRACKETS = bytes.maketrans(b"[{]}", b"\x01\x01\xff\xff")
_NOT_BRACKETS = bytes(set(range(256)) - set(b"[]{}"))


@dataclass(frozen=True)
class HttpLimits:
    """Limits and timeouts of the sandbox's HTTP layer; the defaults suit tests and demos.

    :param max_connections: client connections served at once; one more is answered
        503 (``Retry-After: 1``) as soon as it is accepted, then closed.
    :param header_timeout_s: seconds a request's head may take, from the connection's
        start or the request's first byte; then 408 and close.
    :param body_timeout_s: seconds a request's body may take after its head; then 408 and close.
    :param idle_timeout_s: seconds a kept-alive connection may sit idle between requests;
        then it is closed without a response.
    :param max_head_bytes: the most bytes of an unfinished request head (request line and
        headers) held while waiting for its end; more is 431.
    :param max_body_bytes: the largest ``Content-Length``; larger is 413, before any body byte is read.
    :param max_json_depth: the deepest nesting of arrays and objects in a request body;
        deeper is 400 with a ``ResponseStatus`` (1..:data:`MAX_JSON_DEPTH_LIMIT`).
    :raises ValueError: for a non-positive or non-finite value, or a depth above the cap.
    """

    max_connections: int = 2048
    header_timeout_s: float = 10.0
    body_timeout_s: float = 30.0
    idle_timeout_s: float = 60.0
    max_head_bytes: int = 64 * 1024
    max_body_bytes: int = 1024 * 1024
    max_json_depth: int = 64

    def __post_init__(self) -> None:
        for name in ("header_timeout_s", "body_timeout_s", "idle_timeout_s"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value <= 0:
                raise ValueError(f"HttpLimits.{name} must be a positive number of seconds, got {value!r}")
        for name in ("max_connections", "max_head_bytes", "max_body_bytes", "max_json_depth"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
                raise ValueError(f"HttpLimits.{name} must be a positive integer, got {value!r}")
        if self.max_json_depth > MAX_JSON_DEPTH_LIMIT:
            raise ValueError(f"HttpLimits.max_json_depth must be at most {MAX_JSON_DEPTH_LIMIT}")

    @property
    def sweep_interval_s(self) -> float:
        """How often the server checks connection deadlines (a quarter of the shortest timeout)."""
        return max(0.005, min(self.header_timeout_s, self.body_timeout_s, self.idle_timeout_s, 2.0) / 4)


def json_too_deep(body: bytes, limit: int) -> bool:
    """Whether ``body`` nests arrays/objects more than ``limit`` deep (brackets in strings do not count).

    Runs in C-speed passes (no per-byte Python loop), so it is cheap even for a
    large hostile body. Invalid JSON may be over-counted, never under-counted
    before the point where a JSON decoder would fail.

    :param body: the request body.
    :param limit: the deepest nesting allowed.
    """
    if body.count(b"[") + body.count(b"{") <= limit:
        return False
    brackets = _JSON_STRING.sub(b"", body).translate(_BRACKETS, _NOT_BRACKETS)
    return max(accumulate(array("b", brackets)), default=0) > limit


__all__ = ["HTTP_OUTCOMES", "MAX_JSON_DEPTH_LIMIT", "HttpLimits", "json_too_deep"]
