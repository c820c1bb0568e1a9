"""What the request path makes of a failure or an answer: the exception for a transport error or a body
that breaks the document, whether a retry's wait fits, and the per-call log line."""

from __future__ import annotations

import logging
import time
from typing import Any

import httpx

from herohealth_async.types import Operation
from herohealth_facade._certificate_errors import CertificateVerificationError
from herohealth_facade._exceptions import (
    APIConnectionError,
    APITimeoutError,
    ResponseValidationError,
)
from herohealth_facade._logs import logger
from herohealth_facade._requests import pool_timeout, timings
from herohealth_facade._retries import NEVER_SENT, certificate_failure


def same_origin(one: httpx.URL, other: httpx.URL) -> bool:
    return (one.scheme, one.host, one.port) == (other.scheme, other.host, other.port)


def fits(delay: float, request: httpx.Request) -> bool:
    """Whether a retry's wait fits in what the caller may wait (the request's pool timeout)."""
    max_wait = pool_timeout(request)
    return max_wait is None or delay <= max_wait


def is_json(content_type: str) -> bool:
    media_type = content_type.split(";", 1)[0].strip().lower()
    return media_type == "application/json" or media_type.endswith("+json")


def response_error(
    operation: Operation[Any], response: httpx.Response, detail: str, field: str | None
) -> ResponseValidationError:
    # Name the field, never quote its value: it may be patient data.
    message = (
        f"{operation.method} {operation.path}: the {response.status_code} body does not match the document ({detail})"
    )
    return ResponseValidationError(
        message, method=operation.method, path=operation.path, response=response, field=field
    )


def transport_error(
    exc: httpx.TransportError, operation: Operation[Any], request: httpx.Request, retries: int
) -> APIConnectionError:
    failure = certificate_failure(exc)
    if failure is not None:
        host = f"{request.url.host}:{request.url.port or 443}"
        return CertificateVerificationError(failure, host=host, method=operation.method, path=operation.path)
    kind = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    what = "timed out" if kind is APITimeoutError else "failed"
    message = f"{operation.method} {operation.path} {what} ({type(exc).__name__}) after {retries} retries"
    return kind(message, method=operation.method, path=operation.path, request_sent=not isinstance(exc, NEVER_SENT))


def log_response(operation: Operation[Any], response: httpx.Response, started: float, retries: int) -> None:
    if logger.isEnabledFor(logging.INFO):
        wire, waited = timings(response)
        if wire is None:
            wire = max(0.0, time.perf_counter() - started - waited)
        logger.info(
            "%s %s -> %d in %.1f ms, waited %.1f ms (retries: %d)",
            operation.method,
            operation.path,
            response.status_code,
            wire * 1000,
            waited * 1000,
            retries,
            extra={
                "herohealth_operation": operation.operation_id,
                "herohealth_retry": retries,
                "herohealth_wire_ms": round(wire * 1000, 3),
                "herohealth_wait_ms": round(waited * 1000, 3),
            },
        )
