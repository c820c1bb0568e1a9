"""Links operations: one module per operation, a resource class that sends them,
and its raw twin."""

from collections.abc import Mapping
from functools import cached_property
from typing import cast

import httpx

from ...models.attachment_link import AttachmentLink
from ...models.create_attachment_link_body import CreateAttachmentLinkBody
from ...models.create_booking_link_body import CreateBookingLinkBody
from ...models.undocumented_object import UndocumentedObject
from ...models.update_booking_link_body import UpdateBookingLinkBody
from ...types import NOT_GIVEN, UNSET, APIResponse, NotGiven, OperationCaller, Pager, RequestOptions, Unset

__all__ = ["LinksResource", "LinksResourceWithRawResponse"]

from . import create_attachment_link, create_booking_link, get_booking_link, update_booking_link


class LinksResource:
    """The Links operations, sent through a caller (a ``HeroHealth`` client).

    Each method sends one request and returns the documented success model; a paged list returns a
    ``Pager`` (``await`` it for one page, ``async for`` over it for every item). Errors, retries and
    timeouts follow the client's policy; ``with_raw_response`` has the same methods returning
    ``APIResponse`` (status, headers, request id and the model).
    """

    def __init__(self, caller: OperationCaller) -> None:
        self._caller = caller

    @cached_property
    def with_raw_response(self) -> "LinksResourceWithRawResponse":
        """The same methods, returning the whole success (``APIResponse``)."""
        return LinksResourceWithRawResponse(self._caller)

    async def create_attachment_link(
        self,
        *,
        body: CreateAttachmentLinkBody,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        idempotency_key: str | None = None,
    ) -> AttachmentLink:
        """Create an Attachment Link

        Creates a link through which a patient can open a file; pass ehr_file_id or file_data.

        ``POST /v1/attachment_links``

        Args:
            body: the request body (CreateAttachmentLinkBody)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).
            idempotency_key: the same key on a repeat (a retried job) returns this call's recorded answer
                without sending again; an outcome that cannot be known raises ``OutcomeUnknownError``.

        Retries: only when the request provably never reached the server (a refused connection, a pool
        timeout) or was refused by the rate limit (429); never once it may have been sent.
        """

        operation = create_attachment_link.operation(
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

    async def create_booking_link(
        self,
        *,
        body: CreateBookingLinkBody,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        idempotency_key: str | None = None,
    ) -> UndocumentedObject:
        """Create a Booking Link

        Creates a link a patient can use to self-book an available slot.

        ``POST /v1/booking_links``

        Args:
            body: the request body (CreateBookingLinkBody)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).
            idempotency_key: the same key on a repeat (a retried job) returns this call's recorded answer
                without sending again; an outcome that cannot be known raises ``OutcomeUnknownError``.

        Retries: only when the request provably never reached the server (a refused connection, a pool
        timeout) or was refused by the rate limit (429); never once it may have been sent.
        """

        operation = create_booking_link.operation(
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

    async def get_booking_link(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> UndocumentedObject:
        """Get a Booking Link

        Returns one booking link.

        ``GET /v1/booking_links/{id}``

        Args:
            id (str, required)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = get_booking_link.operation(
            id=id,
        )
        return (
            await self._caller.send_operation(
                operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
            )
        ).parsed

    async def update_booking_link(
        self,
        id: str,
        *,
        body: UpdateBookingLinkBody,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        idempotency_key: str | None = None,
    ) -> UndocumentedObject:
        """Update a Booking Link

        Changes an existing booking link.

        ``PATCH /v1/booking_links/{id}``

        Args:
            id (str, required)
            body: the request body (UpdateBookingLinkBody)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).
            idempotency_key: the same key on a repeat (a retried job) returns this call's recorded answer
                without sending again; an outcome that cannot be known raises ``OutcomeUnknownError``.

        Retries: only when the request provably never reached the server (a refused connection, a pool
        timeout) or was refused by the rate limit (429); never once it may have been sent.
        """

        operation = update_booking_link.operation(
            id=id,
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


class LinksResourceWithRawResponse:
    """The Links operations, returning ``APIResponse`` (status, headers, request id, model)."""

    def __init__(self, caller: OperationCaller) -> None:
        self._caller = caller

    async def create_attachment_link(
        self,
        *,
        body: CreateAttachmentLinkBody,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        idempotency_key: str | None = None,
    ) -> APIResponse[AttachmentLink]:
        """Create an Attachment Link

        Creates a link through which a patient can open a file; pass ehr_file_id or file_data.

        ``POST /v1/attachment_links``

        Args:
            body: the request body (CreateAttachmentLinkBody)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).
            idempotency_key: the same key on a repeat (a retried job) returns this call's recorded answer
                without sending again; an outcome that cannot be known raises ``OutcomeUnknownError``.

        Retries: only when the request provably never reached the server (a refused connection, a pool
        timeout) or was refused by the rate limit (429); never once it may have been sent.
        """

        operation = create_attachment_link.operation(
            body=body,
        )
        return await self._caller.send_operation(
            operation,
            RequestOptions(
                timeout, max_retries, extra_headers, extra_query, extra_body, idempotency_key=idempotency_key
            ),
        )

    async def create_booking_link(
        self,
        *,
        body: CreateBookingLinkBody,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        idempotency_key: str | None = None,
    ) -> APIResponse[UndocumentedObject]:
        """Create a Booking Link

        Creates a link a patient can use to self-book an available slot.

        ``POST /v1/booking_links``

        Args:
            body: the request body (CreateBookingLinkBody)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).
            idempotency_key: the same key on a repeat (a retried job) returns this call's recorded answer
                without sending again; an outcome that cannot be known raises ``OutcomeUnknownError``.

        Retries: only when the request provably never reached the server (a refused connection, a pool
        timeout) or was refused by the rate limit (429); never once it may have been sent.
        """

        operation = create_booking_link.operation(
            body=body,
        )
        return await self._caller.send_operation(
            operation,
            RequestOptions(
                timeout, max_retries, extra_headers, extra_query, extra_body, idempotency_key=idempotency_key
            ),
        )

    async def get_booking_link(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> APIResponse[UndocumentedObject]:
        """Get a Booking Link

        Returns one booking link.

        ``GET /v1/booking_links/{id}``

        Args:
            id (str, required)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = get_booking_link.operation(
            id=id,
        )
        return await self._caller.send_operation(
            operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
        )

    async def update_booking_link(
        self,
        id: str,
        *,
        body: UpdateBookingLinkBody,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        idempotency_key: str | None = None,
    ) -> APIResponse[UndocumentedObject]:
        """Update a Booking Link

        Changes an existing booking link.

        ``PATCH /v1/booking_links/{id}``

        Args:
            id (str, required)
            body: the request body (UpdateBookingLinkBody)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).
            idempotency_key: the same key on a repeat (a retried job) returns this call's recorded answer
                without sending again; an outcome that cannot be known raises ``OutcomeUnknownError``.

        Retries: only when the request provably never reached the server (a refused connection, a pool
        timeout) or was refused by the rate limit (429); never once it may have been sent.
        """

        operation = update_booking_link.operation(
            id=id,
            body=body,
        )
        return await self._caller.send_operation(
            operation,
            RequestOptions(
                timeout, max_retries, extra_headers, extra_query, extra_body, idempotency_key=idempotency_key
            ),
        )
