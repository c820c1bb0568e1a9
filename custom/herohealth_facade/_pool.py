"""``Pool``: the connections a client and its derived clients share, one set per event loop, and the
rules of their use."""

from __future__ import annotations

import asyncio
import contextvars
import os
import time
import weakref
from collections.abc import AsyncGenerator, Callable, Coroutine
from datetime import timedelta
from typing import Any

import anyio
import anyio.lowlevel
import attrs
import httpx
import sniffio

from herohealth_facade._connections import AsyncioCalls, Connections, gate
from herohealth_facade._exceptions import HeroHealthError
from herohealth_facade._requests import WAITED, pool_timeout
from herohealth_facade._retries import NEVER_SENT
from herohealth_facade._tls import VerifyTypes, ssl_context
from herohealth_facade._transports import (
    BACKEND_VARIABLE,
    HTTP_BACKENDS,
    HttpBackend,
    check_event_loop,
    make_transport,
    read_streamed,
    warn_if_proxy_ignored,
)
from herohealth_facade.lib.arguments import one_of
from herohealth_facade.lib.rate_limit import LocalRateLimiter, RateLimiter

CLOSED_IN_FLIGHT = "the HeroHealth client was closed while this request was in flight"


@attrs.define(eq=False)
class Pool:
    """What a client and all its derived clients share: connections, kept per event loop, and the
    rate limiter.

    Connections cannot move between event loops, so each loop that sends gets its own set: built by
    ``factory`` for a client that owns its connections (the first set is ``first``, built with the
    client so a configuration error shows at once). When a loop ends (``asyncio.run``, ``anyio.run``
    and ``trio.run`` finish their async generators as they end) its connections are closed in it.
    A client on a user's own ``transport=`` or ``http_client=`` cannot copy them: it stays in the
    first loop that sends, and refuses another one before any byte is written.

    After ``os.fork()`` the child never sends on the parent's connections (they share sockets with
    the parent): it opens its own.
    """

    first: Connections
    factory: Callable[[], httpx.AsyncBaseTransport] | None = None
    max_connections: int | None = None
    rate_limiter: RateLimiter = attrs.Factory(LocalRateLimiter)
    closed: bool = False
    by_loop: dict[object, Connections] = attrs.Factory(dict)
    """Each event loop's connections, by ``loop_key()``."""
    _first_taken: bool = False

    def __attrs_post_init__(self) -> None:
        _POOLS.add(self)

    def check_usable(self) -> None:
        """Raise :class:`HeroHealthError` if the pool is closed."""
        if self.closed:
            raise HeroHealthError("this HeroHealth client is closed; create a new one")

    async def _open(self, key: object) -> Connections:
        """The connections of this event loop (``key``), on its first request."""
        self._drop_closed_loops()
        if not self._first_taken:
            self._first_taken = True
            opened = self.first
        elif self.factory is not None:
            opened = Connections(transport=self.factory(), gate=gate(self.max_connections))
        else:
            raise HeroHealthError(
                "this HeroHealth client sends through your own transport=/http_client=, which belongs to the event "
                "loop that first used it: create one client per event loop, or let the client own its connections "
                "(it then keeps a set per event loop)"
            )
        opened.tasks = AsyncioCalls() if sniffio.current_async_library() == "asyncio" else None
        opened.finaliser = _close_at_loop_end(self, key)
        # Started here, in the loop: the loop registers it, and finishes it (running the finally that
        # closes these connections) as it ends.
        await opened.finaliser.asend(None)
        self.by_loop[key] = opened
        return opened

    def _drop_closed_loops(self) -> None:
        """Forget the connections of asyncio loops closed without finishing their async generators (a
        hand-run ``loop.close()``): nothing can close them any more, and they must not pile up."""
        for key in list(self.by_loop):
            is_closed = getattr(key, "is_closed", None)
            if is_closed is not None and is_closed():
                del self.by_loop[key]

    def after_fork(self) -> None:
        """In a forked child: leave the parent's connections alone (kept, so that the garbage collector
        does not close sockets the parent still uses) and open new ones on first use."""
        _LEFT_BY_PARENT.append(list(self.by_loop.values()))
        self.by_loop = {}

    def send(self, request: httpx.Request, scope: str) -> Coroutine[Any, Any, httpx.Response]:
        """Send ``request`` once a connection slot and the rate limiter (for ``scope``) admit it; a close
        while it waits or is in flight ends it with :class:`HeroHealthError`.

        Both waits together last at most the request's pool timeout: the gate then raises
        ``httpx.PoolTimeout``, the rate limiter ``WaitTooLong`` (nothing sent in either case).
        """
        # Not a coroutine itself: every coroutine a call passes through is crossed again at each of its
        # resumes, and held (with its frame) while the call is on the wire.
        connections = self.by_loop.get(loop_key())
        if connections is None:
            return self._open_and_send(request, scope)
        if connections.tasks is None:
            return self._send_in_scope(connections, request, scope)
        return self._send_admitted(connections, request, scope, connections.tasks)

    async def _open_and_send(self, request: httpx.Request, scope: str) -> httpx.Response:
        await self._open(loop_key())
        return await self.send(request, scope)

    async def _send_in_scope(self, connections: Connections, request: httpx.Request, scope: str) -> httpx.Response:
        """:meth:`send` in a cancel scope that closing the client cancels (any event loop but asyncio)."""
        with anyio.CancelScope() as cancel_scope:
            connections.in_flight.add(cancel_scope)
            try:
                return await self._send_admitted(connections, request, scope, None)
            finally:
                connections.in_flight.discard(cancel_scope)
        raise HeroHealthError(CLOSED_IN_FLIGHT)

    async def _send_admitted(
        self, connections: Connections, request: httpx.Request, scope: str, calls: AsyncioCalls | None
    ) -> httpx.Response:
        """Send ``request`` once admitted (a connection slot, then the rate limiter) and read its whole body,
        as ``AsyncClient.send`` would: the connection goes back to the pool once read. On asyncio the call
        is noted in ``calls``, for closing to end it.

        One coroutine from admission to the body read: see :meth:`send`.
        """
        task = None if calls is None else calls.enter()
        try:
            started = time.monotonic()
            gate = await self._admit(connections, request, scope)
            waited = time.monotonic() - started
            attempts = SENT_ATTEMPTS.get()
            try:
                if connections.transport is None:
                    assert connections.http is not None
                    response = await connections.http.send(request)
                else:
                    sent_at = time.perf_counter()
                    response = await connections.transport.handle_async_request(request)
                    response.request = request
                    if not response.is_stream_consumed:  # the aiohttp transport hands back a body it has read
                        await read_streamed(response, request)
                    response.elapsed = timedelta(seconds=time.perf_counter() - sent_at)
            except BaseException as exc:
                if isinstance(exc, httpx.RequestError):
                    exc.request = request
                if attempts is not None and not isinstance(exc, NEVER_SENT):
                    attempts.append(True)  # it broke (or was cancelled) after it may have left
                raise
            finally:
                if gate is not None:
                    gate.release()
            if attempts is not None:
                attempts.append(True)
            response.extensions[WAITED] = waited
            return response
        except anyio.get_cancelled_exc_class():
            if calls is None or task is None or not calls.closed_it(task):
                raise
        except Exception:
            # Closing may break the connection under the request before the cancellation lands.
            if not self.closed:
                raise
        finally:
            if calls is not None and task is not None:
                calls.leave(task)
        raise HeroHealthError(CLOSED_IN_FLIGHT)

    async def _admit(self, connections: Connections, request: httpx.Request, scope: str) -> anyio.Semaphore | None:
        """Wait for a connection slot, then for the rate limiter; return the slot taken (None without a gate)."""
        max_wait = pool_timeout(request)
        gate = connections.gate
        if gate is None:
            await self.rate_limiter.acquire(scope, max_wait)
            return None
        started = time.monotonic()
        if gate.value > 0:
            gate.acquire_nowait()  # the common case, without the cost of a wait or a cancel scope
        else:
            with anyio.move_on_after(max_wait) as waiting:
                await gate.acquire()
            if waiting.cancelled_caught:
                raise httpx.PoolTimeout("no connection became free within the pool timeout", request=request)
        try:
            # Counted once the request has a connection slot, right before it leaves: a budget counted
            # earlier would let requests that queued for a slot reach the server bunched together.
            left = None if max_wait is None else max(0.0, max_wait - (time.monotonic() - started))
            await self.rate_limiter.acquire(scope, left)
        except BaseException:
            gate.release()
            raise
        return gate

    async def aclose(self) -> None:
        """Refuse new requests; end those in flight and close the connections of this event loop (those
        of another loop still running are closed as that loop ends). A user's ``http_client`` stays open."""
        if self.closed:
            return
        self.closed = True
        here = self.by_loop.pop(loop_key(), None)
        if here is not None:
            await here.aclose()
        elif not self._first_taken:
            await self.first.aclose()


def _owned(factory: Callable[[], httpx.AsyncBaseTransport], max_connections: int | None) -> Pool:
    """The pool of a client that owns its connections (one transport per event loop from ``factory``)."""
    first = Connections(transport=factory(), gate=gate(max_connections))
    return Pool(first, factory, max_connections)


def open_pool(
    base_url: str,
    http_client: httpx.AsyncClient | None,
    transport: httpx.AsyncBaseTransport | None,
    http_backend: HttpBackend | None,
    limits: httpx.Limits,
    verify: VerifyTypes | None,
    x509_strict: bool | None,
    proxy: str | httpx.Proxy | None,
) -> Pool:
    """The connections of a new client: its own (one set per event loop), or the caller's ``transport``
    or ``http_client`` (bound to the first event loop that sends)."""
    if http_client is not None:
        return Pool(Connections(http=http_client))
    if transport is not None:
        warn_if_proxy_ignored(base_url)
        return Pool(Connections(transport=transport, gate=gate(limits.max_connections)))
    chosen = http_backend if http_backend is not None else os.environ.get(BACKEND_VARIABLE, "httpx")
    backend = one_of("http_backend", chosen, HTTP_BACKENDS)
    check_event_loop(backend)
    tls = ssl_context(verify, x509_strict, base_url)
    return _owned(lambda: make_transport(backend, limits, base_url, tls, proxy), limits.max_connections)


SENT_ATTEMPTS: contextvars.ContextVar[list[bool] | None] = contextvars.ContextVar("sent_attempts", default=None)
"""Set by a call with an idempotency key: one item is appended per attempt that may have reached the server."""


def loop_key() -> object:
    """This event loop, as the pool keys its connections: an asyncio loop itself (looked up in a fifth of the
    time of anyio's token, on every call), anyio's token for any other."""
    if sniffio.current_async_library() == "asyncio":
        return asyncio.get_running_loop()
    return anyio.lowlevel.current_token()


async def _close_at_loop_end(pool: Pool, key: object) -> AsyncGenerator[None, None]:
    try:
        yield
    finally:
        ended = pool.by_loop.pop(key, None)
        if ended is not None:
            await ended.aclose()


_POOLS: weakref.WeakSet[Pool] = weakref.WeakSet()
_LEFT_BY_PARENT: list[list[Connections]] = []


def _after_fork_in_child() -> None:
    for pool in list(_POOLS):
        pool.after_fork()


os.register_at_fork(after_in_child=_after_fork_in_child)
