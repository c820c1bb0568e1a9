"""``herohealth doctor``: a practice's first day with real credentials.

    herohealth doctor [--environment production|staging|mock] [--base-url URL] [--format text|json]
                      [--page-size 5] [--patch FILE [--document openapi/herohealth-public-api.yaml]]
    python -m herohealth_async doctor ...

With the client's own settings (``HEROHEALTH_API_KEY``, ``HEROHEALTH_PRACTICE_GROUP_ID``,
``HEROHEALTH_BASE_URL``, ``HEROHEALTH_VERIFY``/``HEROHEALTH_CA_BUNDLE``, proxies from the environment) it
checks, in order: that the server can be reached (TLS and proxy included: a certificate the client does not
trust is reported with the presented certificate's subject, issuer and expiry, read over a second
connection that sends no request), that both auth headers are accepted, the clock against the
server's ``Date`` (webhook signatures allow 5 minutes), then calls every read-only operation it can
without an ID or a parameter (GET only, first page only, through the client's retries and rate
limiting) and prints one line per operation: ok, drift, error or skipped, then a summary. Responses
are parsed in ``report`` mode, so drift is listed rather than fatal. No response value, key or ID is
ever printed. Exit status: 0 when every check passed (drift included), 1 when any failed.

``--patch FILE`` also writes the drift as a unified diff against the document (new fields with their
observed JSON types, corrected types, ``x-observed`` markers with the date), to review and apply
before regenerating and running ``make api-diff``.
"""

from __future__ import annotations

import argparse
import email.utils
import inspect
import json
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

import anyio
import attrs
import httpx

from herohealth_async.api import OPERATIONS
from herohealth_facade._certificate_errors import CertificateVerificationError
from herohealth_facade._client import HeroHealth
from herohealth_facade._exceptions import (
    APIConnectionError,
    APIStatusError,
    HeroHealthError,
)
from herohealth_facade._transports import environment_proxy
from herohealth_facade.lib.certificates import read_presented
from herohealth_facade.lib.drift import DriftRecord
from herohealth_facade.lib.drift_patch import document_patch
from herohealth_facade.lib.webhook_signature import DEFAULT_TOLERANCE

Status = Literal["ok", "drift", "error", "skipped", "warning"]
SKEW_WARNING = 30.0
"""Seconds of clock difference worth a warning (webhook signatures allow 300)."""
# GETs that create something (a token) are not read-only, whatever their method says.
NOT_READ_ONLY = frozenset({"get_heidi_token"})


@attrs.frozen
class Check:
    """One line of the report: what was checked, how it went, and a detail without any value."""

    name: str
    status: Status
    detail: str = ""

    def line(self) -> str:
        return f"{self.status:8} {self.name}" + (f": {self.detail}" if self.detail else "")


@attrs.define
class Report:
    checks: list[Check] = attrs.Factory(list)
    drift: list[DriftRecord] = attrs.Factory(list)
    tls: dict[str, str] | None = None
    """The certificate failure, when there was one: host, reason, subject, issuer, expiry and fix."""

    @property
    def failed(self) -> bool:
        return any(check.status == "error" for check in self.checks)

    def summary(self) -> str:
        counts = {status: sum(c.status == status for c in self.checks) for status in ("ok", "drift", "error")}
        skipped = sum(c.status == "skipped" for c in self.checks)
        warnings = sum(c.status == "warning" for c in self.checks)
        return (
            f"{counts['ok']} ok, {counts['drift']} with drift ({len(self.drift)} findings), {counts['error']} failed,"
            f" {warnings} warnings, {skipped} skipped"
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "checks": [attrs.asdict(check) for check in self.checks],
            "drift": [attrs.asdict(record) for record in self.drift],
            "tls": self.tls,
            "summary": self.summary(),
            "failed": self.failed,
        }


async def diagnose(hero: HeroHealth, *, page_size: int = 5) -> Report:
    """Every check, in order; stops after the first check that makes the rest meaningless."""
    report = Report()
    answer = await _connect(hero, report)
    if answer is None:
        return report
    report.checks.append(_clock(answer))
    for name in sorted(OPERATIONS):
        if OPERATIONS[name][0] == "GET":  # nothing else is ever sent
            report.checks.append(await _operation(hero, name, page_size))
    report.drift = hero.drift
    return report


async def _connect(hero: HeroHealth, report: Report) -> httpx.Response | None:
    """Reach the server and authenticate (``GET /v1/me``): the response, or None after a failed check."""
    host = httpx.URL(hero.base_url).host
    try:
        raw = await hero.practice_group.with_raw_response.get_practice_group_by_id()
    except APIStatusError as exc:
        report.checks.append(Check("reach the server", "ok", f"{host} answered"))
        report.checks.append(_auth_failure(exc))
        return None
    except CertificateVerificationError as exc:
        report.tls = await _tls_finding(hero, exc)
        presented = report.tls.get("presented", "")
        detail = f"{exc.host}: {exc.reason} ({exc.verify_message}); {presented}. Fix: {exc.fix}"
        report.checks.append(Check("TLS certificate", "error", detail))
        return None
    except APIConnectionError as exc:
        cause = _cause_name(exc)
        report.checks.append(Check("reach the server", "error", f"{host}: {cause} (check the URL, proxy and TLS)"))
        return None
    report.checks.append(Check("reach the server", "ok", f"{host} answered over {raw.http_response.url.scheme}"))
    report.checks.append(Check("authenticate", "ok", "x-api-key and x-practice-group-id accepted"))
    return raw.http_response


async def _tls_finding(hero: HeroHealth, exc: CertificateVerificationError) -> dict[str, str]:
    """What the server (or a proxy on the way) presented, read over a second connection that trusts it
    only to read it: names and expiry, never key material."""
    finding = {"host": exc.host, "reason": exc.reason, "verify_message": exc.verify_message, "fix": exc.fix}
    host, _, port = exc.host.rpartition(":")
    proxy = environment_proxy(hero.base_url)
    try:
        seen = await anyio.to_thread.run_sync(read_presented, host, int(port), proxy)
    except (OSError, ValueError) as failure:
        finding["presented"] = f"the certificate could not be read ({type(failure).__name__})"
        return finding
    finding |= {"subject": seen.subject, "issuer": seen.issuer, "not_after": seen.not_after.isoformat()}
    finding["presented"] = f"presented {seen.subject}, issued by {seen.issuer}, valid until {seen.not_after:%Y-%m-%d}"
    return finding


def _auth_failure(exc: APIStatusError) -> Check:
    if exc.status_code == 401:
        return Check("authenticate", "error", "401: the API key was refused (HEROHEALTH_API_KEY)")
    if exc.status_code == 403:
        return Check(
            "authenticate", "error", "403: this key cannot act for the practice group (HEROHEALTH_PRACTICE_GROUP_ID)"
        )
    return Check("authenticate", "error", f"GET /v1/me answered {exc.status_code}")


def _cause_name(exc: BaseException) -> str:
    names = []
    while exc.__cause__ is not None or exc.__context__ is not None:
        exc = exc.__cause__ or exc.__context__  # type: ignore[assignment]
        names.append(type(exc).__name__)
    tls = any("SSL" in name or "Certificate" in name for name in names)
    return ("TLS failure, " if tls else "") + (names[0] if names else "connection failed")


def _clock(response: httpx.Response) -> Check:
    date = response.headers.get("date")
    if date is None:
        return Check("clock", "warning", "the server sent no Date header; skew not measured")
    skew = time.time() - email.utils.parsedate_to_datetime(date).timestamp()
    tolerance = DEFAULT_TOLERANCE.total_seconds()
    detail = f"this machine is {abs(skew):.0f} s {'ahead of' if skew > 0 else 'behind'} the server"
    if abs(skew) > tolerance:
        return Check("clock", "error", f"{detail}: webhook signatures older than {tolerance:.0f} s are refused")
    return Check("clock", "warning" if abs(skew) > SKEW_WARNING else "ok", detail)


async def _operation(hero: HeroHealth, name: str, page_size: int) -> Check:
    _method, path, tag = OPERATIONS[name]
    label = f"GET {path} ({name})"
    if name in NOT_READ_ONLY:
        return Check(label, "skipped", "not read-only")
    resource = getattr(hero, tag)
    bound = getattr(resource, name)
    parameters = inspect.signature(bound).parameters
    if any(p.default is inspect.Parameter.empty for p in parameters.values()):
        return Check(label, "skipped", "needs an ID or a parameter")
    options: dict[str, Any] = {}
    for name_, value in (("page_index", 0), ("page_size", page_size)):
        # The first page, small, where the operation takes page numbers (some documents type them as text).
        if name_ in parameters and "int" in str(parameters[name_].annotation):
            options[name_] = value
    before = len(hero.drift)
    try:
        await bound(**options)
    except APIStatusError as exc:
        return Check(label, "error", f"HTTP {exc.status_code}")
    except HeroHealthError as exc:
        return Check(label, "error", type(exc).__name__)
    found = len(hero.drift) - before
    return Check(label, "drift", f"{found} field(s) differ") if found else Check(label, "ok")


def add_command(commands: Any) -> None:
    """Add ``doctor`` to the ``herohealth`` command's subcommands (``commands``: argparse's)."""
    doctor = commands.add_parser(
        "doctor",
        help="check credentials, connectivity and the document against the API",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    doctor.add_argument("--environment", choices=["production", "staging", "mock"])
    doctor.add_argument("--base-url")
    doctor.add_argument("--format", choices=["text", "json"], default="text")
    doctor.add_argument("--page-size", type=int, default=5)
    doctor.add_argument("--patch", type=Path, help="write the drift as a patch of the document to this file")
    doctor.add_argument("--document", type=Path, default=Path("openapi/herohealth-public-api.yaml"))
    doctor.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """``herohealth doctor``: its exit status."""
    try:
        hero = HeroHealth(environment=args.environment, base_url=args.base_url, response_validation="report")
    except HeroHealthError as exc:
        print(f"error    configuration: {exc}", file=sys.stderr)
        return 1
    report = anyio.run(_run, hero, args.page_size)
    if args.format == "json":
        print(json.dumps(report.as_json(), indent=2))
    else:
        for check in report.checks:
            print(check.line())
        for record in report.drift:
            print(f"drift    {record.line()}")
        print(report.summary())
    if args.patch is not None:
        return _write_patch(args.patch, args.document, report) or (1 if report.failed else 0)
    return 1 if report.failed else 0


async def _run(hero: HeroHealth, page_size: int) -> Report:
    async with hero:
        return await diagnose(hero, page_size=page_size)


def _write_patch(patch: Path, document: Path, report: Report) -> int:
    if not document.exists():
        print(f"error    --patch: no document at {document} (pass --document)", file=sys.stderr)
        return 1
    text, unplaced = document_patch(
        document.read_text(encoding="utf-8"), report.drift, str(document), datetime.now(UTC).date().isoformat()
    )
    patch.write_text(text, encoding="utf-8")
    print(f"patch    {len(report.drift) - len(unplaced)} finding(s) written to {patch}", file=sys.stderr)
    for record in unplaced:
        print(f"unplaced {record.line()} (no component schema to change)", file=sys.stderr)
    return 0
