"""``Pool``: the connection pool a client and its derived clients share, and the rules of its use."""

from __future__ import annotations

import math
import time

import anyio
import anyio.lowlevel
import attrs
import httpx

from herohealth_facade._exceptions import HeroHealthError
from herohealth_facade._requests import pool_timeout
from herohealth_facade._transports import send_direct
from herohealth_facade.lib.rate_limit import LocalRateLimiter, RateLimiter


@attrs.define(eq=False)
class Pool:
    """What a client and all its derived clients share: its connections and their state.

    The connections are either ``transport``'s (a client that owns them sends straight through it)
    or a user's own ``http_client`` (sent through ``AsyncClient.send``, keeping its own behaviour).

    ``gate`` admits at most ``max_connections`` requests into httpx's pool at once. httpcore
    rescans every queued request whenever a connection changes state, so with hundreds of requests
    queued inside it the event loop stalls for seconds; queued on an anyio semaphore instead, each
    waiter costs nothing until a connection is free.

    A pool belongs to the event loop that first sends on it: its connections cannot be used from
    another one, so a request from another loop is refused before any byte is written.
    """

    transport: httpx.AsyncBaseTransport | None = None
    http: httpx.AsyncClient | None = None
    gate: anyio.Semaphore | None = None
    rate_limiter: RateLimiter = attrs.Factory(LocalRateLimiter)
    closed: bool = False
    loop: anyio.lowlevel.EventLoopToken | None = None
    in_flight: set[anyio.CancelScope] = attrs.Factory(set)

    def check_usable(self) -> None:
        """Raise :class:`HeroHealthError` if the pool is closed or belongs to another event loop."""
        if self.closed:
            raise HeroHealthError("this HeroHealth client is closed; create a new one")
        token = anyio.lowlevel.current_token()
        if self.loop is None:
            self.loop = token
        elif self.loop != token:
            raise HeroHealthError(
                "this HeroHealth client was first used in another event loop, and its connections belong to "
                "that loop: create one client per event loop (for example in your app's lifespan)"
            )

    async def send(self, request: httpx.Request, scope: str) -> httpx.Response:
        """Send ``request`` once a connection slot and the rate limiter (for ``scope``) admit it; a close
        while it waits or is in flight cancels it.

        Both waits together last at most the request's pool timeout: the gate then raises
        ``httpx.PoolTimeout``, the rate limiter ``WaitTooLong`` (nothing sent in either case).
        """
        with anyio.CancelScope() as cancel_scope:
            self.in_flight.add(cancel_scope)
            try:
                return await self._send_admitted(request, scope, cancel_scope)
            except Exception:
                # Closing may break the connection under the request before the cancellation lands.
                if not self.closed:
                    raise
            finally:
                self.in_flight.discard(cancel_scope)
        if self.closed:
            raise HeroHealthError("the HeroHealth client was closed while this request was in flight")
        # Only the wait for a connection slot sets a deadline on the scope.
        raise httpx.PoolTimeout("no connection became free within the pool timeout", request=request)

    async def _send_admitted(
        self, request: httpx.Request, scope: str, cancel_scope: anyio.CancelScope
    ) -> httpx.Response:
        max_wait = pool_timeout(request)
        if self.gate is None:
            await self.rate_limiter.acquire(scope, max_wait)
            return await self._deliver(request)
        started = time.monotonic()
        if self.gate.value > 0:
            self.gate.acquire_nowait()  # the common case, without the cost of a wait or an exception
        else:
            # The request's own cancel scope bounds the wait for a slot (a deadline for this wait alone):
            # one cancel scope per request, not a second one per wait.
            if max_wait is not None:
                cancel_scope.deadline = anyio.current_time() + max_wait
            await self.gate.acquire()
            cancel_scope.deadline = math.inf
        try:
            # Counted once the request has a connection slot, right before it leaves: a budget counted
            # earlier would let requests that queued for a slot reach the server bunched together.
            left = None if max_wait is None else max(0.0, max_wait - (time.monotonic() - started))
            await self.rate_limiter.acquire(scope, left)
            return await self._deliver(request)
        finally:
            self.gate.release()

    async def _deliver(self, request: httpx.Request) -> httpx.Response:
        if self.transport is not None:
            return await send_direct(self.transport, request)
        assert self.http is not None
        return await self.http.send(request)

    async def aclose(self) -> None:
        """Refuse new requests, end those in flight, and close the connections (if owned: a user's
        ``http_client`` stays open)."""
        if self.closed:
            return
        self.closed = True
        for scope in list(self.in_flight):
            scope.cancel()
        if self.transport is not None:
            await self.transport.aclose()
