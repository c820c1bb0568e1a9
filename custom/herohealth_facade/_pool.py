"""``Pool``: the connection pool a client and its derived clients share, and the rules of its use."""

from __future__ import annotations

import anyio
import anyio.lowlevel
import attrs
import httpx

from herohealth_facade._exceptions import HeroHealthError
from herohealth_facade.lib.rate_limit import LocalRateLimiter, RateLimiter


@attrs.define(eq=False)
class Pool:
    """What a client and all its derived clients share: one ``httpx.AsyncClient`` and its state.

    ``gate`` admits at most ``max_connections`` requests into httpx's pool at once. httpcore
    rescans every queued request whenever a connection changes state, so with hundreds of requests
    queued inside it the event loop stalls for seconds; queued on an anyio semaphore instead, each
    waiter costs nothing until a connection is free.

    A pool belongs to the event loop that first sends on it: its connections cannot be used from
    another one, so a request from another loop is refused before any byte is written.
    """

    http: httpx.AsyncClient
    owned: bool
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

    async def send(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` through the gate; a close while it is in flight cancels it."""
        with anyio.CancelScope() as scope:
            self.in_flight.add(scope)
            try:
                return await self._send_gated(request)
            except Exception:
                # Closing may break the connection under the request before the cancellation lands.
                if not self.closed:
                    raise
            finally:
                self.in_flight.discard(scope)
        raise HeroHealthError("the HeroHealth client was closed while this request was in flight")

    async def _send_gated(self, request: httpx.Request) -> httpx.Response:
        if self.gate is None:
            return await self.http.send(request)
        try:
            self.gate.acquire_nowait()  # the common case, without the cost of a cancel scope
        except anyio.WouldBlock:
            pool_timeout = request.extensions.get("timeout", {}).get("pool")
            with anyio.move_on_after(pool_timeout) as waited:
                await self.gate.acquire()
            if waited.cancelled_caught:
                raise httpx.PoolTimeout("no connection became free within the pool timeout", request=request) from None
        try:
            return await self.http.send(request)
        finally:
            self.gate.release()

    async def aclose(self) -> None:
        """Refuse new requests, end those in flight, and close the connections (if owned)."""
        if self.closed:
            return
        self.closed = True
        for scope in list(self.in_flight):
            scope.cancel()
        if self.owned:
            await self.http.aclose()
