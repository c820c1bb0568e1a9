"""Links operations: one module per operation, and a resource class that sends them."""

from typing import cast

from ...models.attachment_link import AttachmentLink
from ...models.create_attachment_link_body import CreateAttachmentLinkBody
from ...models.create_booking_link_body import CreateBookingLinkBody
from ...models.undocumented_object import UndocumentedObject
from ...models.update_booking_link_body import UpdateBookingLinkBody
from ...types import UNSET, OperationCaller, Unset

__all__ = ["LinksResource"]

from . import create_attachment_link, create_booking_link, get_booking_link, update_booking_link


class LinksResource:
    """The Links operations, sent through a caller (a ``HeroHealth`` client).

    Each method sends one request and returns the documented success model; what happens on
    errors, retries and timeouts is the caller's policy.
    """

    def __init__(self, caller: OperationCaller) -> None:
        self._caller = caller

    async def create_attachment_link(
        self,
        *,
        body: CreateAttachmentLinkBody,
    ) -> AttachmentLink:
        """Create an Attachment Link

        POST /v1/attachment_links. See ``create_attachment_link.operation`` for the arguments.
        """
        return await self._caller.call(
            create_attachment_link.operation(
                body=body,
            )
        )

    async def create_booking_link(
        self,
        *,
        body: CreateBookingLinkBody,
    ) -> UndocumentedObject:
        """Create a Booking Link

        POST /v1/booking_links. See ``create_booking_link.operation`` for the arguments.
        """
        return await self._caller.call(
            create_booking_link.operation(
                body=body,
            )
        )

    async def get_booking_link(
        self,
        id: str,
    ) -> UndocumentedObject:
        """Get a Booking Link

        GET /v1/booking_links/{id}. See ``get_booking_link.operation`` for the arguments.
        """
        return await self._caller.call(
            get_booking_link.operation(
                id=id,
            )
        )

    async def update_booking_link(
        self,
        id: str,
        *,
        body: UpdateBookingLinkBody,
    ) -> UndocumentedObject:
        """Update a Booking Link

        PATCH /v1/booking_links/{id}. See ``update_booking_link.operation`` for the arguments.
        """
        return await self._caller.call(
            update_booking_link.operation(
                id=id,
                body=body,
            )
        )
