"""The exceptions the client raises. All derive from :class:`HeroHealthError`::

    HeroHealthError
    ├── RequestValidationError (also ValueError)   nothing was sent
    ├── APIError                                   a request was attempted
    │   ├── APIConnectionError                     no response
    │   │   ├── APITimeoutError
    │   │   └── CertificateVerificationError       the server's certificate was not trusted
    │   ├── ResponseValidationError                a 2xx that breaks the document
    │   └── APIStatusError                         any other status
    │       ├── BadRequestError 400, AuthenticationError 401, PermissionDeniedError 403,
    │       │   NotFoundError 404, ConflictError 409, UnprocessableEntityError 422,
    │       │   RateLimitError 429
    │       └── InternalServerError >= 500
    └── BookingError, PaginationError, WebhookVerificationError (the workflows)

Messages name the method and the path *template* (``/v1/appointments/{id}``), never IDs, header
values or secrets; the raw response stays available on the exception for code that needs it.
"""

from __future__ import annotations

import json
import math
import ssl
from collections.abc import Mapping
from typing import Any

import attrs
import httpx

from herohealth_facade._retries import retry_after_seconds

BODY_TEXT_LIMIT = 2048


class HeroHealthError(Exception):
    """Base class of every error this package raises."""


class RequestValidationError(HeroHealthError, ValueError):
    """A request broke a rule of the document; nothing was sent.

    ``field`` names the offending value, e.g. ``body.start_time`` or ``path.id``.
    """

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem


class APIError(HeroHealthError):
    """A request was attempted and did not produce a usable success."""

    def __init__(self, message: str, *, method: str, path: str) -> None:
        super().__init__(message)
        self.method = method
        self.path = path


class APIConnectionError(APIError):
    """No HTTP response arrived: the connection failed, broke, or the pool had no free connection.

    ``request_sent`` is False when the request provably never left (connect error, connect or pool
    timeout), True when the server may have received it and acted.
    """

    def __init__(self, message: str, *, method: str, path: str, request_sent: bool = True) -> None:
        super().__init__(message, method=method, path=path)
        self.request_sent = request_sent


class APITimeoutError(APIConnectionError):
    """A timeout (connect, read, write or pool) expired before a response arrived."""


class CertificateVerificationError(APIConnectionError):
    """The certificate presented for the server (by the server, or by a TLS-inspecting proxy on the way)
    was not trusted. Nothing was sent, and the call was not retried: the same certificate would come back.

    ``host`` is the server's ``host:port``; ``reason`` is ``"unknown_issuer"``, ``"expired"``,
    ``"not_yet_valid"``, ``"hostname_mismatch"``, ``"not_rfc5280"`` (refused by strict X.509 checking,
    see ``x509_strict``) or ``"other"``; ``verify_message`` is OpenSSL's own
    words; ``fix`` says what to do (the message ends with it). ``herohealth doctor`` reads the presented certificate's
    subject, issuer and expiry (this error cannot: the failed handshake keeps no certificate).
    """

    def __init__(self, failure: ssl.SSLCertVerificationError, *, host: str, method: str, path: str) -> None:
        self.host = host
        self.reason = certificate_reason(failure.verify_code)
        self.verify_message = str(failure.verify_message or failure.reason or "")
        self.fix = _FIXES[self.reason]
        """What to do about it, in a sentence or two."""
        message = (
            f"{method} {path}: certificate verification failed for {host}: {_REASONS[self.reason]}"
            f" ({self.verify_message}). {self.fix}"
        )
        super().__init__(message, method=method, path=path, request_sent=False)


_REASON_BY_CODE = {2: "unknown_issuer", 18: "unknown_issuer", 19: "unknown_issuer", 20: "unknown_issuer"}
_REASON_BY_CODE |= {21: "unknown_issuer", 9: "not_yet_valid", 10: "expired", 62: "hostname_mismatch"}
_REASON_BY_CODE |= {64: "hostname_mismatch"} | dict.fromkeys(range(80, 95), "not_rfc5280")
_REASONS = {
    "unknown_issuer": "the certificate was issued by a CA this client does not trust",
    "expired": "the certificate has expired",
    "not_yet_valid": "the certificate is not valid yet",
    "hostname_mismatch": "the certificate is not for this host",
    "not_rfc5280": "a certificate of the chain breaks RFC 5280, which strict X.509 checking refuses",
    "other": "the certificate was refused",
}
_FIXES = {
    "unknown_issuer": (
        "If a proxy on your network inspects TLS, trust its CA: verify='system' (or HEROHEALTH_VERIFY=system) uses "
        "the operating system's trust store, verify='/path/ca.pem' (or HEROHEALTH_CA_BUNDLE) a PEM bundle."
        " `herohealth doctor` names the issuer."
    ),
    "expired": "Check this machine's clock, and whether a proxy presents an old certificate (`herohealth doctor`).",
    "not_yet_valid": "Check this machine's clock (`herohealth doctor` shows the certificate's dates).",
    "hostname_mismatch": (
        "Check base_url, and whether a proxy presents a certificate of its own (`herohealth doctor` shows its subject)."
    ),
    "not_rfc5280": (
        "Ask the certificate's owner (often a TLS-inspecting proxy) to reissue it; until then x509_strict=False "
        "(or HEROHEALTH_X509_STRICT=false) relaxes that check alone."
    ),
    "other": "`herohealth doctor` shows the presented certificate.",
}


def certificate_reason(verify_code: int | None) -> str:
    """A name for OpenSSL's verification result (``X509_V_ERR_*``): see :class:`CertificateVerificationError`."""
    return _REASON_BY_CODE.get(verify_code or 0, "other")


class ResponseValidationError(APIError):
    """A 2xx response did not match the document (wrong content type, bad JSON, a missing field, a
    field of the wrong JSON type, a date that does not parse).

    ``field`` is the dotted path of the offending field (``data.start_time``) when one is to blame;
    its value is never quoted. ``response`` keeps the raw response, so nothing the server sent is lost.
    """

    def __init__(
        self, message: str, *, method: str, path: str, response: httpx.Response, field: str | None = None
    ) -> None:
        super().__init__(message, method=method, path=path)
        self.response = response
        self.field = field

    @property
    def body_text(self) -> str:
        return response_text(self.response)


@attrs.frozen
class ValidationIssue:
    """One problem in a 400 answer: where (``path``), which rule (``code``), what was expected."""

    path: tuple[str | int, ...]
    code: str
    expected: str

    def __str__(self) -> str:
        where = ".".join(str(p) for p in self.path) or "(request)"
        return f"{where}: {self.code} (expected {self.expected})"


class APIStatusError(APIError):
    """The server answered with a status that is not a success.

    ``status_code``, ``headers``, ``request_id`` (from ``x-request-id`` when present), ``body_text``
    (at most 2 KiB), ``body`` (the parsed JSON, or None) and ``response`` (the raw response).
    """

    def __init__(self, response: httpx.Response, *, method: str, path: str) -> None:
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.request_id = response.headers.get("x-request-id")
        self.body_text = response_text(response)
        self.body = _json_or_none(response)
        super().__init__(self._message(method, path), method=method, path=path)

    def _message(self, method: str, path: str) -> str:
        reason = response_reason(self.status_code)
        message = f"{self.status_code} {reason} for {method} {path}"
        if self.request_id:
            message += f" (request id {self.request_id})"
        return message


class BadRequestError(APIStatusError):
    """400: the request broke the API's rules. ``issues`` lists each problem Hero reported."""

    @property
    def issues(self) -> list[ValidationIssue]:
        return _issues(self.body)

    def _message(self, method: str, path: str) -> str:
        base = super()._message(method, path)
        if not self.issues:
            return base
        return base + ": " + "; ".join(str(issue) for issue in self.issues)


class AuthenticationError(APIStatusError):
    """401: the API key is missing, wrong, or has been rotated."""


class PermissionDeniedError(APIStatusError):
    """403: the key is not scoped for this operation, or not for this practice group."""


class NotFoundError(APIStatusError):
    """404: no such record for this practice group."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the record's state (for example a slot already taken)."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was well formed but could not be processed."""


class RateLimitError(APIStatusError):
    """429: the partner rate limit was exceeded. ``retry_after`` is the wait asked for, in seconds.

    ``request_sent`` is False when the client refused to send at all: a pause after an earlier 429 (or
    the shared budget) would have held the call longer than its timeout. ``retry_after`` is then the
    time left on that pause; the ``response`` is a stand-in built by the client, not the server's.
    """

    def __init__(
        self,
        response: httpx.Response,
        *,
        method: str,
        path: str,
        retry_after: float | None = None,
        request_sent: bool = True,
    ) -> None:
        self.retry_after = retry_after_seconds(response.headers) if retry_after is None else retry_after
        self.request_sent = request_sent
        super().__init__(response, method=method, path=path)

    def _message(self, method: str, path: str) -> str:
        if self.request_sent:
            return super()._message(method, path)
        return (
            f"{method} {path} not sent: the partner rate limit asks everyone using this API key to wait "
            f"{self.retry_after:.1f} s, longer than this call's timeout allows"
        )


def local_rate_limit_error(wait: Any, request: httpx.Request, *, method: str, path: str) -> RateLimitError:
    """The :class:`RateLimitError` for a request the rate limiter held back (``wait``: its ``WaitTooLong``)."""
    seconds = float(wait.retry_after)
    stand_in = httpx.Response(429, headers={"retry-after": f"{math.ceil(seconds)}"}, request=request)
    return RateLimitError(stand_in, method=method, path=path, retry_after=seconds, request_sent=False)


class InternalServerError(APIStatusError):
    """A status of 500 or above, including codes outside the IANA list such as 520."""


_BY_STATUS: Mapping[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(response: httpx.Response, *, method: str, path: str) -> APIStatusError:
    """The exception for a non-success ``response``, by status code."""
    if response.status_code >= 500:
        cls: type[APIStatusError] = InternalServerError
    else:
        cls = _BY_STATUS.get(response.status_code, APIStatusError)
    return cls(response, method=method, path=path)


def response_reason(status_code: int) -> str:
    return httpx.codes.get_reason_phrase(status_code) or "Unknown Status"


def response_text(response: httpx.Response) -> str:
    text = response.content[:BODY_TEXT_LIMIT].decode("utf-8", errors="replace")
    return text + ("…" if len(response.content) > BODY_TEXT_LIMIT else "")


def _json_or_none(response: httpx.Response) -> Any:
    try:
        return json.loads(response.content)
    except ValueError:
        return None


def _issues(body: Any) -> list[ValidationIssue]:
    if not isinstance(body, Mapping) or not isinstance(body.get("message"), list):
        return []
    issues = []
    for item in body["message"]:
        if isinstance(item, Mapping):
            path = item.get("path")
            if not isinstance(path, list):
                path = []
            issues.append(
                ValidationIssue(
                    path=tuple(p if isinstance(p, int) else str(p) for p in path),
                    code=str(item.get("code", "")),
                    expected=str(item.get("expected", "")),
                )
            )
    return issues
