"""The hand-written facade over the generated ``herohealth_async`` package.

Import these names from ``herohealth_async``; this package is where they are written.
"""

from herohealth_facade.booking import BookingError
from herohealth_facade.client import DEFAULT_LIMITS, DEFAULT_TIMEOUT, NOT_GIVEN, APIResponse, HeroHealth
from herohealth_facade.elements import CachedToken, InMemoryTokenCache, TokenCache
from herohealth_facade.environments import ENVIRONMENTS, Environment
from herohealth_facade.errors import (
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
from herohealth_facade.pagination import AsyncPaginator, Page, PaginationError
from herohealth_facade.patients import normalize_nhs_number
from herohealth_facade.retries import RetryPolicy
from herohealth_facade.webhooks import WebhookVerificationError, verify_webhook

__all__ = [
    "DEFAULT_LIMITS",
    "DEFAULT_TIMEOUT",
    "ENVIRONMENTS",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIStatusError",
    "AsyncPaginator",
    "BookingError",
    "CachedToken",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "Environment",
    "HeroHealth",
    "HeroHealthError",
    "InMemoryTokenCache",
    "InternalServerError",
    "NotFoundError",
    "Page",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestValidationError",
    "ResponseValidationError",
    "RetryPolicy",
    "TokenCache",
    "UnprocessableEntityError",
    "ValidationIssue",
    "WebhookVerificationError",
    "normalize_nhs_number",
    "verify_webhook",
]
