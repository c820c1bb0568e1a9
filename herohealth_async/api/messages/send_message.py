"""Send a Message: POST /v1/messages/send"""

from typing import Any

import httpx

from ...errors import UnexpectedStatus
from ...models.send_message_body import SendMessageBody
from ...models.sent_message import SentMessage
from ...types import Drift, Operation, Param, json_body


def _get_kwargs(
    *,
    body: SendMessageBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/v1/messages/send",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response, drift: Drift | None = None) -> SentMessage:
    if response.status_code == 200:
        response_200 = SentMessage.from_dict(json_body(response), drift)

        return response_200

    raise UnexpectedStatus(response.status_code, response.content)


_PARAMS: tuple[Param, ...] = (Param("body", "body", "body", (SendMessageBody,), True),)


def operation(
    *,
    body: SendMessageBody,
) -> Operation[SentMessage]:
    """Prepare this call without sending it (see ``Operation``).

    POST /v1/messages/send
    """
    return Operation(
        operation_id="send_message",
        method="POST",
        path="/v1/messages/send",
        arguments={
            "body": body,
        },
        params=_PARAMS,
        build=lambda: _get_kwargs(
            body=body,
        ),
        parse=_parse_success,
    )
