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

_WHITESPACE = re.compile(r"\s+")
_UNPRINTABLE = re.compile(r"[^\x20-\x7e]")  # the slow check (isprintable) runs only on these


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_secret_forms__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_secret_forms__mutmut)
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
    for ascii_only in (True, False):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:-1]
        forms.update((escaped, escaped.replace("/", "\\/"), re.sub(r"\\u([0-9a-f]{4})", _upper_hex, escaped)))
    for codec in ("latin-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode("utf-8", "replace"))
    return forms


def x_secret_forms__mutmut_orig(secret: str) -> set[str]:
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
    for ascii_only in (True, False):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:-1]
        forms.update((escaped, escaped.replace("/", "\\/"), re.sub(r"\\u([0-9a-f]{4})", _upper_hex, escaped)))
    for codec in ("latin-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode("utf-8", "replace"))
    return forms


def x_secret_forms__mutmut_1(secret: str) -> set[str]:
    r"""Every form in which a server may echo ``secret``.

    The plain text; URL-encoded (``quote`` with and without ``/`` kept,
    ``quote_plus``); JSON-escaped (with and without ``ensure_ascii``, and with
    ServiceStack's escaped ``\/``); HTML-escaped; and the text a Latin-1 or
    cp1252 echo becomes once decoded as UTF-8 with replacement characters.

    :param secret: the clear secret (empty gives an empty set).
    """
    if secret:
        return set()
    forms = {secret, quote(secret), quote(secret, safe=""), quote_plus(secret), html.escape(secret)}
    for ascii_only in (True, False):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:-1]
        forms.update((escaped, escaped.replace("/", "\\/"), re.sub(r"\\u([0-9a-f]{4})", _upper_hex, escaped)))
    for codec in ("latin-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode("utf-8", "replace"))
    return forms


def x_secret_forms__mutmut_2(secret: str) -> set[str]:
    r"""Every form in which a server may echo ``secret``.

    The plain text; URL-encoded (``quote`` with and without ``/`` kept,
    ``quote_plus``); JSON-escaped (with and without ``ensure_ascii``, and with
    ServiceStack's escaped ``\/``); HTML-escaped; and the text a Latin-1 or
    cp1252 echo becomes once decoded as UTF-8 with replacement characters.

    :param secret: the clear secret (empty gives an empty set).
    """
    if not secret:
        return set()
    forms = None
    for ascii_only in (True, False):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:-1]
        forms.update((escaped, escaped.replace("/", "\\/"), re.sub(r"\\u([0-9a-f]{4})", _upper_hex, escaped)))
    for codec in ("latin-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode("utf-8", "replace"))
    return forms


def x_secret_forms__mutmut_3(secret: str) -> set[str]:
    r"""Every form in which a server may echo ``secret``.

    The plain text; URL-encoded (``quote`` with and without ``/`` kept,
    ``quote_plus``); JSON-escaped (with and without ``ensure_ascii``, and with
    ServiceStack's escaped ``\/``); HTML-escaped; and the text a Latin-1 or
    cp1252 echo becomes once decoded as UTF-8 with replacement characters.

    :param secret: the clear secret (empty gives an empty set).
    """
    if not secret:
        return set()
    forms = {secret, quote(None), quote(secret, safe=""), quote_plus(secret), html.escape(secret)}
    for ascii_only in (True, False):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:-1]
        forms.update((escaped, escaped.replace("/", "\\/"), re.sub(r"\\u([0-9a-f]{4})", _upper_hex, escaped)))
    for codec in ("latin-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode("utf-8", "replace"))
    return forms


def x_secret_forms__mutmut_4(secret: str) -> set[str]:
    r"""Every form in which a server may echo ``secret``.

    The plain text; URL-encoded (``quote`` with and without ``/`` kept,
    ``quote_plus``); JSON-escaped (with and without ``ensure_ascii``, and with
    ServiceStack's escaped ``\/``); HTML-escaped; and the text a Latin-1 or
    cp1252 echo becomes once decoded as UTF-8 with replacement characters.

    :param secret: the clear secret (empty gives an empty set).
    """
    if not secret:
        return set()
    forms = {secret, quote(secret), quote(None, safe=""), quote_plus(secret), html.escape(secret)}
    for ascii_only in (True, False):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:-1]
        forms.update((escaped, escaped.replace("/", "\\/"), re.sub(r"\\u([0-9a-f]{4})", _upper_hex, escaped)))
    for codec in ("latin-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode("utf-8", "replace"))
    return forms


def x_secret_forms__mutmut_5(secret: str) -> set[str]:
    r"""Every form in which a server may echo ``secret``.

    The plain text; URL-encoded (``quote`` with and without ``/`` kept,
    ``quote_plus``); JSON-escaped (with and without ``ensure_ascii``, and with
    ServiceStack's escaped ``\/``); HTML-escaped; and the text a Latin-1 or
    cp1252 echo becomes once decoded as UTF-8 with replacement characters.

    :param secret: the clear secret (empty gives an empty set).
    """
    if not secret:
        return set()
    forms = {secret, quote(secret), quote(secret, safe=None), quote_plus(secret), html.escape(secret)}
    for ascii_only in (True, False):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:-1]
        forms.update((escaped, escaped.replace("/", "\\/"), re.sub(r"\\u([0-9a-f]{4})", _upper_hex, escaped)))
    for codec in ("latin-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode("utf-8", "replace"))
    return forms


def x_secret_forms__mutmut_6(secret: str) -> set[str]:
    r"""Every form in which a server may echo ``secret``.

    The plain text; URL-encoded (``quote`` with and without ``/`` kept,
    ``quote_plus``); JSON-escaped (with and without ``ensure_ascii``, and with
    ServiceStack's escaped ``\/``); HTML-escaped; and the text a Latin-1 or
    cp1252 echo becomes once decoded as UTF-8 with replacement characters.

    :param secret: the clear secret (empty gives an empty set).
    """
    if not secret:
        return set()
    forms = {secret, quote(secret), quote(safe=""), quote_plus(secret), html.escape(secret)}
    for ascii_only in (True, False):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:-1]
        forms.update((escaped, escaped.replace("/", "\\/"), re.sub(r"\\u([0-9a-f]{4})", _upper_hex, escaped)))
    for codec in ("latin-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode("utf-8", "replace"))
    return forms


def x_secret_forms__mutmut_7(secret: str) -> set[str]:
    r"""Every form in which a server may echo ``secret``.

    The plain text; URL-encoded (``quote`` with and without ``/`` kept,
    ``quote_plus``); JSON-escaped (with and without ``ensure_ascii``, and with
    ServiceStack's escaped ``\/``); HTML-escaped; and the text a Latin-1 or
    cp1252 echo becomes once decoded as UTF-8 with replacement characters.

    :param secret: the clear secret (empty gives an empty set).
    """
    if not secret:
        return set()
    forms = {secret, quote(secret), quote(secret, ), quote_plus(secret), html.escape(secret)}
    for ascii_only in (True, False):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:-1]
        forms.update((escaped, escaped.replace("/", "\\/"), re.sub(r"\\u([0-9a-f]{4})", _upper_hex, escaped)))
    for codec in ("latin-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode("utf-8", "replace"))
    return forms


def x_secret_forms__mutmut_8(secret: str) -> set[str]:
    r"""Every form in which a server may echo ``secret``.

    The plain text; URL-encoded (``quote`` with and without ``/`` kept,
    ``quote_plus``); JSON-escaped (with and without ``ensure_ascii``, and with
    ServiceStack's escaped ``\/``); HTML-escaped; and the text a Latin-1 or
    cp1252 echo becomes once decoded as UTF-8 with replacement characters.

    :param secret: the clear secret (empty gives an empty set).
    """
    if not secret:
        return set()
    forms = {secret, quote(secret), quote(secret, safe="XXXX"), quote_plus(secret), html.escape(secret)}
    for ascii_only in (True, False):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:-1]
        forms.update((escaped, escaped.replace("/", "\\/"), re.sub(r"\\u([0-9a-f]{4})", _upper_hex, escaped)))
    for codec in ("latin-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode("utf-8", "replace"))
    return forms


def x_secret_forms__mutmut_9(secret: str) -> set[str]:
    r"""Every form in which a server may echo ``secret``.

    The plain text; URL-encoded (``quote`` with and without ``/`` kept,
    ``quote_plus``); JSON-escaped (with and without ``ensure_ascii``, and with
    ServiceStack's escaped ``\/``); HTML-escaped; and the text a Latin-1 or
    cp1252 echo becomes once decoded as UTF-8 with replacement characters.

    :param secret: the clear secret (empty gives an empty set).
    """
    if not secret:
        return set()
    forms = {secret, quote(secret), quote(secret, safe=""), quote_plus(None), html.escape(secret)}
    for ascii_only in (True, False):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:-1]
        forms.update((escaped, escaped.replace("/", "\\/"), re.sub(r"\\u([0-9a-f]{4})", _upper_hex, escaped)))
    for codec in ("latin-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode("utf-8", "replace"))
    return forms


def x_secret_forms__mutmut_10(secret: str) -> set[str]:
    r"""Every form in which a server may echo ``secret``.

    The plain text; URL-encoded (``quote`` with and without ``/`` kept,
    ``quote_plus``); JSON-escaped (with and without ``ensure_ascii``, and with
    ServiceStack's escaped ``\/``); HTML-escaped; and the text a Latin-1 or
    cp1252 echo becomes once decoded as UTF-8 with replacement characters.

    :param secret: the clear secret (empty gives an empty set).
    """
    if not secret:
        return set()
    forms = {secret, quote(secret), quote(secret, safe=""), quote_plus(secret), html.escape(None)}
    for ascii_only in (True, False):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:-1]
        forms.update((escaped, escaped.replace("/", "\\/"), re.sub(r"\\u([0-9a-f]{4})", _upper_hex, escaped)))
    for codec in ("latin-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode("utf-8", "replace"))
    return forms


def x_secret_forms__mutmut_11(secret: str) -> set[str]:
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
    for ascii_only in (False, False):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:-1]
        forms.update((escaped, escaped.replace("/", "\\/"), re.sub(r"\\u([0-9a-f]{4})", _upper_hex, escaped)))
    for codec in ("latin-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode("utf-8", "replace"))
    return forms


def x_secret_forms__mutmut_12(secret: str) -> set[str]:
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
    for ascii_only in (True, True):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:-1]
        forms.update((escaped, escaped.replace("/", "\\/"), re.sub(r"\\u([0-9a-f]{4})", _upper_hex, escaped)))
    for codec in ("latin-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode("utf-8", "replace"))
    return forms


def x_secret_forms__mutmut_13(secret: str) -> set[str]:
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
    for ascii_only in (True, False):
        escaped = None
        forms.update((escaped, escaped.replace("/", "\\/"), re.sub(r"\\u([0-9a-f]{4})", _upper_hex, escaped)))
    for codec in ("latin-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode("utf-8", "replace"))
    return forms


def x_secret_forms__mutmut_14(secret: str) -> set[str]:
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
    for ascii_only in (True, False):
        escaped = json.dumps(None, ensure_ascii=ascii_only)[1:-1]
        forms.update((escaped, escaped.replace("/", "\\/"), re.sub(r"\\u([0-9a-f]{4})", _upper_hex, escaped)))
    for codec in ("latin-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode("utf-8", "replace"))
    return forms


def x_secret_forms__mutmut_15(secret: str) -> set[str]:
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
    for ascii_only in (True, False):
        escaped = json.dumps(secret, ensure_ascii=None)[1:-1]
        forms.update((escaped, escaped.replace("/", "\\/"), re.sub(r"\\u([0-9a-f]{4})", _upper_hex, escaped)))
    for codec in ("latin-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode("utf-8", "replace"))
    return forms


def x_secret_forms__mutmut_16(secret: str) -> set[str]:
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
    for ascii_only in (True, False):
        escaped = json.dumps(ensure_ascii=ascii_only)[1:-1]
        forms.update((escaped, escaped.replace("/", "\\/"), re.sub(r"\\u([0-9a-f]{4})", _upper_hex, escaped)))
    for codec in ("latin-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode("utf-8", "replace"))
    return forms


def x_secret_forms__mutmut_17(secret: str) -> set[str]:
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
    for ascii_only in (True, False):
        escaped = json.dumps(secret, )[1:-1]
        forms.update((escaped, escaped.replace("/", "\\/"), re.sub(r"\\u([0-9a-f]{4})", _upper_hex, escaped)))
    for codec in ("latin-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode("utf-8", "replace"))
    return forms


def x_secret_forms__mutmut_18(secret: str) -> set[str]:
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
    for ascii_only in (True, False):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[2:-1]
        forms.update((escaped, escaped.replace("/", "\\/"), re.sub(r"\\u([0-9a-f]{4})", _upper_hex, escaped)))
    for codec in ("latin-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode("utf-8", "replace"))
    return forms


def x_secret_forms__mutmut_19(secret: str) -> set[str]:
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
    for ascii_only in (True, False):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:+1]
        forms.update((escaped, escaped.replace("/", "\\/"), re.sub(r"\\u([0-9a-f]{4})", _upper_hex, escaped)))
    for codec in ("latin-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode("utf-8", "replace"))
    return forms


def x_secret_forms__mutmut_20(secret: str) -> set[str]:
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
    for ascii_only in (True, False):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:-2]
        forms.update((escaped, escaped.replace("/", "\\/"), re.sub(r"\\u([0-9a-f]{4})", _upper_hex, escaped)))
    for codec in ("latin-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode("utf-8", "replace"))
    return forms


def x_secret_forms__mutmut_21(secret: str) -> set[str]:
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
    for ascii_only in (True, False):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:-1]
        forms.update(None)
    for codec in ("latin-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode("utf-8", "replace"))
    return forms


def x_secret_forms__mutmut_22(secret: str) -> set[str]:
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
    for ascii_only in (True, False):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:-1]
        forms.update((escaped, escaped.replace(None, "\\/"), re.sub(r"\\u([0-9a-f]{4})", _upper_hex, escaped)))
    for codec in ("latin-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode("utf-8", "replace"))
    return forms


def x_secret_forms__mutmut_23(secret: str) -> set[str]:
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
    for ascii_only in (True, False):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:-1]
        forms.update((escaped, escaped.replace("/", None), re.sub(r"\\u([0-9a-f]{4})", _upper_hex, escaped)))
    for codec in ("latin-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode("utf-8", "replace"))
    return forms


def x_secret_forms__mutmut_24(secret: str) -> set[str]:
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
    for ascii_only in (True, False):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:-1]
        forms.update((escaped, escaped.replace("\\/"), re.sub(r"\\u([0-9a-f]{4})", _upper_hex, escaped)))
    for codec in ("latin-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode("utf-8", "replace"))
    return forms


def x_secret_forms__mutmut_25(secret: str) -> set[str]:
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
    for ascii_only in (True, False):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:-1]
        forms.update((escaped, escaped.replace("/", ), re.sub(r"\\u([0-9a-f]{4})", _upper_hex, escaped)))
    for codec in ("latin-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode("utf-8", "replace"))
    return forms


def x_secret_forms__mutmut_26(secret: str) -> set[str]:
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
    for ascii_only in (True, False):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:-1]
        forms.update((escaped, escaped.replace("XX/XX", "\\/"), re.sub(r"\\u([0-9a-f]{4})", _upper_hex, escaped)))
    for codec in ("latin-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode("utf-8", "replace"))
    return forms


def x_secret_forms__mutmut_27(secret: str) -> set[str]:
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
    for ascii_only in (True, False):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:-1]
        forms.update((escaped, escaped.replace("/", "XX\\/XX"), re.sub(r"\\u([0-9a-f]{4})", _upper_hex, escaped)))
    for codec in ("latin-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode("utf-8", "replace"))
    return forms


def x_secret_forms__mutmut_28(secret: str) -> set[str]:
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
    for ascii_only in (True, False):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:-1]
        forms.update((escaped, escaped.replace("/", "\\/"), re.sub(None, _upper_hex, escaped)))
    for codec in ("latin-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode("utf-8", "replace"))
    return forms


def x_secret_forms__mutmut_29(secret: str) -> set[str]:
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
    for ascii_only in (True, False):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:-1]
        forms.update((escaped, escaped.replace("/", "\\/"), re.sub(r"\\u([0-9a-f]{4})", None, escaped)))
    for codec in ("latin-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode("utf-8", "replace"))
    return forms


def x_secret_forms__mutmut_30(secret: str) -> set[str]:
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
    for ascii_only in (True, False):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:-1]
        forms.update((escaped, escaped.replace("/", "\\/"), re.sub(r"\\u([0-9a-f]{4})", _upper_hex, None)))
    for codec in ("latin-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode("utf-8", "replace"))
    return forms


def x_secret_forms__mutmut_31(secret: str) -> set[str]:
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
    for ascii_only in (True, False):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:-1]
        forms.update((escaped, escaped.replace("/", "\\/"), re.sub(_upper_hex, escaped)))
    for codec in ("latin-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode("utf-8", "replace"))
    return forms


def x_secret_forms__mutmut_32(secret: str) -> set[str]:
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
    for ascii_only in (True, False):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:-1]
        forms.update((escaped, escaped.replace("/", "\\/"), re.sub(r"\\u([0-9a-f]{4})", escaped)))
    for codec in ("latin-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode("utf-8", "replace"))
    return forms


def x_secret_forms__mutmut_33(secret: str) -> set[str]:
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
    for ascii_only in (True, False):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:-1]
        forms.update((escaped, escaped.replace("/", "\\/"), re.sub(r"\\u([0-9a-f]{4})", _upper_hex, )))
    for codec in ("latin-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode("utf-8", "replace"))
    return forms


def x_secret_forms__mutmut_34(secret: str) -> set[str]:
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
    for ascii_only in (True, False):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:-1]
        forms.update((escaped, escaped.replace("/", "\\/"), re.sub(r"XX\\u([0-9a-f]{4})XX", _upper_hex, escaped)))
    for codec in ("latin-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode("utf-8", "replace"))
    return forms


def x_secret_forms__mutmut_35(secret: str) -> set[str]:
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
    for ascii_only in (True, False):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:-1]
        forms.update((escaped, escaped.replace("/", "\\/"), re.sub(r"\\u([0-9A-F]{4})", _upper_hex, escaped)))
    for codec in ("latin-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode("utf-8", "replace"))
    return forms


def x_secret_forms__mutmut_36(secret: str) -> set[str]:
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
    for ascii_only in (True, False):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:-1]
        forms.update((escaped, escaped.replace("/", "\\/"), re.sub(r"\\u([0-9a-f]{4})", _upper_hex, escaped)))
    for codec in ("XXlatin-1XX", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode("utf-8", "replace"))
    return forms


def x_secret_forms__mutmut_37(secret: str) -> set[str]:
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
    for ascii_only in (True, False):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:-1]
        forms.update((escaped, escaped.replace("/", "\\/"), re.sub(r"\\u([0-9a-f]{4})", _upper_hex, escaped)))
    for codec in ("LATIN-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode("utf-8", "replace"))
    return forms


def x_secret_forms__mutmut_38(secret: str) -> set[str]:
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
    for ascii_only in (True, False):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:-1]
        forms.update((escaped, escaped.replace("/", "\\/"), re.sub(r"\\u([0-9a-f]{4})", _upper_hex, escaped)))
    for codec in ("latin-1", "XXcp1252XX"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode("utf-8", "replace"))
    return forms


def x_secret_forms__mutmut_39(secret: str) -> set[str]:
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
    for ascii_only in (True, False):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:-1]
        forms.update((escaped, escaped.replace("/", "\\/"), re.sub(r"\\u([0-9a-f]{4})", _upper_hex, escaped)))
    for codec in ("latin-1", "CP1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode("utf-8", "replace"))
    return forms


def x_secret_forms__mutmut_40(secret: str) -> set[str]:
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
    for ascii_only in (True, False):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:-1]
        forms.update((escaped, escaped.replace("/", "\\/"), re.sub(r"\\u([0-9a-f]{4})", _upper_hex, escaped)))
    for codec in ("latin-1", "cp1252"):
        with contextlib.suppress(None):
            forms.add(secret.encode(codec).decode("utf-8", "replace"))
    return forms


def x_secret_forms__mutmut_41(secret: str) -> set[str]:
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
    for ascii_only in (True, False):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:-1]
        forms.update((escaped, escaped.replace("/", "\\/"), re.sub(r"\\u([0-9a-f]{4})", _upper_hex, escaped)))
    for codec in ("latin-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(None)
    return forms


def x_secret_forms__mutmut_42(secret: str) -> set[str]:
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
    for ascii_only in (True, False):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:-1]
        forms.update((escaped, escaped.replace("/", "\\/"), re.sub(r"\\u([0-9a-f]{4})", _upper_hex, escaped)))
    for codec in ("latin-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode(None, "replace"))
    return forms


def x_secret_forms__mutmut_43(secret: str) -> set[str]:
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
    for ascii_only in (True, False):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:-1]
        forms.update((escaped, escaped.replace("/", "\\/"), re.sub(r"\\u([0-9a-f]{4})", _upper_hex, escaped)))
    for codec in ("latin-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode("utf-8", None))
    return forms


def x_secret_forms__mutmut_44(secret: str) -> set[str]:
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
    for ascii_only in (True, False):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:-1]
        forms.update((escaped, escaped.replace("/", "\\/"), re.sub(r"\\u([0-9a-f]{4})", _upper_hex, escaped)))
    for codec in ("latin-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode("replace"))
    return forms


def x_secret_forms__mutmut_45(secret: str) -> set[str]:
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
    for ascii_only in (True, False):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:-1]
        forms.update((escaped, escaped.replace("/", "\\/"), re.sub(r"\\u([0-9a-f]{4})", _upper_hex, escaped)))
    for codec in ("latin-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode("utf-8", ))
    return forms


def x_secret_forms__mutmut_46(secret: str) -> set[str]:
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
    for ascii_only in (True, False):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:-1]
        forms.update((escaped, escaped.replace("/", "\\/"), re.sub(r"\\u([0-9a-f]{4})", _upper_hex, escaped)))
    for codec in ("latin-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(None).decode("utf-8", "replace"))
    return forms


def x_secret_forms__mutmut_47(secret: str) -> set[str]:
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
    for ascii_only in (True, False):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:-1]
        forms.update((escaped, escaped.replace("/", "\\/"), re.sub(r"\\u([0-9a-f]{4})", _upper_hex, escaped)))
    for codec in ("latin-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode("XXutf-8XX", "replace"))
    return forms


def x_secret_forms__mutmut_48(secret: str) -> set[str]:
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
    for ascii_only in (True, False):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:-1]
        forms.update((escaped, escaped.replace("/", "\\/"), re.sub(r"\\u([0-9a-f]{4})", _upper_hex, escaped)))
    for codec in ("latin-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode("UTF-8", "replace"))
    return forms


def x_secret_forms__mutmut_49(secret: str) -> set[str]:
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
    for ascii_only in (True, False):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:-1]
        forms.update((escaped, escaped.replace("/", "\\/"), re.sub(r"\\u([0-9a-f]{4})", _upper_hex, escaped)))
    for codec in ("latin-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode("utf-8", "XXreplaceXX"))
    return forms


def x_secret_forms__mutmut_50(secret: str) -> set[str]:
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
    for ascii_only in (True, False):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:-1]
        forms.update((escaped, escaped.replace("/", "\\/"), re.sub(r"\\u([0-9a-f]{4})", _upper_hex, escaped)))
    for codec in ("latin-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.add(secret.encode(codec).decode("utf-8", "REPLACE"))
    return forms

mutants_x_secret_forms__mutmut['_mutmut_orig'] = x_secret_forms__mutmut_orig # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_1'] = x_secret_forms__mutmut_1 # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_2'] = x_secret_forms__mutmut_2 # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_3'] = x_secret_forms__mutmut_3 # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_4'] = x_secret_forms__mutmut_4 # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_5'] = x_secret_forms__mutmut_5 # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_6'] = x_secret_forms__mutmut_6 # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_7'] = x_secret_forms__mutmut_7 # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_8'] = x_secret_forms__mutmut_8 # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_9'] = x_secret_forms__mutmut_9 # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_10'] = x_secret_forms__mutmut_10 # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_11'] = x_secret_forms__mutmut_11 # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_12'] = x_secret_forms__mutmut_12 # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_13'] = x_secret_forms__mutmut_13 # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_14'] = x_secret_forms__mutmut_14 # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_15'] = x_secret_forms__mutmut_15 # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_16'] = x_secret_forms__mutmut_16 # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_17'] = x_secret_forms__mutmut_17 # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_18'] = x_secret_forms__mutmut_18 # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_19'] = x_secret_forms__mutmut_19 # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_20'] = x_secret_forms__mutmut_20 # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_21'] = x_secret_forms__mutmut_21 # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_22'] = x_secret_forms__mutmut_22 # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_23'] = x_secret_forms__mutmut_23 # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_24'] = x_secret_forms__mutmut_24 # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_25'] = x_secret_forms__mutmut_25 # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_26'] = x_secret_forms__mutmut_26 # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_27'] = x_secret_forms__mutmut_27 # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_28'] = x_secret_forms__mutmut_28 # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_29'] = x_secret_forms__mutmut_29 # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_30'] = x_secret_forms__mutmut_30 # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_31'] = x_secret_forms__mutmut_31 # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_32'] = x_secret_forms__mutmut_32 # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_33'] = x_secret_forms__mutmut_33 # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_34'] = x_secret_forms__mutmut_34 # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_35'] = x_secret_forms__mutmut_35 # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_36'] = x_secret_forms__mutmut_36 # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_37'] = x_secret_forms__mutmut_37 # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_38'] = x_secret_forms__mutmut_38 # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_39'] = x_secret_forms__mutmut_39 # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_40'] = x_secret_forms__mutmut_40 # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_41'] = x_secret_forms__mutmut_41 # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_42'] = x_secret_forms__mutmut_42 # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_43'] = x_secret_forms__mutmut_43 # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_44'] = x_secret_forms__mutmut_44 # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_45'] = x_secret_forms__mutmut_45 # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_46'] = x_secret_forms__mutmut_46 # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_47'] = x_secret_forms__mutmut_47 # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_48'] = x_secret_forms__mutmut_48 # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_49'] = x_secret_forms__mutmut_49 # type: ignore # mutmut generated
mutants_x_secret_forms__mutmut['x_secret_forms__mutmut_50'] = x_secret_forms__mutmut_50 # type: ignore # mutmut generated
mutants_x__upper_hex__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__upper_hex__mutmut)
def _upper_hex(match: re.Match[str]) -> str:
    return "\\u" + match.group(1).upper()


def x__upper_hex__mutmut_orig(match: re.Match[str]) -> str:
    return "\\u" + match.group(1).upper()


def x__upper_hex__mutmut_1(match: re.Match[str]) -> str:
    return "\\u" - match.group(1).upper()


def x__upper_hex__mutmut_2(match: re.Match[str]) -> str:
    return "XX\\uXX" + match.group(1).upper()


def x__upper_hex__mutmut_3(match: re.Match[str]) -> str:
    return "\\u" + match.group(1).lower()


def x__upper_hex__mutmut_4(match: re.Match[str]) -> str:
    return "\\u" + match.group(None).upper()


def x__upper_hex__mutmut_5(match: re.Match[str]) -> str:
    return "\\u" + match.group(2).upper()

mutants_x__upper_hex__mutmut['_mutmut_orig'] = x__upper_hex__mutmut_orig # type: ignore # mutmut generated
mutants_x__upper_hex__mutmut['x__upper_hex__mutmut_1'] = x__upper_hex__mutmut_1 # type: ignore # mutmut generated
mutants_x__upper_hex__mutmut['x__upper_hex__mutmut_2'] = x__upper_hex__mutmut_2 # type: ignore # mutmut generated
mutants_x__upper_hex__mutmut['x__upper_hex__mutmut_3'] = x__upper_hex__mutmut_3 # type: ignore # mutmut generated
mutants_x__upper_hex__mutmut['x__upper_hex__mutmut_4'] = x__upper_hex__mutmut_4 # type: ignore # mutmut generated
mutants_x__upper_hex__mutmut['x__upper_hex__mutmut_5'] = x__upper_hex__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRedactorǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁRedactorǁ__repr____mutmut: MutantDict = {}  # type: ignore
mutants_xǁRedactorǁ__call____mutmut: MutantDict = {}  # type: ignore
mutants_xǁRedactorǁexcerpt__mutmut: MutantDict = {}  # type: ignore


class Redactor:
    """Blanks every known form of a set of secrets out of text.

    This is the one redaction helper of the provider: the wire parsers use it for
    server-sent text, and transports use it for exception texts of their HTTP
    libraries (which may quote a URL or a body). Longer forms are replaced first,
    so a form that contains another is blanked whole.

    :param secrets: the clear secrets (e.g. the connection password); empty and
        ``None`` entries are ignored.
    """

    __slots__ = ("_pattern",)

    @_mutmut_mutated(mutants_xǁRedactorǁ__init____mutmut)
    def __init__(self, secrets: Iterable[str | None] = ()) -> None:
        forms: set[str] = set()
        for secret in secrets:
            if secret:
                forms |= secret_forms(str(secret))
        ordered = sorted(forms, key=lambda form: (-len(form), form))
        self._pattern = re.compile("|".join(map(re.escape, ordered))) if ordered else None

    def xǁRedactorǁ__init____mutmut_orig(self, secrets: Iterable[str | None] = ()) -> None:
        forms: set[str] = set()
        for secret in secrets:
            if secret:
                forms |= secret_forms(str(secret))
        ordered = sorted(forms, key=lambda form: (-len(form), form))
        self._pattern = re.compile("|".join(map(re.escape, ordered))) if ordered else None

    def xǁRedactorǁ__init____mutmut_1(self, secrets: Iterable[str | None] = ()) -> None:
        forms: set[str] = None
        for secret in secrets:
            if secret:
                forms |= secret_forms(str(secret))
        ordered = sorted(forms, key=lambda form: (-len(form), form))
        self._pattern = re.compile("|".join(map(re.escape, ordered))) if ordered else None

    def xǁRedactorǁ__init____mutmut_2(self, secrets: Iterable[str | None] = ()) -> None:
        forms: set[str] = set()
        for secret in secrets:
            if secret:
                forms = secret_forms(str(secret))
        ordered = sorted(forms, key=lambda form: (-len(form), form))
        self._pattern = re.compile("|".join(map(re.escape, ordered))) if ordered else None

    def xǁRedactorǁ__init____mutmut_3(self, secrets: Iterable[str | None] = ()) -> None:
        forms: set[str] = set()
        for secret in secrets:
            if secret:
                forms &= secret_forms(str(secret))
        ordered = sorted(forms, key=lambda form: (-len(form), form))
        self._pattern = re.compile("|".join(map(re.escape, ordered))) if ordered else None

    def xǁRedactorǁ__init____mutmut_4(self, secrets: Iterable[str | None] = ()) -> None:
        forms: set[str] = set()
        for secret in secrets:
            if secret:
                forms |= secret_forms(None)
        ordered = sorted(forms, key=lambda form: (-len(form), form))
        self._pattern = re.compile("|".join(map(re.escape, ordered))) if ordered else None

    def xǁRedactorǁ__init____mutmut_5(self, secrets: Iterable[str | None] = ()) -> None:
        forms: set[str] = set()
        for secret in secrets:
            if secret:
                forms |= secret_forms(str(None))
        ordered = sorted(forms, key=lambda form: (-len(form), form))
        self._pattern = re.compile("|".join(map(re.escape, ordered))) if ordered else None

    def xǁRedactorǁ__init____mutmut_6(self, secrets: Iterable[str | None] = ()) -> None:
        forms: set[str] = set()
        for secret in secrets:
            if secret:
                forms |= secret_forms(str(secret))
        ordered = None
        self._pattern = re.compile("|".join(map(re.escape, ordered))) if ordered else None

    def xǁRedactorǁ__init____mutmut_7(self, secrets: Iterable[str | None] = ()) -> None:
        forms: set[str] = set()
        for secret in secrets:
            if secret:
                forms |= secret_forms(str(secret))
        ordered = sorted(None, key=lambda form: (-len(form), form))
        self._pattern = re.compile("|".join(map(re.escape, ordered))) if ordered else None

    def xǁRedactorǁ__init____mutmut_8(self, secrets: Iterable[str | None] = ()) -> None:
        forms: set[str] = set()
        for secret in secrets:
            if secret:
                forms |= secret_forms(str(secret))
        ordered = sorted(forms, key=None)
        self._pattern = re.compile("|".join(map(re.escape, ordered))) if ordered else None

    def xǁRedactorǁ__init____mutmut_9(self, secrets: Iterable[str | None] = ()) -> None:
        forms: set[str] = set()
        for secret in secrets:
            if secret:
                forms |= secret_forms(str(secret))
        ordered = sorted(key=lambda form: (-len(form), form))
        self._pattern = re.compile("|".join(map(re.escape, ordered))) if ordered else None

    def xǁRedactorǁ__init____mutmut_10(self, secrets: Iterable[str | None] = ()) -> None:
        forms: set[str] = set()
        for secret in secrets:
            if secret:
                forms |= secret_forms(str(secret))
        ordered = sorted(forms, )
        self._pattern = re.compile("|".join(map(re.escape, ordered))) if ordered else None

    def xǁRedactorǁ__init____mutmut_11(self, secrets: Iterable[str | None] = ()) -> None:
        forms: set[str] = set()
        for secret in secrets:
            if secret:
                forms |= secret_forms(str(secret))
        ordered = sorted(forms, key=lambda form: None)
        self._pattern = re.compile("|".join(map(re.escape, ordered))) if ordered else None

    def xǁRedactorǁ__init____mutmut_12(self, secrets: Iterable[str | None] = ()) -> None:
        forms: set[str] = set()
        for secret in secrets:
            if secret:
                forms |= secret_forms(str(secret))
        ordered = sorted(forms, key=lambda form: (+len(form), form))
        self._pattern = re.compile("|".join(map(re.escape, ordered))) if ordered else None

    def xǁRedactorǁ__init____mutmut_13(self, secrets: Iterable[str | None] = ()) -> None:
        forms: set[str] = set()
        for secret in secrets:
            if secret:
                forms |= secret_forms(str(secret))
        ordered = sorted(forms, key=lambda form: (-len(form), form))
        self._pattern = None

    def xǁRedactorǁ__init____mutmut_14(self, secrets: Iterable[str | None] = ()) -> None:
        forms: set[str] = set()
        for secret in secrets:
            if secret:
                forms |= secret_forms(str(secret))
        ordered = sorted(forms, key=lambda form: (-len(form), form))
        self._pattern = re.compile("|".join(map(re.escape, ordered))) if (ordered) and False else None

    def xǁRedactorǁ__init____mutmut_15(self, secrets: Iterable[str | None] = ()) -> None:
        forms: set[str] = set()
        for secret in secrets:
            if secret:
                forms |= secret_forms(str(secret))
        ordered = sorted(forms, key=lambda form: (-len(form), form))
        self._pattern = re.compile("|".join(map(re.escape, ordered))) if (ordered) or True else None

    def xǁRedactorǁ__init____mutmut_16(self, secrets: Iterable[str | None] = ()) -> None:
        forms: set[str] = set()
        for secret in secrets:
            if secret:
                forms |= secret_forms(str(secret))
        ordered = sorted(forms, key=lambda form: (-len(form), form))
        self._pattern = re.compile(None) if ordered else None

    def xǁRedactorǁ__init____mutmut_17(self, secrets: Iterable[str | None] = ()) -> None:
        forms: set[str] = set()
        for secret in secrets:
            if secret:
                forms |= secret_forms(str(secret))
        ordered = sorted(forms, key=lambda form: (-len(form), form))
        self._pattern = re.compile("|".join(None)) if ordered else None

    def xǁRedactorǁ__init____mutmut_18(self, secrets: Iterable[str | None] = ()) -> None:
        forms: set[str] = set()
        for secret in secrets:
            if secret:
                forms |= secret_forms(str(secret))
        ordered = sorted(forms, key=lambda form: (-len(form), form))
        self._pattern = re.compile("XX|XX".join(map(re.escape, ordered))) if ordered else None

    def xǁRedactorǁ__init____mutmut_19(self, secrets: Iterable[str | None] = ()) -> None:
        forms: set[str] = set()
        for secret in secrets:
            if secret:
                forms |= secret_forms(str(secret))
        ordered = sorted(forms, key=lambda form: (-len(form), form))
        self._pattern = re.compile("|".join(map(None, ordered))) if ordered else None

    def xǁRedactorǁ__init____mutmut_20(self, secrets: Iterable[str | None] = ()) -> None:
        forms: set[str] = set()
        for secret in secrets:
            if secret:
                forms |= secret_forms(str(secret))
        ordered = sorted(forms, key=lambda form: (-len(form), form))
        self._pattern = re.compile("|".join(map(re.escape, None))) if ordered else None

    def xǁRedactorǁ__init____mutmut_21(self, secrets: Iterable[str | None] = ()) -> None:
        forms: set[str] = set()
        for secret in secrets:
            if secret:
                forms |= secret_forms(str(secret))
        ordered = sorted(forms, key=lambda form: (-len(form), form))
        self._pattern = re.compile("|".join(map(ordered))) if ordered else None

    def xǁRedactorǁ__init____mutmut_22(self, secrets: Iterable[str | None] = ()) -> None:
        forms: set[str] = set()
        for secret in secrets:
            if secret:
                forms |= secret_forms(str(secret))
        ordered = sorted(forms, key=lambda form: (-len(form), form))
        self._pattern = re.compile("|".join(map(re.escape, ))) if ordered else None

    @_mutmut_mutated(mutants_xǁRedactorǁ__repr____mutmut)
    def __repr__(self) -> str:
        return "Redactor(***)"

    def xǁRedactorǁ__repr____mutmut_orig(self) -> str:
        return "Redactor(***)"

    def xǁRedactorǁ__repr____mutmut_1(self) -> str:
        return "XXRedactor(***)XX"

    def xǁRedactorǁ__repr____mutmut_2(self) -> str:
        return "redactor(***)"

    def xǁRedactorǁ__repr____mutmut_3(self) -> str:
        return "REDACTOR(***)"

    @_mutmut_mutated(mutants_xǁRedactorǁ__call____mutmut)
    def __call__(self, text: str) -> str:
        """``text`` with every form of every secret replaced by ``***``.

        :param text: text that may echo a secret.
        """
        return text if self._pattern is None else self._pattern.sub(MASK, text)

    def xǁRedactorǁ__call____mutmut_orig(self, text: str) -> str:
        """``text`` with every form of every secret replaced by ``***``.

        :param text: text that may echo a secret.
        """
        return text if self._pattern is None else self._pattern.sub(MASK, text)

    def xǁRedactorǁ__call____mutmut_1(self, text: str) -> str:
        """``text`` with every form of every secret replaced by ``***``.

        :param text: text that may echo a secret.
        """
        return text if (self._pattern is None) and False else self._pattern.sub(MASK, text)

    def xǁRedactorǁ__call____mutmut_2(self, text: str) -> str:
        """``text`` with every form of every secret replaced by ``***``.

        :param text: text that may echo a secret.
        """
        return text if (self._pattern is None) or True else self._pattern.sub(MASK, text)

    def xǁRedactorǁ__call____mutmut_3(self, text: str) -> str:
        """``text`` with every form of every secret replaced by ``***``.

        :param text: text that may echo a secret.
        """
        return text if self._pattern is not None else self._pattern.sub(MASK, text)

    def xǁRedactorǁ__call____mutmut_4(self, text: str) -> str:
        """``text`` with every form of every secret replaced by ``***``.

        :param text: text that may echo a secret.
        """
        return text if self._pattern is None else self._pattern.sub(None, text)

    def xǁRedactorǁ__call____mutmut_5(self, text: str) -> str:
        """``text`` with every form of every secret replaced by ``***``.

        :param text: text that may echo a secret.
        """
        return text if self._pattern is None else self._pattern.sub(MASK, None)

    def xǁRedactorǁ__call____mutmut_6(self, text: str) -> str:
        """``text`` with every form of every secret replaced by ``***``.

        :param text: text that may echo a secret.
        """
        return text if self._pattern is None else self._pattern.sub(text)

    def xǁRedactorǁ__call____mutmut_7(self, text: str) -> str:
        """``text`` with every form of every secret replaced by ``***``.

        :param text: text that may echo a secret.
        """
        return text if self._pattern is None else self._pattern.sub(MASK, )

    @_mutmut_mutated(mutants_xǁRedactorǁexcerpt__mutmut)
    def excerpt(self, text: str, limit: int = EXCERPT_CHARS) -> str:
        """A redacted, one-line, printable excerpt of ``text`` of at most ``limit`` characters.

        :param text: server-sent text.
        :param limit: the maximum length of the result, at least 1.
        """
        return _bounded(self(text), limit)

    def xǁRedactorǁexcerpt__mutmut_orig(self, text: str, limit: int = EXCERPT_CHARS) -> str:
        """A redacted, one-line, printable excerpt of ``text`` of at most ``limit`` characters.

        :param text: server-sent text.
        :param limit: the maximum length of the result, at least 1.
        """
        return _bounded(self(text), limit)

    def xǁRedactorǁexcerpt__mutmut_1(self, text: str, limit: int = EXCERPT_CHARS) -> str:
        """A redacted, one-line, printable excerpt of ``text`` of at most ``limit`` characters.

        :param text: server-sent text.
        :param limit: the maximum length of the result, at least 1.
        """
        return _bounded(None, limit)

    def xǁRedactorǁexcerpt__mutmut_2(self, text: str, limit: int = EXCERPT_CHARS) -> str:
        """A redacted, one-line, printable excerpt of ``text`` of at most ``limit`` characters.

        :param text: server-sent text.
        :param limit: the maximum length of the result, at least 1.
        """
        return _bounded(self(text), None)

    def xǁRedactorǁexcerpt__mutmut_3(self, text: str, limit: int = EXCERPT_CHARS) -> str:
        """A redacted, one-line, printable excerpt of ``text`` of at most ``limit`` characters.

        :param text: server-sent text.
        :param limit: the maximum length of the result, at least 1.
        """
        return _bounded(limit)

    def xǁRedactorǁexcerpt__mutmut_4(self, text: str, limit: int = EXCERPT_CHARS) -> str:
        """A redacted, one-line, printable excerpt of ``text`` of at most ``limit`` characters.

        :param text: server-sent text.
        :param limit: the maximum length of the result, at least 1.
        """
        return _bounded(self(text), )

    def xǁRedactorǁexcerpt__mutmut_5(self, text: str, limit: int = EXCERPT_CHARS) -> str:
        """A redacted, one-line, printable excerpt of ``text`` of at most ``limit`` characters.

        :param text: server-sent text.
        :param limit: the maximum length of the result, at least 1.
        """
        return _bounded(self(None), limit)

mutants_xǁRedactorǁ__init____mutmut['_mutmut_orig'] = Redactor.xǁRedactorǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁRedactorǁ__init____mutmut['xǁRedactorǁ__init____mutmut_1'] = Redactor.xǁRedactorǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁRedactorǁ__init____mutmut['xǁRedactorǁ__init____mutmut_2'] = Redactor.xǁRedactorǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁRedactorǁ__init____mutmut['xǁRedactorǁ__init____mutmut_3'] = Redactor.xǁRedactorǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁRedactorǁ__init____mutmut['xǁRedactorǁ__init____mutmut_4'] = Redactor.xǁRedactorǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁRedactorǁ__init____mutmut['xǁRedactorǁ__init____mutmut_5'] = Redactor.xǁRedactorǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁRedactorǁ__init____mutmut['xǁRedactorǁ__init____mutmut_6'] = Redactor.xǁRedactorǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁRedactorǁ__init____mutmut['xǁRedactorǁ__init____mutmut_7'] = Redactor.xǁRedactorǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁRedactorǁ__init____mutmut['xǁRedactorǁ__init____mutmut_8'] = Redactor.xǁRedactorǁ__init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁRedactorǁ__init____mutmut['xǁRedactorǁ__init____mutmut_9'] = Redactor.xǁRedactorǁ__init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁRedactorǁ__init____mutmut['xǁRedactorǁ__init____mutmut_10'] = Redactor.xǁRedactorǁ__init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁRedactorǁ__init____mutmut['xǁRedactorǁ__init____mutmut_11'] = Redactor.xǁRedactorǁ__init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁRedactorǁ__init____mutmut['xǁRedactorǁ__init____mutmut_12'] = Redactor.xǁRedactorǁ__init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁRedactorǁ__init____mutmut['xǁRedactorǁ__init____mutmut_13'] = Redactor.xǁRedactorǁ__init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁRedactorǁ__init____mutmut['xǁRedactorǁ__init____mutmut_14'] = Redactor.xǁRedactorǁ__init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁRedactorǁ__init____mutmut['xǁRedactorǁ__init____mutmut_15'] = Redactor.xǁRedactorǁ__init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁRedactorǁ__init____mutmut['xǁRedactorǁ__init____mutmut_16'] = Redactor.xǁRedactorǁ__init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁRedactorǁ__init____mutmut['xǁRedactorǁ__init____mutmut_17'] = Redactor.xǁRedactorǁ__init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁRedactorǁ__init____mutmut['xǁRedactorǁ__init____mutmut_18'] = Redactor.xǁRedactorǁ__init____mutmut_18 # type: ignore # mutmut generated
mutants_xǁRedactorǁ__init____mutmut['xǁRedactorǁ__init____mutmut_19'] = Redactor.xǁRedactorǁ__init____mutmut_19 # type: ignore # mutmut generated
mutants_xǁRedactorǁ__init____mutmut['xǁRedactorǁ__init____mutmut_20'] = Redactor.xǁRedactorǁ__init____mutmut_20 # type: ignore # mutmut generated
mutants_xǁRedactorǁ__init____mutmut['xǁRedactorǁ__init____mutmut_21'] = Redactor.xǁRedactorǁ__init____mutmut_21 # type: ignore # mutmut generated
mutants_xǁRedactorǁ__init____mutmut['xǁRedactorǁ__init____mutmut_22'] = Redactor.xǁRedactorǁ__init____mutmut_22 # type: ignore # mutmut generated

mutants_xǁRedactorǁ__repr____mutmut['_mutmut_orig'] = Redactor.xǁRedactorǁ__repr____mutmut_orig # type: ignore # mutmut generated
mutants_xǁRedactorǁ__repr____mutmut['xǁRedactorǁ__repr____mutmut_1'] = Redactor.xǁRedactorǁ__repr____mutmut_1 # type: ignore # mutmut generated
mutants_xǁRedactorǁ__repr____mutmut['xǁRedactorǁ__repr____mutmut_2'] = Redactor.xǁRedactorǁ__repr____mutmut_2 # type: ignore # mutmut generated
mutants_xǁRedactorǁ__repr____mutmut['xǁRedactorǁ__repr____mutmut_3'] = Redactor.xǁRedactorǁ__repr____mutmut_3 # type: ignore # mutmut generated

mutants_xǁRedactorǁ__call____mutmut['_mutmut_orig'] = Redactor.xǁRedactorǁ__call____mutmut_orig # type: ignore # mutmut generated
mutants_xǁRedactorǁ__call____mutmut['xǁRedactorǁ__call____mutmut_1'] = Redactor.xǁRedactorǁ__call____mutmut_1 # type: ignore # mutmut generated
mutants_xǁRedactorǁ__call____mutmut['xǁRedactorǁ__call____mutmut_2'] = Redactor.xǁRedactorǁ__call____mutmut_2 # type: ignore # mutmut generated
mutants_xǁRedactorǁ__call____mutmut['xǁRedactorǁ__call____mutmut_3'] = Redactor.xǁRedactorǁ__call____mutmut_3 # type: ignore # mutmut generated
mutants_xǁRedactorǁ__call____mutmut['xǁRedactorǁ__call____mutmut_4'] = Redactor.xǁRedactorǁ__call____mutmut_4 # type: ignore # mutmut generated
mutants_xǁRedactorǁ__call____mutmut['xǁRedactorǁ__call____mutmut_5'] = Redactor.xǁRedactorǁ__call____mutmut_5 # type: ignore # mutmut generated
mutants_xǁRedactorǁ__call____mutmut['xǁRedactorǁ__call____mutmut_6'] = Redactor.xǁRedactorǁ__call____mutmut_6 # type: ignore # mutmut generated
mutants_xǁRedactorǁ__call____mutmut['xǁRedactorǁ__call____mutmut_7'] = Redactor.xǁRedactorǁ__call____mutmut_7 # type: ignore # mutmut generated

mutants_xǁRedactorǁexcerpt__mutmut['_mutmut_orig'] = Redactor.xǁRedactorǁexcerpt__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRedactorǁexcerpt__mutmut['xǁRedactorǁexcerpt__mutmut_1'] = Redactor.xǁRedactorǁexcerpt__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRedactorǁexcerpt__mutmut['xǁRedactorǁexcerpt__mutmut_2'] = Redactor.xǁRedactorǁexcerpt__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRedactorǁexcerpt__mutmut['xǁRedactorǁexcerpt__mutmut_3'] = Redactor.xǁRedactorǁexcerpt__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRedactorǁexcerpt__mutmut['xǁRedactorǁexcerpt__mutmut_4'] = Redactor.xǁRedactorǁexcerpt__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRedactorǁexcerpt__mutmut['xǁRedactorǁexcerpt__mutmut_5'] = Redactor.xǁRedactorǁexcerpt__mutmut_5 # type: ignore # mutmut generated


#: A redactor with no secrets: cleans and bounds text only.
NO_SECRETS = Redactor()


@lru_cache(maxsize=32)
def _cached(secrets: tuple[str, ...]) -> Redactor:
    return Redactor(secrets)
mutants_x_redactor__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_redactor__mutmut)
def redactor(secrets: Redactor | Iterable[str | None] = ()) -> Redactor:
    """A :class:`Redactor` for ``secrets``; a ``Redactor`` is returned as is.

    Redactors for the same secrets are cached, so a hot path may call this per reply.

    :param secrets: a redactor, or the clear secrets.
    """
    if isinstance(secrets, Redactor):
        return secrets
    return _cached(tuple(str(s) for s in secrets if s))


def x_redactor__mutmut_orig(secrets: Redactor | Iterable[str | None] = ()) -> Redactor:
    """A :class:`Redactor` for ``secrets``; a ``Redactor`` is returned as is.

    Redactors for the same secrets are cached, so a hot path may call this per reply.

    :param secrets: a redactor, or the clear secrets.
    """
    if isinstance(secrets, Redactor):
        return secrets
    return _cached(tuple(str(s) for s in secrets if s))


def x_redactor__mutmut_1(secrets: Redactor | Iterable[str | None] = ()) -> Redactor:
    """A :class:`Redactor` for ``secrets``; a ``Redactor`` is returned as is.

    Redactors for the same secrets are cached, so a hot path may call this per reply.

    :param secrets: a redactor, or the clear secrets.
    """
    if isinstance(secrets, Redactor):
        return secrets
    return _cached(None)


def x_redactor__mutmut_2(secrets: Redactor | Iterable[str | None] = ()) -> Redactor:
    """A :class:`Redactor` for ``secrets``; a ``Redactor`` is returned as is.

    Redactors for the same secrets are cached, so a hot path may call this per reply.

    :param secrets: a redactor, or the clear secrets.
    """
    if isinstance(secrets, Redactor):
        return secrets
    return _cached(tuple(None))


def x_redactor__mutmut_3(secrets: Redactor | Iterable[str | None] = ()) -> Redactor:
    """A :class:`Redactor` for ``secrets``; a ``Redactor`` is returned as is.

    Redactors for the same secrets are cached, so a hot path may call this per reply.

    :param secrets: a redactor, or the clear secrets.
    """
    if isinstance(secrets, Redactor):
        return secrets
    return _cached(tuple(str(None) for s in secrets if s))

mutants_x_redactor__mutmut['_mutmut_orig'] = x_redactor__mutmut_orig # type: ignore # mutmut generated
mutants_x_redactor__mutmut['x_redactor__mutmut_1'] = x_redactor__mutmut_1 # type: ignore # mutmut generated
mutants_x_redactor__mutmut['x_redactor__mutmut_2'] = x_redactor__mutmut_2 # type: ignore # mutmut generated
mutants_x_redactor__mutmut['x_redactor__mutmut_3'] = x_redactor__mutmut_3 # type: ignore # mutmut generated
mutants_x_redact__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_redact__mutmut)
def redact(text: str, secrets: Redactor | Iterable[str | None] = ()) -> str:
    """Blank every form of each secret out of ``text`` (see :func:`secret_forms`).

    :param text: text that may echo a secret.
    :param secrets: a redactor, or the strings to blank out; empty ones are ignored.
    """
    return redactor(secrets)(text)


def x_redact__mutmut_orig(text: str, secrets: Redactor | Iterable[str | None] = ()) -> str:
    """Blank every form of each secret out of ``text`` (see :func:`secret_forms`).

    :param text: text that may echo a secret.
    :param secrets: a redactor, or the strings to blank out; empty ones are ignored.
    """
    return redactor(secrets)(text)


def x_redact__mutmut_1(text: str, secrets: Redactor | Iterable[str | None] = ()) -> str:
    """Blank every form of each secret out of ``text`` (see :func:`secret_forms`).

    :param text: text that may echo a secret.
    :param secrets: a redactor, or the strings to blank out; empty ones are ignored.
    """
    return redactor(secrets)(None)


def x_redact__mutmut_2(text: str, secrets: Redactor | Iterable[str | None] = ()) -> str:
    """Blank every form of each secret out of ``text`` (see :func:`secret_forms`).

    :param text: text that may echo a secret.
    :param secrets: a redactor, or the strings to blank out; empty ones are ignored.
    """
    return redactor(None)(text)

mutants_x_redact__mutmut['_mutmut_orig'] = x_redact__mutmut_orig # type: ignore # mutmut generated
mutants_x_redact__mutmut['x_redact__mutmut_1'] = x_redact__mutmut_1 # type: ignore # mutmut generated
mutants_x_redact__mutmut['x_redact__mutmut_2'] = x_redact__mutmut_2 # type: ignore # mutmut generated
mutants_x_clean__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_clean__mutmut)
def clean(text: str) -> str:
    r"""Collapse whitespace runs to one space and escape unprintable characters.

    The result has no control character, no line break and no lone surrogate:
    ``"a\n\x1b[2J"`` becomes ``"a \\x1b[2J"``.

    :param text: text that is already redacted.
    """
    return _escape(_WHITESPACE.sub(" ", text).strip())


def x_clean__mutmut_orig(text: str) -> str:
    r"""Collapse whitespace runs to one space and escape unprintable characters.

    The result has no control character, no line break and no lone surrogate:
    ``"a\n\x1b[2J"`` becomes ``"a \\x1b[2J"``.

    :param text: text that is already redacted.
    """
    return _escape(_WHITESPACE.sub(" ", text).strip())


def x_clean__mutmut_1(text: str) -> str:
    r"""Collapse whitespace runs to one space and escape unprintable characters.

    The result has no control character, no line break and no lone surrogate:
    ``"a\n\x1b[2J"`` becomes ``"a \\x1b[2J"``.

    :param text: text that is already redacted.
    """
    return _escape(None)


def x_clean__mutmut_2(text: str) -> str:
    r"""Collapse whitespace runs to one space and escape unprintable characters.

    The result has no control character, no line break and no lone surrogate:
    ``"a\n\x1b[2J"`` becomes ``"a \\x1b[2J"``.

    :param text: text that is already redacted.
    """
    return _escape(_WHITESPACE.sub(None, text).strip())


def x_clean__mutmut_3(text: str) -> str:
    r"""Collapse whitespace runs to one space and escape unprintable characters.

    The result has no control character, no line break and no lone surrogate:
    ``"a\n\x1b[2J"`` becomes ``"a \\x1b[2J"``.

    :param text: text that is already redacted.
    """
    return _escape(_WHITESPACE.sub(" ", None).strip())


def x_clean__mutmut_4(text: str) -> str:
    r"""Collapse whitespace runs to one space and escape unprintable characters.

    The result has no control character, no line break and no lone surrogate:
    ``"a\n\x1b[2J"`` becomes ``"a \\x1b[2J"``.

    :param text: text that is already redacted.
    """
    return _escape(_WHITESPACE.sub(text).strip())


def x_clean__mutmut_5(text: str) -> str:
    r"""Collapse whitespace runs to one space and escape unprintable characters.

    The result has no control character, no line break and no lone surrogate:
    ``"a\n\x1b[2J"`` becomes ``"a \\x1b[2J"``.

    :param text: text that is already redacted.
    """
    return _escape(_WHITESPACE.sub(" ", ).strip())


def x_clean__mutmut_6(text: str) -> str:
    r"""Collapse whitespace runs to one space and escape unprintable characters.

    The result has no control character, no line break and no lone surrogate:
    ``"a\n\x1b[2J"`` becomes ``"a \\x1b[2J"``.

    :param text: text that is already redacted.
    """
    return _escape(_WHITESPACE.sub("XX XX", text).strip())

mutants_x_clean__mutmut['_mutmut_orig'] = x_clean__mutmut_orig # type: ignore # mutmut generated
mutants_x_clean__mutmut['x_clean__mutmut_1'] = x_clean__mutmut_1 # type: ignore # mutmut generated
mutants_x_clean__mutmut['x_clean__mutmut_2'] = x_clean__mutmut_2 # type: ignore # mutmut generated
mutants_x_clean__mutmut['x_clean__mutmut_3'] = x_clean__mutmut_3 # type: ignore # mutmut generated
mutants_x_clean__mutmut['x_clean__mutmut_4'] = x_clean__mutmut_4 # type: ignore # mutmut generated
mutants_x_clean__mutmut['x_clean__mutmut_5'] = x_clean__mutmut_5 # type: ignore # mutmut generated
mutants_x_clean__mutmut['x_clean__mutmut_6'] = x_clean__mutmut_6 # type: ignore # mutmut generated
mutants_x__escape__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__escape__mutmut)
def _escape(text: str) -> str:
    if _UNPRINTABLE.search(text) is None:
        return text
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


def x__escape__mutmut_orig(text: str) -> str:
    if _UNPRINTABLE.search(text) is None:
        return text
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


def x__escape__mutmut_1(text: str) -> str:
    if _UNPRINTABLE.search(None) is None:
        return text
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


def x__escape__mutmut_2(text: str) -> str:
    if _UNPRINTABLE.search(text) is not None:
        return text
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


def x__escape__mutmut_3(text: str) -> str:
    if _UNPRINTABLE.search(text) is None:
        return text
    return "".join(None)


def x__escape__mutmut_4(text: str) -> str:
    if _UNPRINTABLE.search(text) is None:
        return text
    return "XXXX".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


def x__escape__mutmut_5(text: str) -> str:
    if _UNPRINTABLE.search(text) is None:
        return text
    return "".join(ch if (ch.isprintable()) and False else ascii(ch)[1:-1] for ch in text)


def x__escape__mutmut_6(text: str) -> str:
    if _UNPRINTABLE.search(text) is None:
        return text
    return "".join(ch if (ch.isprintable()) or True else ascii(ch)[1:-1] for ch in text)


def x__escape__mutmut_7(text: str) -> str:
    if _UNPRINTABLE.search(text) is None:
        return text
    return "".join(ch if ch.isprintable() else ascii(None)[1:-1] for ch in text)


def x__escape__mutmut_8(text: str) -> str:
    if _UNPRINTABLE.search(text) is None:
        return text
    return "".join(ch if ch.isprintable() else ascii(ch)[2:-1] for ch in text)


def x__escape__mutmut_9(text: str) -> str:
    if _UNPRINTABLE.search(text) is None:
        return text
    return "".join(ch if ch.isprintable() else ascii(ch)[1:+1] for ch in text)


def x__escape__mutmut_10(text: str) -> str:
    if _UNPRINTABLE.search(text) is None:
        return text
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-2] for ch in text)

mutants_x__escape__mutmut['_mutmut_orig'] = x__escape__mutmut_orig # type: ignore # mutmut generated
mutants_x__escape__mutmut['x__escape__mutmut_1'] = x__escape__mutmut_1 # type: ignore # mutmut generated
mutants_x__escape__mutmut['x__escape__mutmut_2'] = x__escape__mutmut_2 # type: ignore # mutmut generated
mutants_x__escape__mutmut['x__escape__mutmut_3'] = x__escape__mutmut_3 # type: ignore # mutmut generated
mutants_x__escape__mutmut['x__escape__mutmut_4'] = x__escape__mutmut_4 # type: ignore # mutmut generated
mutants_x__escape__mutmut['x__escape__mutmut_5'] = x__escape__mutmut_5 # type: ignore # mutmut generated
mutants_x__escape__mutmut['x__escape__mutmut_6'] = x__escape__mutmut_6 # type: ignore # mutmut generated
mutants_x__escape__mutmut['x__escape__mutmut_7'] = x__escape__mutmut_7 # type: ignore # mutmut generated
mutants_x__escape__mutmut['x__escape__mutmut_8'] = x__escape__mutmut_8 # type: ignore # mutmut generated
mutants_x__escape__mutmut['x__escape__mutmut_9'] = x__escape__mutmut_9 # type: ignore # mutmut generated
mutants_x__escape__mutmut['x__escape__mutmut_10'] = x__escape__mutmut_10 # type: ignore # mutmut generated
mutants_x__bounded__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__bounded__mutmut)
def _bounded(text: str, limit: int) -> str:
    # Escaping only the head keeps the work bounded; escapes can make it longer than
    # ``limit``, so the length is checked again after escaping.
    flat = _WHITESPACE.sub(" ", text).strip()
    shown = _escape(flat[:limit])
    if len(flat) <= limit and len(shown) <= limit:
        return shown
    return shown[: limit - 1] + "…"


def x__bounded__mutmut_orig(text: str, limit: int) -> str:
    # Escaping only the head keeps the work bounded; escapes can make it longer than
    # ``limit``, so the length is checked again after escaping.
    flat = _WHITESPACE.sub(" ", text).strip()
    shown = _escape(flat[:limit])
    if len(flat) <= limit and len(shown) <= limit:
        return shown
    return shown[: limit - 1] + "…"


def x__bounded__mutmut_1(text: str, limit: int) -> str:
    # Escaping only the head keeps the work bounded; escapes can make it longer than
    # ``limit``, so the length is checked again after escaping.
    flat = None
    shown = _escape(flat[:limit])
    if len(flat) <= limit and len(shown) <= limit:
        return shown
    return shown[: limit - 1] + "…"


def x__bounded__mutmut_2(text: str, limit: int) -> str:
    # Escaping only the head keeps the work bounded; escapes can make it longer than
    # ``limit``, so the length is checked again after escaping.
    flat = _WHITESPACE.sub(None, text).strip()
    shown = _escape(flat[:limit])
    if len(flat) <= limit and len(shown) <= limit:
        return shown
    return shown[: limit - 1] + "…"


def x__bounded__mutmut_3(text: str, limit: int) -> str:
    # Escaping only the head keeps the work bounded; escapes can make it longer than
    # ``limit``, so the length is checked again after escaping.
    flat = _WHITESPACE.sub(" ", None).strip()
    shown = _escape(flat[:limit])
    if len(flat) <= limit and len(shown) <= limit:
        return shown
    return shown[: limit - 1] + "…"


def x__bounded__mutmut_4(text: str, limit: int) -> str:
    # Escaping only the head keeps the work bounded; escapes can make it longer than
    # ``limit``, so the length is checked again after escaping.
    flat = _WHITESPACE.sub(text).strip()
    shown = _escape(flat[:limit])
    if len(flat) <= limit and len(shown) <= limit:
        return shown
    return shown[: limit - 1] + "…"


def x__bounded__mutmut_5(text: str, limit: int) -> str:
    # Escaping only the head keeps the work bounded; escapes can make it longer than
    # ``limit``, so the length is checked again after escaping.
    flat = _WHITESPACE.sub(" ", ).strip()
    shown = _escape(flat[:limit])
    if len(flat) <= limit and len(shown) <= limit:
        return shown
    return shown[: limit - 1] + "…"


def x__bounded__mutmut_6(text: str, limit: int) -> str:
    # Escaping only the head keeps the work bounded; escapes can make it longer than
    # ``limit``, so the length is checked again after escaping.
    flat = _WHITESPACE.sub("XX XX", text).strip()
    shown = _escape(flat[:limit])
    if len(flat) <= limit and len(shown) <= limit:
        return shown
    return shown[: limit - 1] + "…"


def x__bounded__mutmut_7(text: str, limit: int) -> str:
    # Escaping only the head keeps the work bounded; escapes can make it longer than
    # ``limit``, so the length is checked again after escaping.
    flat = _WHITESPACE.sub(" ", text).strip()
    shown = None
    if len(flat) <= limit and len(shown) <= limit:
        return shown
    return shown[: limit - 1] + "…"


def x__bounded__mutmut_8(text: str, limit: int) -> str:
    # Escaping only the head keeps the work bounded; escapes can make it longer than
    # ``limit``, so the length is checked again after escaping.
    flat = _WHITESPACE.sub(" ", text).strip()
    shown = _escape(None)
    if len(flat) <= limit and len(shown) <= limit:
        return shown
    return shown[: limit - 1] + "…"


def x__bounded__mutmut_9(text: str, limit: int) -> str:
    # Escaping only the head keeps the work bounded; escapes can make it longer than
    # ``limit``, so the length is checked again after escaping.
    flat = _WHITESPACE.sub(" ", text).strip()
    shown = _escape(flat[:limit])
    if len(flat) <= limit or len(shown) <= limit:
        return shown
    return shown[: limit - 1] + "…"


def x__bounded__mutmut_10(text: str, limit: int) -> str:
    # Escaping only the head keeps the work bounded; escapes can make it longer than
    # ``limit``, so the length is checked again after escaping.
    flat = _WHITESPACE.sub(" ", text).strip()
    shown = _escape(flat[:limit])
    if len(flat) < limit and len(shown) <= limit:
        return shown
    return shown[: limit - 1] + "…"


def x__bounded__mutmut_11(text: str, limit: int) -> str:
    # Escaping only the head keeps the work bounded; escapes can make it longer than
    # ``limit``, so the length is checked again after escaping.
    flat = _WHITESPACE.sub(" ", text).strip()
    shown = _escape(flat[:limit])
    if len(flat) <= limit and len(shown) < limit:
        return shown
    return shown[: limit - 1] + "…"


def x__bounded__mutmut_12(text: str, limit: int) -> str:
    # Escaping only the head keeps the work bounded; escapes can make it longer than
    # ``limit``, so the length is checked again after escaping.
    flat = _WHITESPACE.sub(" ", text).strip()
    shown = _escape(flat[:limit])
    if len(flat) <= limit and len(shown) <= limit:
        return shown
    return shown[: limit - 1] - "…"


def x__bounded__mutmut_13(text: str, limit: int) -> str:
    # Escaping only the head keeps the work bounded; escapes can make it longer than
    # ``limit``, so the length is checked again after escaping.
    flat = _WHITESPACE.sub(" ", text).strip()
    shown = _escape(flat[:limit])
    if len(flat) <= limit and len(shown) <= limit:
        return shown
    return shown[: limit + 1] + "…"


def x__bounded__mutmut_14(text: str, limit: int) -> str:
    # Escaping only the head keeps the work bounded; escapes can make it longer than
    # ``limit``, so the length is checked again after escaping.
    flat = _WHITESPACE.sub(" ", text).strip()
    shown = _escape(flat[:limit])
    if len(flat) <= limit and len(shown) <= limit:
        return shown
    return shown[: limit - 2] + "…"


def x__bounded__mutmut_15(text: str, limit: int) -> str:
    # Escaping only the head keeps the work bounded; escapes can make it longer than
    # ``limit``, so the length is checked again after escaping.
    flat = _WHITESPACE.sub(" ", text).strip()
    shown = _escape(flat[:limit])
    if len(flat) <= limit and len(shown) <= limit:
        return shown
    return shown[: limit - 1] + "XX…XX"

mutants_x__bounded__mutmut['_mutmut_orig'] = x__bounded__mutmut_orig # type: ignore # mutmut generated
mutants_x__bounded__mutmut['x__bounded__mutmut_1'] = x__bounded__mutmut_1 # type: ignore # mutmut generated
mutants_x__bounded__mutmut['x__bounded__mutmut_2'] = x__bounded__mutmut_2 # type: ignore # mutmut generated
mutants_x__bounded__mutmut['x__bounded__mutmut_3'] = x__bounded__mutmut_3 # type: ignore # mutmut generated
mutants_x__bounded__mutmut['x__bounded__mutmut_4'] = x__bounded__mutmut_4 # type: ignore # mutmut generated
mutants_x__bounded__mutmut['x__bounded__mutmut_5'] = x__bounded__mutmut_5 # type: ignore # mutmut generated
mutants_x__bounded__mutmut['x__bounded__mutmut_6'] = x__bounded__mutmut_6 # type: ignore # mutmut generated
mutants_x__bounded__mutmut['x__bounded__mutmut_7'] = x__bounded__mutmut_7 # type: ignore # mutmut generated
mutants_x__bounded__mutmut['x__bounded__mutmut_8'] = x__bounded__mutmut_8 # type: ignore # mutmut generated
mutants_x__bounded__mutmut['x__bounded__mutmut_9'] = x__bounded__mutmut_9 # type: ignore # mutmut generated
mutants_x__bounded__mutmut['x__bounded__mutmut_10'] = x__bounded__mutmut_10 # type: ignore # mutmut generated
mutants_x__bounded__mutmut['x__bounded__mutmut_11'] = x__bounded__mutmut_11 # type: ignore # mutmut generated
mutants_x__bounded__mutmut['x__bounded__mutmut_12'] = x__bounded__mutmut_12 # type: ignore # mutmut generated
mutants_x__bounded__mutmut['x__bounded__mutmut_13'] = x__bounded__mutmut_13 # type: ignore # mutmut generated
mutants_x__bounded__mutmut['x__bounded__mutmut_14'] = x__bounded__mutmut_14 # type: ignore # mutmut generated
mutants_x__bounded__mutmut['x__bounded__mutmut_15'] = x__bounded__mutmut_15 # type: ignore # mutmut generated
mutants_x_excerpt__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_excerpt__mutmut)
def excerpt(text: str, secrets: Redactor | Iterable[str | None] = (), limit: int = EXCERPT_CHARS) -> str:
    """A redacted, one-line, printable excerpt of ``text`` of at most ``limit`` characters.

    :param text: server-sent text.
    :param secrets: a redactor, or the strings to blank out.
    :param limit: the maximum length of the result, at least 1.
    """
    return redactor(secrets).excerpt(text, limit)


def x_excerpt__mutmut_orig(text: str, secrets: Redactor | Iterable[str | None] = (), limit: int = EXCERPT_CHARS) -> str:
    """A redacted, one-line, printable excerpt of ``text`` of at most ``limit`` characters.

    :param text: server-sent text.
    :param secrets: a redactor, or the strings to blank out.
    :param limit: the maximum length of the result, at least 1.
    """
    return redactor(secrets).excerpt(text, limit)


def x_excerpt__mutmut_1(text: str, secrets: Redactor | Iterable[str | None] = (), limit: int = EXCERPT_CHARS) -> str:
    """A redacted, one-line, printable excerpt of ``text`` of at most ``limit`` characters.

    :param text: server-sent text.
    :param secrets: a redactor, or the strings to blank out.
    :param limit: the maximum length of the result, at least 1.
    """
    return redactor(secrets).excerpt(None, limit)


def x_excerpt__mutmut_2(text: str, secrets: Redactor | Iterable[str | None] = (), limit: int = EXCERPT_CHARS) -> str:
    """A redacted, one-line, printable excerpt of ``text`` of at most ``limit`` characters.

    :param text: server-sent text.
    :param secrets: a redactor, or the strings to blank out.
    :param limit: the maximum length of the result, at least 1.
    """
    return redactor(secrets).excerpt(text, None)


def x_excerpt__mutmut_3(text: str, secrets: Redactor | Iterable[str | None] = (), limit: int = EXCERPT_CHARS) -> str:
    """A redacted, one-line, printable excerpt of ``text`` of at most ``limit`` characters.

    :param text: server-sent text.
    :param secrets: a redactor, or the strings to blank out.
    :param limit: the maximum length of the result, at least 1.
    """
    return redactor(secrets).excerpt(limit)


def x_excerpt__mutmut_4(text: str, secrets: Redactor | Iterable[str | None] = (), limit: int = EXCERPT_CHARS) -> str:
    """A redacted, one-line, printable excerpt of ``text`` of at most ``limit`` characters.

    :param text: server-sent text.
    :param secrets: a redactor, or the strings to blank out.
    :param limit: the maximum length of the result, at least 1.
    """
    return redactor(secrets).excerpt(text, )


def x_excerpt__mutmut_5(text: str, secrets: Redactor | Iterable[str | None] = (), limit: int = EXCERPT_CHARS) -> str:
    """A redacted, one-line, printable excerpt of ``text`` of at most ``limit`` characters.

    :param text: server-sent text.
    :param secrets: a redactor, or the strings to blank out.
    :param limit: the maximum length of the result, at least 1.
    """
    return redactor(None).excerpt(text, limit)

mutants_x_excerpt__mutmut['_mutmut_orig'] = x_excerpt__mutmut_orig # type: ignore # mutmut generated
mutants_x_excerpt__mutmut['x_excerpt__mutmut_1'] = x_excerpt__mutmut_1 # type: ignore # mutmut generated
mutants_x_excerpt__mutmut['x_excerpt__mutmut_2'] = x_excerpt__mutmut_2 # type: ignore # mutmut generated
mutants_x_excerpt__mutmut['x_excerpt__mutmut_3'] = x_excerpt__mutmut_3 # type: ignore # mutmut generated
mutants_x_excerpt__mutmut['x_excerpt__mutmut_4'] = x_excerpt__mutmut_4 # type: ignore # mutmut generated
mutants_x_excerpt__mutmut['x_excerpt__mutmut_5'] = x_excerpt__mutmut_5 # type: ignore # mutmut generated
mutants_x_excerpt_bytes__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_excerpt_bytes__mutmut)
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


def x_excerpt_bytes__mutmut_orig(body: bytes, secrets: Redactor | Iterable[str | None] = ()) -> str:
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


def x_excerpt_bytes__mutmut_1(body: bytes, secrets: Redactor | Iterable[str | None] = ()) -> str:
    """A quoted, redacted excerpt of a raw body, for error messages.

    The whole body is decoded and redacted before it is cut, so a secret that
    straddles the cut is still blanked whole.

    :param body: the raw reply body.
    :param secrets: a redactor, or the strings to blank out.
    """
    if body:
        return "(empty body)"
    text = body.decode("utf-8", "replace")
    return repr(excerpt(text, secrets))


def x_excerpt_bytes__mutmut_2(body: bytes, secrets: Redactor | Iterable[str | None] = ()) -> str:
    """A quoted, redacted excerpt of a raw body, for error messages.

    The whole body is decoded and redacted before it is cut, so a secret that
    straddles the cut is still blanked whole.

    :param body: the raw reply body.
    :param secrets: a redactor, or the strings to blank out.
    """
    if not body:
        return "XX(empty body)XX"
    text = body.decode("utf-8", "replace")
    return repr(excerpt(text, secrets))


def x_excerpt_bytes__mutmut_3(body: bytes, secrets: Redactor | Iterable[str | None] = ()) -> str:
    """A quoted, redacted excerpt of a raw body, for error messages.

    The whole body is decoded and redacted before it is cut, so a secret that
    straddles the cut is still blanked whole.

    :param body: the raw reply body.
    :param secrets: a redactor, or the strings to blank out.
    """
    if not body:
        return "(EMPTY BODY)"
    text = body.decode("utf-8", "replace")
    return repr(excerpt(text, secrets))


def x_excerpt_bytes__mutmut_4(body: bytes, secrets: Redactor | Iterable[str | None] = ()) -> str:
    """A quoted, redacted excerpt of a raw body, for error messages.

    The whole body is decoded and redacted before it is cut, so a secret that
    straddles the cut is still blanked whole.

    :param body: the raw reply body.
    :param secrets: a redactor, or the strings to blank out.
    """
    if not body:
        return "(empty body)"
    text = None
    return repr(excerpt(text, secrets))


def x_excerpt_bytes__mutmut_5(body: bytes, secrets: Redactor | Iterable[str | None] = ()) -> str:
    """A quoted, redacted excerpt of a raw body, for error messages.

    The whole body is decoded and redacted before it is cut, so a secret that
    straddles the cut is still blanked whole.

    :param body: the raw reply body.
    :param secrets: a redactor, or the strings to blank out.
    """
    if not body:
        return "(empty body)"
    text = body.decode(None, "replace")
    return repr(excerpt(text, secrets))


def x_excerpt_bytes__mutmut_6(body: bytes, secrets: Redactor | Iterable[str | None] = ()) -> str:
    """A quoted, redacted excerpt of a raw body, for error messages.

    The whole body is decoded and redacted before it is cut, so a secret that
    straddles the cut is still blanked whole.

    :param body: the raw reply body.
    :param secrets: a redactor, or the strings to blank out.
    """
    if not body:
        return "(empty body)"
    text = body.decode("utf-8", None)
    return repr(excerpt(text, secrets))


def x_excerpt_bytes__mutmut_7(body: bytes, secrets: Redactor | Iterable[str | None] = ()) -> str:
    """A quoted, redacted excerpt of a raw body, for error messages.

    The whole body is decoded and redacted before it is cut, so a secret that
    straddles the cut is still blanked whole.

    :param body: the raw reply body.
    :param secrets: a redactor, or the strings to blank out.
    """
    if not body:
        return "(empty body)"
    text = body.decode("replace")
    return repr(excerpt(text, secrets))


def x_excerpt_bytes__mutmut_8(body: bytes, secrets: Redactor | Iterable[str | None] = ()) -> str:
    """A quoted, redacted excerpt of a raw body, for error messages.

    The whole body is decoded and redacted before it is cut, so a secret that
    straddles the cut is still blanked whole.

    :param body: the raw reply body.
    :param secrets: a redactor, or the strings to blank out.
    """
    if not body:
        return "(empty body)"
    text = body.decode("utf-8", )
    return repr(excerpt(text, secrets))


def x_excerpt_bytes__mutmut_9(body: bytes, secrets: Redactor | Iterable[str | None] = ()) -> str:
    """A quoted, redacted excerpt of a raw body, for error messages.

    The whole body is decoded and redacted before it is cut, so a secret that
    straddles the cut is still blanked whole.

    :param body: the raw reply body.
    :param secrets: a redactor, or the strings to blank out.
    """
    if not body:
        return "(empty body)"
    text = body.decode("XXutf-8XX", "replace")
    return repr(excerpt(text, secrets))


def x_excerpt_bytes__mutmut_10(body: bytes, secrets: Redactor | Iterable[str | None] = ()) -> str:
    """A quoted, redacted excerpt of a raw body, for error messages.

    The whole body is decoded and redacted before it is cut, so a secret that
    straddles the cut is still blanked whole.

    :param body: the raw reply body.
    :param secrets: a redactor, or the strings to blank out.
    """
    if not body:
        return "(empty body)"
    text = body.decode("UTF-8", "replace")
    return repr(excerpt(text, secrets))


def x_excerpt_bytes__mutmut_11(body: bytes, secrets: Redactor | Iterable[str | None] = ()) -> str:
    """A quoted, redacted excerpt of a raw body, for error messages.

    The whole body is decoded and redacted before it is cut, so a secret that
    straddles the cut is still blanked whole.

    :param body: the raw reply body.
    :param secrets: a redactor, or the strings to blank out.
    """
    if not body:
        return "(empty body)"
    text = body.decode("utf-8", "XXreplaceXX")
    return repr(excerpt(text, secrets))


def x_excerpt_bytes__mutmut_12(body: bytes, secrets: Redactor | Iterable[str | None] = ()) -> str:
    """A quoted, redacted excerpt of a raw body, for error messages.

    The whole body is decoded and redacted before it is cut, so a secret that
    straddles the cut is still blanked whole.

    :param body: the raw reply body.
    :param secrets: a redactor, or the strings to blank out.
    """
    if not body:
        return "(empty body)"
    text = body.decode("utf-8", "REPLACE")
    return repr(excerpt(text, secrets))


def x_excerpt_bytes__mutmut_13(body: bytes, secrets: Redactor | Iterable[str | None] = ()) -> str:
    """A quoted, redacted excerpt of a raw body, for error messages.

    The whole body is decoded and redacted before it is cut, so a secret that
    straddles the cut is still blanked whole.

    :param body: the raw reply body.
    :param secrets: a redactor, or the strings to blank out.
    """
    if not body:
        return "(empty body)"
    text = body.decode("utf-8", "replace")
    return repr(None)


def x_excerpt_bytes__mutmut_14(body: bytes, secrets: Redactor | Iterable[str | None] = ()) -> str:
    """A quoted, redacted excerpt of a raw body, for error messages.

    The whole body is decoded and redacted before it is cut, so a secret that
    straddles the cut is still blanked whole.

    :param body: the raw reply body.
    :param secrets: a redactor, or the strings to blank out.
    """
    if not body:
        return "(empty body)"
    text = body.decode("utf-8", "replace")
    return repr(excerpt(None, secrets))


def x_excerpt_bytes__mutmut_15(body: bytes, secrets: Redactor | Iterable[str | None] = ()) -> str:
    """A quoted, redacted excerpt of a raw body, for error messages.

    The whole body is decoded and redacted before it is cut, so a secret that
    straddles the cut is still blanked whole.

    :param body: the raw reply body.
    :param secrets: a redactor, or the strings to blank out.
    """
    if not body:
        return "(empty body)"
    text = body.decode("utf-8", "replace")
    return repr(excerpt(text, None))


def x_excerpt_bytes__mutmut_16(body: bytes, secrets: Redactor | Iterable[str | None] = ()) -> str:
    """A quoted, redacted excerpt of a raw body, for error messages.

    The whole body is decoded and redacted before it is cut, so a secret that
    straddles the cut is still blanked whole.

    :param body: the raw reply body.
    :param secrets: a redactor, or the strings to blank out.
    """
    if not body:
        return "(empty body)"
    text = body.decode("utf-8", "replace")
    return repr(excerpt(secrets))


def x_excerpt_bytes__mutmut_17(body: bytes, secrets: Redactor | Iterable[str | None] = ()) -> str:
    """A quoted, redacted excerpt of a raw body, for error messages.

    The whole body is decoded and redacted before it is cut, so a secret that
    straddles the cut is still blanked whole.

    :param body: the raw reply body.
    :param secrets: a redactor, or the strings to blank out.
    """
    if not body:
        return "(empty body)"
    text = body.decode("utf-8", "replace")
    return repr(excerpt(text, ))

mutants_x_excerpt_bytes__mutmut['_mutmut_orig'] = x_excerpt_bytes__mutmut_orig # type: ignore # mutmut generated
mutants_x_excerpt_bytes__mutmut['x_excerpt_bytes__mutmut_1'] = x_excerpt_bytes__mutmut_1 # type: ignore # mutmut generated
mutants_x_excerpt_bytes__mutmut['x_excerpt_bytes__mutmut_2'] = x_excerpt_bytes__mutmut_2 # type: ignore # mutmut generated
mutants_x_excerpt_bytes__mutmut['x_excerpt_bytes__mutmut_3'] = x_excerpt_bytes__mutmut_3 # type: ignore # mutmut generated
mutants_x_excerpt_bytes__mutmut['x_excerpt_bytes__mutmut_4'] = x_excerpt_bytes__mutmut_4 # type: ignore # mutmut generated
mutants_x_excerpt_bytes__mutmut['x_excerpt_bytes__mutmut_5'] = x_excerpt_bytes__mutmut_5 # type: ignore # mutmut generated
mutants_x_excerpt_bytes__mutmut['x_excerpt_bytes__mutmut_6'] = x_excerpt_bytes__mutmut_6 # type: ignore # mutmut generated
mutants_x_excerpt_bytes__mutmut['x_excerpt_bytes__mutmut_7'] = x_excerpt_bytes__mutmut_7 # type: ignore # mutmut generated
mutants_x_excerpt_bytes__mutmut['x_excerpt_bytes__mutmut_8'] = x_excerpt_bytes__mutmut_8 # type: ignore # mutmut generated
mutants_x_excerpt_bytes__mutmut['x_excerpt_bytes__mutmut_9'] = x_excerpt_bytes__mutmut_9 # type: ignore # mutmut generated
mutants_x_excerpt_bytes__mutmut['x_excerpt_bytes__mutmut_10'] = x_excerpt_bytes__mutmut_10 # type: ignore # mutmut generated
mutants_x_excerpt_bytes__mutmut['x_excerpt_bytes__mutmut_11'] = x_excerpt_bytes__mutmut_11 # type: ignore # mutmut generated
mutants_x_excerpt_bytes__mutmut['x_excerpt_bytes__mutmut_12'] = x_excerpt_bytes__mutmut_12 # type: ignore # mutmut generated
mutants_x_excerpt_bytes__mutmut['x_excerpt_bytes__mutmut_13'] = x_excerpt_bytes__mutmut_13 # type: ignore # mutmut generated
mutants_x_excerpt_bytes__mutmut['x_excerpt_bytes__mutmut_14'] = x_excerpt_bytes__mutmut_14 # type: ignore # mutmut generated
mutants_x_excerpt_bytes__mutmut['x_excerpt_bytes__mutmut_15'] = x_excerpt_bytes__mutmut_15 # type: ignore # mutmut generated
mutants_x_excerpt_bytes__mutmut['x_excerpt_bytes__mutmut_16'] = x_excerpt_bytes__mutmut_16 # type: ignore # mutmut generated
mutants_x_excerpt_bytes__mutmut['x_excerpt_bytes__mutmut_17'] = x_excerpt_bytes__mutmut_17 # type: ignore # mutmut generated


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
