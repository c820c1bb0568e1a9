"""Create a Webhook: POST /v1/webhooks"""

from typing import Any

import httpx

from ...errors import UnexpectedStatus
from ...models.create_webhook_body import CreateWebhookBody
from ...models.webhook import Webhook
from ...types import Drift, Operation, Param, json_body


def _get_kwargs(
    *,
    body: CreateWebhookBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/v1/webhooks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response, drift: Drift | None = None) -> Webhook:
    if response.status_code == 200:
        response_200 = Webhook.from_dict(json_body(response), drift)

        return response_200

    raise UnexpectedStatus(response.status_code, response.content)


_PARAMS: tuple[Param, ...] = (Param("body", "body", "body", (CreateWebhookBody,), True),)


def operation(
    *,
    body: CreateWebhookBody,
) -> Operation[Webhook]:
    """Prepare this call without sending it (see ``Operation``).

    POST /v1/webhooks
    """
    return Operation(
        operation_id="create_webhook",
        method="POST",
        path="/v1/webhooks",
        arguments={
            "body": body,
        },
        params=_PARAMS,
        build=lambda: _get_kwargs(
            body=body,
        ),
        parse=_parse_success,
    )
