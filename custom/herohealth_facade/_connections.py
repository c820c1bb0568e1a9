"""One event loop's connections, and the calls in flight on them that closing the client ends.

On trio each call runs inside an anyio cancel scope that closing the client cancels. On asyncio
that scope costs 10 to 20 us of CPU per call when the calls run in plain asyncio tasks
(``asyncio.gather``) with 100 in flight, the SDK's largest single cost there (the performance
guide); so there the call's task is noted instead, and closing cancels it the way
``asyncio.timeout`` ends the code it wraps: the cancellation is taken back (``Task.uncancel``) and
becomes the client's error, unless the task was also cancelled from elsewhere.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator
from typing import Any

import anyio
import attrs
import httpx

Task = asyncio.Task[Any]


class AsyncioCalls:
    """The tasks with a call in flight on one asyncio loop (one call per task at a time)."""

    def __init__(self) -> None:
        self._cancelling: dict[Task, int] = {}
        """Each task's count of cancellation requests when its call began."""
        self._cancelled: set[Task] = set()

    def enter(self) -> Task:
        """Note the current task's call; return the task."""
        task = asyncio.current_task()
        if task is None:  # pragma: no cover (a coroutine always runs in a task under asyncio.run and anyio)
            raise RuntimeError("a HeroHealth call needs to run in an asyncio task")
        self._cancelling[task] = task.cancelling()
        return task

    def cancel_all(self) -> None:
        """Cancel every call in flight (the client is closing)."""
        for task in self._cancelling:
            if task not in self._cancelled:
                self._cancelled.add(task)
                task.cancel()

    def closed_it(self, task: Task) -> bool:
        """Whether the cancellation the call of ``task`` caught came from closing the client alone (it
        is then taken back, and the call ends with the client's error instead)."""
        if task not in self._cancelled:
            return False
        self._cancelled.discard(task)
        return task.uncancel() <= self._cancelling[task]

    def leave(self, task: Task) -> None:
        """Forget the call of ``task``; a cancellation from closing that it never caught is taken back,
        so that it cannot land after the call, in the caller's code."""
        del self._cancelling[task]
        if task in self._cancelled:
            self._cancelled.discard(task)
            task.uncancel()


@attrs.define(eq=False)
class Connections:
    """One event loop's connections: ``transport``'s (sent through directly) or a user's own ``http``
    client (sent through ``AsyncClient.send``, keeping its own behaviour).

    ``gate`` admits at most ``max_connections`` requests into the connection pool at once. httpcore
    rescans every queued request whenever a connection changes state, so with hundreds of requests
    queued inside it the event loop stalls for seconds; queued on an anyio semaphore instead, each
    waiter costs nothing until a connection is free.
    """

    transport: httpx.AsyncBaseTransport | None = None
    http: httpx.AsyncClient | None = None
    gate: anyio.Semaphore | None = None
    in_flight: set[anyio.CancelScope] = attrs.Factory(set)
    """The cancel scopes of the calls in flight, except on asyncio: there ``tasks`` holds them."""
    tasks: AsyncioCalls | None = None
    finaliser: AsyncGenerator[None, None] | None = None

    async def aclose(self) -> None:
        """End the requests in flight and close the connections if owned (an ``http`` client stays open)."""
        for scope in list(self.in_flight):
            scope.cancel()
        if self.tasks is not None:
            self.tasks.cancel_all()
        if self.transport is not None:
            await self.transport.aclose()


def gate(max_connections: int | None) -> anyio.Semaphore | None:
    return None if max_connections is None else anyio.Semaphore(max_connections)
