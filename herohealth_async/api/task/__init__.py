"""Task operations: one module per operation, and a resource class that sends them."""

from typing import cast

from ...models.task import Task
from ...models.update_task_body import UpdateTaskBody
from ...models.updated_task import UpdatedTask
from ...types import UNSET, OperationCaller, Unset

__all__ = ["TaskResource"]

from . import get_task, update_task


class TaskResource:
    """The Task operations, sent through a caller (a ``HeroHealth`` client).

    Each method sends one request and returns the documented success model; what happens on
    errors, retries and timeouts is the caller's policy.
    """

    def __init__(self, caller: OperationCaller) -> None:
        self._caller = caller

    async def update_task(
        self,
        id: str,
        *,
        body: UpdateTaskBody,
    ) -> UpdatedTask:
        """Update a task

        PATCH /v1/tasks/{id}. See ``update_task.operation`` for the arguments.
        """
        return await self._caller.call(
            update_task.operation(
                id=id,
                body=body,
            )
        )

    async def get_task(
        self,
        id: str,
    ) -> Task:
        """Get Task

        GET /v2/tasks/{id}. See ``get_task.operation`` for the arguments.
        """
        return await self._caller.call(
            get_task.operation(
                id=id,
            )
        )
