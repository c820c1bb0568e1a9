"""When to retry a request, and how long to wait first.

The rules: a request that provably never reached the server (connect error, connect or pool
timeout) is always safe to send again, and so is one answered 429: the partner rate limit refused it
before acting on it. Otherwise (broken connection, read timeout, 408, 5xx) only idempotent methods
are retried, unless the caller opted in for that call, because the server may already have acted on
a POST or PATCH. A 5xx that says the request can never succeed (501 Not Implemented and the like) is
not retried at all.
"""

from __future__ import annotations

import email.utils
import random
import ssl
import time
from collections.abc import Mapping

import attrs
import httpx

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRY_STATUSES = frozenset({408, 429})
NEVER_RETRIED = frozenset({501, 505, 506, 508, 510, 511})
"""5xx answers that say the server cannot do this at all (not implemented, unsupported, misconfigured):
sending the same request again cannot succeed."""
NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


@attrs.frozen
class RetryPolicy:
    """Exponential backoff with jitter, bounded by ``max_delay``; ``Retry-After`` honoured up to
    ``max_retry_after`` seconds (a longer wait is not taken: the error is raised at once so the
    caller can reschedule)."""

    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0

    def backoff(self, retry_number: int) -> float:
        """Delay before retry ``retry_number`` (1-based): half fixed, half random, so that many
        clients failing together do not retry together."""
        ceiling = min(self.max_delay, self.initial_delay * 2.0 ** (retry_number - 1))
        return ceiling / 2 + random.uniform(0, ceiling / 2)

    def delay_for_response(self, response: httpx.Response, retry_number: int) -> float | None:
        """Seconds to wait before retrying after ``response``, or None if it must not be retried."""
        server_wait = retry_after_seconds(response.headers)
        if server_wait is None:
            return self.backoff(retry_number)
        if server_wait > self.max_retry_after:
            return None
        return server_wait


def may_retry_status(status_code: int, method: str, retry_non_idempotent: bool) -> bool:
    if status_code == 429:
        return True  # refused by the rate limit before anything was done: safe for every method
    if status_code in NEVER_RETRIED or (status_code not in RETRY_STATUSES and status_code < 500):
        return False
    return method in IDEMPOTENT_METHODS or retry_non_idempotent


def may_retry_exception(exc: httpx.TransportError, method: str, retry_non_idempotent: bool) -> bool:
    if certificate_failure(exc) is not None:
        return False  # the same certificate will be presented again
    if isinstance(exc, NEVER_SENT):
        return True
    return method in IDEMPOTENT_METHODS or retry_non_idempotent


def certificate_failure(exc: BaseException) -> ssl.SSLCertVerificationError | None:
    """The certificate verification failure behind ``exc`` (its causes, as either backend chains them), or None."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        # aiohttp's error is an SSLCertVerificationError too, without OpenSSL's details: it keeps the real one.
        wrapped = getattr(current, "certificate_error", None)
        if isinstance(wrapped, ssl.SSLCertVerificationError):
            return wrapped
        if isinstance(current, ssl.SSLCertVerificationError):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


def retry_after_seconds(headers: Mapping[str, str]) -> float | None:
    """The ``Retry-After`` header in seconds (delta-seconds or an HTTP date), or None if absent or
    unreadable. A date in the past gives 0."""
    value = headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())
