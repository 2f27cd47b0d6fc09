"""``paysecure-sandbox``: serve the PaySecure sandbox until SIGINT/SIGTERM.

The first line printed is always ``Sandbox listening on http://HOST:PORT``, the
second ``export AIRFLOW_CONN_PAYSECURE_DEFAULT='<json>'``: a shell line that
defines the connection (Airflow's JSON form, so every value stays a string) when
pasted. stdout is flushed after them so other tools can parse them from a pipe.

``paysecure-sandbox sessions --url URL ...`` talks to a sandbox that is already
running: it shows its sessions, sets the lifetime of new sessions in seconds, and
expires sessions on demand (see :func:`sessions_main`).
"""

from __future__ import annotations

import argparse
import json
import shlex
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from types import FrameType
from typing import Any

from airflow_provider_paysecure.sandbox.faults import FAIL_FIRST_MODES, Faults
from airflow_provider_paysecure.sandbox.limits import HttpLimits
from airflow_provider_paysecure.sandbox.server import PaySecureSandbox, is_loopback
from airflow_provider_paysecure.sandbox.service import SandboxAccount


def _account(spec: str) -> SandboxAccount:
    try:
        return SandboxAccount.parse(spec)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _csv_ints(text: str) -> tuple[int, ...]:
    try:
        return tuple(int(part) for part in text.split(",") if part.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected comma-separated integers, got {text!r}") from None


def _csv_names(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


def load_accounts_file(path: str | Path) -> list[SandboxAccount]:
    """Read accounts from a JSON or YAML file.

    The file holds a list of ``{"merchant_id", "user_name", "password", "version"?}``
    objects, or an object with such a list under ``accounts``. YAML (``.yaml`` /
    ``.yml``) needs PyYAML, which Airflow installs.

    :param path: the file to read.
    :raises ValueError: if the file cannot be parsed or an account is invalid.
    """
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    data: Any
    if path.suffix.lower() in (".yaml", ".yml"):
        try:
            import yaml
        except ImportError:  # pragma: no cover - Airflow installs PyYAML
            raise ValueError("reading a YAML accounts file needs PyYAML (pip install pyyaml)") from None
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise ValueError(f"{path}: not valid YAML: {exc}") from None
    else:
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise ValueError(f"{path}: not valid JSON: {exc}") from None
    if isinstance(data, dict):
        data = data.get("accounts")
    if not isinstance(data, list) or not data:
        raise ValueError(f"{path}: expected a non-empty list of accounts (or {{'accounts': [...]}})")
    return [SandboxAccount.from_dict(item) for item in data]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``paysecure-sandbox``."""
    parser = argparse.ArgumentParser(
        prog="paysecure-sandbox",
        description="Serve a local PaySecure sandbox (simulated CreateSession, ClientTokenizeCard, "
        "CreateCardToken, PSBINCheck) with optional fault injection, until SIGINT/SIGTERM.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8085, help="port to bind; 0 picks a free one (default: 8085)")
    parser.add_argument(
        "--allow-non-loopback", action="store_true", help="allow binding an address other hosts can reach"
    )
    accounts = parser.add_argument_group("accounts (default: the built-in SANDBOX-MERCHANT-001 account)")
    accounts.add_argument(
        "--account",
        action="append",
        type=_account,
        default=[],
        metavar="MERCHANT:USER:PASSWORD[:VERSION]",
        help="an accepted merchant account (repeatable); the first is used for the printed connection",
    )
    accounts.add_argument("--accounts-file", metavar="FILE", help="JSON or YAML file with a list of accounts")
    parser.add_argument(
        "--default-expiry-min", type=float, default=20.0, help="session lifetime without SessionExpiryInMin"
    )
    parser.add_argument(
        "--session-lifetime",
        type=float,
        default=None,
        metavar="S",
        help="every session lives S seconds, whatever SessionExpiryInMin asks (to test expiry)",
    )
    parser.add_argument(
        "--session-max-uses",
        type=int,
        default=None,
        metavar="N",
        help="every session serves N operations, then answers SBX_SESSION_EXPIRED",
    )
    faults = parser.add_argument_group("fault injection")
    faults.add_argument("--latency", type=float, default=0.0, metavar="S", help="fixed added latency (seconds)")
    faults.add_argument("--latency-jitter", type=float, default=0.0, metavar="S", help="extra uniform random latency")
    faults.add_argument("--error-rate", type=float, default=0.0, metavar="P", help="probability of a 5xx")
    faults.add_argument(
        "--error-statuses", type=_csv_ints, default=(500, 502, 503), metavar="LIST", help="5xx statuses, e.g. 500,503"
    )
    faults.add_argument("--rate-limit-rate", type=float, default=0.0, metavar="P", help="probability of a 429")
    faults.add_argument("--retry-after", type=int, default=1, metavar="S", help="Retry-After sent with 429")
    faults.add_argument(
        "--drop-rate", type=float, default=0.0, metavar="P", help="probability of closing without a response"
    )
    faults.add_argument(
        "--stall-rate", type=float, default=0.0, metavar="P", help="probability of a half-sent response"
    )
    faults.add_argument(
        "--html-error-rate", type=float, default=0.0, metavar="P", help="probability of an HTML error page"
    )
    faults.add_argument("--html-error-status", type=int, default=502, metavar="CODE", help="status of the HTML page")
    faults.add_argument(
        "--truncated-json-rate", type=float, default=0.0, metavar="P", help="probability of a truncated 200 body"
    )
    faults.add_argument("--csv-label", action="store_true", help="label JSON bodies Content-Type: text/csv")
    faults.add_argument("--fail-first", type=int, default=0, metavar="N", help="fail the first N requests")
    faults.add_argument("--fail-first-mode", choices=FAIL_FIRST_MODES, default="503", help="how --fail-first fails")
    faults.add_argument("--unavailable-for", type=float, default=0.0, metavar="S", help="answer 503 for S seconds")
    faults.add_argument("--routes", type=_csv_names, default=None, metavar="LIST", help="routes faults apply to")
    faults.add_argument("--seed", type=int, default=None, help="seed for the fault random generator")
    limits = parser.add_argument_group("HTTP limits (see the README's sandbox section)")
    default = HttpLimits()
    for flag, kind, help_text in (
        ("--max-connections", int, "connections served at once; more get 503 + close"),
        ("--header-timeout", float, "seconds for a request head, then 408 + close"),
        ("--body-timeout", float, "seconds for a request body, then 408 + close"),
        ("--idle-timeout", float, "seconds a kept-alive connection may idle, then close"),
        ("--max-head-bytes", int, "most bytes of an unfinished request head; more is 431"),
        ("--max-body-bytes", int, "largest request body; larger is 413"),
        ("--max-json-depth", int, "deepest JSON nesting in a body; deeper is 400"),
    ):
        name = flag[2:].replace("-", "_")
        value = getattr(default, name if kind is int else f"{name}_s")
        metavar = "N" if kind is int else "S"
        limits.add_argument(flag, type=kind, default=value, metavar=metavar, help=f"{help_text} (default: {value})")
    return parser


def _limits(args: argparse.Namespace) -> HttpLimits:
    return HttpLimits(
        max_connections=args.max_connections,
        header_timeout_s=args.header_timeout,
        body_timeout_s=args.body_timeout,
        idle_timeout_s=args.idle_timeout,
        max_head_bytes=args.max_head_bytes,
        max_body_bytes=args.max_body_bytes,
        max_json_depth=args.max_json_depth,
    )


def _faults(args: argparse.Namespace) -> Faults:
    return Faults(
        latency_s=args.latency,
        latency_jitter_s=args.latency_jitter,
        error_rate=args.error_rate,
        error_statuses=args.error_statuses,
        rate_limit_rate=args.rate_limit_rate,
        retry_after_s=args.retry_after,
        drop_rate=args.drop_rate,
        stall_rate=args.stall_rate,
        html_error_rate=args.html_error_rate,
        html_error_status=args.html_error_status,
        truncated_json_rate=args.truncated_json_rate,
        csv_label=args.csv_label,
        fail_first=args.fail_first,
        fail_first_mode=args.fail_first_mode,
        unavailable_for_s=args.unavailable_for,
        routes=args.routes,
        seed=args.seed,
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the sandbox until SIGINT or SIGTERM.

    :param argv: the arguments (default: ``sys.argv[1:]``).
    :return: the exit status: 0 after a clean stop, 1 if the port cannot be bound,
        2 for invalid arguments (including a non-loopback host without
        ``--allow-non-loopback``).
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["sessions"]:
        return sessions_main(argv[1:])
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.allow_non_loopback and not is_loopback(args.host):
        print(
            f"paysecure-sandbox: error: refusing to bind non-loopback host {args.host!r}; the sandbox "
            "accepts well-known test credentials. Use --allow-non-loopback if you really mean it.",
            file=sys.stderr,
        )
        return 2
    try:
        accounts = list(args.account)
        if args.accounts_file:
            accounts += load_accounts_file(args.accounts_file)
        sandbox = PaySecureSandbox(
            host=args.host,
            port=args.port,
            accounts=accounts or None,
            faults=_faults(args),
            allow_non_loopback=args.allow_non_loopback,
            default_expiry_min=args.default_expiry_min,
            limits=_limits(args),
            session_lifetime_s=args.session_lifetime,
            session_max_uses=args.session_max_uses,
        )
    except (OSError, ValueError) as exc:
        print(f"paysecure-sandbox: error: {exc}", file=sys.stderr)
        return 2

    stop = threading.Event()

    def _on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, _on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        try:
            sandbox.start()
        except OSError as exc:
            print(f"paysecure-sandbox: error: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
            return 1
        try:
            print(f"Sandbox listening on {sandbox.base_url}", flush=True)
            print(f"export AIRFLOW_CONN_PAYSECURE_DEFAULT={shlex.quote(sandbox.conn_json)}", flush=True)
            for account in sandbox.accounts:
                print(
                    f"  account: merchant_id={account.merchant_id} user_name={account.user_name} "
                    f"version={account.version or '(any)'}",
                    flush=True,
                )
            print(f"  admin: {sandbox.base_url}/__sandbox/health | /faults | /stats | /sessions", flush=True)
            print("Press Ctrl+C to stop.", flush=True)
            while not stop.wait(0.5):
                pass
        finally:
            sandbox.stop()
        print("Sandbox stopped.", flush=True)
        return 0
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def build_sessions_parser() -> argparse.ArgumentParser:
    """The argument parser of ``paysecure-sandbox sessions``."""
    parser = argparse.ArgumentParser(
        prog="paysecure-sandbox sessions",
        description="Show or change the sessions of a running sandbox: set the lifetime of new sessions, "
        "expire sessions now. Prints the sandbox's session counts as JSON.",
    )
    parser.add_argument("--url", required=True, help="the sandbox's base URL, e.g. http://127.0.0.1:8085")
    parser.add_argument(
        "--lifetime",
        metavar="S|none",
        help="sessions created from now on live S seconds ('none': as SessionExpiryInMin asks)",
    )
    parser.add_argument(
        "--max-uses", metavar="N|none", help="sessions created from now on serve N operations ('none': no limit)"
    )
    target = parser.add_mutually_exclusive_group()
    target.add_argument("--expire", metavar="SESSION_ID", help="expire this session now")
    target.add_argument("--expire-all", action="store_true", help="expire every live session now")
    target.add_argument("--expire-merchant", metavar="MERCHANT_ID", help="expire this merchant's live sessions now")
    return parser


def sessions_main(argv: Sequence[str]) -> int:
    """``paysecure-sandbox sessions``: the runtime session controls, from the command line.

    It sends ``PATCH /__sandbox/sessions`` (or ``PATCH /__sandbox/sessions/<id>``)
    to a running sandbox, or ``GET`` when nothing is to change, and prints the reply.

    :param argv: the arguments after ``sessions``.
    :return: 0 on success, 1 if the sandbox refused or could not be reached, 2 for invalid arguments.
    """
    import urllib.error
    import urllib.request

    parser = build_sessions_parser()
    args = parser.parse_args(argv)
    if not args.url.startswith(("http://", "https://")):
        parser.error(f"--url must be an http(s) URL, got {args.url!r}")
    changes: dict[str, Any] = {}
    if args.lifetime is not None:
        if args.lifetime.strip().lower() == "none":
            changes["session_lifetime_s"] = None
        else:
            try:
                changes["session_lifetime_s"] = float(args.lifetime)
            except ValueError:
                parser.error(f"--lifetime must be a number of seconds or 'none', got {args.lifetime!r}")
    if args.max_uses is not None:
        if args.max_uses.strip().lower() == "none":
            changes["session_max_uses"] = None
        else:
            try:
                changes["session_max_uses"] = int(args.max_uses)
            except ValueError:
                parser.error(f"--max-uses must be a whole number or 'none', got {args.max_uses!r}")
    if args.expire_all or args.expire_merchant:
        changes["expire"] = "all" if args.expire_all else args.expire_merchant
    base = args.url.rstrip("/") + "/__sandbox/sessions"
    requests_to_send: list[tuple[str, str, dict[str, Any] | None]] = []
    if args.expire:
        requests_to_send.append(("PATCH", f"{base}/{args.expire}", {"expires_in_s": 0}))
    requests_to_send.append(("PATCH", base, changes) if changes else ("GET", base, None))
    for method, url, body in requests_to_send:
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(  # noqa: S310 - http(s) checked above
            url, data=data, method=method, headers={"Content-Type": "application/json"} if data else {}
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 - http(s) checked above
                text = response.read(1 << 20).decode("utf-8", "replace")
        except urllib.error.HTTPError as exc:
            detail = exc.read(2000).decode("utf-8", "replace")
            print(f"paysecure-sandbox sessions: {method} {url} failed: HTTP {exc.code} {detail}", file=sys.stderr)
            return 1
        except (urllib.error.URLError, OSError, ValueError) as exc:
            print(f"paysecure-sandbox sessions: cannot reach {url}: {exc}", file=sys.stderr)
            return 1
    print(text, flush=True)
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
