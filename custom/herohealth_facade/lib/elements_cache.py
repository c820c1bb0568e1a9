"""Hero Elements access tokens: cached, refreshed ahead of expiry, fetched once however many ask.

``POST /v1/access_token`` issues a JWT that expires 30 minutes after issue. A token is handed out
only while at least ``min_remaining`` of its life is left (the vendor warns against handing out
tokens close to expiry). The expiry is read from the JWT's ``exp`` claim (no signature check: the
browser component, not this server, is the token's audience); without one, issue time + 30 min.
"""

from __future__ import annotations

import base64
import binascii
import json
import time
from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager
from datetime import timedelta
from typing import Protocol, runtime_checkable

import anyio
import attrs

from herohealth_facade._exceptions import RequestValidationError

TOKEN_LIFETIME = timedelta(minutes=30)
DEFAULT_MIN_REMAINING = timedelta(minutes=10)


@attrs.frozen
class CachedToken:
    """A token and the Unix time it expires at. The token itself never shows in ``repr``."""

    token: str = attrs.field(repr=False)
    expires_at: float


@runtime_checkable
class TokenCache(Protocol):
    """Where tokens are kept, by key. Implement it over Redis or similar to share tokens between
    processes; the default keeps them in this process's memory."""

    async def get(self, key: str) -> CachedToken | None: ...

    async def set(self, key: str, token: CachedToken) -> None: ...


@runtime_checkable
class SharedTokenCache(TokenCache, Protocol):
    """A :class:`TokenCache` shared by several processes, with a lock so that one of them refreshes.

    ``single_flight(key)`` returns once the caller holds the refresh of ``key`` (or the cache could not
    say, in which case the caller refreshes anyway); the cache is read again before refreshing.
    """

    def single_flight(self, key: str) -> AbstractAsyncContextManager[None]: ...


class InMemoryTokenCache:
    """The default :class:`TokenCache`: a dict."""

    def __init__(self) -> None:
        self._tokens: dict[str, CachedToken] = {}

    async def get(self, key: str) -> CachedToken | None:
        return self._tokens.get(key)

    async def set(self, key: str, token: CachedToken) -> None:
        self._tokens[key] = token


class _Flight:
    """One refresh in progress; everyone who asks meanwhile waits for its outcome."""

    def __init__(self) -> None:
        self.done = anyio.Event()
        self.token: str | None = None
        self.error: BaseException | None = None


class ElementsTokens:
    """Single-flight, cached issuing of Elements tokens (one instance per connection pool).

    Each process keeps the token it last saw in memory, in front of ``cache``: a hit costs no call to
    a shared cache. A miss is one *flight* per key, covering both the read of ``cache`` and any
    refresh: every caller that arrives meanwhile waits for that flight's token or error, so a
    failed refresh is one upstream request however many were waiting, and a cache read cannot start a
    second refresh after the first one failed.
    """

    def __init__(self, cache: TokenCache | None = None, min_remaining: timedelta = DEFAULT_MIN_REMAINING) -> None:
        if not isinstance(min_remaining, timedelta) or not timedelta(0) <= min_remaining < TOKEN_LIFETIME:
            raise RequestValidationError(
                "elements_min_remaining", "must be a timedelta of at least 0 and less than the token's 30 minutes"
            )
        self._cache = cache if cache is not None else InMemoryTokenCache()
        self._min_remaining = min_remaining.total_seconds()
        self._local: dict[str, CachedToken] = {}
        self._flights: dict[str, _Flight] = {}

    async def get(self, key: str, fetch: Callable[[], Awaitable[str]]) -> str:
        """A token for ``key`` with at least ``min_remaining`` left; ``fetch`` issues a new one."""
        local = self._local.get(key)
        if local is not None and self._is_fresh(local):
            return local.token
        while True:
            flight = self._flights.get(key)
            if flight is None:
                return await self._fly(key, fetch)
            await flight.done.wait()
            if flight.error is not None:
                raise flight.error
            if flight.token is not None:
                return flight.token
            # The task that led the flight was cancelled before it finished: take over.

    async def _fly(self, key: str, fetch: Callable[[], Awaitable[str]]) -> str:
        flight = self._flights[key] = _Flight()
        try:
            token = await self._read(key)
            if token is None and isinstance(self._cache, SharedTokenCache):
                async with self._cache.single_flight(key):
                    # Another process may have refreshed while this one waited for the lock.
                    token = await self._read(key) or await self._fetch_and_store(key, fetch)
            elif token is None:
                token = await self._fetch_and_store(key, fetch)
            flight.token = token
            return token
        except anyio.get_cancelled_exc_class():
            raise
        except BaseException as exc:  # every waiter sees this failure; nothing is cached
            flight.error = exc
            raise
        finally:
            del self._flights[key]
            flight.done.set()

    def _is_fresh(self, cached: CachedToken) -> bool:
        return cached.expires_at - time.time() >= self._min_remaining

    async def _read(self, key: str) -> str | None:
        cached = await self._cache.get(key)
        if cached is not None and self._is_fresh(cached):
            self._local[key] = cached
            return cached.token
        return None

    async def _fetch_and_store(self, key: str, fetch: Callable[[], Awaitable[str]]) -> str:
        issued_at = time.time()
        token = await fetch()
        cached = CachedToken(token, expires_at(token, issued_at))
        self._local[key] = cached
        await self._cache.set(key, cached)
        return token


def expires_at(token: str, issued_at: float) -> float:
    """The ``exp`` claim of a JWT (Unix seconds), or ``issued_at`` + 30 minutes if unreadable.

    An ``exp`` later than the documented 30 minutes is not trusted beyond them."""
    latest = issued_at + TOKEN_LIFETIME.total_seconds()
    try:
        payload = token.split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        exp = claims["exp"]
        if isinstance(exp, int | float) and not isinstance(exp, bool):
            return min(float(exp), latest)
    except (IndexError, ValueError, KeyError, TypeError, binascii.Error):
        pass
    return latest
