"""Async client for the Hero Health Public API.

Start with ``HeroHealth``. The endpoint modules (``herohealth_async.api``) and models
(``herohealth_async.models``) are generated from ``openapi/``; the names below come from the
hand-written facade (the ``herohealth_facade`` package kept in ``custom/``) and are loaded on
first use, so importing a generated module never imports the facade.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from herohealth_facade import *  # noqa: F403

# A closed list: only these names reach the facade. Any other missing attribute (a submodule that
# is not imported yet, a typo) is an AttributeError, so a generated module's own relative imports
# can never trigger an import of the facade. A test keeps it equal to herohealth_facade.__all__.
_FACADE_EXPORTS = frozenset(
    {
        "__version__",
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
        "Environment",
        "ENVIRONMENTS",
        "EventKey",
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
        "normalize_nhs_number",
        "NOT_GIVEN",
        "NotFoundError",
        "OutcomeUnknownError",
        "Page",
        "PaginationError",
        "PermissionDeniedError",
        "RateLimiter",
        "RateLimitError",
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
        "sign_webhook",
        "SlotNotFoundError",
        "TokenCache",
        "UnknownObject",
        "UnprocessableEntityError",
        "ValidationIssue",
        "verify_webhook",
        "WebhookVerificationError",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _FACADE_EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import herohealth_facade  # noqa: PLC0415

    value = getattr(herohealth_facade, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_FACADE_EXPORTS})


__all__ = sorted(_FACADE_EXPORTS)
