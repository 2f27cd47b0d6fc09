"""Redaction and excerpts of server-sent text, with no I/O.

Every piece of text that came from a server, or that may echo a secret, passes
through here before it reaches an exception message or a log line.
"""

from __future__ import annotations

from collections.abc import Iterable

EXCERPT_CHARS = 120


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """Blank every occurrence of each secret out of ``text``.

    :param text: text that may echo a secret.
    :param secrets: the strings to blank out; empty ones are ignored.
    """
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    return text


def excerpt(text: str, secrets: Iterable[str] = (), limit: int = EXCERPT_CHARS) -> str:
    """A one-line, redacted excerpt of ``text`` of at most ``limit`` characters.

    :param text: server-sent text.
    :param secrets: the strings to blank out.
    :param limit: the maximum length of the result.
    """
    text = redact(" ".join(text.split()), secrets)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def excerpt_bytes(body: bytes, secrets: Iterable[str] = ()) -> str:
    """A quoted, redacted excerpt of a raw body, for error messages.

    :param body: the raw reply body.
    :param secrets: the strings to blank out.
    """
    if not body:
        return "(empty body)"
    return repr(excerpt(body[:1000].decode("utf-8", "replace"), secrets))
