"""Messages operations: one module per operation, and a resource class that sends them."""

from typing import cast

from ...models.batch_message import BatchMessage
from ...models.create_batch_message_body import CreateBatchMessageBody
from ...models.list_batch_messages_status import ListBatchMessagesStatus, check_list_batch_messages_status
from ...models.message import Message
from ...models.send_message_body import SendMessageBody
from ...models.sent_message import SentMessage
from ...models.undocumented_list import UndocumentedList
from ...models.undocumented_object import UndocumentedObject
from ...types import UNSET, OperationCaller, Unset

__all__ = ["MessagesResource"]

from . import (
    create_batch_message,
    get_automated_message,
    get_batch_message,
    get_message,
    list_batch_message_recipients,
    list_batch_message_sends,
    list_batch_messages,
    list_templates,
    send_batch_message,
    send_message,
)


class MessagesResource:
    """The Messages operations, sent through a caller (a ``HeroHealth`` client).

    Each method sends one request and returns the documented success model; what happens on
    errors, retries and timeouts is the caller's policy.
    """

    def __init__(self, caller: OperationCaller) -> None:
        self._caller = caller

    async def list_batch_messages(
        self,
        *,
        page_size: int | Unset = UNSET,
        page_index: int | Unset = UNSET,
        status: ListBatchMessagesStatus | Unset = UNSET,
    ) -> BatchMessage:
        """List Batch Messages

        GET /v1/batch_message. See ``list_batch_messages.operation`` for the arguments.
        """
        return await self._caller.call(
            list_batch_messages.operation(
                page_size=page_size,
                page_index=page_index,
                status=status,
            )
        )

    async def create_batch_message(
        self,
        *,
        body: CreateBatchMessageBody,
    ) -> BatchMessage:
        """Create a Batch Message

        POST /v1/batch_message. See ``create_batch_message.operation`` for the arguments.
        """
        return await self._caller.call(
            create_batch_message.operation(
                body=body,
            )
        )

    async def send_batch_message(
        self,
        id: str,
    ) -> UndocumentedObject:
        """Send a Batch Message

        PATCH /v1/batch_message/{id}/send. See ``send_batch_message.operation`` for the arguments.
        """
        return await self._caller.call(
            send_batch_message.operation(
                id=id,
            )
        )

    async def get_batch_message(
        self,
        id: str,
    ) -> BatchMessage:
        """Get a Batch Message

        GET /v1/batch_message/{id}. See ``get_batch_message.operation`` for the arguments.
        """
        return await self._caller.call(
            get_batch_message.operation(
                id=id,
            )
        )

    async def list_batch_message_recipients(
        self,
        id: str,
        *,
        page_size: int | Unset = UNSET,
        page_index: int | Unset = UNSET,
        status: str | Unset = UNSET,
    ) -> UndocumentedList:
        """List Batch Message Recipients

        GET /v1/batch_message/{id}/recipients. See ``list_batch_message_recipients.operation`` for the arguments.
        """
        return await self._caller.call(
            list_batch_message_recipients.operation(
                id=id,
                page_size=page_size,
                page_index=page_index,
                status=status,
            )
        )

    async def list_batch_message_sends(
        self,
        id: str,
        *,
        page_size: int | Unset = UNSET,
        page_index: int | Unset = UNSET,
        status: str | Unset = UNSET,
    ) -> UndocumentedObject:
        """List Batch Message Sends

        GET /v1/batch_message/{id}/messages. See ``list_batch_message_sends.operation`` for the arguments.
        """
        return await self._caller.call(
            list_batch_message_sends.operation(
                id=id,
                page_size=page_size,
                page_index=page_index,
                status=status,
            )
        )

    async def get_message(
        self,
        id: str,
    ) -> Message:
        """Get a Message

        GET /v1/messages/{id}. See ``get_message.operation`` for the arguments.
        """
        return await self._caller.call(
            get_message.operation(
                id=id,
            )
        )

    async def send_message(
        self,
        *,
        body: SendMessageBody,
    ) -> SentMessage:
        """Send a Message

        POST /v1/messages/send. See ``send_message.operation`` for the arguments.
        """
        return await self._caller.call(
            send_message.operation(
                body=body,
            )
        )

    async def list_templates(
        self,
        *,
        has_follow_up: bool | Unset = UNSET,
    ) -> UndocumentedObject:
        """List Templates

        GET /v1/templates. See ``list_templates.operation`` for the arguments.
        """
        return await self._caller.call(
            list_templates.operation(
                has_follow_up=has_follow_up,
            )
        )

    async def get_automated_message(
        self,
        id: str,
    ) -> UndocumentedObject:
        """Get Automated Message

        GET /v2/automated_messages/{id}. See ``get_automated_message.operation`` for the arguments.
        """
        return await self._caller.call(
            get_automated_message.operation(
                id=id,
            )
        )
