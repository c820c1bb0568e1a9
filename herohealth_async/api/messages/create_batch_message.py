"""Create a Batch Message: POST /v1/batch_message"""

from typing import Any

import httpx

from ...errors import UnexpectedStatus
from ...models.batch_message import BatchMessage
from ...models.create_batch_message_body import CreateBatchMessageBody
from ...types import Drift, Operation, Param, json_body


def _get_kwargs(
    *,
    body: CreateBatchMessageBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/v1/batch_message",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response, drift: Drift | None = None) -> BatchMessage:
    if response.status_code == 200:
        response_200 = BatchMessage.from_dict(json_body(response), drift)

        return response_200

    raise UnexpectedStatus(response.status_code, response.content)


_PARAMS: tuple[Param, ...] = (Param("body", "body", "body", (CreateBatchMessageBody,), True),)


def operation(
    *,
    body: CreateBatchMessageBody,
) -> Operation[BatchMessage]:
    """Prepare this call without sending it (see ``Operation``).

    POST /v1/batch_message
    """
    return Operation(
        operation_id="create_batch_message",
        method="POST",
        path="/v1/batch_message",
        arguments={
            "body": body,
        },
        params=_PARAMS,
        build=lambda: _get_kwargs(
            body=body,
        ),
        parse=_parse_success,
    )
