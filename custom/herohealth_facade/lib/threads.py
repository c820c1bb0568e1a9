"""Worker threads for blocking calls (Redis, a replay guard), kept apart from anyio's default pool."""

from __future__ import annotations

import anyio
import anyio.lowlevel


class ThreadLimit:
    """At most ``threads`` worker threads at once, per event loop, for one kind of blocking call.

    anyio's default pool has 40 threads shared by the whole application; a dependency that hangs
    (a Redis that stopped answering) must not take all of them, so each kind gets its own limit.
    """

    def __init__(self, threads: int = 8) -> None:
        self._threads = threads
        self._loop: anyio.lowlevel.EventLoopToken | None = None
        self._limiter: anyio.CapacityLimiter | None = None

    def limiter(self) -> anyio.CapacityLimiter:
        """The limiter of the running event loop (a limiter belongs to the loop that made it)."""
        token = anyio.lowlevel.current_token()
        if self._limiter is None or self._loop != token:
            self._loop, self._limiter = token, anyio.CapacityLimiter(self._threads)
        return self._limiter
