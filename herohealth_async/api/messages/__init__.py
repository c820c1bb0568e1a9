"""Messages operations: one module per operation, a resource class that sends them,
and its raw twin."""

from collections.abc import Mapping
from functools import cached_property
from typing import cast

import httpx

from ...models.batch_message import BatchMessage
from ...models.create_batch_message_body import CreateBatchMessageBody
from ...models.list_batch_messages_status import ListBatchMessagesStatus, check_list_batch_messages_status
from ...models.message import Message
from ...models.send_message_body import SendMessageBody
from ...models.sent_message import SentMessage
from ...models.undocumented_list import UndocumentedList
from ...models.undocumented_object import UndocumentedObject
from ...types import NOT_GIVEN, UNSET, APIResponse, NotGiven, OperationCaller, Pager, RequestOptions, Unset

__all__ = ["MessagesResource", "MessagesResourceWithRawResponse"]

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

    Each method sends one request and returns the documented success model; a paged list returns a
    ``Pager`` (``await`` it for one page, ``async for`` over it for every item). Errors, retries and
    timeouts follow the client's policy; ``with_raw_response`` has the same methods returning
    ``APIResponse`` (status, headers, request id and the model).
    """

    def __init__(self, caller: OperationCaller) -> None:
        self._caller = caller

    @cached_property
    def with_raw_response(self) -> "MessagesResourceWithRawResponse":
        """The same methods, returning the whole success (``APIResponse``)."""
        return MessagesResourceWithRawResponse(self._caller)

    async def list_batch_messages(
        self,
        *,
        page_size: int | Unset = UNSET,
        page_index: int | Unset = UNSET,
        status: ListBatchMessagesStatus | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> BatchMessage:
        """List Batch Messages

        Lists the batch messages of the practice group, paged and optionally filtered by status.

        ``GET /v1/batch_message``

        Args:
            page_size (int)
            page_index (int)
            status (ListBatchMessagesStatus)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = list_batch_messages.operation(
            page_size=page_size,
            page_index=page_index,
            status=status,
        )
        return (
            await self._caller.send_operation(
                operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
            )
        ).parsed

    async def create_batch_message(
        self,
        *,
        body: CreateBatchMessageBody,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        idempotency_key: str | None = None,
    ) -> BatchMessage:
        """Create a Batch Message

        Creates a bulk message campaign that goes to many recipients over one channel.

        ``POST /v1/batch_message``

        Args:
            body: the request body (CreateBatchMessageBody)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).
            idempotency_key: the same key on a repeat (a retried job) returns this call's recorded answer
                without sending again; an outcome that cannot be known raises ``OutcomeUnknownError``.

        Retries: only when the request provably never reached the server (a refused connection, a pool
        timeout) or was refused by the rate limit (429); never once it may have been sent.
        """

        operation = create_batch_message.operation(
            body=body,
        )
        return (
            await self._caller.send_operation(
                operation,
                RequestOptions(
                    timeout, max_retries, extra_headers, extra_query, extra_body, idempotency_key=idempotency_key
                ),
            )
        ).parsed

    async def send_batch_message(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        idempotency_key: str | None = None,
    ) -> UndocumentedObject:
        """Send a Batch Message

        Starts sending a batch message that was created earlier.

        ``PATCH /v1/batch_message/{id}/send``

        Args:
            id (str, required)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).
            idempotency_key: the same key on a repeat (a retried job) returns this call's recorded answer
                without sending again; an outcome that cannot be known raises ``OutcomeUnknownError``.

        Retries: only when the request provably never reached the server (a refused connection, a pool
        timeout) or was refused by the rate limit (429); never once it may have been sent.
        """

        operation = send_batch_message.operation(
            id=id,
        )
        return (
            await self._caller.send_operation(
                operation,
                RequestOptions(
                    timeout, max_retries, extra_headers, extra_query, extra_body, idempotency_key=idempotency_key
                ),
            )
        ).parsed

    async def get_batch_message(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> BatchMessage:
        """Get a Batch Message

        Fetches one batch message by its ID.

        ``GET /v1/batch_message/{id}``

        Args:
            id (str, required)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = get_batch_message.operation(
            id=id,
        )
        return (
            await self._caller.send_operation(
                operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
            )
        ).parsed

    def list_batch_message_recipients(
        self,
        id: str,
        *,
        page_size: int | Unset = UNSET,
        page_index: int | Unset = UNSET,
        status: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = False,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Pager[UndocumentedList, UndocumentedObject]:
        """List Batch Message Recipients

        Lists the recipients of a batch message, paged and optionally filtered by status.

        ``GET /v1/batch_message/{id}/recipients``

        Args:
            id (str, required)
            page_size (int)
            page_index (int)
            status (str)
            max_items: when iterating, stop after this many items.
            prefetch: when iterating inside ``async with``, fetch the next page while this one is used.
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        return self._caller.paginate_operation(
            lambda page_index, page_size: list_batch_message_recipients.operation(
                id=id,
                status=status,
                page_index=page_index,
                page_size=page_size,
            ),
            UndocumentedObject,
            page_index=page_index,
            page_size=page_size,
            max_items=max_items,
            prefetch=prefetch,
            options=RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def list_batch_message_sends(
        self,
        id: str,
        *,
        page_size: int | Unset = UNSET,
        page_index: int | Unset = UNSET,
        status: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> UndocumentedObject:
        """List Batch Message Sends

        Lists the individual messages sent as part of a batch, paged and optionally filtered by status.

        ``GET /v1/batch_message/{id}/messages``

        Args:
            id (str, required)
            page_size (int)
            page_index (int)
            status (str)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = list_batch_message_sends.operation(
            id=id,
            page_size=page_size,
            page_index=page_index,
            status=status,
        )
        return (
            await self._caller.send_operation(
                operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
            )
        ).parsed

    async def get_message(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Message:
        """Get a Message

        Fetches one sent or scheduled message, including its delivery status and write-to-record state.

        ``GET /v1/messages/{id}``

        Args:
            id (str, required)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = get_message.operation(
            id=id,
        )
        return (
            await self._caller.send_operation(
                operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
            )
        ).parsed

    async def send_message(
        self,
        *,
        body: SendMessageBody,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        idempotency_key: str | None = None,
    ) -> SentMessage:
        """Send a Message

        Sends a single message to a Hero patient by Hero, SMS, email or the NHS App. It can optionally be
        scheduled, assigned, and written to the patient's EHR record.

        ``POST /v1/messages/send``

        Args:
            body: the request body (SendMessageBody)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).
            idempotency_key: the same key on a repeat (a retried job) returns this call's recorded answer
                without sending again; an outcome that cannot be known raises ``OutcomeUnknownError``.

        Retries: only when the request provably never reached the server (a refused connection, a pool
        timeout) or was refused by the rate limit (429); never once it may have been sent.
        """

        operation = send_message.operation(
            body=body,
        )
        return (
            await self._caller.send_operation(
                operation,
                RequestOptions(
                    timeout, max_retries, extra_headers, extra_query, extra_body, idempotency_key=idempotency_key
                ),
            )
        ).parsed

    async def list_templates(
        self,
        *,
        has_follow_up: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> UndocumentedObject:
        """List Templates

        Lists message templates, optionally only those with a follow-up.

        ``GET /v1/templates``

        Args:
            has_follow_up (bool)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = list_templates.operation(
            has_follow_up=has_follow_up,
        )
        return (
            await self._caller.send_operation(
                operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
            )
        ).parsed

    async def get_automated_message(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> UndocumentedObject:
        """Get Automated Message

        Fetches one automated (scheduled or sequence) message by ID.

        ``GET /v2/automated_messages/{id}``

        Args:
            id (str, required)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = get_automated_message.operation(
            id=id,
        )
        return (
            await self._caller.send_operation(
                operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
            )
        ).parsed


class MessagesResourceWithRawResponse:
    """The Messages operations, returning ``APIResponse`` (status, headers, request id, model)."""

    def __init__(self, caller: OperationCaller) -> None:
        self._caller = caller

    async def list_batch_messages(
        self,
        *,
        page_size: int | Unset = UNSET,
        page_index: int | Unset = UNSET,
        status: ListBatchMessagesStatus | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> APIResponse[BatchMessage]:
        """List Batch Messages

        Lists the batch messages of the practice group, paged and optionally filtered by status.

        ``GET /v1/batch_message``

        Args:
            page_size (int)
            page_index (int)
            status (ListBatchMessagesStatus)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = list_batch_messages.operation(
            page_size=page_size,
            page_index=page_index,
            status=status,
        )
        return await self._caller.send_operation(
            operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
        )

    async def create_batch_message(
        self,
        *,
        body: CreateBatchMessageBody,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        idempotency_key: str | None = None,
    ) -> APIResponse[BatchMessage]:
        """Create a Batch Message

        Creates a bulk message campaign that goes to many recipients over one channel.

        ``POST /v1/batch_message``

        Args:
            body: the request body (CreateBatchMessageBody)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).
            idempotency_key: the same key on a repeat (a retried job) returns this call's recorded answer
                without sending again; an outcome that cannot be known raises ``OutcomeUnknownError``.

        Retries: only when the request provably never reached the server (a refused connection, a pool
        timeout) or was refused by the rate limit (429); never once it may have been sent.
        """

        operation = create_batch_message.operation(
            body=body,
        )
        return await self._caller.send_operation(
            operation,
            RequestOptions(
                timeout, max_retries, extra_headers, extra_query, extra_body, idempotency_key=idempotency_key
            ),
        )

    async def send_batch_message(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        idempotency_key: str | None = None,
    ) -> APIResponse[UndocumentedObject]:
        """Send a Batch Message

        Starts sending a batch message that was created earlier.

        ``PATCH /v1/batch_message/{id}/send``

        Args:
            id (str, required)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).
            idempotency_key: the same key on a repeat (a retried job) returns this call's recorded answer
                without sending again; an outcome that cannot be known raises ``OutcomeUnknownError``.

        Retries: only when the request provably never reached the server (a refused connection, a pool
        timeout) or was refused by the rate limit (429); never once it may have been sent.
        """

        operation = send_batch_message.operation(
            id=id,
        )
        return await self._caller.send_operation(
            operation,
            RequestOptions(
                timeout, max_retries, extra_headers, extra_query, extra_body, idempotency_key=idempotency_key
            ),
        )

    async def get_batch_message(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> APIResponse[BatchMessage]:
        """Get a Batch Message

        Fetches one batch message by its ID.

        ``GET /v1/batch_message/{id}``

        Args:
            id (str, required)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = get_batch_message.operation(
            id=id,
        )
        return await self._caller.send_operation(
            operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
        )

    async def list_batch_message_recipients(
        self,
        id: str,
        *,
        page_size: int | Unset = UNSET,
        page_index: int | Unset = UNSET,
        status: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> APIResponse[UndocumentedList]:
        """List Batch Message Recipients

        Lists the recipients of a batch message, paged and optionally filtered by status.

        ``GET /v1/batch_message/{id}/recipients``

        Args:
            id (str, required)
            page_size (int)
            page_index (int)
            status (str)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = list_batch_message_recipients.operation(
            id=id,
            page_size=page_size,
            page_index=page_index,
            status=status,
        )
        return await self._caller.send_operation(
            operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
        )

    async def list_batch_message_sends(
        self,
        id: str,
        *,
        page_size: int | Unset = UNSET,
        page_index: int | Unset = UNSET,
        status: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> APIResponse[UndocumentedObject]:
        """List Batch Message Sends

        Lists the individual messages sent as part of a batch, paged and optionally filtered by status.

        ``GET /v1/batch_message/{id}/messages``

        Args:
            id (str, required)
            page_size (int)
            page_index (int)
            status (str)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = list_batch_message_sends.operation(
            id=id,
            page_size=page_size,
            page_index=page_index,
            status=status,
        )
        return await self._caller.send_operation(
            operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
        )

    async def get_message(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> APIResponse[Message]:
        """Get a Message

        Fetches one sent or scheduled message, including its delivery status and write-to-record state.

        ``GET /v1/messages/{id}``

        Args:
            id (str, required)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = get_message.operation(
            id=id,
        )
        return await self._caller.send_operation(
            operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
        )

    async def send_message(
        self,
        *,
        body: SendMessageBody,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        idempotency_key: str | None = None,
    ) -> APIResponse[SentMessage]:
        """Send a Message

        Sends a single message to a Hero patient by Hero, SMS, email or the NHS App. It can optionally be
        scheduled, assigned, and written to the patient's EHR record.

        ``POST /v1/messages/send``

        Args:
            body: the request body (SendMessageBody)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).
            idempotency_key: the same key on a repeat (a retried job) returns this call's recorded answer
                without sending again; an outcome that cannot be known raises ``OutcomeUnknownError``.

        Retries: only when the request provably never reached the server (a refused connection, a pool
        timeout) or was refused by the rate limit (429); never once it may have been sent.
        """

        operation = send_message.operation(
            body=body,
        )
        return await self._caller.send_operation(
            operation,
            RequestOptions(
                timeout, max_retries, extra_headers, extra_query, extra_body, idempotency_key=idempotency_key
            ),
        )

    async def list_templates(
        self,
        *,
        has_follow_up: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> APIResponse[UndocumentedObject]:
        """List Templates

        Lists message templates, optionally only those with a follow-up.

        ``GET /v1/templates``

        Args:
            has_follow_up (bool)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = list_templates.operation(
            has_follow_up=has_follow_up,
        )
        return await self._caller.send_operation(
            operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
        )

    async def get_automated_message(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> APIResponse[UndocumentedObject]:
        """Get Automated Message

        Fetches one automated (scheduled or sequence) message by ID.

        ``GET /v2/automated_messages/{id}``

        Args:
            id (str, required)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = get_automated_message.operation(
            id=id,
        )
        return await self._caller.send_operation(
            operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
        )
