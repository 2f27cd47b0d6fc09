"""``PaySecureHook``: the synchronous client for PaySecure Pinless Web Services.

The hook is thin: :mod:`..wire` builds requests and classifies replies,
:mod:`..connection` reads the connection, :class:`..call.Call` makes every
decision of a call, and :mod:`..transports.sync_http` does the I/O with
``requests``. ``requests`` is imported only when the first call is made, so
importing this module (as DAG parsing does) stays cheap.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

from airflow.providers.common.compat.sdk import BaseHook

from airflow_provider_paysecure import wire
from airflow_provider_paysecure._compat import mask_secret
from airflow_provider_paysecure._task_common import TimeoutArg, hook_arguments
from airflow_provider_paysecure.call import Call, is_retry_safe
from airflow_provider_paysecure.connection import (
    CONN_TYPE,
    DEFAULT_CONN_ID,
    PaySecureSettings,
    settings_from_connection,
    validate_expiry,
)
from airflow_provider_paysecure.exceptions import PaySecureConfigError, PaySecureError
from airflow_provider_paysecure.retry import RetryPolicy

if TYPE_CHECKING:
    from collections.abc import Iterable

    import requests

    from airflow_provider_paysecure.sessions import PaySecureSessionManager, SessionLike


def retry_policy_from_args(
    retry_limit: int | None = None,
    retry_delay: float | None = None,
    deadline: float | None = None,
) -> RetryPolicy:
    """Build a :class:`RetryPolicy` from optional overrides of its defaults.

    :param retry_limit: retries after the first attempt.
    :param retry_delay: base backoff delay in seconds.
    :param deadline: total seconds for all attempts of one call.
    :raises PaySecureConfigError: for an invalid value.
    """
    return hook_arguments("PaySecureHook", None, retry_limit, retry_delay, deadline).policy


class PaySecureHook(BaseHook):
    """Talk to PaySecure Pinless Web Services with a ``paysecure`` connection.

    One ``requests.Session`` is kept per hook, so repeated calls reuse the
    connection. Every call follows :class:`~airflow_provider_paysecure.call.Call`:
    a wall-clock deadline, a capped reply (the connection's ``max_response_bytes``,
    1 MiB by default), retries with backoff and jitter only where the operation is
    retry-safe or the request provably never arrived. Session ids are masked as
    :func:`~airflow_provider_paysecure._task_common.publish_session` states.

    :param paysecure_conn_id: the Airflow connection id.
    :param timeout: seconds for connect and read, or ``(connect, read)``; defaults
        to the connection's ``connect_timeout``/``timeout`` extras, else 10 and 30.
    :param retry_limit: retries after the first attempt (default 3).
    :param retry_delay: base backoff delay in seconds (default 1).
    :param deadline: total seconds for all attempts of one call (default 120).
    :param mask_session_ids: also register each new session id with Airflow's
        secrets masker (default ``False``; the masking rule is in
        :func:`~airflow_provider_paysecure._task_common.publish_session`).
    :raises PaySecureConfigError: for an invalid argument.
    """

    conn_name_attr = "paysecure_conn_id"
    default_conn_name = DEFAULT_CONN_ID
    conn_type = CONN_TYPE
    hook_name = "PaySecure Pinless"

    def __init__(
        self,
        paysecure_conn_id: str = DEFAULT_CONN_ID,
        *,
        timeout: TimeoutArg = None,
        retry_limit: int | None = None,
        retry_delay: float | None = None,
        deadline: float | None = None,
        mask_session_ids: bool = False,
    ) -> None:
        super().__init__()
        arguments = hook_arguments(type(self).__name__, timeout, retry_limit, retry_delay, deadline)
        self.paysecure_conn_id = paysecure_conn_id
        self.timeout = arguments.timeout
        self.retry_policy = arguments.policy
        self.mask_session_ids = bool(mask_session_ids)
        # CreateSession requests by expiry: immutable, and the same for every call
        self._create_session_requests: dict[float | None, wire.PreparedRequest] = {}

    # ------------------------------------------------------------------ settings

    @cached_property
    def settings(self) -> PaySecureSettings:
        """The validated settings of the connection (read once per hook)."""
        conn = self.get_connection(self.paysecure_conn_id)
        settings = settings_from_connection(conn)
        if settings.verify is False:
            self.log.warning(
                "PaySecure connection %r has verify=false: TLS certificates are NOT checked, "
                "so anyone on the network path can read the credentials.",
                self.paysecure_conn_id,
            )
        return settings

    @cached_property
    def _http(self) -> requests.Session:
        from airflow_provider_paysecure.transports.sync_http import new_session

        return new_session(self.settings.verify, dict(self.settings.proxies) if self.settings.proxies else None)

    def close(self) -> None:
        """Close the kept-alive HTTP connections of this hook."""
        if "_http" in self.__dict__:
            self.__dict__.pop("_http").close()

    # ------------------------------------------------------------------ calls

    def create_session(self, session_expiry_in_min: float | None = None) -> wire.PaySecureSession:
        """Call ``CreateSession`` and return the new session.

        :param session_expiry_in_min: lifetime in minutes; defaults to the
            connection's ``session_expiry_in_min`` extra, else the service default.
        :raises PaySecureConfigError: for an unusable connection or argument (nothing is sent).
        :raises PaySecureAuthError: if PaySecure rejects the credentials (401/403).
        :raises PaySecureAPIError: for an ``ErrorCode`` reply or another 4xx.
        :raises PaySecureResponseError: for a reply that is not a valid response.
        :raises PaySecureTransportError: when transient failures outlast the retries.
        """
        try:
            requested = validate_expiry(session_expiry_in_min)
        except ValueError as exc:
            raise PaySecureConfigError(str(exc)) from None
        expiry = self.settings.expiry(requested)
        request = self._create_session_requests.get(expiry)
        if request is None:
            request = self._create_session_requests[expiry] = wire.build_create_session_request(
                self.settings.base_url, self.settings.credentials, expiry
            )

        interpret = wire.session_reader(expiry, self.settings.secrets)
        session: wire.PaySecureSession = self._run(request, True, interpret)
        if self.mask_session_ids:
            mask_secret(session.session_id)
        return session

    def call(
        self,
        operation: str,
        payload: Mapping[str, Any] | None = None,
        *,
        retry_safe: bool | None = None,
    ) -> dict[str, Any]:
        """Call any PaySecure operation by route name, with the connection's credentials.

        Operations on a session (``CreateCardToken``, ``ClientTokenizeCard``, ...)
        need its ``SessionId`` in ``payload``. An operation that is not retry-safe
        is sent again only when the request provably never reached the service
        (see :mod:`~airflow_provider_paysecure.call`); otherwise a lost reply raises
        :class:`~airflow_provider_paysecure.exceptions.PaySecureTransportError`
        with ``outcome_unknown=True``.

        :param operation: the route, e.g. ``"CreateCardToken"`` or ``"PSBINCheck"``.
        :param payload: the request DTO's other fields (``Credentials`` is added).
        :param retry_safe: ``True`` to declare this operation safe to send twice,
            ``False`` to declare it unsafe; ``None`` uses the built-in list and the
            connection's ``retry_safe_operations`` extra.
        :return: the decoded reply, JSON-safe (so a ``@task`` may return it):
            ``Timestamps`` has the shape of ``PaySecureSession.to_xcom()["timestamps"]``.
        :raises PaySecureError: as :meth:`create_session` does.
        """
        if retry_safe is not None and not isinstance(retry_safe, bool):
            raise PaySecureConfigError(f"retry_safe must be True, False or None, got {retry_safe!r}")
        try:
            request = wire.build_request(self.settings.base_url, operation, self.settings.credentials, payload)
        except (TypeError, ValueError) as exc:
            raise PaySecureConfigError(f"PaySecure {operation!r} request: {exc}") from None
        safe = is_retry_safe(request.operation, retry_safe, self.settings.retry_safe_operations)
        return self._run(request, safe, _json_safe_reply)

    def test_connection(self) -> tuple[bool, str]:
        """Create a session to prove the connection works (the UI's Test button).

        Airflow runs the test under a throwaway connection id (e.g. ``'bz4L9XnJ'``),
        not the id the user typed, so the message never names the connection id.
        It answers within the hook's ``deadline`` plus about a second, whatever the server does.

        :return: ``(ok, message)``; the message never shows the session id in clear.
        """
        try:
            session = self.create_session()
        except PaySecureError as exc:
            # config errors start with "PaySecure connection '<id>': "; drop the throwaway id
            detail = str(exc).removeprefix(f"PaySecure connection {self.paysecure_conn_id!r}: ")
            return False, f"PaySecure connection test failed: {detail}"
        except Exception as exc:  # the Test button must always get an answer
            return False, f"PaySecure connection test failed: {type(exc).__name__}: {exc}"
        finally:
            self.close()
        app = session.timestamps.get("AppLayer")
        app_ms = app.duration.total_seconds() * 1000 if app and app.duration is not None else None
        return True, (
            f"PaySecure connection test: connected to {self.settings.base_url} as merchant "
            f"{self.settings.credentials.merchant_id}, session "
            f"{wire.mask_session_id(session.session_id)} created in "
            f"{(session.round_trip_s or 0) * 1000:.0f} ms"
            + (f" (server AppLayer {app_ms:.0f} ms)" if app_ms is not None else "")
        )

    def _run(self, request: wire.PreparedRequest, retry_safe: bool, interpret: Any) -> Any:
        """Make one call of ``request`` over this hook's ``requests`` session."""
        from airflow_provider_paysecure.transports import sync_http

        settings = self.settings
        connect, read = settings.request_timeouts(self.timeout)
        call: Call[Any] = Call(
            request,
            self.retry_policy,
            connect_s=connect,
            read_s=read,
            max_bytes=settings.max_response_bytes,
            retry_safe=retry_safe,
            secrets=settings.secrets,
            interpret=interpret,
            log=self.log,
        )
        return sync_http.run(call, self._http, settings.verify)

    # ------------------------------------------------------------------ UI (Airflow < 3.2)

    @classmethod
    def get_connection_form_widgets(cls) -> dict[str, Any]:
        """Extra fields of the connection form, for Airflow 2.11, 3.0 and 3.1.

        Generated from the provider info's ``CONN_FIELDS`` (which Airflow 3.2+
        reads directly), so both forms show the same fields, labels and help texts:
        a boolean schema becomes a checkbox, ``format: password`` a masked input,
        anything else a text input (numbers too: the hook parses them).
        """
        from wtforms import BooleanField, PasswordField, StringField

        from airflow_provider_paysecure.get_provider_info import CONN_FIELDS

        try:
            from flask_appbuilder.fieldwidgets import BS3PasswordFieldWidget, BS3TextFieldWidget
            from flask_babel import lazy_gettext as label
        except ImportError:  # Airflow 3.0/3.1 without the FAB UI
            text_widget: Any = None
            password_widget: Any = None

            def label(text: str) -> str:
                return text
        else:
            text_widget = BS3TextFieldWidget()
            password_widget = BS3PasswordFieldWidget()

        def field_for(spec: dict[str, Any]) -> Any:
            schema = spec["schema"]
            if "boolean" in schema["type"]:
                return BooleanField(label(spec["label"]), description=spec["description"])
            kind, widget = (
                (PasswordField, password_widget) if schema.get("format") == "password" else (StringField, text_widget)
            )
            kwargs = {"widget": widget} if widget is not None else {}
            return kind(label(spec["label"]), description=spec["description"], **kwargs)

        return {name: field_for(spec) for name, spec in CONN_FIELDS.items()}

    @classmethod
    def get_ui_field_behaviour(cls) -> dict[str, Any]:
        """Hidden, relabelled and placeholder fields, for Airflow 2.11, 3.0 and 3.1."""
        from airflow_provider_paysecure.get_provider_info import UI_FIELD_BEHAVIOUR

        return {
            "hidden_fields": list(UI_FIELD_BEHAVIOUR["hidden-fields"]),
            "relabeling": dict(UI_FIELD_BEHAVIOUR["relabeling"]),
            "placeholders": dict(UI_FIELD_BEHAVIOUR["placeholders"]),
        }

    # ------------------------------------------------------------------ sessions that outlive their task

    def session_manager(
        self,
        session: SessionLike = None,
        *,
        refresh_margin_s: float | None = None,
        expired_error_codes: Iterable[str] | str | None = None,
        session_expiry_in_min: float | None = None,
    ) -> PaySecureSessionManager:
        """Use a published session for operations that need a ``SessionId``, renewing it when needed.

        Asked again with the same session and arguments, the hook returns the same
        manager, so a session renewed by one call is reused by the later calls of
        the task. See :mod:`airflow_provider_paysecure.sessions`.

        :param session: the ``session`` XCom dict, a ``PaySecureSession``, a bare
            session id (expiry unknown), or ``None`` to create one on first use.
        :param refresh_margin_s: renew with this many seconds or fewer left (default 60).
        :param expired_error_codes: ``ErrorCode`` values meaning "session expired or
            unknown"; default: the connection's ``session_expired_error_codes`` extra.
        :param session_expiry_in_min: lifetime of renewed sessions; default: the
            published session's lifetime, else the connection's default.
        :raises PaySecureConfigError: for an invalid argument.
        """
        from airflow_provider_paysecure.sessions import manager_for

        return manager_for(
            self,
            session,
            refresh_margin_s=refresh_margin_s,
            expired_error_codes=expired_error_codes,
            session_expiry_in_min=session_expiry_in_min,
        )


def _json_safe_reply(reply: dict[str, Any], round_trip_s: float) -> dict[str, Any]:
    """A decoded reply with its parsed ``Timestamps`` as JSON-safe dicts."""
    reply["Timestamps"] = wire.timestamps_to_xcom(reply.get("Timestamps") or {})
    return reply


__all__ = ["PaySecureHook", "retry_policy_from_args"]
