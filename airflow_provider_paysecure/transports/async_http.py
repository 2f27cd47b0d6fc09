"""The ``httpx`` transport of :class:`~airflow_provider_paysecure.call.Call`, for the trigger.

It only does I/O: send one :class:`~airflow_provider_paysecure.call.Send` step
under an ``asyncio`` timeout that ends at the step's wall-clock deadline, stream
the body through a :class:`~airflow_provider_paysecure.call.BodyDecoder`, and
report what happened. A large reply is classified in a worker thread, so that
parsing it never holds the event loop that every trigger shares. Importing this
module imports ``httpx``; the trigger imports it inside ``run()``.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import time
from typing import Any, TypeVar

import httpx

from airflow_provider_paysecure.call import (
    CHUNK_BYTES,
    CONNECT_TIMEOUT,
    CONNECTION_LOST,
    CUT_OFF,
    PROXY_UNREACHABLE,
    READ_TIMEOUT,
    BodyDecodeError,
    BodyDecoder,
    BodyTooLarge,
    Call,
    Done,
    Failure,
    FailureKind,
    Response,
    Send,
    connect_failure,
    decoder_failure,
    tls_failure,
    unexpected_failure,
)
from airflow_provider_paysecure.retry import describe_exception

T = TypeVar("T")
log = logging.getLogger(__name__)

#: Replies larger than this are classified in a worker thread, off the event loop.
OFF_LOOP_BYTES = 64 * 1024


async def run(call: Call[T], client: httpx.AsyncClient) -> T:
    """Drive ``call`` to its end over ``client``; return its result or raise its error.

    :param call: the call to make.
    :param client: the (shared) client.
    """
    while True:
        step = call.next()
        if isinstance(step, Done):
            return step.unwrap()
        if isinstance(step, Send):
            outcome = await send(client, step, call.clock)
            if isinstance(outcome, Response) and len(outcome.body) > OFF_LOOP_BYTES:
                await asyncio.to_thread(call.receive, outcome)
            else:
                call.receive(outcome)
        else:
            await asyncio.sleep(step.seconds)


async def send(client: httpx.AsyncClient, step: Send, clock: Any = time.monotonic) -> Response | Failure:
    """One attempt: POST the request and read the reply within the step's limits.

    :param client: the (shared) client.
    :param step: what to send and within which limits.
    :param clock: the clock ``step.deadline`` is measured on.
    """
    started = clock()
    try:
        return await _bounded(_attempt(client, step, clock, started), max(0.0, step.deadline - started))
    except (TimeoutError, asyncio.TimeoutError):
        return CUT_OFF
    except (BodyTooLarge, BodyDecodeError) as exc:
        return decoder_failure(exc)
    except (httpx.HTTPError, httpx.InvalidURL, OSError, ValueError) as exc:
        return _failure(exc)
    except Exception as exc:  # whatever else the server's bytes provoke in the HTTP stack
        return unexpected_failure(exc)


async def _bounded(attempt: Any, seconds: float) -> Response:
    """``attempt``, cancelled after ``seconds`` (``asyncio.timeout`` where Python has it)."""
    timeout = getattr(asyncio, "timeout", None)
    if timeout is None:  # Python 3.10
        return await asyncio.wait_for(attempt, seconds)
    async with timeout(seconds):
        return await attempt


async def _attempt(client: httpx.AsyncClient, step: Send, clock: Any, started: float) -> Response:
    request = step.request
    async with client.stream(
        "POST",
        _httpx_url(request.url),
        content=request.body,
        headers=dict(request.headers),
        timeout=httpx.Timeout(step.read_s, connect=step.connect_s),
    ) as response:
        decoder = BodyDecoder(response.headers.get("Content-Encoding"), step.max_bytes)
        length = response.headers.get("Content-Length", "")
        if length.isdigit() and int(length) > step.max_bytes:
            raise BodyTooLarge(f"Content-Length {length[:20]} exceeds {step.max_bytes} bytes")
        async for chunk in response.aiter_raw(CHUNK_BYTES):
            decoder.feed(chunk)
        body = decoder.finish()
        return Response(response.status_code, response.headers, body, clock() - started)


def _failure(exc: BaseException) -> Failure:
    """Classify an ``httpx`` exception by what it proves about delivery."""
    log.debug("PaySecure request failed: %s", describe_exception(exc))
    if isinstance(exc, httpx.ConnectTimeout):
        return CONNECT_TIMEOUT
    tls = tls_failure(exc)
    if tls is not None:
        return tls
    if isinstance(exc, httpx.TimeoutException):
        return READ_TIMEOUT
    if isinstance(exc, (httpx.InvalidURL, httpx.UnsupportedProtocol, ValueError)):
        return Failure(FailureKind.INVALID, describe_exception(exc))
    if isinstance(exc, httpx.ProxyError):
        return PROXY_UNREACHABLE
    if isinstance(exc, httpx.ConnectError):
        return connect_failure(exc)
    return CONNECTION_LOST


@functools.lru_cache(maxsize=64)
def _httpx_url(url: str) -> httpx.URL:
    """``httpx.URL(url)``, parsed once per process (an ``httpx.URL`` is immutable)."""
    return httpx.URL(url)


__all__ = ["OFF_LOOP_BYTES", "run", "send"]
