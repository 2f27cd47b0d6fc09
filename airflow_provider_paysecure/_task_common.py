"""Argument checks and XCom publishing shared by the hook, trigger, operator and sensor.

Each class validates its constructor arguments with exactly one function here
(:func:`hook_arguments`, :func:`trigger_arguments`, :func:`task_arguments`), so
a bad value fails when the DAG is parsed, with a
:class:`~airflow_provider_paysecure.exceptions.PaySecureConfigError` naming the
class and the argument. Nothing here does I/O or imports ``requests``/``httpx``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from airflow_provider_paysecure._compat import mask_secret
from airflow_provider_paysecure._summary import session_summary
from airflow_provider_paysecure.connection import validate_expiry
from airflow_provider_paysecure.exceptions import PaySecureConfigError
from airflow_provider_paysecure.retry import RetryPolicy

if TYPE_CHECKING:
    from airflow_provider_paysecure.wire import PaySecureSession

#: The XCom key under which the session (``PaySecureSession.to_xcom()``) is pushed.
SESSION_XCOM_KEY = "session"

#: The keys ``hook_params`` may contain (keyword arguments of ``PaySecureHook``).
HOOK_PARAM_KEYS: frozenset[str] = frozenset({"timeout", "retry_limit", "retry_delay", "deadline"})

#: A timeout given as one number (connect and read) or as ``(connect, read)``.
TimeoutArg = float | tuple[float, float] | None


@dataclass(frozen=True)
class HookArguments:
    """The validated keyword arguments of ``PaySecureHook``.

    :param timeout: ``None``, or ``(connect, read)`` seconds.
    :param policy: the retry policy.
    """

    timeout: tuple[float, float] | None
    policy: RetryPolicy


def _problem(owner: str, text: str) -> PaySecureConfigError:
    return PaySecureConfigError(f"{owner}: {text}")


def _seconds(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0 and math.isfinite(value)


def check_timeout(value: Any, owner: str) -> tuple[float, float] | None:
    """Read a timeout argument: ``None``, seconds for both, or a ``(connect, read)`` pair.

    :param value: the argument.
    :param owner: the class name to show in error messages.
    :raises PaySecureConfigError: for anything else.
    """
    if value is None:
        return None
    if _seconds(value):
        return float(value), float(value)
    if isinstance(value, (tuple, list)) and len(value) == 2 and all(_seconds(v) for v in value):
        return float(value[0]), float(value[1])
    raise _problem(owner, f"timeout must be a positive number of seconds or a (connect, read) pair, got {value!r}")


def hook_arguments(
    owner: str,
    timeout: Any = None,
    retry_limit: Any = None,
    retry_delay: Any = None,
    deadline: Any = None,
) -> HookArguments:
    """Validate the keyword arguments of ``PaySecureHook`` (``None`` keeps a default).

    :param owner: the class name to show in error messages.
    :param timeout: see :func:`check_timeout`.
    :param retry_limit: retries after the first attempt.
    :param retry_delay: base backoff delay in seconds.
    :param deadline: total seconds for all attempts of one call.
    :raises PaySecureConfigError: naming the argument.
    """
    default = RetryPolicy()
    try:
        policy = RetryPolicy(
            retry_limit=default.retry_limit if retry_limit is None else retry_limit,
            retry_delay=default.retry_delay if retry_delay is None else retry_delay,
            deadline=default.deadline if deadline is None else deadline,
        )
    except PaySecureConfigError as exc:
        raise _problem(owner, str(exc)) from None
    return HookArguments(check_timeout(timeout, owner), policy)


def check_hook_params(hook_params: Mapping[str, Any] | None, owner: str) -> dict[str, Any]:
    """Validate an operator's or sensor's ``hook_params``.

    :param hook_params: keyword arguments for ``PaySecureHook``, or ``None``.
    :param owner: the class name to show in error messages.
    :return: a plain dict copy (a timeout list becomes a tuple).
    :raises PaySecureConfigError: for a non-mapping, an unknown key, or an invalid value.
    """
    if hook_params is None:
        return {}
    if not isinstance(hook_params, Mapping):
        raise _problem(owner, f"hook_params must be a dict, got {type(hook_params).__name__}")
    unknown = sorted(set(hook_params) - HOOK_PARAM_KEYS, key=str)
    if unknown:
        raise _problem(
            owner,
            f"unknown hook_params key(s) {', '.join(map(repr, unknown))}; "
            f"allowed: {', '.join(sorted(HOOK_PARAM_KEYS))}",
        )
    params = dict(hook_params)
    hook_arguments(f"{owner}: hook_params", **params)
    if isinstance(params.get("timeout"), list):
        params["timeout"] = tuple(params["timeout"])
    return params


def check_expiry(value: Any, owner: str) -> None:
    """Validate ``session_expiry_in_min`` at DAG parse time, unless it is a Jinja template.

    :param value: the constructor argument.
    :param owner: the class name to show in error messages.
    :raises PaySecureConfigError: for zero, a negative number or a non-number.
    """
    if isinstance(value, str) and "{{" in value:
        return  # rendered at run time; checked again then
    expiry(value, owner)


def expiry(value: Any, owner: str) -> float | None:
    """A rendered ``session_expiry_in_min`` as minutes, or ``None``.

    :param value: the (rendered) argument.
    :param owner: the class name to show in error messages.
    :raises PaySecureConfigError: for zero, a negative number or a non-number.
    """
    try:
        return validate_expiry(value, f"{owner}: session_expiry_in_min")
    except ValueError as exc:
        raise PaySecureConfigError(str(exc)) from None


def check_error_codes(value: Any, owner: str) -> list[str]:
    """Validate ``retry_on_error_codes``: a list of strings (or ``None``).

    :param value: the argument.
    :param owner: the class name to show in error messages.
    :raises PaySecureConfigError: for a plain string or a non-sequence.
    """
    if value is None:
        return []
    if isinstance(value, (str, bytes)) or not isinstance(value, Sequence):
        raise _problem(owner, f"retry_on_error_codes must be a list of error codes, got {value!r}")
    if not all(isinstance(code, (str, int)) and not isinstance(code, bool) for code in value):
        raise _problem(owner, f"retry_on_error_codes must hold strings, got {value!r}")
    return [str(code) for code in value]


def task_arguments(
    owner: str,
    session_expiry_in_min: Any,
    hook_params: Any,
    retry_on_error_codes: Any = None,
) -> tuple[dict[str, Any], list[str]]:
    """Validate the arguments of the operator or the sensor.

    :param owner: the class name to show in error messages.
    :param session_expiry_in_min: minutes, a Jinja template, or ``None``.
    :param hook_params: see :func:`check_hook_params`.
    :param retry_on_error_codes: see :func:`check_error_codes`.
    :return: the checked ``hook_params`` and ``retry_on_error_codes``.
    :raises PaySecureConfigError: naming the argument.
    """
    check_expiry(session_expiry_in_min, owner)
    return check_hook_params(hook_params, owner), check_error_codes(retry_on_error_codes, owner)


def publish_session(context: Any, session: PaySecureSession, log: Any) -> None:
    """Register the session id with the secrets masker, push the ``session`` XCom, log one summary.

    **Masking rule.** Only the task that hands a session id to Airflow (this
    function, called once per session by the operator and the sensor) registers
    it with Airflow's secrets masker; the hook and the trigger never log an id in
    clear (only :func:`~airflow_provider_paysecure.wire.mask_session_id`). Each
    registration recompiles the masker's pattern over every value masked in the
    process, so masking in the hook or trigger would make every call cost more
    than the last. The trigger's event therefore prints itself with the id
    masked (:class:`~airflow_provider_paysecure.triggers.paysecure.PaySecureSessionEvent`).

    The XCom is ``to_xcom()``: id, times, stage timings, no credentials.

    :param context: the task's execution context.
    :param session: the session to publish.
    :param log: the task's logger.
    """
    mask_secret(session.session_id)
    context["ti"].xcom_push(key=SESSION_XCOM_KEY, value=session.to_xcom())
    log.info("%s", session_summary(session))


__all__ = [
    "HOOK_PARAM_KEYS",
    "SESSION_XCOM_KEY",
    "HookArguments",
    "TimeoutArg",
    "check_error_codes",
    "check_expiry",
    "check_hook_params",
    "check_timeout",
    "expiry",
    "hook_arguments",
    "publish_session",
    "task_arguments",
]
