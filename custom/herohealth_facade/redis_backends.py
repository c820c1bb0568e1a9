"""State shared by many processes and machines, in Redis (``pip install herohealth-async[redis]``).

- :class:`RedisTokenCache`: Elements tokens, refreshed by one process at a time.
- :class:`RedisRateLimiter`: one request budget and one 429 pause for every process.
- :class:`RedisReplayGuard`: webhook deliveries already accepted, for every receiver.

They use redis-py's synchronous client: the async methods run its calls in worker threads through
anyio, so they work under asyncio and trio alike. Every call has short socket timeouts, so an
unreachable Redis never blocks a request for long: the token cache and the rate limiter then go on
without it (fail open) and log a WARNING; the replay guard refuses to vouch for a delivery.
"""

from __future__ import annotations

import hashlib
import json
import logging
import random
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import anyio
import anyio.to_thread

from herohealth_facade._exceptions import RequestValidationError
from herohealth_facade.lib.elements_cache import CachedToken
from herohealth_facade.lib.rate_limit import MovingWindow, check_per_second

try:
    import redis
    from limits.errors import StorageError
    from limits.storage import RedisStorage
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError("the Redis backends need the [redis] extra: pip install 'herohealth-async[redis]'") from exc

logger = logging.getLogger("herohealth_async")

SOCKET_TIMEOUT_S = 0.5
REDIS_ERRORS = (redis.RedisError, OSError, StorageError)


def _client(url: str | None, client: redis.Redis | None) -> redis.Redis:
    if client is not None:
        return client
    if not isinstance(url, str) or not url.startswith(("redis://", "rediss://", "unix://")):
        raise RequestValidationError("url", "must be a redis://, rediss:// or unix:// URL (or pass client=)")
    return redis.Redis.from_url(url, socket_timeout=SOCKET_TIMEOUT_S, socket_connect_timeout=SOCKET_TIMEOUT_S)


class _Warn:
    """A WARNING at most every ``interval`` seconds, so an outage does not flood the logs."""

    def __init__(self, interval: float = 30.0) -> None:
        self._interval = interval
        self._last = -interval

    def __call__(self, what: str, exc: BaseException) -> None:
        now = time.monotonic()
        if now - self._last >= self._interval:
            self._last = now
            logger.warning("Redis unreachable (%s) while %s; going on without it", type(exc).__name__, what)


class RedisTokenCache:
    """Elements tokens in Redis, shared by every process, refreshed by one of them at a time.

    Tokens are bearer secrets: whoever reads them can use them until they expire, so use a Redis that
    only your services reach (TLS with ``rediss://``, ACLs). Each is stored with a TTL equal to its
    remaining life, under ``key_prefix`` plus a hash of the client's base URL and practice group. A
    refresh takes a Redis lock (redis-py's ``Lock``) that expires after ``lock_timeout`` seconds, so a
    holder that dies blocks nobody for longer; the others poll for it with jitter and read the cache
    again once they hold it.
    """

    def __init__(
        self,
        url: str | None = None,
        *,
        client: redis.Redis | None = None,
        key_prefix: str = "herohealth:elements:",
        lock_timeout: float = 30.0,
        poll_interval: float = 0.05,
    ) -> None:
        self._redis = _client(url, client)
        self._prefix = key_prefix
        self._lock_timeout = lock_timeout
        self._poll = poll_interval
        self._warn = _Warn()

    def _key(self, key: str) -> str:
        # The practice group ID is kept out of key names, which Redis admins and monitors can see.
        return self._prefix + hashlib.sha256(key.encode()).hexdigest()[:32]

    async def get(self, key: str) -> CachedToken | None:
        try:
            raw = await anyio.to_thread.run_sync(self._redis.get, self._key(key))
        except REDIS_ERRORS as exc:
            self._warn("reading an Elements token", exc)
            return None
        if raw is None:
            return None
        data = json.loads(raw)
        return CachedToken(token=data["token"], expires_at=float(data["expires_at"]))

    async def set(self, key: str, token: CachedToken) -> None:
        ttl_ms = int((token.expires_at - time.time()) * 1000)
        if ttl_ms <= 0:
            return
        value = json.dumps({"token": token.token, "expires_at": token.expires_at})
        try:
            await anyio.to_thread.run_sync(lambda: self._redis.set(self._key(key), value, px=ttl_ms))
        except REDIS_ERRORS as exc:
            self._warn("storing an Elements token", exc)

    @asynccontextmanager
    async def single_flight(self, key: str) -> AsyncIterator[None]:
        """Hold the refresh of ``key`` across processes (or go on without it if Redis cannot answer)."""
        # thread_local=False: acquire and release run in different worker threads.
        lock = self._redis.lock(self._key(key) + ":lock", timeout=self._lock_timeout, thread_local=False)
        deadline = time.monotonic() + self._lock_timeout
        acquired = False
        while time.monotonic() < deadline:
            try:
                acquired = await anyio.to_thread.run_sync(lambda: lock.acquire(blocking=False))
            except REDIS_ERRORS as exc:
                self._warn("taking the Elements refresh lock", exc)
                break
            if acquired:
                break
            await anyio.sleep(self._poll * (0.5 + random.random()))  # jitter: waiters do not poll in step
        try:
            yield
        finally:
            if acquired:
                with anyio.CancelScope(shield=True):
                    await anyio.to_thread.run_sync(_release, lock)


def _release(lock: Any) -> None:
    try:
        lock.release()
    except (redis.exceptions.LockError, *REDIS_ERRORS):
        pass  # expired meanwhile, or Redis went away: its TTL frees it


class RedisRateLimiter:
    """One request budget (``per_second``) and one 429 pause, shared by every process using the same Redis.

    The budget is the ``limits`` library's moving window on Redis. A 429's ``Retry-After`` is stored with
    that TTL and every process waits for it before sending. If Redis cannot answer, requests go on
    (fail open) and a WARNING is logged at most every 30 seconds.
    """

    def __init__(
        self,
        url: str | None = None,
        *,
        per_second: int | None = None,
        client: redis.Redis | None = None,
        key_prefix: str = "herohealth:rate:",
    ) -> None:
        check_per_second(per_second)
        self._redis = _client(url, client)
        self._pause_key = key_prefix + "pause"
        self._budget: MovingWindow | None = None
        if per_second is not None:
            pool = self._redis.connection_pool
            storage = RedisStorage("redis://", connection_pool=pool, key_prefix=key_prefix, wrap_exceptions=True)
            self._budget = MovingWindow(storage, per_second)
        self._warn = _Warn()

    async def acquire(self) -> None:
        while True:
            wait = await anyio.to_thread.run_sync(self._wait_seconds)
            if wait <= 0:
                return
            await anyio.sleep(wait * (1 + random.random() * 0.1))

    async def cool_down(self, seconds: float) -> None:
        milliseconds = max(1, int(seconds * 1000))
        try:
            await anyio.to_thread.run_sync(lambda: self._redis.set(self._pause_key, b"1", px=milliseconds, nx=True))
        except REDIS_ERRORS as exc:
            self._warn("sharing a 429 pause", exc)

    def _wait_seconds(self) -> float:
        """0 when a request may go now (and counts it in the budget), else how long to wait first."""
        try:
            pause_ms = self._redis.pttl(self._pause_key)
            if pause_ms > 0:
                return float(pause_ms) / 1000
            return 0.0 if self._budget is None else self._budget.wait()
        except REDIS_ERRORS as exc:
            self._warn("checking the shared rate budget", exc)
            return 0.0


class RedisReplayGuard:
    """Webhook deliveries already accepted, in Redis (``SET NX`` with a TTL), for every receiver process.

    A Redis error propagates: ``verify_webhook`` then refuses the delivery with
    ``reason="replay_check_unavailable"`` rather than let a replay through.
    """

    def __init__(
        self, url: str | None = None, *, client: redis.Redis | None = None, key_prefix: str = "herohealth:webhook:"
    ) -> None:
        self._redis = _client(url, client)
        self._prefix = key_prefix

    def first_delivery(self, delivery_id: str, ttl_seconds: float) -> bool:
        key = self._prefix + hashlib.sha256(delivery_id.encode()).hexdigest()
        return bool(self._redis.set(key, b"1", nx=True, px=max(1, int(ttl_seconds * 1000))))
