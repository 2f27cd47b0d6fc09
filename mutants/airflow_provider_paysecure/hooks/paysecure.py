"""``PaySecureHook``: the synchronous client for PaySecure Pinless Web Services.

The hook is a thin transport: :mod:`..wire` builds requests and classifies
responses, :mod:`..connection` reads the connection, and :mod:`..retry` decides
when to try again. ``requests`` is imported only when the first call is made, so
importing this module (as DAG parsing does) stays cheap.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

import pendulum
from airflow.providers.common.compat.sdk import BaseHook

from airflow_provider_paysecure import wire
from airflow_provider_paysecure._compat import mask_secret
from airflow_provider_paysecure.connection import (
    CONN_TYPE,
    DEFAULT_CONN_ID,
    PaySecureSettings,
    settings_from_connection,
    validate_expiry,
)
from airflow_provider_paysecure.exceptions import PaySecureError
from airflow_provider_paysecure.retry import RetryBudget, RetryPolicy, transport_failure

if TYPE_CHECKING:
    import requests

#: A timeout given as one number (connect and read) or as ``(connect, read)``.
TimeoutArg = float | tuple[float, float] | None


def retry_policy_from_args(
    retry_limit: int | None = None,
    retry_delay: float | None = None,
    deadline: float | None = None,
) -> RetryPolicy:
    """Build a :class:`RetryPolicy` from optional overrides of its defaults.

    :param retry_limit: retries after the first attempt.
    :param retry_delay: base backoff delay in seconds.
    :param deadline: total seconds for all attempts of one call.
    """
    default = RetryPolicy()
    return RetryPolicy(
        retry_limit=default.retry_limit if retry_limit is None else retry_limit,
        retry_delay=default.retry_delay if retry_delay is None else retry_delay,
        deadline=default.deadline if deadline is None else deadline,
    )


class PaySecureHook(BaseHook):
    """Talk to PaySecure Pinless Web Services with a ``paysecure`` connection.

    One ``requests.Session`` is kept per hook, so repeated calls reuse the
    connection. Transient failures (connection errors, timeouts, 429, 5xx) are
    retried with exponential backoff and jitter inside a total deadline;
    authentication failures, other 4xx and API ``ErrorCode`` replies are not.

    :param paysecure_conn_id: the Airflow connection id.
    :param timeout: seconds for connect and read, or ``(connect, read)``; defaults
        to the connection's ``connect_timeout``/``timeout`` extras, else 10 and 30.
    :param retry_limit: retries after the first attempt (default 3).
    :param retry_delay: base backoff delay in seconds (default 1).
    :param deadline: total seconds for all attempts of one call (default 120).
    :param mask_session_ids: register each new session id with Airflow's secrets
        masker (default). Airflow recompiles one regex over *every* value masked in
        the process on each addition, so the cost per call grows with the number of
        sessions already created: pass ``False`` when one long-lived process creates
        many sessions (thousands) and never logs them in clear.
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
        mask_session_ids: bool = True,
    ) -> None:
        super().__init__()
        self.paysecure_conn_id = paysecure_conn_id
        self.timeout = timeout
        self.retry_policy = retry_policy_from_args(retry_limit, retry_delay, deadline)
        self.mask_session_ids = mask_session_ids
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
        import requests

        session = requests.Session()
        session.verify = self.settings.verify
        if self.settings.proxies:
            session.proxies.update(self.settings.proxies)
        session.trust_env = not self.settings.proxies
        return session

    def close(self) -> None:
        """Close the kept-alive HTTP connections of this hook."""
        if "_http" in self.__dict__:
            self.__dict__.pop("_http").close()

    # ------------------------------------------------------------------ calls

    def create_session(self, session_expiry_in_min: float | None = None) -> wire.PaySecureSession:
        """Call ``CreateSession`` and return the new session.

        :param session_expiry_in_min: lifetime in minutes; defaults to the
            connection's ``session_expiry_in_min`` extra, else the service default.
        :raises PaySecureConfigError: for an unusable connection (nothing is sent).
        :raises PaySecureAuthError: if PaySecure rejects the credentials (401/403).
        :raises PaySecureAPIError: for an ``ErrorCode`` reply or another 4xx.
        :raises PaySecureResponseError: for a reply that is not a valid response.
        :raises PaySecureTransportError: when transient failures outlast the retries.
        """
        expiry = self.settings.expiry(validate_expiry(session_expiry_in_min))
        request = self._create_session_requests.get(expiry)
        if request is None:
            request = self._create_session_requests[expiry] = wire.build_create_session_request(
                self.settings.base_url, self.settings.credentials, expiry
            )
        reply, round_trip = self._send(request)
        session = wire.parse_create_session(
            reply,
            created_at=pendulum.now("UTC"),
            session_expiry_in_min=expiry,
            round_trip_s=round_trip,
        )
        if self.mask_session_ids:
            mask_secret(session.session_id)
        return session

    def call(self, operation: str, payload: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """Call any PaySecure operation by route name, with the connection's credentials.

        :param operation: the route, e.g. ``"CreateCardToken"`` or ``"PSBINCheck"``.
        :param payload: the request DTO's other fields (``Credentials`` is added).
        :return: the decoded response, with ``Timestamps`` parsed into
            :class:`~airflow_provider_paysecure.wire.InOutTimes`.
        :raises PaySecureError: as :meth:`create_session` does.
        """
        request = wire.build_request(self.settings.base_url, operation, self.settings.credentials, payload)
        return self._send(request)[0]

    def test_connection(self) -> tuple[bool, str]:
        """Create a session to prove the connection works (the UI's Test button).

        Airflow runs the test under a throwaway connection id (e.g. ``'bz4L9XnJ'``),
        not the id the user typed, so the message never names the connection id.

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
        app = session.timestamps.get("AppLayer")
        app_ms = app.duration.total_seconds() * 1000 if app and app.duration is not None else None
        return True, (
            f"PaySecure connection test: connected to {self.settings.base_url} as merchant "
            f"{self.settings.credentials.merchant_id}, session "
            f"{wire.mask_session_id(session.session_id)} created in "
            f"{(session.round_trip_s or 0) * 1000:.0f} ms"
            + (f" (server AppLayer {app_ms:.0f} ms)" if app_ms is not None else "")
        )

    def _send(self, request: wire.PreparedRequest) -> tuple[dict[str, Any], float]:
        """POST ``request`` with retries; return the decoded reply and its round-trip seconds."""
        import requests

        connect, read = self.settings.request_timeouts(self.timeout)
        budget = RetryBudget(self.retry_policy)
        secrets = (self.settings.credentials.password,)
        while True:
            budget.begin_attempt()
            started = time.perf_counter()
            try:
                response = self._http.post(
                    request.url,
                    data=request.body,
                    headers=dict(request.headers),
                    timeout=(budget.clamp_timeout(connect), budget.clamp_timeout(read)),
                    allow_redirects=False,
                    # per request: with trust_env, requests lets REQUESTS_CA_BUNDLE /
                    # CURL_CA_BUNDLE override a *session* verify (psf/requests#3829),
                    # which silently ignored the connection's verify=false or CA path
                    verify=self.settings.verify,
                )
                reply = wire.parse_reply(response.status_code, response.headers, response.content, redact=secrets)
                return reply, time.perf_counter() - started
            except wire.TransientFailure as exc:
                failure = exc
            except requests.exceptions.SSLError as exc:
                raise budget.tls_failure(request.url, exc) from None
            except requests.exceptions.Timeout as exc:
                failure = transport_failure(exc, timed_out=True)
            except requests.exceptions.RequestException as exc:
                failure = transport_failure(exc, timed_out=False)
            time.sleep(budget.next_delay(failure, self.log, request.operation))

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


__all__ = ["PaySecureHook", "retry_policy_from_args"]
