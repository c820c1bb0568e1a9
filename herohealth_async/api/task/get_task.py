"""Get Task: GET /v2/tasks/{id}"""

from typing import Any
from urllib.parse import quote

import httpx

from ...errors import UnexpectedStatus
from ...models.task import Task
from ...types import Drift, Operation, Param, json_body


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/v2/tasks/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_success(response: httpx.Response, drift: Drift | None = None) -> Task:
    if response.status_code == 200:
        response_200 = Task.from_dict(json_body(response), drift)

        return response_200

    raise UnexpectedStatus(response.status_code, response.content)


_PARAMS: tuple[Param, ...] = (Param("id", "id", "path", (str,), True),)


def operation(
    id: str,
) -> Operation[Task]:
    """Prepare this call without sending it (see ``Operation``).

    GET /v2/tasks/{id}
    """
    return Operation(
        operation_id="get_task",
        method="GET",
        path="/v2/tasks/{id}",
        arguments={
            "id": id,
        },
        params=_PARAMS,
        build=lambda: _get_kwargs(
            id=id,
        ),
        parse=_parse_success,
    )
