"""``HeroHealth``: the client. One connection pool, both auth headers on every call, typed
results, typed errors, retries, timeouts and logging, for every operation of the document."""

from __future__ import annotations

import os
import time
from datetime import timedelta
from typing import Any, Generic, TypeVar

import anyio
import attrs
import httpx

from herohealth_async import errors as generated_errors
from herohealth_async.api.booking import BookingResource
from herohealth_async.api.booking_hca import BookingHcaResource
from herohealth_async.api.episode import EpisodeResource
from herohealth_async.api.form import FormResource
from herohealth_async.api.form_response import FormResponseResource
from herohealth_async.api.invoicing import InvoicingResource
from herohealth_async.api.links import LinksResource
from herohealth_async.api.messages import MessagesResource
from herohealth_async.api.partners import PartnersResource
from herohealth_async.api.patients import PatientsResource
from herohealth_async.api.practice_group import PracticeGroupResource, create_access_token
from herohealth_async.api.prescription import PrescriptionResource
from herohealth_async.api.task import TaskResource
from herohealth_async.api.webhooks import WebhooksResource
from herohealth_async.types import Operation
from herohealth_facade import booking, patients
from herohealth_facade._logging import configure_from_env, logger
from herohealth_facade.elements import DEFAULT_MIN_REMAINING, ElementsTokens, TokenCache
from herohealth_facade.environments import ENVIRONMENTS, Environment
from herohealth_facade.errors import (
    APIConnectionError,
    APITimeoutError,
    HeroHealthError,
    ResponseValidationError,
    status_error,
)
from herohealth_facade.pagination import AsyncPaginator, PageMethod
from herohealth_facade.retries import RetryPolicy, may_retry_exception, may_retry_status
from herohealth_facade.validation import validate_operation

__version__ = "0.1.0"

T = TypeVar("T")

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
"""30 s to read, write or wait for a pooled connection; 5 s to connect."""

DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=30.0)


class _NotGiven:
    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = _NotGiven()
"""Marks an option the caller did not pass (``None`` is a real value for ``timeout``)."""

TimeoutTypes = float | httpx.Timeout | None


@attrs.frozen
class APIResponse(Generic[T]):
    """A success with everything the server sent: ``parsed`` is the documented model."""

    parsed: T
    http_response: httpx.Response

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content


@attrs.define
class _Shared:
    """What a client and all its derived clients share: one ``httpx.AsyncClient`` and the Elements
    token cache.

    ``gate`` admits at most ``max_connections`` requests into httpx's pool at once. httpcore
    rescans every queued request whenever a connection changes state, so with hundreds of requests
    queued inside it the event loop stalls for seconds; queued on an anyio semaphore instead, each
    waiter costs nothing until a connection is free.
    """

    http: httpx.AsyncClient
    owned: bool
    tokens: ElementsTokens
    gate: anyio.Semaphore | None = None
    closed: bool = False

    async def send(self, request: httpx.Request) -> httpx.Response:
        if self.gate is None:
            return await self.http.send(request)
        pool_timeout = request.extensions.get("timeout", {}).get("pool")
        with anyio.move_on_after(pool_timeout) as waited:
            await self.gate.acquire()
        if waited.cancelled_caught:
            raise httpx.PoolTimeout("no connection became free within the pool timeout", request=request)
        try:
            return await self.http.send(request)
        finally:
            self.gate.release()


@attrs.frozen(repr=False)
class _Config:
    api_key: str
    practice_group_id: str
    base_url: str
    timeout: TimeoutTypes
    max_retries: int
    retry_policy: RetryPolicy


class HeroHealth:
    """The Hero Health Public API client.

    ``api_key``, ``practice_group_id`` and ``base_url`` fall back to ``HEROHEALTH_API_KEY``,
    ``HEROHEALTH_PRACTICE_GROUP_ID`` and ``HEROHEALTH_BASE_URL``; ``base_url`` otherwise comes from
    ``environment``. A missing key or practice group raises :class:`HeroHealthError` at once.

    Use it as ``async with HeroHealth(...) as hero:`` or call :meth:`aclose`. Operations are grouped
    by tag (``hero.booking.get_appointment(id)``); :meth:`call` sends any prepared ``operation(...)``.
    Every call returns the documented model or raises a :class:`HeroHealthError`.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        practice_group_id: str | None = None,
        environment: Environment = "production",
        base_url: str | None = None,
        timeout: TimeoutTypes | _NotGiven = NOT_GIVEN,
        max_retries: int = 2,
        limits: httpx.Limits = DEFAULT_LIMITS,
        http_client: httpx.AsyncClient | None = None,
        retry_policy: RetryPolicy | None = None,
        token_cache: TokenCache | None = None,
        elements_min_remaining: timedelta = DEFAULT_MIN_REMAINING,
    ) -> None:
        configure_from_env()
        if isinstance(timeout, _NotGiven):
            timeout = http_client.timeout if http_client is not None else DEFAULT_TIMEOUT
        config = _Config(
            api_key=_required(api_key, "api_key", "HEROHEALTH_API_KEY"),
            practice_group_id=_required(practice_group_id, "practice_group_id", "HEROHEALTH_PRACTICE_GROUP_ID"),
            base_url=_base_url(base_url, environment),
            timeout=timeout,
            max_retries=_max_retries(max_retries),
            retry_policy=retry_policy or RetryPolicy(),
        )
        tokens = ElementsTokens(token_cache, elements_min_remaining)
        if http_client is None:
            gate = None if limits.max_connections is None else anyio.Semaphore(limits.max_connections)
            shared = _Shared(httpx.AsyncClient(timeout=timeout, limits=limits), owned=True, tokens=tokens, gate=gate)
        else:
            shared = _Shared(http_client, owned=False, tokens=tokens)
        self._setup(config, shared, root=True)

    def _setup(self, config: _Config, shared: _Shared, *, root: bool) -> None:
        self._config = config
        self._shared = shared
        self._root = root
        self._headers = {
            "x-api-key": config.api_key,
            "x-practice-group-id": config.practice_group_id,
            "accept": "application/json",
            "user-agent": f"herohealth-async/{__version__}",
        }
        self.practice_group = PracticeGroupResource(self)
        self.links = LinksResource(self)
        self.booking = BookingResource(self)
        self.booking_hca = BookingHcaResource(self)
        self.messages = MessagesResource(self)
        self.episode = EpisodeResource(self)
        self.task = TaskResource(self)
        self.form = FormResource(self)
        self.form_response = FormResponseResource(self)
        self.invoicing = InvoicingResource(self)
        self.prescription = PrescriptionResource(self)
        self.patients = PatientsResource(self)
        self.webhooks = WebhooksResource(self)
        self.partners = PartnersResource(self)

    def _derive(self, **changes: Any) -> HeroHealth:
        derived = HeroHealth.__new__(HeroHealth)
        derived._setup(attrs.evolve(self._config, **changes), self._shared, root=False)
        return derived

    # ------------------------------------------------------------------ derived clients

    @property
    def practice_group_id(self) -> str:
        return self._config.practice_group_id

    @property
    def base_url(self) -> str:
        return self._config.base_url

    def for_practice_group(self, practice_group_id: str) -> HeroHealth:
        """A client acting for another practice in the same Hero network (for example PCN hub
        booking). It shares this client's connection pool; closing it closes nothing."""
        return self._derive(practice_group_id=_required(practice_group_id, "practice_group_id", None))

    def with_options(
        self,
        *,
        timeout: TimeoutTypes | _NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> HeroHealth:
        """A client with other defaults, sharing this client's connection pool."""
        changes: dict[str, Any] = {}
        if not isinstance(timeout, _NotGiven):
            changes["timeout"] = timeout
        if max_retries is not None:
            changes["max_retries"] = _max_retries(max_retries)
        if retry_policy is not None:
            changes["retry_policy"] = retry_policy
        return self._derive(**changes)

    # ------------------------------------------------------------------ workflows

    def paginate(
        self,
        method: PageMethod[T],
        /,
        *,
        page_size: int = 100,
        max_items: int | None = None,
        prefetch: bool = False,
        **filters: Any,
    ) -> AsyncPaginator[T]:
        """Every item of a paged list operation: ``async for slot in hero.paginate(hero.booking.list_slots,
        location_id=...)``. See :class:`AsyncPaginator` for ``.pages()`` and ``prefetch``."""
        return AsyncPaginator(method, filters, page_size=page_size, max_items=max_items, prefetch=prefetch)

    async def list_items(self, method: PageMethod[T], /, **filters: Any) -> list[T]:
        """The items of an unpaged ``{data, count}`` list operation, as a list."""
        page = await method(**filters)
        return list(page.data)

    # These workflows live in their own modules; assigned here, their functions are methods of the client.
    book_slot = booking.book_slot
    book_first_available = booking.book_first_available
    register_patient_pds = patients.register_patient_pds

    async def elements_token(self) -> str:
        """A Hero Elements JWT for this client's practice group, with at least ``elements_min_remaining``
        of its 30 minutes left. Cached; concurrent callers share one upstream request."""
        key = f"{self._config.base_url}|{self._config.practice_group_id}"
        return await self._shared.tokens.get(key, self._issue_elements_token)

    async def _issue_elements_token(self) -> str:
        # Retried even though it is a POST: a token issued twice is harmless.
        issued = await self.call(create_access_token.operation(), retry_non_idempotent=True)
        return issued.access_token

    # ------------------------------------------------------------------ lifecycle

    async def aclose(self) -> None:
        """Close the connection pool (if this client created it). Derived clients close nothing."""
        if self._root and not self._shared.closed:
            self._shared.closed = True
            if self._shared.owned:
                await self._shared.http.aclose()

    async def __aenter__(self) -> HeroHealth:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"HeroHealth(base_url={self._config.base_url!r}, api_key='***', practice_group_id='***')"

    # ------------------------------------------------------------------ sending

    async def call(
        self,
        operation: Operation[T],
        /,
        *,
        timeout: TimeoutTypes | _NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        retry_non_idempotent: bool = False,
    ) -> T:
        """Send ``operation`` and return its documented success model.

        ``timeout`` and ``max_retries`` override the client's for this call. POST and PATCH are
        retried only when the request never reached the server, unless ``retry_non_idempotent``.
        """
        raw = await self.call_raw(
            operation, timeout=timeout, max_retries=max_retries, retry_non_idempotent=retry_non_idempotent
        )
        return raw.parsed

    async def call_raw(
        self,
        operation: Operation[T],
        /,
        *,
        timeout: TimeoutTypes | _NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        retry_non_idempotent: bool = False,
    ) -> APIResponse[T]:
        """Like :meth:`call`, but return the raw response (status, headers, body) with the model."""
        response = await self._send(operation, timeout, max_retries, retry_non_idempotent)
        return APIResponse(parsed=self._parse(operation, response), http_response=response)

    async def _send(
        self,
        operation: Operation[Any],
        timeout: TimeoutTypes | _NotGiven,
        max_retries: int | None,
        retry_non_idempotent: bool,
    ) -> httpx.Response:
        if self._shared.closed:
            raise HeroHealthError("this HeroHealth client is closed")
        validate_operation(operation)
        request = self._build_request(operation, timeout)
        allowed = self._config.max_retries if max_retries is None else _max_retries(max_retries)
        retries = 0
        while True:
            started = time.perf_counter()
            try:
                response = await self._shared.send(request)
            except httpx.TransportError as exc:
                if retries < allowed and may_retry_exception(exc, operation.method, retry_non_idempotent):
                    retries += 1
                    await self._wait(operation, type(exc).__name__, self._config.retry_policy.backoff(retries), retries)
                    continue
                raise _transport_error(exc, operation, retries) from exc
            _log_response(operation, response, started, retries)
            if response.is_success:
                return response
            if retries < allowed and may_retry_status(response.status_code, operation.method, retry_non_idempotent):
                delay = self._config.retry_policy.delay_for_response(response, retries + 1)
                if delay is not None:
                    retries += 1
                    await self._wait(operation, str(response.status_code), delay, retries)
                    continue
            raise status_error(response, method=operation.method, path=operation.path)

    def _build_request(self, operation: Operation[Any], timeout: TimeoutTypes | _NotGiven) -> httpx.Request:
        kwargs = dict(operation.request)
        method = kwargs.pop("method")
        url = self._config.base_url + kwargs.pop("url")
        headers = {**self._headers, **kwargs.pop("headers", {})}
        chosen = self._config.timeout if isinstance(timeout, _NotGiven) else timeout
        return self._shared.http.build_request(method, url, headers=headers, timeout=chosen, **kwargs)

    async def _wait(self, operation: Operation[Any], cause: str, delay: float, retry: int) -> None:
        logger.warning(
            "%s %s failed (%s); retry %d in %.2f s",
            operation.method,
            operation.path,
            cause,
            retry,
            delay,
            extra={"herohealth_operation": operation.operation_id, "herohealth_retry": retry},
        )
        await anyio.sleep(delay)

    def _parse(self, operation: Operation[T], response: httpx.Response) -> T:
        content_type = response.headers.get("content-type", "")
        if not _is_json(content_type):
            raise ResponseValidationError(
                f"{operation.method} {operation.path}: expected a JSON body, got {content_type or 'no content type'!r}",
                method=operation.method,
                path=operation.path,
                response=response,
            )
        try:
            return operation.parse(response)
        except (ValueError, KeyError, TypeError, AttributeError, generated_errors.UnexpectedStatus) as exc:
            raise ResponseValidationError(
                f"{operation.method} {operation.path}: the {response.status_code} body does not match the "
                f"document ({_describe(exc)})",
                method=operation.method,
                path=operation.path,
                response=response,
            ) from exc


def _required(value: str | None, name: str, env_var: str | None) -> str:
    if value is None and env_var is not None:
        value = os.environ.get(env_var)
    if value is None or not value.strip():
        hint = f" or set {env_var}" if env_var else ""
        raise HeroHealthError(f"{name} is required: pass {name}=...{hint}")
    return value.strip()


def _base_url(base_url: str | None, environment: Environment) -> str:
    chosen = base_url or os.environ.get("HEROHEALTH_BASE_URL")
    if not chosen:
        if environment not in ENVIRONMENTS:
            raise HeroHealthError(f"environment must be one of {sorted(ENVIRONMENTS)}, not {environment!r}")
        chosen = ENVIRONMENTS[environment]
    if not chosen.startswith(("http://", "https://")):
        raise HeroHealthError(f"base_url must start with http:// or https://, not {chosen!r}")
    return chosen.rstrip("/")


def _max_retries(value: int) -> int:
    if value < 0:
        raise HeroHealthError(f"max_retries must be 0 or more, not {value}")
    return value


def _is_json(content_type: str) -> bool:
    media_type = content_type.split(";", 1)[0].strip().lower()
    return media_type == "application/json" or media_type.endswith("+json")


def _describe(exc: BaseException) -> str:
    # Name the missing key, but never quote body values: they may be patient data.
    if isinstance(exc, KeyError):
        return f"missing field {exc.args[0]!r}"
    return type(exc).__name__


def _transport_error(exc: httpx.TransportError, operation: Operation[Any], retries: int) -> APIConnectionError:
    kind = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    what = "timed out" if kind is APITimeoutError else "failed"
    message = f"{operation.method} {operation.path} {what} ({type(exc).__name__}) after {retries} retries"
    return kind(message, method=operation.method, path=operation.path)


def _log_response(operation: Operation[Any], response: httpx.Response, started: float, retries: int) -> None:
    if logger.isEnabledFor(20):  # logging.INFO
        logger.info(
            "%s %s -> %d in %.1f ms (retries: %d)",
            operation.method,
            operation.path,
            response.status_code,
            (time.perf_counter() - started) * 1000,
            retries,
            extra={"herohealth_operation": operation.operation_id, "herohealth_retry": retries},
        )
