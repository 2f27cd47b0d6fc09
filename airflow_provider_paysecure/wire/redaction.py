"""Redaction and excerpts of server-sent text, with no I/O.

Every piece of text that came from a server, or that may echo a secret, passes
through here before it reaches an exception message, an error attribute or a
log line. The order is fixed, and it is what makes the guarantee hold:

1. **redact** every known form of every secret (:class:`Redactor`), on the whole
   text, *before* anything else touches it;
2. **clean**: collapse runs of whitespace to one space and escape every other
   character that is not printable (control characters, ESC, bidi overrides,
   lone surrogates), so no raw control character reaches a log line;
3. **cut** to a bounded length.

Because no cut or whitespace change happens before step 1, a secret echoed at any
offset is blanked whole: no fragment of it survives in the result.
"""

from __future__ import annotations

import contextlib
import html
import json
import re
from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import quote, quote_plus

#: Default length of an excerpt of server-sent text, in characters.
EXCERPT_CHARS = 120
#: What a redacted secret is replaced with.
MASK = "***"
#: The shortest run of a secret's characters that counts as a fragment of it.
FRAGMENT_CHARS = 6

_WHITESPACE = re.compile(r"\s+")
_UNPRINTABLE = re.compile(r"[^\x20-\x7e]")  # the slow check (isprintable) runs only on these


def secret_forms(secret: str) -> set[str]:
    r"""Every form in which a server may echo ``secret``.

    The plain text; URL-encoded (``quote`` with and without ``/`` kept,
    ``quote_plus``); JSON-escaped (with and without ``ensure_ascii``, and with
    ServiceStack's escaped ``\/``); HTML-escaped; and the text a Latin-1 or
    cp1252 echo becomes once decoded as UTF-8 with replacement characters.

    :param secret: the clear secret (empty gives an empty set).
    """
    if not secret:
        return set()
    forms = {secret, quote(secret), quote(secret, safe=""), quote_plus(secret), html.escape(secret)}
    # letter case beyond what a case-insensitive match covers ("ß" -> "SS", "İ" -> "i̇"):
    # matched case-insensitively, the case-folded form covers upper- and lower-casing
    forms.add(secret.casefold())
    forms.add(html.escape(secret).replace("&#x27;", "&#39;"))  # the decimal entity
    with contextlib.suppress(UnicodeEncodeError):  # percent-encoded as Latin-1 ("ö" -> "%F6")
        forms.update((quote(secret, encoding="latin-1"), quote_plus(secret, encoding="latin-1")))
    for ascii_only in (True, False):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:-1]
        forms.update((escaped, escaped.replace("/", "\\/"), re.sub(r"\\u([0-9a-f]{4})", _upper_hex, escaped)))
    for codec in ("latin-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode("utf-8", "replace"))
    return forms


def _upper_hex(match: re.Match[str]) -> str:
    return "\\u" + match.group(1).upper()


class Redactor:
    """Blanks every known form of a set of secrets out of text.

    This is the one redaction helper of the provider: the wire parsers use it for
    server-sent text, and transports use it for exception texts of their HTTP
    libraries (which may quote a URL or a body). Longer forms are replaced first,
    so a form that contains another is blanked whole.

    :param secrets: the clear secrets (e.g. the connection password); empty and
        ``None`` entries are ignored.
    """

    __slots__ = ("_fragment_pattern", "_fragments", "_pattern")

    def __init__(self, secrets: Iterable[str | None] = ()) -> None:
        forms: set[str] = set()
        for secret in secrets:
            if secret:
                forms |= secret_forms(str(secret))
        ordered = sorted(forms, key=lambda form: (-len(form), form))
        # case-insensitive: a server may upper- or lower-case what it echoes
        self._pattern = re.compile("|".join(map(re.escape, ordered)), re.IGNORECASE) if ordered else None
        self._fragments = frozenset(
            low[i : i + FRAGMENT_CHARS]
            for low in {form.lower() for form in forms}
            for i in range(len(low) - FRAGMENT_CHARS + 1)
        )
        # a server may echo only part of a secret: any run of FRAGMENT_CHARS of it is blanked
        # (matches do not overlap, so what is left visible of a run is shorter than that)
        self._fragment_pattern = (
            re.compile("|".join(map(re.escape, sorted(self._fragments))), re.IGNORECASE) if self._fragments else None
        )

    def __repr__(self) -> str:
        return "Redactor(***)"

    def __call__(self, text: str) -> str:
        """``text`` with every form of every secret, and every fragment of one, replaced by ``***``.

        Fragments are runs of :data:`FRAGMENT_CHARS` characters, in any letter case.
        Text that is cut afterwards should go through :meth:`excerpt` instead,
        which blanks whole forms before the cut and fragments after it.

        :param text: text that may echo a secret.
        """
        return self._blank_fragments(self._blank_forms(text))

    def _blank_forms(self, text: str) -> str:
        return text if self._pattern is None else self._pattern.sub(MASK, text)

    def _blank_fragments(self, text: str) -> str:
        return text if self._fragment_pattern is None else self._fragment_pattern.sub(MASK, text)

    def shares_fragment(self, text: str) -> bool:
        """Whether ``text`` contains :data:`FRAGMENT_CHARS` or more consecutive characters of a secret.

        For values that are passed on whole rather than redacted (a ``SessionId``):
        such a value is refused instead.

        :param text: server-sent text.
        """
        size = FRAGMENT_CHARS
        if not self._fragments:
            return False
        low = text.lower()
        return any(low[i : i + size] in self._fragments for i in range(len(low) - size + 1))

    def excerpt(self, text: str, limit: int = EXCERPT_CHARS) -> str:
        """A redacted, one-line, printable excerpt of ``text`` of at most ``limit`` characters.

        :param text: server-sent text.
        :param limit: the maximum length of the result, at least 1.
        """
        # whole forms before the cut (so one straddling it goes whole), fragments after it
        # (so a partial echo is blanked too, at the cost of the shown text only)
        return self._blank_fragments(_bounded(self._blank_forms(text), limit))


#: A redactor with no secrets: cleans and bounds text only.
NO_SECRETS = Redactor()


@lru_cache(maxsize=32)
def _cached(secrets: tuple[str, ...]) -> Redactor:
    return Redactor(secrets)


def redactor(secrets: Redactor | Iterable[str | None] = ()) -> Redactor:
    """A :class:`Redactor` for ``secrets``; a ``Redactor`` is returned as is.

    Redactors for the same secrets are cached, so a hot path may call this per reply.

    :param secrets: a redactor, or the clear secrets.
    """
    if isinstance(secrets, Redactor):
        return secrets
    return _cached(tuple(str(s) for s in secrets if s))


def redact(text: str, secrets: Redactor | Iterable[str | None] = ()) -> str:
    """Blank every form of each secret out of ``text`` (see :func:`secret_forms`).

    :param text: text that may echo a secret.
    :param secrets: a redactor, or the strings to blank out; empty ones are ignored.
    """
    return redactor(secrets)(text)


def clean(text: str) -> str:
    r"""Collapse whitespace runs to one space and escape unprintable characters.

    The result has no control character, no line break and no lone surrogate:
    ``"a\n\x1b[2J"`` becomes ``"a \\x1b[2J"``.

    :param text: text that is already redacted.
    """
    return _escape(_WHITESPACE.sub(" ", text).strip())


def _escape(text: str) -> str:
    if _UNPRINTABLE.search(text) is None:
        return text
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


def _bounded(text: str, limit: int) -> str:
    # Escaping only the head keeps the work bounded; escapes can make it longer than
    # ``limit``, so the length is checked again after escaping.
    flat = _WHITESPACE.sub(" ", text).strip()
    shown = _escape(flat[:limit])
    if len(flat) <= limit and len(shown) <= limit:
        return shown
    return shown[: limit - 1] + "…"


def excerpt(text: str, secrets: Redactor | Iterable[str | None] = (), limit: int = EXCERPT_CHARS) -> str:
    """A redacted, one-line, printable excerpt of ``text`` of at most ``limit`` characters.

    :param text: server-sent text.
    :param secrets: a redactor, or the strings to blank out.
    :param limit: the maximum length of the result, at least 1.
    """
    return redactor(secrets).excerpt(text, limit)


def excerpt_bytes(body: bytes, secrets: Redactor | Iterable[str | None] = ()) -> str:
    """A quoted, redacted excerpt of a raw body, for error messages.

    The whole body is decoded and redacted before it is cut, so a secret that
    straddles the cut is still blanked whole.

    :param body: the raw reply body.
    :param secrets: a redactor, or the strings to blank out.
    """
    if not body:
        return "(empty body)"
    text = body.decode("utf-8", "replace")
    return repr(excerpt(text, secrets))


__all__ = [
    "EXCERPT_CHARS",
    "MASK",
    "NO_SECRETS",
    "Redactor",
    "clean",
    "excerpt",
    "excerpt_bytes",
    "redact",
    "redactor",
    "secret_forms",
]
