"""``RedisRateLimiter``: one request budget and one 429 pause per API key, for every process."""

from __future__ import annotations

import math
import random
import time
import uuid
from typing import Unpack

import anyio
import anyio.lowlevel
import attrs

from herohealth_facade.lib.rate_limit import DEFAULT_MARGIN, WaitTooLong, check_margin, check_per_second
from herohealth_facade.redis_backends._link import RedisBackend, RedisOptions, RedisUnavailable

# One round trip: the pause first, then the moving window on Redis's own clock (so processes on machines
# whose clocks differ count the same window), granting up to ARGV[4] requests at once (a lease).
_ADMIT = """
local pause = redis.call('PTTL', KEYS[1])
if pause > 0 then return {1, pause * 1000, 0} end
local limit = tonumber(ARGV[1])
if limit == 0 then return {0, 0, 0} end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - window)
local free = limit - redis.call('ZCARD', KEYS[2])
if free > 0 then
  local granted = math.min(free, tonumber(ARGV[4]))
  for i = 1, granted do redis.call('ZADD', KEYS[2], now, ARGV[3] .. ':' .. i) end
  redis.call('PEXPIRE', KEYS[2], math.ceil(window / 1000) + 1000)
  return {0, 0, granted}
end
local oldest = redis.call('ZRANGE', KEYS[2], 0, 0, 'WITHSCORES')
return {2, math.ceil(tonumber(oldest[2]) + window - now), 0}
"""

_PAUSE = """
if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[1]) then redis.call('SET', KEYS[1], '1', 'PX', ARGV[1]) end
"""

UNLIMITED = 1 << 30


@attrs.define
class _Lease:
    """Requests this process may send for one scope without asking Redis again, until ``until``. Its
    lock belongs to the event loop ``loop`` (a limiter used by a later loop, or another kind, gets a new lease)."""

    loop: anyio.lowlevel.EventLoopToken
    left: int = 0
    until: float = 0.0
    waiting: int = 0
    blocked_until: float = 0.0
    """Redis said to wait until then (a pause or a full window): the waiters do not ask it again before."""
    blocked_by: int = 0
    lock: anyio.Lock = attrs.Factory(anyio.Lock)

    def take(self) -> bool:
        if self.left > 0 and time.monotonic() < self.until:
            self.left -= 1
            return True
        return False


class RedisRateLimiter(RedisBackend):
    """One request budget (``per_second``) and one 429 pause per API key (the client's scope), shared by
    every process using the same Redis.

    The budget is a moving window of ``1 + margin`` seconds on Redis's clock, counted right before
    requests leave. A process asks Redis for as many requests as it has waiting (at most
    ``per_second // 20``, at least one) and sends them within ``margin / 2`` seconds, or lets the rest
    lapse: so a calendar second at the server never holds more than ``per_second`` requests, and a
    process sending thousands of calls a second asks Redis a few hundred times, not once per call.
    Without ``per_second`` only the 429 pause is shared, checked at most every ``margin / 2`` seconds.

    A 429's pause is stored with its TTL (a longer one extends it) and every process waits for it before
    sending. If Redis cannot answer, requests go on (fail open) and a WARNING is logged at most every 30
    seconds; if it answers with a configuration error, the call raises :class:`RedisConfigurationError`.
    """

    default_prefix = "herohealth:rate:"

    def __init__(
        self,
        url: str | None = None,
        *,
        per_second: int | None = None,
        margin: float = DEFAULT_MARGIN,
        **options: Unpack[RedisOptions],
    ) -> None:
        check_per_second(per_second)
        super().__init__(url, **options)
        self._limit = per_second or 0
        margin = check_margin(margin)
        self._window_us = int((1.0 + margin) * 1_000_000)
        self._lease_s = margin / 2
        self._lease_max = max(1, self._limit // 20)
        self._leases: dict[str, _Lease] = {}

    def _keys(self, scope: str) -> list[str]:
        # One hash tag: both keys of the script are in one slot of a cluster.
        return [f"{self._prefix}{{{scope}}}:pause", f"{self._prefix}{{{scope}}}:budget"]

    async def acquire(self, scope: str, max_wait: float | None) -> None:
        lease = self._leases.get(scope)
        if lease is not None and lease.take():
            return
        loop = anyio.lowlevel.current_token()
        if lease is None or lease.loop != loop:
            lease = self._leases[scope] = _Lease(loop)
        deadline = None if max_wait is None else time.monotonic() + max_wait
        while True:
            lease.waiting += 1  # the next lease is sized for everyone waiting
            locked = False
            try:
                # One request to Redis per scope at a time; it serves the waiters. The lock is held only
                # while Redis answers: a Redis too slow to answer within the caller's wait counts as down.
                with anyio.move_on_after(math.inf if deadline is None else deadline - time.monotonic()):
                    await lease.lock.acquire()
                    locked = True
            finally:
                lease.waiting -= 1
            if not locked:
                return
            try:
                if lease.take():
                    return
                now = time.monotonic()
                wait = (lease.blocked_until - now, lease.blocked_by) if now < lease.blocked_until else None
                wait = wait or await self._refill(scope, lease)
            finally:
                lease.lock.release()
            if wait is None:
                return
            if deadline is not None and time.monotonic() + wait[0] > deadline:
                raise WaitTooLong(wait[0], "the pause after a 429" if wait[1] == 1 else "the rate budget")
            await anyio.sleep(wait[0] * (1 + random.random() * 0.1))  # jitter: waiters do not retry in step

    async def _refill(self, scope: str, lease: _Lease) -> tuple[float, int] | None:
        """Ask Redis for a lease: None once this request may go (the lease filled), else (seconds to wait, why)."""
        asked_at = time.monotonic()
        want = min(self._lease_max, lease.waiting + 1)
        try:
            kind, wait_us, granted = await self._link.run(
                "checking the shared rate budget",
                lambda: self._link.script(_ADMIT)(
                    keys=self._keys(scope), args=[self._limit, self._window_us, uuid.uuid4().hex, want]
                ),
            )
        except RedisUnavailable:
            return None
        if int(kind) == 0:
            lease.left = (UNLIMITED if self._limit == 0 else int(granted)) - 1
            lease.until = asked_at + self._lease_s
            return None
        wait = int(wait_us) / 1_000_000
        lease.blocked_until, lease.blocked_by = asked_at + wait, int(kind)
        return wait, int(kind)

    async def cool_down(self, scope: str, seconds: float) -> None:
        lease = self._leases.get(scope)
        if lease is not None:
            lease.left = 0  # this process stops at once; the others at their next lease
            lease.blocked_until, lease.blocked_by = time.monotonic() + seconds, 1
        milliseconds = max(1, int(seconds * 1000))
        try:
            await self._link.run(
                "sharing a 429 pause",
                lambda: self._link.script(_PAUSE)(keys=self._keys(scope)[:1], args=[milliseconds]),
            )
        except RedisUnavailable:
            pass
