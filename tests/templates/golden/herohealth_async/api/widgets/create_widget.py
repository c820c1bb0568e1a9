"""Create a Widget: POST /v1/widgets"""

from typing import Any

import httpx

from ...errors import UnexpectedStatus
from ...models.copied_widget import CopiedWidget
from ...models.new_widget import NewWidget
from ...models.receipt import Receipt
from ...models.widget import Widget
from ...types import Drift, Operation, Param, json_body


def _get_kwargs(
    *,
    body: CopiedWidget | NewWidget,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/v1/widgets",
    }

    if isinstance(body, NewWidget):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response, drift: Drift | None = None) -> Widget | Receipt:
    if response.status_code == 200:
        response_200 = Widget.from_dict(json_body(response), drift)

        return response_200

    if response.status_code == 201:
        response_201 = Receipt.from_dict(json_body(response), drift)

        return response_201

    raise UnexpectedStatus(response.status_code, response.content)


_PARAMS: tuple[Param, ...] = (Param("body", "body", "body", (NewWidget, CopiedWidget), True),)


def operation(
    *,
    body: CopiedWidget | NewWidget,
) -> Operation[Widget | Receipt]:
    """Prepare this call without sending it (see ``Operation``).

    POST /v1/widgets
    """
    return Operation(
        operation_id="create_widget",
        method="POST",
        path="/v1/widgets",
        arguments={
            "body": body,
        },
        params=_PARAMS,
        build=lambda: _get_kwargs(
            body=body,
        ),
        parse=_parse_success,
    )
