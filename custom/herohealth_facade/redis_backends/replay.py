"""``RedisReplayGuard``: webhook deliveries claimed and done, for every receiver process."""

from __future__ import annotations

import hashlib
from typing import cast

from herohealth_facade.lib.replay import ClaimState
from herohealth_facade.redis_backends._link import RedisBackend

_CLAIM = """
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 'claimed' end
if redis.call('GET', KEYS[1]) == 'done' then return 'done' end
return 'in_progress'
"""

_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end
"""


class RedisReplayGuard(RedisBackend):
    """Webhook deliveries claimed and done, in Redis, for every receiver process.

    A claim is ``SET NX`` with the hold as TTL (a receiver that crashes blocks nobody for longer); a
    commit replaces it with a mark kept for the verifier's tolerance; a release deletes the claim if
    it is still the caller's. Each delivery is one key (a hash of its signature, as its own hash tag). A
    Redis error propagates: the delivery is then refused with ``reason="replay_check_unavailable"``
    (answer 503, and Hero delivers it again) rather than let a replay through.
    """

    default_prefix = "herohealth:webhook:"

    def _key(self, delivery_id: str) -> str:
        return f"{self._prefix}{{{hashlib.sha256(delivery_id.encode()).hexdigest()}}}"

    def claim(self, delivery_id: str, owner: str, hold_seconds: float) -> ClaimState:
        key, hold = self._key(delivery_id), _milliseconds(hold_seconds)
        answer = self._link.run_sync(
            "claiming a webhook delivery", lambda: self._link.script(_CLAIM)(keys=[key], args=[owner, hold])
        )
        return cast(ClaimState, answer.decode() if isinstance(answer, bytes) else answer)

    def commit(self, delivery_id: str, owner: str, keep_seconds: float) -> None:
        key, keep = self._key(delivery_id), _milliseconds(keep_seconds)
        self._link.run_sync("committing a webhook delivery", lambda: self._link.redis.set(key, b"done", px=keep))

    def release(self, delivery_id: str, owner: str) -> None:
        key = self._key(delivery_id)
        self._link.run_sync(
            "releasing a webhook delivery", lambda: self._link.script(_RELEASE)(keys=[key], args=[owner])
        )


def _milliseconds(seconds: float) -> int:
    return max(1, int(seconds * 1000))
