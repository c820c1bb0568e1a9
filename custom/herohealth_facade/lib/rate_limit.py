"""A budget of requests shared by everything that sends through one client, and the pause after a 429.

The client consults its :class:`RateLimiter` before each request and tells it about every 429, so a
``Retry-After`` pauses every task of the client, not just the one that was refused. The default,
:class:`LocalRateLimiter`, keeps that state in this process; ``RedisRateLimiter`` (the ``[redis]``
extra) shares it between processes and machines.
"""

from __future__ import annotations

import time
from typing import Any, Protocol, runtime_checkable

import anyio

from herohealth_facade.lib.arguments import whole_number


@runtime_checkable
class RateLimiter(Protocol):
    """What the client asks before sending, and tells after a 429."""

    async def acquire(self) -> None:
        """Return when one more request may be sent (after any pause, within any budget)."""
        ...

    async def cool_down(self, seconds: float) -> None:
        """A 429 asked everyone to wait ``seconds`` before sending again."""
        ...


class LocalRateLimiter:
    """The default: in this process, a pause after a 429 and, with ``per_second``, a budget.

    The budget uses the ``limits`` library's moving window (install ``herohealth-async[redis]``,
    which brings it); without ``per_second`` only the pause applies and nothing extra is needed.
    """

    def __init__(self, per_second: int | None = None) -> None:
        check_per_second(per_second)
        self._paused_until = 0.0
        self._window = _local_window(per_second) if per_second is not None else None

    async def acquire(self) -> None:
        pause = self._paused_until - time.monotonic()
        if pause > 0:
            await anyio.sleep(pause)
        if self._window is None:
            return
        # Polling is the point here: the window frees a place at a known time, nobody signals it.
        while (wait := self._window.wait()) > 0:  # noqa: ASYNC110
            await anyio.sleep(wait)

    async def cool_down(self, seconds: float) -> None:
        self._paused_until = max(self._paused_until, time.monotonic() + seconds)


def check_per_second(per_second: object) -> None:
    """Refuse a budget that is not a whole number of requests, 1 or more (None: no budget)."""
    if per_second is not None:
        whole_number("per_second", per_second, 1)


class MovingWindow:
    """A budget of ``per_second`` requests in any one-second window, kept in a ``limits`` storage
    (in memory for one process, in Redis for many)."""

    def __init__(self, storage: Any, per_second: int) -> None:
        from limits import RateLimitItemPerSecond  # noqa: PLC0415 (optional dependency)
        from limits.strategies import MovingWindowRateLimiter  # noqa: PLC0415

        self._item = RateLimitItemPerSecond(per_second)
        self._limiter = MovingWindowRateLimiter(storage)

    def wait(self) -> float:
        """0 if a request may go now (and counts it), else the seconds until the window frees one."""
        if self._limiter.hit(self._item, "herohealth"):
            return 0.0
        return max(0.001, self._limiter.get_window_stats(self._item, "herohealth").reset_time - time.time())


def _local_window(per_second: int) -> MovingWindow:
    try:
        from limits.storage import MemoryStorage  # noqa: PLC0415 (optional dependency)
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("a per_second budget needs the limits package: pip install herohealth-async[redis]") from exc
    return MovingWindow(MemoryStorage(), per_second)
