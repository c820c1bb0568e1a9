"""The calls in flight on an asyncio event loop, so that closing the client ends them at once.

On trio each call runs inside an anyio cancel scope that closing the client cancels. On asyncio
that scope costs about 20 us of CPU per call when the calls run in plain asyncio tasks
(``asyncio.gather``) with 100 in flight, the SDK's largest single cost there (the performance
guide); so there the call's task is noted instead, and closing cancels it the way
``asyncio.timeout`` ends the code it wraps: the cancellation is taken back (``Task.uncancel``) and
becomes the client's error, unless the task was also cancelled from elsewhere.
"""

from __future__ import annotations

import asyncio
from typing import Any

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
