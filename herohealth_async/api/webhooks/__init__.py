"""Webhooks operations: one module per operation, and a resource class that sends them."""

from typing import cast

from ...models.create_webhook_body import CreateWebhookBody
from ...models.undocumented_object import UndocumentedObject
from ...models.webhook import Webhook
from ...types import UNSET, OperationCaller, Unset

__all__ = ["WebhooksResource"]

from . import create_webhook, delete_webhook, list_webhooks


class WebhooksResource:
    """The Webhooks operations, sent through a caller (a ``HeroHealth`` client).

    Each method sends one request and returns the documented success model; what happens on
    errors, retries and timeouts is the caller's policy.
    """

    def __init__(self, caller: OperationCaller) -> None:
        self._caller = caller

    async def list_webhooks(
        self,
        *,
        event_type: str | Unset = UNSET,
    ) -> UndocumentedObject:
        """List Webhooks

        GET /v1/webhooks. See ``list_webhooks.operation`` for the arguments.
        """
        return await self._caller.call(
            list_webhooks.operation(
                event_type=event_type,
            )
        )

    async def create_webhook(
        self,
        *,
        body: CreateWebhookBody,
    ) -> Webhook:
        """Create a Webhook

        POST /v1/webhooks. See ``create_webhook.operation`` for the arguments.
        """
        return await self._caller.call(
            create_webhook.operation(
                body=body,
            )
        )

    async def delete_webhook(
        self,
        id: str,
    ) -> UndocumentedObject:
        """Delete a Webhook

        DELETE /v1/webhooks/{id}. See ``delete_webhook.operation`` for the arguments.
        """
        return await self._caller.call(
            delete_webhook.operation(
                id=id,
            )
        )
