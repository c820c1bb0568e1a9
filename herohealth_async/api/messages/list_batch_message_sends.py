"""List Batch Message Sends: GET /v1/batch_message/{id}/messages"""

from typing import Any
from urllib.parse import quote

import httpx

from ...errors import UnexpectedStatus
from ...models.undocumented_object import UndocumentedObject
from ...types import UNSET, Drift, Operation, Param, Unset, json_body


def _get_kwargs(
    id: str,
    *,
    page_size: int | Unset = UNSET,
    page_index: int | Unset = UNSET,
    status: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_size"] = page_size

    params["page_index"] = page_index

    params["status"] = status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/v1/batch_message/{id}/messages".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_success(response: httpx.Response, drift: Drift | None = None) -> UndocumentedObject:
    if response.status_code == 200:
        response_200 = UndocumentedObject.from_dict(json_body(response), drift)

        return response_200

    raise UnexpectedStatus(response.status_code, response.content)


_PARAMS: tuple[Param, ...] = (
    Param("id", "id", "path", (str,), True),
    Param("page_size", "page_size", "query", (int,), False),
    Param("page_index", "page_index", "query", (int,), False),
    Param("status", "status", "query", (str,), False),
)


def operation(
    id: str,
    *,
    page_size: int | Unset = UNSET,
    page_index: int | Unset = UNSET,
    status: str | Unset = UNSET,
) -> Operation[UndocumentedObject]:
    """Prepare this call without sending it (see ``Operation``).

    GET /v1/batch_message/{id}/messages
    """
    return Operation(
        operation_id="list_batch_message_sends",
        method="GET",
        path="/v1/batch_message/{id}/messages",
        arguments={
            "id": id,
            "page_size": page_size,
            "page_index": page_index,
            "status": status,
        },
        params=_PARAMS,
        build=lambda: _get_kwargs(
            id=id,
            page_size=page_size,
            page_index=page_index,
            status=status,
        ),
        parse=_parse_success,
    )
