"""A budget of requests shared by everything that sends with one API key, and the pause after a 429.

The client asks its :class:`RateLimiter` right before each request leaves (after it has a connection
slot, so that a request counted is a request sent) and tells it about every 429, so a ``Retry-After``
pauses every task that sends with the same key, not just the one that was refused. State is kept per
*scope*: the client passes a hash of its base URL and API key, so one limiter (or one Redis) can
serve several keys and environments without mixing their budgets or pauses. All practice groups a key
acts for share its scope: the partner rate limit belongs to the key.

No wait outlasts the caller's own: :meth:`RateLimiter.acquire` is given the most the caller may wait
and raises ``WaitTooLong`` at once when the pause or the budget needs longer.

:class:`LocalRateLimiter` (the default) keeps that state in this process; ``RedisRateLimiter`` (the
``[redis]`` extra) shares it between processes and machines.
"""

from __future__ import annotations

import collections
import time
from typing import Protocol, runtime_checkable

import anyio
import attrs

from herohealth_facade.lib.arguments import seconds_between, whole_number

DEFAULT_MARGIN = 0.1
"""Seconds added to the one-second budget window. A request counted just before a second ends can
reach the server in the next one; the margin keeps the server's own count of any calendar second
within ``per_second`` (at the cost of about 10% of the rate)."""


class WaitTooLong(Exception):
    """The pause or budget would hold this request for longer than its caller may wait.

    ``retry_after`` is how long it would have had to wait, in seconds. Nothing was sent.
    """

    def __init__(self, retry_after: float, reason: str) -> None:
        super().__init__(f"{reason}: {retry_after:.2f} s to wait")
        self.retry_after = retry_after
        self.reason = reason


@runtime_checkable
class RateLimiter(Protocol):
    """What the client asks right before sending, and tells after a 429."""

    async def acquire(self, scope: str, max_wait: float | None) -> None:
        """Return once one more request of ``scope`` may be sent now (counting it in any budget).

        Raise ``WaitTooLong`` at once if that would take more than ``max_wait`` seconds (None:
        no bound).
        """
        ...

    async def cool_down(self, scope: str, seconds: float) -> None:
        """A 429 asked everyone in ``scope`` to wait ``seconds`` before sending again."""
        ...


class MovingWindow:
    """At most ``limit`` events in any window of ``window`` seconds (on the monotonic clock)."""

    def __init__(self, limit: int, window: float) -> None:
        self._limit = limit
        self._window = window
        self._times: collections.deque[float] = collections.deque()

    def wait(self, now: float) -> float:
        """0 if an event may happen at ``now`` (and counts it), else the seconds until one may."""
        while self._times and self._times[0] <= now - self._window:
            self._times.popleft()
        if len(self._times) < self._limit:
            self._times.append(now)
            return 0.0
        return self._times[0] + self._window - now


@attrs.define
class _Scope:
    paused_until: float = 0.0
    window: MovingWindow | None = None


class LocalRateLimiter:
    """The default: in this process, a pause after a 429 and, with ``per_second``, a budget.

    The budget is a moving window of ``1 + margin`` seconds holding at most ``per_second`` requests.
    """

    def __init__(self, per_second: int | None = None, *, margin: float = DEFAULT_MARGIN) -> None:
        check_per_second(per_second)
        self._per_second = per_second
        self._window = 1.0 + check_margin(margin)
        self._scopes: dict[str, _Scope] = {}

    async def acquire(self, scope: str, max_wait: float | None) -> None:
        state = self._scopes.get(scope)
        if state is None:
            window = MovingWindow(self._per_second, self._window) if self._per_second else None
            state = self._scopes[scope] = _Scope(window=window)
        deadline = None if max_wait is None else time.monotonic() + max_wait
        while True:
            now = time.monotonic()
            pause = state.paused_until - now
            if pause > 0:
                await _sleep_within(pause, deadline, now, "the pause after a 429")
                continue
            wait = state.window.wait(now) if state.window is not None else 0.0
            if wait <= 0:
                return
            await _sleep_within(wait, deadline, now, "the rate budget")

    async def cool_down(self, scope: str, seconds: float) -> None:
        state = self._scopes.setdefault(scope, _Scope())
        state.paused_until = max(state.paused_until, time.monotonic() + seconds)


async def _sleep_within(seconds: float, deadline: float | None, now: float, reason: str) -> None:
    if deadline is not None and now + seconds > deadline:
        raise WaitTooLong(seconds, reason)
    await anyio.sleep(seconds)


def check_per_second(per_second: object) -> None:
    """Refuse a budget that is not a whole number of requests, 1 or more (None: no budget)."""
    if per_second is not None:
        whole_number("per_second", per_second, 1)


def check_margin(margin: object) -> float:
    return seconds_between("margin", margin, 0, 1)
