"""The hand-written facade over the generated ``herohealth_async`` package.

Import these names from ``herohealth_async``; this package is where they are written.
"""

import importlib
from typing import TYPE_CHECKING, Any

from herohealth_async.types import APIResponse, Page, RequestOptions
from herohealth_facade._certificate_errors import CertificateVerificationError
from herohealth_facade._client import HeroHealth
from herohealth_facade._constants import DEFAULT_LIMITS, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, ENVIRONMENTS, Environment
from herohealth_facade._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    HeroHealthError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestValidationError,
    ResponseValidationError,
    UnprocessableEntityError,
    ValidationIssue,
)
from herohealth_facade._middleware import Attempt
from herohealth_facade._retries import RetryPolicy
from herohealth_facade._types import NOT_GIVEN
from herohealth_facade._version import __version__
from herohealth_facade.lib.drift import DriftRecord, DriftStore
from herohealth_facade.lib.elements_cache import CachedToken, InMemoryTokenCache, SharedTokenCache, TokenCache
from herohealth_facade.lib.idempotency import (
    IdempotencyKeyInFlightError,
    IdempotencyKeyReusedError,
    IdempotencyStore,
    IdempotencyStoreUnavailableError,
    InMemoryIdempotencyStore,
    OutcomeUnknownError,
)
from herohealth_facade.lib.rate_limit import LocalRateLimiter, RateLimiter
from herohealth_facade.lib.replay import InMemoryReplayGuard, ReplayGuard

if TYPE_CHECKING:
    from herohealth_facade.lib.nhs import normalize_nhs_number
    from herohealth_facade.lib.webhook_event import EventKey, ReceivedEvent
    from herohealth_facade.lib.webhook_signature import WebhookVerificationError, sign_webhook, verify_webhook
    from herohealth_facade.pagination import AsyncPager, PaginationError
    from herohealth_facade.redis_backends import (
        RedisConfigurationError,
        RedisDriftStore,
        RedisIdempotencyStore,
        RedisRateLimiter,
        RedisReplayGuard,
        RedisTokenCache,
    )
    from herohealth_facade.resources.booking_errors import BookingError, FullyBookedError, SlotNotFoundError
    from herohealth_facade.resources.webhooks import UnknownObject

# The workflows' names load their modules on first use (anyio's closed-map pattern), so that
# `from herohealth_async import HeroHealth` stays about as fast as `import httpx`.
_LAZY = {
    "BookingError": "herohealth_facade.resources.booking_errors",
    "RedisConfigurationError": "herohealth_facade.redis_backends",
    "RedisIdempotencyStore": "herohealth_facade.redis_backends",
    "RedisRateLimiter": "herohealth_facade.redis_backends",
    "RedisReplayGuard": "herohealth_facade.redis_backends",
    "RedisDriftStore": "herohealth_facade.redis_backends",
    "RedisTokenCache": "herohealth_facade.redis_backends",
    "FullyBookedError": "herohealth_facade.resources.booking_errors",
    "SlotNotFoundError": "herohealth_facade.resources.booking_errors",
    "UnknownObject": "herohealth_facade.resources.webhooks",
    "AsyncPager": "herohealth_facade.pagination",
    "PaginationError": "herohealth_facade.pagination",
    "normalize_nhs_number": "herohealth_facade.lib.nhs",
    "WebhookVerificationError": "herohealth_facade.lib.webhook_signature",
    "EventKey": "herohealth_facade.lib.webhook_event",
    "ReceivedEvent": "herohealth_facade.lib.webhook_event",
    "sign_webhook": "herohealth_facade.lib.webhook_signature",
    "verify_webhook": "herohealth_facade.lib.webhook_signature",
}

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPager",
    "Attempt",
    "AuthenticationError",
    "BadRequestError",
    "BookingError",
    "CachedToken",
    "CertificateVerificationError",
    "ConflictError",
    "DEFAULT_LIMITS",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "DriftRecord",
    "DriftStore",
    "ENVIRONMENTS",
    "EventKey",
    "Environment",
    "FullyBookedError",
    "HeroHealth",
    "HeroHealthError",
    "IdempotencyKeyInFlightError",
    "IdempotencyKeyReusedError",
    "IdempotencyStore",
    "IdempotencyStoreUnavailableError",
    "InMemoryIdempotencyStore",
    "InMemoryReplayGuard",
    "InMemoryTokenCache",
    "InternalServerError",
    "LocalRateLimiter",
    "NOT_GIVEN",
    "NotFoundError",
    "OutcomeUnknownError",
    "Page",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimiter",
    "ReceivedEvent",
    "RedisConfigurationError",
    "RedisDriftStore",
    "RedisIdempotencyStore",
    "RedisRateLimiter",
    "RedisReplayGuard",
    "RedisTokenCache",
    "ReplayGuard",
    "RequestOptions",
    "RequestValidationError",
    "ResponseValidationError",
    "RetryPolicy",
    "SharedTokenCache",
    "SlotNotFoundError",
    "TokenCache",
    "UnknownObject",
    "UnprocessableEntityError",
    "ValidationIssue",
    "WebhookVerificationError",
    "__version__",
    "normalize_nhs_number",
    "sign_webhook",
    "verify_webhook",
]


def _public(value: Any) -> Any:
    # Tracebacks and documentation show the import path users type.
    if getattr(value, "__module__", "").startswith("herohealth_facade"):
        try:
            value.__module__ = "herohealth_async"
        except (AttributeError, TypeError):
            pass
    return value


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = _public(getattr(importlib.import_module(module), name))
    globals()[name] = value
    return value


for _name in __all__:
    if _name not in _LAZY:
        _public(globals()[_name])
del _name
