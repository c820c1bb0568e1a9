"""State shared by many processes and machines, in Redis (``pip install herohealth-async[redis]``).

- :class:`RedisTokenCache`: Elements tokens, refreshed by one process at a time.
- :class:`RedisRateLimiter`: one request budget and one 429 pause per API key, for every process.
- :class:`RedisReplayGuard`: webhook deliveries claimed and processed, for every receiver.

Every key is namespaced by the client's scope (a hash of its base URL and API key, never the key
itself), so clients of different keys or environments on one Redis share nothing.

They use redis-py's synchronous client in worker threads, under a limit of their own (so a hung Redis
cannot take the threads the rest of the application needs), and work under asyncio and trio alike.
Every call has short socket timeouts; after a failure Redis is left alone for a few seconds, so an
outage costs one timeout, not one per request. The token cache and the rate limiter then go on
without it (fail open) and log a WARNING; the replay guard refuses to vouch for a delivery.
"""

from __future__ import annotations

import hashlib
import json
import logging
import random
import time
import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any, TypeVar, cast

import anyio
import anyio.to_thread

from herohealth_facade._exceptions import RequestValidationError
from herohealth_facade.lib.drift import DriftRecord
from herohealth_facade.lib.elements_cache import CachedToken
from herohealth_facade.lib.rate_limit import DEFAULT_MARGIN, WaitTooLong, check_margin, check_per_second
from herohealth_facade.lib.replay import ClaimState
from herohealth_facade.lib.threads import ThreadLimit

try:
    import redis
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError("the Redis backends need the [redis] extra: pip install 'herohealth-async[redis]'") from exc

logger = logging.getLogger("herohealth_async")

T = TypeVar("T")
SOCKET_TIMEOUT_S = 0.5
COOL_OFF_S = 2.0
"""After a failed call, Redis is not asked again for this long (calls fail at once meanwhile)."""
REDIS_ERRORS = (redis.RedisError, OSError)


class RedisUnavailable(Exception):
    """Redis did not answer (or failed recently and is being left alone)."""


class _Link:
    """One Redis client and how this process talks to it: blocking calls in at most ``threads`` worker
    threads, nothing sent for ``COOL_OFF_S`` after a failure, and a throttled WARNING."""

    def __init__(self, url: str | None, client: redis.Redis | None, threads: int = 8) -> None:
        if client is None:
            if not isinstance(url, str) or not url.startswith(("redis://", "rediss://", "unix://")):
                raise RequestValidationError("url", "must be a redis://, rediss:// or unix:// URL (or pass client=)")
            client = redis.Redis.from_url(url, socket_timeout=SOCKET_TIMEOUT_S, socket_connect_timeout=SOCKET_TIMEOUT_S)
        self.redis = client
        self._threads = ThreadLimit(threads)
        self._down_until = 0.0
        self._warned_at = -30.0

    def run_sync(self, what: str, call: Callable[[], T]) -> T:
        """``call()`` in this thread, or :class:`RedisUnavailable`."""
        if time.monotonic() < self._down_until:
            raise RedisUnavailable(what)
        try:
            return call()
        except REDIS_ERRORS as exc:
            self._down_until = time.monotonic() + COOL_OFF_S
            self._warn(what, exc)
            raise RedisUnavailable(what) from None

    async def run(self, what: str, call: Callable[[], T]) -> T:
        """``call()`` in a worker thread of this link, or :class:`RedisUnavailable`."""
        if time.monotonic() < self._down_until:
            raise RedisUnavailable(what)
        # Checked again in the thread: callers queued behind a call that just failed give up at once.
        return await anyio.to_thread.run_sync(self.run_sync, what, call, limiter=self._threads.limiter())

    def _warn(self, what: str, exc: BaseException) -> None:
        now = time.monotonic()
        if now - self._warned_at >= 30.0:  # an outage must not flood the logs
            self._warned_at = now
            logger.warning("Redis unreachable (%s) while %s; going on without it", type(exc).__name__, what)


class RedisTokenCache:
    """Elements tokens in Redis, shared by every process, refreshed by one of them at a time.

    Tokens are bearer secrets: whoever reads them can use them until they expire, so use a Redis that
    only your services reach (TLS with ``rediss://``, ACLs). Each is stored with a TTL equal to its
    remaining life, under ``key_prefix`` plus a hash of the client's scope and practice group. A
    refresh takes a Redis lock that expires after ``lock_timeout`` seconds; the others poll (with
    jitter) until they hold it, which is at the latest when a holder that died lets it expire, and
    read the cache again before refreshing themselves.
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
        self._link = _Link(url, client)
        self._prefix = key_prefix
        self._lock_timeout = lock_timeout
        self._poll = poll_interval

    def _key(self, key: str) -> str:
        # The practice group ID is kept out of key names, which Redis admins and monitors can see.
        return self._prefix + hashlib.sha256(key.encode()).hexdigest()[:32]

    async def get(self, key: str) -> CachedToken | None:
        try:
            raw = await self._link.run("reading an Elements token", lambda: self._link.redis.get(self._key(key)))
        except RedisUnavailable:
            return None
        if raw is None:
            return None
        data = json.loads(cast(bytes, raw))
        return CachedToken(token=data["token"], expires_at=float(data["expires_at"]))

    async def set(self, key: str, token: CachedToken) -> None:
        ttl_ms = int((token.expires_at - time.time()) * 1000)
        if ttl_ms <= 0:
            return
        value = json.dumps({"token": token.token, "expires_at": token.expires_at})
        try:
            await self._link.run(
                "storing an Elements token", lambda: self._link.redis.set(self._key(key), value, px=ttl_ms)
            )
        except RedisUnavailable:
            pass

    @asynccontextmanager
    async def single_flight(self, key: str) -> AsyncIterator[None]:
        """Hold the refresh of ``key`` across processes (or go on without it if Redis cannot answer)."""
        # thread_local=False: acquire and release run in different worker threads.
        lock = self._link.redis.lock(self._key(key) + ":lock", timeout=self._lock_timeout, thread_local=False)
        # A holder that died frees the lock after lock_timeout at the latest; past that (plus slack),
        # a live holder is merely slow and this process refreshes rather than wait on.
        deadline = time.monotonic() + self._lock_timeout + 1.0
        acquired = False
        while not acquired and time.monotonic() < deadline:
            try:
                acquired = await self._link.run(
                    "taking the Elements refresh lock", lambda: lock.acquire(blocking=False)
                )
            except RedisUnavailable:
                break
            if not acquired:
                await anyio.sleep(self._poll * (0.5 + random.random()))  # jitter: waiters do not poll in step
        try:
            yield
        finally:
            if acquired:
                with anyio.CancelScope(shield=True):
                    try:
                        await self._link.run("releasing the Elements refresh lock", lambda: _release(lock))
                    except RedisUnavailable:
                        pass  # its TTL frees it


def _release(lock: Any) -> None:
    try:
        lock.release()
    except redis.exceptions.LockNotOwnedError:
        pass  # expired meanwhile, and maybe taken by another process: not ours to free


# One round trip: the pause first, then the moving window, on Redis's own clock (so processes on
# machines whose clocks differ still count the same window).
_ADMIT = """
local pause = redis.call('PTTL', KEYS[1])
if pause > 0 then return {1, pause * 1000} end
local limit = tonumber(ARGV[1])
if limit == 0 then return {0, 0} end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - window)
if redis.call('ZCARD', KEYS[2]) < limit then
  redis.call('ZADD', KEYS[2], now, ARGV[3])
  redis.call('PEXPIRE', KEYS[2], math.ceil(window / 1000) + 1000)
  return {0, 0}
end
local oldest = redis.call('ZRANGE', KEYS[2], 0, 0, 'WITHSCORES')
return {2, math.ceil(tonumber(oldest[2]) + window - now)}
"""

_PAUSE = """
if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[1]) then redis.call('SET', KEYS[1], '1', 'PX', ARGV[1]) end
"""


class RedisRateLimiter:
    """One request budget (``per_second``) and one 429 pause per API key, shared by every process
    using the same Redis.

    The budget is a moving window of ``1 + margin`` seconds on Redis's clock, counted right before
    each request leaves. A 429's pause is stored with its TTL (a longer one extends it) and every
    process waits for it before sending. If Redis cannot answer, requests go on (fail open) and a
    WARNING is logged at most every 30 seconds.
    """

    def __init__(
        self,
        url: str | None = None,
        *,
        per_second: int | None = None,
        margin: float = DEFAULT_MARGIN,
        client: redis.Redis | None = None,
        key_prefix: str = "herohealth:rate:",
    ) -> None:
        check_per_second(per_second)
        self._link = _Link(url, client)
        self._prefix = key_prefix
        self._limit = per_second or 0
        self._window_us = int((1.0 + check_margin(margin)) * 1_000_000)
        self._admit = self._link.redis.register_script(_ADMIT)
        self._pause = self._link.redis.register_script(_PAUSE)

    async def acquire(self, scope: str, max_wait: float | None) -> None:
        deadline = None if max_wait is None else time.monotonic() + max_wait
        keys = [f"{self._prefix}{scope}:pause", f"{self._prefix}{scope}:budget"]
        while True:
            try:
                kind, wait_us = await self._link.run(
                    "checking the shared rate budget",
                    lambda: self._admit(keys=keys, args=[self._limit, self._window_us, uuid.uuid4().hex]),
                )
            except RedisUnavailable:
                return
            if kind == 0:
                return
            wait = int(wait_us) / 1_000_000
            if deadline is not None and time.monotonic() + wait > deadline:
                raise WaitTooLong(wait, "the pause after a 429" if kind == 1 else "the rate budget")
            await anyio.sleep(wait * (1 + random.random() * 0.1))  # jitter: waiters do not retry in step

    async def cool_down(self, scope: str, seconds: float) -> None:
        milliseconds = max(1, int(seconds * 1000))
        try:
            await self._link.run(
                "sharing a 429 pause", lambda: self._pause(keys=[f"{self._prefix}{scope}:pause"], args=[milliseconds])
            )
        except RedisUnavailable:
            pass


_CLAIM = """
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 'claimed' end
if redis.call('GET', KEYS[1]) == 'done' then return 'done' end
return 'in_progress'
"""

_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end
"""


class RedisReplayGuard:
    """Webhook deliveries claimed and done, in Redis, for every receiver process.

    A claim is ``SET NX`` with the hold as TTL (a receiver that crashes blocks nobody for longer); a
    commit replaces it with a mark kept for the verifier's tolerance; a release deletes the claim if
    it is still the caller's. A Redis error propagates: the delivery is then refused with
    ``reason="replay_check_unavailable"`` (answer 503, and Hero delivers it again) rather than let a
    replay through.
    """

    def __init__(
        self, url: str | None = None, *, client: redis.Redis | None = None, key_prefix: str = "herohealth:webhook:"
    ) -> None:
        self._link = _Link(url, client)
        self._prefix = key_prefix
        self._claim = self._link.redis.register_script(_CLAIM)
        self._release = self._link.redis.register_script(_RELEASE)

    def _key(self, delivery_id: str) -> str:
        return self._prefix + hashlib.sha256(delivery_id.encode()).hexdigest()

    def claim(self, delivery_id: str, owner: str, hold_seconds: float) -> ClaimState:
        key, hold = self._key(delivery_id), _milliseconds(hold_seconds)
        answer = self._link.run_sync("claiming a webhook delivery", lambda: self._claim(keys=[key], args=[owner, hold]))
        return cast(ClaimState, answer.decode() if isinstance(answer, bytes) else answer)

    def commit(self, delivery_id: str, owner: str, keep_seconds: float) -> None:
        key, keep = self._key(delivery_id), _milliseconds(keep_seconds)
        self._link.run_sync("committing a webhook delivery", lambda: self._link.redis.set(key, b"done", px=keep))

    def release(self, delivery_id: str, owner: str) -> None:
        key = self._key(delivery_id)
        self._link.run_sync("releasing a webhook delivery", lambda: self._release(keys=[key], args=[owner]))


def _milliseconds(seconds: float) -> int:
    return max(1, int(seconds * 1000))


class RedisDriftStore:
    """Response drift in Redis, shared by every process: one hash per scope (a hash of the API key and
    base URL), a field per operation and field path; ``HSETNX`` makes the first process to meet a
    difference the one that logs it. Records carry no value from any response."""

    def __init__(
        self, url: str | None = None, *, client: redis.Redis | None = None, key_prefix: str = "herohealth:drift:"
    ) -> None:
        self._link = _Link(url, client)
        self._prefix = key_prefix

    async def add(self, scope: str, record: DriftRecord) -> bool:
        key = self._prefix + scope
        added = await self._link.run(
            "recording response drift", lambda: self._link.redis.hsetnx(key, record.key, record.to_json())
        )
        return bool(added)

    async def all(self, scope: str) -> list[DriftRecord]:
        values = await self._link.run("reading response drift", lambda: self._link.redis.hvals(self._prefix + scope))
        return sorted(DriftRecord.from_json(value) for value in values)
