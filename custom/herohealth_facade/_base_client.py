"""The request path, top to bottom: validate -> build -> queue -> send -> retry -> log -> map status
-> parse. Everything the client sends goes through :meth:`BaseClient.send_operation`."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import anyio
import httpx

from herohealth_async.types import APIResponse, Operation, Page, RequestOptions, Unset
from herohealth_facade import _tracing
from herohealth_facade._building import RequestBuilder
from herohealth_facade._config import Config, check_max_retries
from herohealth_facade._credentials import ApiKey
from herohealth_facade._exceptions import (
    APIError,
    APIStatusError,
    HeroHealthError,
    local_rate_limit_error,
    status_error,
)
from herohealth_facade._failures import fits, log_response, same_origin, transport_error
from herohealth_facade._idempotent import IdempotentCall, read_back_for, store_key
from herohealth_facade._logs import current_operation, logger
from herohealth_facade._middleware import Attempt, chain
from herohealth_facade._parsing import ResponseParser
from herohealth_facade._pool import Pool
from herohealth_facade._requests import timings
from herohealth_facade._retries import may_retry_exception, may_retry_status, retry_after_seconds
from herohealth_facade._types import NOT_GIVEN, NotGiven, TimeoutTypes
from herohealth_facade._validation import validate_operation
from herohealth_facade.lib.drift import DriftLog
from herohealth_facade.lib.idempotency import IdempotencyStore
from herohealth_facade.lib.rate_limit import WaitTooLong

if TYPE_CHECKING:
    from herohealth_facade.pagination import AsyncPager

T = TypeVar("T")
PageT = TypeVar("PageT", bound=Page[Any])
ItemT = TypeVar("ItemT")


class BaseClient(RequestBuilder, ResponseParser):
    """Sends operations: the behaviour behind every resource method and workflow."""

    _config: Config
    _pool: Pool
    _drift: DriftLog
    _key: ApiKey
    _idempotency: IdempotencyStore

    async def call(
        self,
        operation: Operation[T],
        /,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        retry_non_idempotent: bool = False,
        idempotency_key: str | None = None,
    ) -> T:
        """Send a prepared ``operation`` (``module.operation(...)``) and return its documented model.

        The options are those of every resource method (see ``RequestOptions``). POST and PATCH are
        retried only when the request never reached the server, unless ``retry_non_idempotent``.
        ``idempotency_key`` makes a write happen at most once for that key (see the retried-jobs guide).
        """
        options = RequestOptions(
            timeout, max_retries, extra_headers, extra_query, extra_body, retry_non_idempotent, idempotency_key
        )
        return (await self.send_operation(operation, options)).parsed

    async def call_raw(
        self,
        operation: Operation[T],
        /,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        retry_non_idempotent: bool = False,
        idempotency_key: str | None = None,
    ) -> APIResponse[T]:
        """Like :meth:`call`, but return the whole success (status, headers, request id, model)."""
        options = RequestOptions(
            timeout, max_retries, extra_headers, extra_query, extra_body, retry_non_idempotent, idempotency_key
        )
        return await self.send_operation(operation, options)

    async def send_operation(self, operation: Operation[T], options: RequestOptions, /) -> APIResponse[T]:
        """The one way a request is sent: every resource method, raw twin and workflow ends here."""
        validate_operation(operation)
        self._practice_group()
        if self._key.value is None:
            await self._key.ready()
        request = self._build_request(operation, options)
        if options.idempotency_key is not None:
            return await self._send_once(operation, request, options)
        if _tracing.enabled():
            return await self._send_traced(operation, request, options)
        # The common path, without a closure or another coroutine: a call holds them while on the wire.
        response = await self._send_with_retries(
            operation, request, self._allowed(options), options.retry_non_idempotent
        )
        return await self._answer(operation, response)

    async def _send_once(
        self, operation: Operation[T], request: httpx.Request, options: RequestOptions
    ) -> APIResponse[T]:
        """Send with an idempotency key: at most once for that key (see the retried-jobs guide)."""
        assert options.idempotency_key is not None
        once = IdempotentCall(
            self._idempotency,
            store_key(self._config.scope, self._practice_group(), options.idempotency_key),
            options.idempotency_key,
            operation,
            request,
            read_back_for(self, operation),
        )
        return await once.run(
            lambda: self._send_built(operation, request, options),
            lambda response: self._answer(operation, response),
        )

    async def _send_built(
        self, operation: Operation[T], request: httpx.Request, options: RequestOptions
    ) -> APIResponse[T]:
        if _tracing.enabled():
            return await self._send_traced(operation, request, options)
        response = await self._send_with_retries(
            operation, request, self._allowed(options), options.retry_non_idempotent
        )
        return await self._answer(operation, response)

    def _allowed(self, options: RequestOptions) -> int:
        """The retries ``options`` allow (the client's unless given)."""
        return self._config.max_retries if options.max_retries is None else check_max_retries(options.max_retries)

    async def _send_traced(
        self, operation: Operation[T], request: httpx.Request, options: RequestOptions
    ) -> APIResponse[T]:
        attempts = [0]
        with _tracing.span(operation.method, operation.path, operation.operation_id) as span:
            try:
                response = await self._send_with_retries(
                    operation, request, self._allowed(options), options.retry_non_idempotent, attempts
                )
            except APIStatusError as exc:
                _tracing.record(
                    span,
                    status_code=exc.status_code,
                    retries=attempts[0],
                    request_id=exc.request_id,
                    timing=timings(exc.response),
                )
                raise
            except APIError:
                _tracing.record(span, status_code=None, retries=attempts[0], request_id=None)
                raise
            _tracing.record(
                span,
                status_code=response.status_code,
                retries=attempts[0],
                request_id=response.headers.get("x-request-id"),
                timing=timings(response),
            )
            return await self._answer(operation, response)

    def paginate_operation(
        self,
        make: Callable[[int | Unset, int | Unset], Operation[PageT]],
        item: type[ItemT],
        *,
        page_index: int | Unset,
        page_size: int | Unset,
        max_items: int | None,
        prefetch: bool,
        options: RequestOptions,
    ) -> AsyncPager[PageT, ItemT]:
        """A pager whose pages are ``make(page_index, page_size)``, each sent by :meth:`send_operation`."""
        from herohealth_facade.pagination import AsyncPager  # noqa: PLC0415 (loaded on first use)

        async def fetch(index: int | Unset, size: int | Unset) -> PageT:
            return (await self.send_operation(make(index, size), options)).parsed

        return AsyncPager(fetch, page_index=page_index, page_size=page_size, max_items=max_items, prefetch=prefetch)

    async def _attempt(self, operation: Operation[Any], request: httpx.Request, number: int) -> httpx.Response:
        """One attempt, through the middleware (the caller sends straight to the pool when there is none)."""

        async def send(attempt: Attempt) -> httpx.Response:
            sent = attempt.request
            if not same_origin(sent.url, request.url):
                raise HeroHealthError("a middleware sent the request to another server; the API key stays with its own")
            sent.headers.update(self._auth_headers())  # no middleware changes or drops them
            return await self._pool.send(sent, self._config.scope)

        first = Attempt(request, operation.operation_id, operation.method, operation.path, number)
        return await chain(self._config.middleware, send)(first)

    async def _send_with_retries(
        self,
        operation: Operation[Any],
        request: httpx.Request,
        allowed: int,
        retry_non_idempotent: bool,
        attempts: list[int] | None = None,
    ) -> httpx.Response:
        """On return, ``attempts[0]`` (when given) holds the retries made (a span records them), however the
        call ended."""
        retries = 0
        key_refreshed = False
        token = current_operation.set(f"{operation.method} {operation.path}")
        try:
            while True:
                self._pool.check_usable()
                started = time.perf_counter()
                generation = self._key.generation
                try:
                    if self._config.middleware:
                        response = await self._attempt(operation, request, retries)
                    else:  # one coroutine fewer to pass through at every resume of the call
                        response = await self._pool.send(request, self._config.scope)
                except WaitTooLong as exc:
                    raise local_rate_limit_error(exc, request, method=operation.method, path=operation.path) from None
                except httpx.TransportError as exc:
                    delay = self._config.retry_policy.backoff(retries + 1)
                    if (
                        retries < allowed
                        and may_retry_exception(exc, operation.method, retry_non_idempotent)
                        and fits(delay, request)
                    ):
                        retries += 1
                        await self._wait(operation, type(exc).__name__, delay, retries)
                        continue
                    raise self._advised(transport_error(exc, operation, request, retries), retries) from exc
                log_response(operation, response, started, retries)
                if response.is_success:
                    return response
                if response.status_code == 401 and self._key.rotates and not key_refreshed:
                    # A rotated key: ask the provider once (shared with concurrent callers), send again.
                    key_refreshed = True
                    request.headers["x-api-key"] = await self._key.refresh(generation)
                    continue
                if response.status_code == 429:
                    await self._share_pause(response)
                if retries < allowed and may_retry_status(response.status_code, operation.method, retry_non_idempotent):
                    asked = self._config.retry_policy.delay_for_response(response, retries + 1)
                    if asked is not None and fits(asked, request):
                        retries += 1
                        await self._wait(operation, str(response.status_code), asked, retries)
                        continue
                raise self._advised(status_error(response, method=operation.method, path=operation.path), retries)
        finally:
            if attempts is not None:
                attempts[0] = retries
            current_operation.reset(token)

    def _advised(self, exc: APIError, retries: int) -> APIError:
        """``exc`` with ``retry_after`` from the backoff policy when it is retryable and the server named no wait."""
        if exc.retryable and exc.retry_after is None:
            exc.retry_after = self._config.retry_policy.backoff(retries + 1)
        return exc

    async def _share_pause(self, response: httpx.Response) -> None:
        """Pause everyone sending with this API key (other tasks, other processes with a shared
        limiter) for the 429's ``Retry-After``, at most the policy's ``max_retry_after``."""
        asked = retry_after_seconds(response.headers)
        pause = min(asked if asked is not None else 1.0, self._config.retry_policy.max_retry_after)
        await self._pool.rate_limiter.cool_down(self._config.scope, pause)

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
