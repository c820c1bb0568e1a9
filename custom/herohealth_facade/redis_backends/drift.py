"""``RedisDriftStore``: response drift shared by every process."""

from __future__ import annotations

from herohealth_facade.lib.drift import DriftRecord
from herohealth_facade.redis_backends._link import RedisBackend


class RedisDriftStore(RedisBackend):
    """Response drift in Redis, shared by every process: one hash per scope (a hash of the API key and
    base URL, as the key's hash tag), a field per operation and field path; ``HSETNX`` makes the first
    process to meet a difference the one that logs it. Records carry no value from any response."""

    default_prefix = "herohealth:drift:"

    def _key(self, scope: str) -> str:
        return f"{self._prefix}{{{scope}}}"

    async def add(self, scope: str, record: DriftRecord) -> bool:
        key = self._key(scope)
        added = await self._link.run(
            "recording response drift", lambda: self._link.redis.hsetnx(key, record.key, record.to_json())
        )
        return bool(added)

    async def all(self, scope: str) -> list[DriftRecord]:
        key = self._key(scope)
        values = await self._link.run("reading response drift", lambda: self._link.redis.hvals(key))
        return sorted(DriftRecord.from_json(value) for value in values)
