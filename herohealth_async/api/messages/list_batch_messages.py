"""List Batch Messages: GET /v1/batch_message"""

from typing import Any

import httpx

from ...errors import UnexpectedStatus
from ...models.batch_message import BatchMessage
from ...models.list_batch_messages_status import ListBatchMessagesStatus
from ...types import UNSET, Drift, Operation, Param, Unset, json_body


def _get_kwargs(
    *,
    page_size: int | Unset = UNSET,
    page_index: int | Unset = UNSET,
    status: ListBatchMessagesStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_size"] = page_size

    params["page_index"] = page_index

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/v1/batch_message",
        "params": params,
    }

    return _kwargs


def _parse_success(response: httpx.Response, drift: Drift | None = None) -> BatchMessage:
    if response.status_code == 200:
        response_200 = BatchMessage.from_dict(json_body(response), drift)

        return response_200

    raise UnexpectedStatus(response.status_code, response.content)


_PARAMS: tuple[Param, ...] = (
    Param("page_size", "page_size", "query", (int,), False),
    Param("page_index", "page_index", "query", (int,), False),
    Param("status", "status", "query", (str,), False),
)


def operation(
    *,
    page_size: int | Unset = UNSET,
    page_index: int | Unset = UNSET,
    status: ListBatchMessagesStatus | Unset = UNSET,
) -> Operation[BatchMessage]:
    """Prepare this call without sending it (see ``Operation``).

    GET /v1/batch_message
    """
    return Operation(
        operation_id="list_batch_messages",
        method="GET",
        path="/v1/batch_message",
        arguments={
            "page_size": page_size,
            "page_index": page_index,
            "status": status,
        },
        params=_PARAMS,
        build=lambda: _get_kwargs(
            page_size=page_size,
            page_index=page_index,
            status=status,
        ),
        parse=_parse_success,
    )
