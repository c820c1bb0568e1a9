"""``RedisTokenCache``: Elements tokens shared by every process, refreshed by one of them at a time."""

from __future__ import annotations

import hashlib
import json
import random
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any, Unpack, cast

import anyio
import redis.exceptions

from herohealth_facade.lib.elements_cache import CachedToken
from herohealth_facade.redis_backends._link import RedisBackend, RedisOptions, RedisUnavailable


class RedisTokenCache(RedisBackend):
    """Elements tokens in Redis, shared by every process, refreshed by one of them at a time.

    Tokens are bearer secrets: whoever reads them can use them until they expire, so use a Redis that
    only your services reach (TLS with ``rediss://``, ACLs). Each is stored with a TTL equal to its
    remaining life, under ``key_prefix`` plus a hash of the client's scope and practice group (as the
    key's hash tag: a cluster keeps a token and its lock on one node). A refresh takes a Redis lock that
    expires after ``lock_timeout`` seconds; the others poll (with jitter) until they hold it, which is at
    the latest when a holder that died lets it expire, and read the cache again before refreshing
    themselves. If Redis cannot answer, each process refreshes for itself; a configuration error raises
    :class:`RedisConfigurationError`.
    """

    default_prefix = "herohealth:elements:"

    def __init__(
        self,
        url: str | None = None,
        *,
        lock_timeout: float = 30.0,
        poll_interval: float = 0.05,
        **options: Unpack[RedisOptions],
    ) -> None:
        super().__init__(url, **options)
        self._lock_timeout = lock_timeout
        self._poll = poll_interval

    def _key(self, key: str) -> str:
        # The practice group ID is kept out of key names, which Redis admins and monitors can see.
        return f"{self._prefix}{{{hashlib.sha256(key.encode()).hexdigest()[:32]}}}"

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
        held: list[Any] = []  # the redis-py lock, made in a worker thread (naming it may ask Redis about the cluster)

        def try_lock() -> bool:
            if not held:
                # thread_local=False: acquire and release run in different worker threads.
                held.append(
                    self._link.redis.lock(self._key(key) + ":lock", timeout=self._lock_timeout, thread_local=False)
                )
            return bool(held[0].acquire(blocking=False))

        # A holder that died frees the lock after lock_timeout at the latest; past that (plus slack),
        # a live holder is merely slow and this process refreshes rather than wait on.
        deadline = time.monotonic() + self._lock_timeout + 1.0
        acquired = False
        while not acquired and time.monotonic() < deadline:
            try:
                acquired = await self._link.run("taking the Elements refresh lock", try_lock)
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
                        await self._link.run("releasing the Elements refresh lock", lambda: _release(held[0]))
                    except RedisUnavailable:
                        pass  # its TTL frees it


def _release(lock: Any) -> None:
    try:
        lock.release()
    except redis.exceptions.LockNotOwnedError:
        pass  # expired meanwhile, and maybe taken by another process: not ours to free
