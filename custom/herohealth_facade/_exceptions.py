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
from collections.abc import Mapping
from typing import Any

import attrs
import httpx

from herohealth_facade._retries import IDEMPOTENT_METHODS, NEVER_RETRIED, retry_after_seconds

BODY_TEXT_LIMIT = 2048


class HeroHealthError(Exception):
    """Base class of every error this package raises.

    ``retryable`` says whether running the same call (or the job that made it) again can succeed
    without risking a second write: True only for transient failures of calls that provably did
    nothing (a 429, a connection refused, a pool timeout) or that are safe to repeat (a GET after a 5xx
    or a dropped connection); never for an outcome that may already have happened. ``retry_after``
    is when to try again, in seconds (from the server's ``Retry-After``, else the client's backoff
    policy), or None.
    """

    retry_after: float | None = None

    @property
    def retryable(self) -> bool:
        return False


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

    @property
    def retryable(self) -> bool:
        return not self.request_sent or self.method in IDEMPOTENT_METHODS


class APITimeoutError(APIConnectionError):
    """A timeout (connect, read, write or pool) expired before a response arrived."""


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
        if self.retryable and self.retry_after is None:
            self.retry_after = retry_after_seconds(response.headers)

    @property
    def retryable(self) -> bool:
        transient = self.status_code == 408 or (self.status_code >= 500 and self.status_code not in NEVER_RETRIED)
        return transient and self.method in IDEMPOTENT_METHODS

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
        self.request_sent = request_sent
        self.retry_after = retry_after_seconds(response.headers) if retry_after is None else retry_after
        super().__init__(response, method=method, path=path)

    @property
    def retryable(self) -> bool:
        return True  # refused by the rate limit before anything was done

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
