"""A client's settings, and the checks on the arguments they come from."""

from __future__ import annotations

import hashlib
import os
import ssl
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

import attrs
import httpx

from herohealth_facade._constants import ENVIRONMENTS, Environment, is_loopback
from herohealth_facade._exceptions import RequestValidationError
from herohealth_facade._middleware import Middleware
from herohealth_facade._retries import RetryPolicy
from herohealth_facade._types import NotGiven, TimeoutTypes
from herohealth_facade.lib.arguments import whole_number
from herohealth_facade.lib.drift import DriftStore, ResponseValidation
from herohealth_facade.lib.elements_cache import TokenCache
from herohealth_facade.lib.idempotency import IdempotencyStore
from herohealth_facade.lib.rate_limit import RateLimiter
from herohealth_facade.lib.replay import ReplayGuard


@attrs.frozen(repr=False)
class Config:
    """A client's settings; derived clients (``with_options``, ``for_practice_group``) evolve it."""

    api_key: str
    """The key sent, or for a key provider an identity of the provider (what the scope is a hash of)."""
    practice_group_id: str | None
    base_url: str
    timeout: TimeoutTypes
    max_retries: int
    retry_policy: RetryPolicy
    user_agent: str
    webhook_signing_key: str | bytes | None = None
    response_validation: ResponseValidation = "report"
    middleware: tuple[Middleware, ...] = ()
    url: httpx.URL = attrs.field(init=False)
    """``base_url`` parsed (once: every request's URL is built from its parts)."""
    base_path: str = attrs.field(init=False)
    """The path part of ``base_url`` (empty for a bare host), which every request path starts with."""

    scope: str = attrs.field(init=False)
    """What shares a rate budget and a 429 pause: one API key on one server (a hash, never the key)."""

    @url.default
    def _url(self) -> httpx.URL:
        return httpx.URL(self.base_url)

    @base_path.default
    def _base_path(self) -> str:
        return self.url.raw_path.decode("ascii").rstrip("/")

    @scope.default
    def _scope(self) -> str:
        return scope_of(self.base_url, self.api_key)


def scope_of(base_url: str, api_key: str) -> str:
    """A name for everything one API key does on one server, safe to show (to Redis, in key names)."""
    return hashlib.sha256(f"{base_url}\n{api_key}".encode()).hexdigest()[:32]


def check_max_retries(value: object) -> int:
    return whole_number("max_retries", value, 0)


_EXPECTED_TYPES: dict[str, tuple[tuple[type, ...], str]] = {
    "api_key": ((str, type(None)), "a string or a callable that returns one"),
    "practice_group_id": ((str, type(None)), "a string"),
    "environment": ((str, type(None)), "one of " + ", ".join(ENVIRONMENTS)),
    "base_url": ((str, type(None)), "a string"),
    "timeout": ((int, float, httpx.Timeout, type(None), NotGiven), "seconds, an httpx.Timeout or None"),
    "limits": ((httpx.Limits,), "an httpx.Limits"),
    "http_client": ((httpx.AsyncClient, type(None)), "an httpx.AsyncClient"),
    "retry_policy": ((RetryPolicy, type(None)), "a RetryPolicy"),
    "elements_min_remaining": ((timedelta,), "a datetime.timedelta"),
    "allow_insecure_http": ((bool,), "True or False"),
    "transport": ((httpx.AsyncBaseTransport, type(None)), "an httpx.AsyncBaseTransport"),
    "http_backend": ((str, type(None)), "'httpx' or 'aiohttp'"),
    "response_validation": ((str,), "'strict' or 'report'"),
    "proxy": ((str, httpx.Proxy, httpx.URL, type(None)), "a proxy URL or an httpx.Proxy"),
    "verify": (
        (bool, str, os.PathLike, ssl.SSLContext, type(None)),
        "True, False, 'system', a path to a CA bundle or an ssl.SSLContext",
    ),
    "x509_strict": ((bool, type(None)), "True or False"),
    "drift_store": ((DriftStore, type(None)), "a DriftStore (async add(scope, record) and all(scope))"),
    "webhook_signing_key": ((str, bytes, type(None)), "a string or bytes"),
    "webhook_replay_guard": ((ReplayGuard, type(None)), "a ReplayGuard (first_delivery(id, ttl) -> bool)"),
    "rate_limiter": (
        (RateLimiter, type(None)),
        "a RateLimiter (async acquire(scope, max_wait) and cool_down(scope, seconds))",
    ),
    "idempotency_store": (
        (IdempotencyStore, type(None)),
        "an IdempotencyStore (async claim, finish, release and forget)",
    ),
    "token_cache": ((TokenCache, type(None)), "a TokenCache (async get(key) and set(key, token))"),
}


def check_types(arguments: dict[str, Any]) -> None:
    for name, (types, expected) in _EXPECTED_TYPES.items():
        value = arguments[name]
        if name == "api_key" and callable(value):
            continue  # a key provider
        if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
            raise RequestValidationError(name, f"must be {expected}, not {type(value).__name__}")


def required(value: str | None, name: str, env_var: str | None) -> str:
    if value is None and env_var is not None:
        value = os.environ.get(env_var)
    if not isinstance(value, str) or not value.strip():
        hint = f" or set {env_var}" if env_var else ""
        raise RequestValidationError(name, f"is required: pass {name}=...{hint}")
    return value.strip()


WEBHOOK_KEY_VARIABLE = "HEROHEALTH_WEBHOOK_SIGNING_KEY"


def optional_secret(value: str | bytes | None, name: str, env_var: str) -> str | bytes | None:
    """``value``, else the environment variable, else None; an empty one is refused, never kept."""
    if value is None:
        value = os.environ.get(env_var)
        if value is None:
            return None
    if not value.strip():
        raise RequestValidationError(name, f"must not be empty (check {env_var})")
    return value


def choose_base_url(
    base_url: str | None,
    environment: Environment | None,
    allow_insecure_http: bool,
    http_client: httpx.AsyncClient | None = None,
) -> str:
    """The base URL: ``base_url``, else ``HEROHEALTH_BASE_URL``, else the ``http_client``'s own, else the
    ``environment``'s (production by default). A caller's ``http_client`` whose base URL disagrees with
    the one asked for is refused, so that no request silently goes to another server."""
    if environment is not None and environment not in ENVIRONMENTS:
        raise RequestValidationError("environment", f"must be one of {sorted(ENVIRONMENTS)}, not {environment!r}")
    asked = base_url or os.environ.get("HEROHEALTH_BASE_URL") or (ENVIRONMENTS[environment] if environment else None)
    own = str(http_client.base_url).rstrip("/") if http_client is not None and str(http_client.base_url) else None
    if asked and own and asked.rstrip("/") != own:
        raise RequestValidationError(
            "http_client",
            "its base_url differs from the base_url/environment/HEROHEALTH_BASE_URL given: drop one of them",
        )
    chosen = asked or own or ENVIRONMENTS["production"]
    try:
        url = httpx.URL(chosen)
    except httpx.InvalidURL:
        raise RequestValidationError("base_url", "is not a URL") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise RequestValidationError("base_url", "must be an http:// or https:// URL with a host")
    if url.scheme == "http" and not allow_insecure_http and not is_loopback(url.host):
        raise RequestValidationError(
            "base_url",
            "http:// would send the API key in clear text: use https://, or pass allow_insecure_http=True",
        )
    return chosen.rstrip("/")


def check_middleware(middleware: object) -> tuple[Middleware, ...]:
    """``middleware`` as a tuple of callables, or :class:`RequestValidationError` naming the bad one."""
    if isinstance(middleware, str | bytes) or not isinstance(middleware, Sequence):
        raise RequestValidationError("middleware", "must be a list of async callables (attempt, call_next)")
    for index, layer in enumerate(middleware):
        if not callable(layer):
            raise RequestValidationError(f"middleware[{index}]", f"must be callable, not {type(layer).__name__}")
    return tuple(middleware)
