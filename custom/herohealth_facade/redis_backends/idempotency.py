"""``RedisIdempotencyStore``: idempotency records shared by every process and machine."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any, Unpack

from herohealth_facade.lib.idempotency import DEFAULT_TTL, Entry, IdempotencyStoreUnavailableError, check_ttl
from herohealth_facade.redis_backends._link import COOL_OFF_S, RedisBackend, RedisOptions, RedisUnavailable

# The claim keeps the record for the whole TTL: a claim whose lease ran out must read as unknown, not vanish.
_CLAIM = """
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return false end
return redis.call('GET', KEYS[1])
"""

# Replace or drop the record only while it is still the caller's claim; the TTL left is kept.
_FINISH = """
local current = redis.call('GET', KEYS[1])
if not current or cjson.decode(current)['owner'] ~= ARGV[1] then return 0 end
if ARGV[2] == '' then redis.call('DEL', KEYS[1]) else redis.call('SET', KEYS[1], ARGV[2], 'KEEPTTL') end
return 1
"""


class RedisIdempotencyStore(RedisBackend):
    """Idempotency records in Redis, for every process and machine that sends with the same keys.

    Takes the URL forms and options of every Redis backend (one server, a cluster, Sentinel, TLS, ACL
    users); ``ttl`` is how long a record is kept after its call was made (24 hours by default). Each
    record is one key: the client's hash of its scope, practice group and the caller's key, as its own
    hash tag (no value the caller chose reaches Redis). The record holds Hero's answer to the write (to
    replay it), so it is as sensitive as the job payloads of the same queue.

    Unlike the rate limiter and the token cache, this store fails closed: when Redis does not answer,
    a call with an idempotency key is not sent (it raises :class:`IdempotencyStoreUnavailableError`,
    retryable) rather than risk sending twice.
    """

    default_prefix = "herohealth:idempotency:"

    def __init__(
        self,
        url: str | None = None,
        *,
        ttl: timedelta = DEFAULT_TTL,
        **options: Unpack[RedisOptions],
    ) -> None:
        self.ttl = check_ttl(ttl)
        super().__init__(url, **options)

    def _key(self, key: str) -> str:
        return f"{self._prefix}{{{key}}}"

    async def claim(self, key: str, entry: Entry) -> Entry | None:
        name, ttl_ms = self._key(key), int(self.ttl.total_seconds() * 1000)
        found = await self._run(
            "claiming an idempotency key",
            lambda: self._link.script(_CLAIM)(keys=[name], args=[json.dumps(entry.to_json()), ttl_ms]),
        )
        return None if found is None else Entry.from_json(json.loads(found))

    async def finish(self, key: str, entry: Entry) -> None:
        await self._replace(key, entry.owner, json.dumps(entry.to_json()))

    async def release(self, key: str, owner: str) -> None:
        await self._replace(key, owner, "")

    async def forget(self, key: str) -> None:
        name = self._key(key)
        await self._run("forgetting an idempotency key", lambda: self._link.redis.delete(name))

    async def _replace(self, key: str, owner: str, value: str) -> None:
        name = self._key(key)
        await self._run(
            "recording an idempotent call", lambda: self._link.script(_FINISH)(keys=[name], args=[owner, value])
        )

    async def _run(self, what: str, call: Any) -> Any:
        try:
            return await self._link.run(what, call)
        except RedisUnavailable:
            raise IdempotencyStoreUnavailableError(what, retry_after=COOL_OFF_S) from None
