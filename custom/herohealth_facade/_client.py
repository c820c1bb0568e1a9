"""``HeroHealth``: the client. Its settings, its resources (one per tag, built on first use), derived
clients, the workflows and the lifecycle; the request path itself is in ``_base_client``."""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import timedelta
from functools import cached_property
from typing import TYPE_CHECKING, Any

import attrs
import httpx

from herohealth_async.api import Resources
from herohealth_async.types import OperationCaller
from herohealth_facade._base_client import BaseClient
from herohealth_facade._config import (
    WEBHOOK_KEY_VARIABLE,
    Config,
    check_max_retries,
    check_middleware,
    check_types,
    choose_base_url,
    optional_secret,
    required,
)
from herohealth_facade._constants import (
    DEFAULT_LIMITS,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    Environment,
)
from herohealth_facade._credentials import ApiKey, KeyProvider
from herohealth_facade._exceptions import RequestValidationError
from herohealth_facade._idempotent import store_key
from herohealth_facade._middleware import Middleware
from herohealth_facade._pool import open_pool
from herohealth_facade._retries import RetryPolicy
from herohealth_facade._tls import VerifyTypes
from herohealth_facade._transports import (
    HttpBackend,
)
from herohealth_facade._types import NOT_GIVEN, NotGiven, TimeoutTypes
from herohealth_facade._validation import check_header_value
from herohealth_facade._version import __version__
from herohealth_facade.lib.arguments import one_of
from herohealth_facade.lib.drift import RESPONSE_VALIDATIONS, DriftLog, DriftRecord, DriftStore, ResponseValidation
from herohealth_facade.lib.elements_cache import DEFAULT_MIN_REMAINING, ElementsTokens, TokenCache
from herohealth_facade.lib.idempotency import IdempotencyStore, InMemoryIdempotencyStore
from herohealth_facade.lib.rate_limit import RateLimiter
from herohealth_facade.lib.replay import InMemoryReplayGuard, ReplayGuard

if TYPE_CHECKING:
    from herohealth_facade.resources.booking import Booking
    from herohealth_facade.resources.patients import Patients
    from herohealth_facade.resources.practice_group import PracticeGroup
    from herohealth_facade.resources.webhooks import Webhooks


class HeroHealth(BaseClient, Resources):
    """The Hero Health Public API client.

    ``api_key``, ``practice_group_id`` and ``base_url`` fall back to ``HEROHEALTH_API_KEY``,
    ``HEROHEALTH_PRACTICE_GROUP_ID`` and ``HEROHEALTH_BASE_URL``; ``base_url`` otherwise comes from an
    ``http_client``'s own base URL, else from ``environment`` (production by default). An
    ``http_client`` whose base URL disagrees with the one asked for is refused. A missing or mistyped
    argument raises :class:`RequestValidationError` at once, naming it. ``http://`` is refused for
    anything but a loopback host unless ``allow_insecure_http=True``: the API key would travel in clear
    text.

    ``api_key`` may be a callable (sync or async) that returns the key: it is asked before the first
    request and again, once, after a 401 (a rotated key), before that error is raised. ``middleware``
    wraps every attempt of every request (see :class:`Attempt`); derived clients share it. ``proxy``
    sends through a forward proxy (else ``HTTPS_PROXY``/``HTTP_PROXY``/``ALL_PROXY`` minus ``NO_PROXY``),
    tunnelling to an ``https://`` server with ``CONNECT``.

    ``verify`` says which certificates to trust: ``True`` (the default: certifi's bundle, or the one
    ``SSL_CERT_FILE``/``SSL_CERT_DIR`` names), ``"system"`` (the operating system's trust store; install
    ``herohealth-async[truststore]``), a path to a PEM bundle or a directory, or an ``ssl.SSLContext``
    used as it is. Without it, ``HEROHEALTH_VERIFY=system`` or ``HEROHEALTH_CA_BUNDLE=path`` apply.
    ``False`` is refused unless the base URL is loopback. The contexts the client builds refuse
    certificates that break RFC 5280 on every Python version (3.13's ``VERIFY_X509_STRICT``);
    ``x509_strict=False`` (or ``HEROHEALTH_X509_STRICT=false``) relaxes that flag alone. One context
    serves every connection of the client and its derived clients. A certificate that is not trusted
    raises :class:`CertificateVerificationError`, never retried.

    ``response_validation`` decides what a success body that breaks the document does: ``"report"`` (the
    default) returns the model with the value kept as it arrived and records the difference (see
    :attr:`drift`); ``"strict"`` raises :class:`ResponseValidationError`. A body that is not JSON, or not
    the object the document promises, raises in both. ``drift_store`` shares the records across processes.

    ``http_backend`` (else ``HEROHEALTH_HTTP_BACKEND``, else ``"httpx"``) picks the connections a
    client owns: ``"httpx"`` (asyncio and trio) or ``"aiohttp"`` (asyncio only, faster; install
    ``herohealth-async[aiohttp]``). ``transport=`` supplies your own httpx transport instead, and
    ``http_client=`` your own ``httpx.AsyncClient`` (its cookies, hooks and auth then apply).

    Use it as ``async with HeroHealth(...) as hero:`` or call :meth:`aclose`. Operations are grouped
    by tag (``hero.booking.get_appointment(id)``); :meth:`call` sends any prepared ``operation(...)``.
    Every call returns the documented model or raises a :class:`HeroHealthError`.
    """

    def __init__(
        self,
        *,
        api_key: str | KeyProvider | None = None,
        practice_group_id: str | None = None,
        environment: Environment | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        limits: httpx.Limits = DEFAULT_LIMITS,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        http_backend: HttpBackend | None = None,
        proxy: str | httpx.Proxy | None = None,
        verify: VerifyTypes | None = None,
        x509_strict: bool | None = None,
        middleware: Sequence[Middleware] = (),
        response_validation: ResponseValidation = "report",
        drift_store: DriftStore | None = None,
        retry_policy: RetryPolicy | None = None,
        token_cache: TokenCache | None = None,
        elements_min_remaining: timedelta = DEFAULT_MIN_REMAINING,
        webhook_signing_key: str | bytes | None = None,
        webhook_replay_guard: ReplayGuard | None = None,
        rate_limiter: RateLimiter | None = None,
        idempotency_store: IdempotencyStore | None = None,
        allow_insecure_http: bool = False,
    ) -> None:
        check_types(locals())
        if http_client is not None and transport is not None:
            raise RequestValidationError("transport", "pass transport= or http_client=, not both")
        if http_backend is not None and (http_client is not None or transport is not None):
            raise RequestValidationError(
                "http_backend", "pass http_backend= or your own transport/http_client, not both"
            )
        own_connections = http_client is not None or transport is not None
        if proxy is not None and own_connections:
            raise RequestValidationError("proxy", "pass proxy= or transport=/http_client= (set the proxy on those)")
        if (verify is not None or x509_strict is not None) and own_connections:
            name = "verify" if verify is not None else "x509_strict"
            raise RequestValidationError(name, f"pass {name}= or transport=/http_client= (set TLS on those)")
        if isinstance(timeout, NotGiven):
            timeout = http_client.timeout if http_client is not None else DEFAULT_TIMEOUT
        self._key, key_identity = _api_key(api_key)
        self._config = Config(
            api_key=key_identity,
            practice_group_id=_default_practice_group(practice_group_id),
            base_url=choose_base_url(base_url, environment, allow_insecure_http, http_client),
            timeout=timeout,
            max_retries=check_max_retries(max_retries),
            retry_policy=retry_policy or RetryPolicy(),
            user_agent=f"herohealth-async/{__version__}",
            webhook_signing_key=optional_secret(webhook_signing_key, "webhook_signing_key", WEBHOOK_KEY_VARIABLE),
            response_validation=one_of("response_validation", response_validation, RESPONSE_VALIDATIONS),
            middleware=check_middleware(middleware),
        )
        self._drift = DriftLog(drift_store)
        self._tokens = ElementsTokens(token_cache, elements_min_remaining)
        self._pool = open_pool(
            self._config.base_url, http_client, transport, http_backend, limits, verify, x509_strict, proxy
        )
        if rate_limiter is not None:
            self._pool.rate_limiter = rate_limiter
        self._replay_guard = webhook_replay_guard if webhook_replay_guard is not None else InMemoryReplayGuard()
        self._idempotency = idempotency_store if idempotency_store is not None else InMemoryIdempotencyStore()
        self._root = True

    def _operation_caller(self) -> OperationCaller:
        return self

    def _derive(self, **changes: Any) -> HeroHealth:
        derived = HeroHealth.__new__(HeroHealth)
        derived._config = attrs.evolve(self._config, **changes)
        derived._pool = self._pool
        derived._tokens = self._tokens
        derived._drift = self._drift
        derived._key = self._key
        derived._replay_guard = self._replay_guard
        derived._idempotency = self._idempotency
        derived._root = False
        return derived

    # ------------------------------------------------------------------ derived clients

    @property
    def drift(self) -> list[DriftRecord]:
        """Where this process's responses differed from the document, each operation and field once
        (``report`` mode; no value from any response)."""
        return self._drift.records

    async def shared_drift(self) -> list[DriftRecord]:
        """Every process's drift records through ``drift_store`` (this process's alone without one)."""
        return await self._drift.shared(self._config.scope)

    @property
    def practice_group_id(self) -> str | None:
        """The ID of the practice group this client acts for, or None when each call goes through
        :meth:`for_practice_group`."""
        return self._config.practice_group_id

    @property
    def base_url(self) -> str:
        return self._config.base_url

    def for_practice_group(self, practice_group_id: str) -> HeroHealth:
        """A client acting for another practice in the same Hero network (for example PCN hub
        booking). It shares this client's connection pool; closing it closes nothing."""
        return self._derive(practice_group_id=_header_value(practice_group_id, "practice_group_id", None))

    def with_options(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> HeroHealth:
        """A client with other defaults, sharing this client's connection pool."""
        changes: dict[str, Any] = {}
        if not isinstance(timeout, NotGiven):
            changes["timeout"] = timeout
        if max_retries is not None:
            changes["max_retries"] = check_max_retries(max_retries)
        if retry_policy is not None:
            changes["retry_policy"] = retry_policy
        return self._derive(**changes)

    async def forget_idempotency_key(self, idempotency_key: str) -> None:
        """Drop the record of ``idempotency_key`` for this client's practice group, so that the next call
        with it sends: for a person who checked that an unknown outcome (:class:`OutcomeUnknownError`)
        was not carried out."""
        await self._idempotency.forget(store_key(self._config.scope, self._practice_group(), idempotency_key))

    # ------------------------------------------------------------------ resources with workflows
    # Each replaces the generated resource of its tag with a subclass that adds the workflows; its
    # module loads on first use, like every other resource.

    @cached_property
    def booking(self) -> Booking:
        """The Booking operations, plus ``book_slot`` and ``book_first_available``."""
        from herohealth_facade.resources.booking import Booking  # noqa: PLC0415

        return Booking(self)

    @cached_property
    def patients(self) -> Patients:
        """The Patients operations, plus ``register_pds`` (NHS number checked before sending)."""
        from herohealth_facade.resources.patients import Patients  # noqa: PLC0415

        return Patients(self)

    @cached_property
    def practice_group(self) -> PracticeGroup:
        """The Practice Group operations, plus ``elements_token`` (cached Hero Elements JWTs)."""
        from herohealth_facade.resources.practice_group import PracticeGroup  # noqa: PLC0415

        return PracticeGroup(self)

    @cached_property
    def webhooks(self) -> Webhooks:
        """The Webhooks operations, plus ``unwrap`` (verify a delivery with the client's signing key)."""
        from herohealth_facade.resources.webhooks import Webhooks  # noqa: PLC0415

        return Webhooks(self)

    # ------------------------------------------------------------------ lifecycle

    async def aclose(self) -> None:
        """Close the connection pool (if this client created it); a call still in flight ends in a
        :class:`HeroHealthError`. Derived clients close nothing."""
        if self._root:
            await self._pool.aclose()

    async def __aenter__(self) -> HeroHealth:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"HeroHealth(base_url={self._config.base_url!r}, api_key='***', practice_group_id='***')"


def _api_key(value: str | KeyProvider | None) -> tuple[ApiKey, str]:
    """The client's key, and what its scope is a hash of: the key, or the provider's name for a provider
    (the same in every process that runs the same code, and kept when the key rotates)."""
    if callable(value):
        name = f"{getattr(value, '__module__', '')}.{getattr(value, '__qualname__', type(value).__qualname__)}"
        return ApiKey(provider=value), f"provider:{name}"
    key = _header_value(value, "api_key", "HEROHEALTH_API_KEY")
    return ApiKey(key), key


def _default_practice_group(value: str | None) -> str | None:
    """``value``, else ``HEROHEALTH_PRACTICE_GROUP_ID``, else None: a client with no default practice group.
    An empty one is refused."""
    if value is None:
        value = os.environ.get("HEROHEALTH_PRACTICE_GROUP_ID")
    return None if value is None else _header_value(value, "practice_group_id", "HEROHEALTH_PRACTICE_GROUP_ID")


def _header_value(value: str | None, name: str, env_var: str | None) -> str:
    """A required setting that travels as a header: present, and safe to put on a header line."""
    return check_header_value(required(value, name, env_var), name)
