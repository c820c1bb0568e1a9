"""Booking operations: one module per operation, a resource class that sends them,
and its raw twin."""

import datetime
from collections.abc import Mapping
from functools import cached_property
from typing import cast

import httpx

from ...models.appointment import Appointment
from ...models.appointment_list import AppointmentList
from ...models.book_appointment_body import BookAppointmentBody
from ...models.cancel_appointment_body import CancelAppointmentBody
from ...models.check_slot_availability_body import CheckSlotAvailabilityBody
from ...models.create_appointment_body import CreateAppointmentBody
from ...models.edit_appointment_body import EditAppointmentBody
from ...models.reschedule_appointment_body import RescheduleAppointmentBody
from ...models.reservation import Reservation
from ...models.slot import Slot
from ...models.slot_availability import SlotAvailability
from ...models.slot_list import SlotList
from ...models.undocumented_object import UndocumentedObject
from ...models.validation_error import ValidationError
from ...types import NOT_GIVEN, UNSET, APIResponse, NotGiven, OperationCaller, Pager, RequestOptions, Unset

__all__ = ["BookingResource", "BookingResourceWithRawResponse"]

from . import (
    book_appointment,
    cancel_appointment,
    check_slot_availability,
    count_slots,
    create_appointment,
    edit_appointment,
    get_appointment,
    get_appointment_status,
    get_slot,
    list_appointments,
    list_slots,
    reschedule_appointment,
)


class BookingResource:
    """The Booking operations, sent through a caller (a ``HeroHealth`` client).

    Each method sends one request and returns the documented success model; a paged list returns a
    ``Pager`` (``await`` it for one page, ``async for`` over it for every item). Errors, retries and
    timeouts follow the client's policy; ``with_raw_response`` has the same methods returning
    ``APIResponse`` (status, headers, request id and the model).
    """

    def __init__(self, caller: OperationCaller) -> None:
        self._caller = caller

    @cached_property
    def with_raw_response(self) -> "BookingResourceWithRawResponse":
        """The same methods, returning the whole success (``APIResponse``)."""
        return BookingResourceWithRawResponse(self._caller)

    async def list_appointments(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AppointmentList:
        """List Appointments

        Lists the practice group's appointments.

        ``GET /v1/appointments``

        Args:
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = list_appointments.operation()
        return (
            await self._caller.send_operation(
                operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
            )
        ).parsed

    async def create_appointment(
        self,
        *,
        body: CreateAppointmentBody,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        idempotency_key: str | None = None,
    ) -> Reservation:
        """Create an Appointment

        Reserves a slot as a provisional appointment for a patient; it stays reserved until confirmed with
        Book an Appointment and is released automatically if not confirmed in time.

        ``POST /v1/appointments``

        Args:
            body: the request body (CreateAppointmentBody)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).
            idempotency_key: the same key on a repeat (a retried job) returns this call's recorded answer
                without sending again; an outcome that cannot be known raises ``OutcomeUnknownError``.

        Retries: only when the request provably never reached the server (a refused connection, a pool
        timeout) or was refused by the rate limit (429); never once it may have been sent.
        """

        operation = create_appointment.operation(
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

    async def get_appointment(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Appointment:
        """Get an Appointment

        Fetches one appointment (reserved or confirmed) by its ID.

        ``GET /v1/appointments/{id}``

        Args:
            id (str, required)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = get_appointment.operation(
            id=id,
        )
        return (
            await self._caller.send_operation(
                operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
            )
        ).parsed

    async def edit_appointment(
        self,
        id: str,
        *,
        body: EditAppointmentBody,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> UndocumentedObject:
        """Edit an Appointment

        Changes time, length or practitioner of an appointment that has not been confirmed yet.

        ``PUT /v1/appointments/{id}``

        Args:
            id (str, required)
            body: the request body (EditAppointmentBody)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = edit_appointment.operation(
            id=id,
            body=body,
        )
        return (
            await self._caller.send_operation(
                operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
            )
        ).parsed

    async def get_appointment_status(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> UndocumentedObject:
        """get_appointment_status

        Returns the status of one appointment.

        ``GET /v1/appointments/{id}/status``

        Args:
            id (str, required)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = get_appointment_status.operation(
            id=id,
        )
        return (
            await self._caller.send_operation(
                operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
            )
        ).parsed

    async def cancel_appointment(
        self,
        id: str,
        *,
        body: CancelAppointmentBody | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        idempotency_key: str | None = None,
    ) -> Appointment:
        """cancel_appointment

        Cancels an appointment, optionally without e-mail and bypassing the cancellation policy.

        ``PATCH /v1/appointments/{id}/cancel``

        Args:
            id (str, required)
            body: the request body (CancelAppointmentBody)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).
            idempotency_key: the same key on a repeat (a retried job) returns this call's recorded answer
                without sending again; an outcome that cannot be known raises ``OutcomeUnknownError``.

        Retries: only when the request provably never reached the server (a refused connection, a pool
        timeout) or was refused by the rate limit (429); never once it may have been sent.
        """

        operation = cancel_appointment.operation(
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

    def list_slots(
        self,
        *,
        location_id: list[str] | str | Unset = UNSET,
        practitioner_id: list[str] | str | Unset = UNSET,
        appointment_type_id: list[str] | str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        page_index: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = False,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Pager[SlotList, Slot]:
        """List Slots

        Lists bookable slots for the practice group, filterable by location, practitioner, appointment type
        and date window; results are paged.

        ``GET /v1/slots``

        Args:
            location_id (list[str] | str)
            practitioner_id (list[str] | str)
            appointment_type_id (list[str] | str)
            start_date (datetime.date)
            end_date (datetime.date)
            page_index (int)
            page_size (int)
            max_items: when iterating, stop after this many items.
            prefetch: when iterating inside ``async with``, fetch the next page while this one is used.
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        return self._caller.paginate_operation(
            lambda page_index, page_size: list_slots.operation(
                location_id=location_id,
                practitioner_id=practitioner_id,
                appointment_type_id=appointment_type_id,
                start_date=start_date,
                end_date=end_date,
                page_index=page_index,
                page_size=page_size,
            ),
            Slot,
            page_index=page_index,
            page_size=page_size,
            max_items=max_items,
            prefetch=prefetch,
            options=RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def count_slots(
        self,
        *,
        appointment_type_id: str | Unset = UNSET,
        location_id: str | Unset = UNSET,
        practitioner_id: str | Unset = UNSET,
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> UndocumentedObject:
        """Count Bookable Slots

        Returns how many bookable slots match the given filters.

        ``GET /v1/slots/count``

        Args:
            appointment_type_id (str)
            location_id (str)
            practitioner_id (str)
            start_date (str)
            end_date (str)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = count_slots.operation(
            appointment_type_id=appointment_type_id,
            location_id=location_id,
            practitioner_id=practitioner_id,
            start_date=start_date,
            end_date=end_date,
        )
        return (
            await self._caller.send_operation(
                operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
            )
        ).parsed

    async def get_slot(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Slot:
        """get_slot

        Fetches one bookable slot by its ID.

        ``GET /v1/slots/{id}``

        Args:
            id (str, required)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = get_slot.operation(
            id=id,
        )
        return (
            await self._caller.send_operation(
                operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
            )
        ).parsed

    async def check_slot_availability(
        self,
        *,
        body: CheckSlotAvailabilityBody | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        idempotency_key: str | None = None,
    ) -> SlotAvailability:
        """check_slot_availability

        Checks whether a given practitioner/location/appointment-type/time combination can be booked.

        ``POST /v1/slots/availability``

        Args:
            body: the request body (CheckSlotAvailabilityBody)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).
            idempotency_key: the same key on a repeat (a retried job) returns this call's recorded answer
                without sending again; an outcome that cannot be known raises ``OutcomeUnknownError``.

        Retries: only when the request provably never reached the server (a refused connection, a pool
        timeout) or was refused by the rate limit (429); never once it may have been sent.
        """

        operation = check_slot_availability.operation(
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

    async def book_appointment(
        self,
        id: str,
        *,
        body: BookAppointmentBody | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        idempotency_key: str | None = None,
    ) -> Appointment:
        """Book an Appointment

        Confirms a reservation made with Create an Appointment.

        ``PATCH /v1/appointments/{id}/book``

        Args:
            id (str, required)
            body: the request body (BookAppointmentBody)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).
            idempotency_key: the same key on a repeat (a retried job) returns this call's recorded answer
                without sending again; an outcome that cannot be known raises ``OutcomeUnknownError``.

        Retries: only when the request provably never reached the server (a refused connection, a pool
        timeout) or was refused by the rate limit (429); never once it may have been sent.
        With ``idempotency_key``, an outcome left unclear is read back (``get_appointment``): a confirmed
        appointment is returned, one that is not confirmed is booked again.
        """

        operation = book_appointment.operation(
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

    async def reschedule_appointment(
        self,
        id: str,
        *,
        body: RescheduleAppointmentBody,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        idempotency_key: str | None = None,
    ) -> Appointment:
        """Reschedule an Appointment

        Moves a booked appointment to another time, length or practitioner.

        ``PATCH /v1/appointments/{id}/reschedule``

        Args:
            id (str, required)
            body: the request body (RescheduleAppointmentBody)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).
            idempotency_key: the same key on a repeat (a retried job) returns this call's recorded answer
                without sending again; an outcome that cannot be known raises ``OutcomeUnknownError``.

        Retries: only when the request provably never reached the server (a refused connection, a pool
        timeout) or was refused by the rate limit (429); never once it may have been sent.
        """

        operation = reschedule_appointment.operation(
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


class BookingResourceWithRawResponse:
    """The Booking operations, returning ``APIResponse`` (status, headers, request id, model)."""

    def __init__(self, caller: OperationCaller) -> None:
        self._caller = caller

    async def list_appointments(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> APIResponse[AppointmentList]:
        """List Appointments

        Lists the practice group's appointments.

        ``GET /v1/appointments``

        Args:
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = list_appointments.operation()
        return await self._caller.send_operation(
            operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
        )

    async def create_appointment(
        self,
        *,
        body: CreateAppointmentBody,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        idempotency_key: str | None = None,
    ) -> APIResponse[Reservation]:
        """Create an Appointment

        Reserves a slot as a provisional appointment for a patient; it stays reserved until confirmed with
        Book an Appointment and is released automatically if not confirmed in time.

        ``POST /v1/appointments``

        Args:
            body: the request body (CreateAppointmentBody)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).
            idempotency_key: the same key on a repeat (a retried job) returns this call's recorded answer
                without sending again; an outcome that cannot be known raises ``OutcomeUnknownError``.

        Retries: only when the request provably never reached the server (a refused connection, a pool
        timeout) or was refused by the rate limit (429); never once it may have been sent.
        """

        operation = create_appointment.operation(
            body=body,
        )
        return await self._caller.send_operation(
            operation,
            RequestOptions(
                timeout, max_retries, extra_headers, extra_query, extra_body, idempotency_key=idempotency_key
            ),
        )

    async def get_appointment(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> APIResponse[Appointment]:
        """Get an Appointment

        Fetches one appointment (reserved or confirmed) by its ID.

        ``GET /v1/appointments/{id}``

        Args:
            id (str, required)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = get_appointment.operation(
            id=id,
        )
        return await self._caller.send_operation(
            operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
        )

    async def edit_appointment(
        self,
        id: str,
        *,
        body: EditAppointmentBody,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> APIResponse[UndocumentedObject]:
        """Edit an Appointment

        Changes time, length or practitioner of an appointment that has not been confirmed yet.

        ``PUT /v1/appointments/{id}``

        Args:
            id (str, required)
            body: the request body (EditAppointmentBody)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = edit_appointment.operation(
            id=id,
            body=body,
        )
        return await self._caller.send_operation(
            operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
        )

    async def get_appointment_status(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> APIResponse[UndocumentedObject]:
        """get_appointment_status

        Returns the status of one appointment.

        ``GET /v1/appointments/{id}/status``

        Args:
            id (str, required)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = get_appointment_status.operation(
            id=id,
        )
        return await self._caller.send_operation(
            operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
        )

    async def cancel_appointment(
        self,
        id: str,
        *,
        body: CancelAppointmentBody | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        idempotency_key: str | None = None,
    ) -> APIResponse[Appointment]:
        """cancel_appointment

        Cancels an appointment, optionally without e-mail and bypassing the cancellation policy.

        ``PATCH /v1/appointments/{id}/cancel``

        Args:
            id (str, required)
            body: the request body (CancelAppointmentBody)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).
            idempotency_key: the same key on a repeat (a retried job) returns this call's recorded answer
                without sending again; an outcome that cannot be known raises ``OutcomeUnknownError``.

        Retries: only when the request provably never reached the server (a refused connection, a pool
        timeout) or was refused by the rate limit (429); never once it may have been sent.
        """

        operation = cancel_appointment.operation(
            id=id,
            body=body,
        )
        return await self._caller.send_operation(
            operation,
            RequestOptions(
                timeout, max_retries, extra_headers, extra_query, extra_body, idempotency_key=idempotency_key
            ),
        )

    async def list_slots(
        self,
        *,
        location_id: list[str] | str | Unset = UNSET,
        practitioner_id: list[str] | str | Unset = UNSET,
        appointment_type_id: list[str] | str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        page_index: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> APIResponse[SlotList]:
        """List Slots

        Lists bookable slots for the practice group, filterable by location, practitioner, appointment type
        and date window; results are paged.

        ``GET /v1/slots``

        Args:
            location_id (list[str] | str)
            practitioner_id (list[str] | str)
            appointment_type_id (list[str] | str)
            start_date (datetime.date)
            end_date (datetime.date)
            page_index (int)
            page_size (int)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = list_slots.operation(
            location_id=location_id,
            practitioner_id=practitioner_id,
            appointment_type_id=appointment_type_id,
            start_date=start_date,
            end_date=end_date,
            page_index=page_index,
            page_size=page_size,
        )
        return await self._caller.send_operation(
            operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
        )

    async def count_slots(
        self,
        *,
        appointment_type_id: str | Unset = UNSET,
        location_id: str | Unset = UNSET,
        practitioner_id: str | Unset = UNSET,
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> APIResponse[UndocumentedObject]:
        """Count Bookable Slots

        Returns how many bookable slots match the given filters.

        ``GET /v1/slots/count``

        Args:
            appointment_type_id (str)
            location_id (str)
            practitioner_id (str)
            start_date (str)
            end_date (str)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = count_slots.operation(
            appointment_type_id=appointment_type_id,
            location_id=location_id,
            practitioner_id=practitioner_id,
            start_date=start_date,
            end_date=end_date,
        )
        return await self._caller.send_operation(
            operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
        )

    async def get_slot(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> APIResponse[Slot]:
        """get_slot

        Fetches one bookable slot by its ID.

        ``GET /v1/slots/{id}``

        Args:
            id (str, required)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = get_slot.operation(
            id=id,
        )
        return await self._caller.send_operation(
            operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
        )

    async def check_slot_availability(
        self,
        *,
        body: CheckSlotAvailabilityBody | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        idempotency_key: str | None = None,
    ) -> APIResponse[SlotAvailability]:
        """check_slot_availability

        Checks whether a given practitioner/location/appointment-type/time combination can be booked.

        ``POST /v1/slots/availability``

        Args:
            body: the request body (CheckSlotAvailabilityBody)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).
            idempotency_key: the same key on a repeat (a retried job) returns this call's recorded answer
                without sending again; an outcome that cannot be known raises ``OutcomeUnknownError``.

        Retries: only when the request provably never reached the server (a refused connection, a pool
        timeout) or was refused by the rate limit (429); never once it may have been sent.
        """

        operation = check_slot_availability.operation(
            body=body,
        )
        return await self._caller.send_operation(
            operation,
            RequestOptions(
                timeout, max_retries, extra_headers, extra_query, extra_body, idempotency_key=idempotency_key
            ),
        )

    async def book_appointment(
        self,
        id: str,
        *,
        body: BookAppointmentBody | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        idempotency_key: str | None = None,
    ) -> APIResponse[Appointment]:
        """Book an Appointment

        Confirms a reservation made with Create an Appointment.

        ``PATCH /v1/appointments/{id}/book``

        Args:
            id (str, required)
            body: the request body (BookAppointmentBody)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).
            idempotency_key: the same key on a repeat (a retried job) returns this call's recorded answer
                without sending again; an outcome that cannot be known raises ``OutcomeUnknownError``.

        Retries: only when the request provably never reached the server (a refused connection, a pool
        timeout) or was refused by the rate limit (429); never once it may have been sent.
        With ``idempotency_key``, an outcome left unclear is read back (``get_appointment``): a confirmed
        appointment is returned, one that is not confirmed is booked again.
        """

        operation = book_appointment.operation(
            id=id,
            body=body,
        )
        return await self._caller.send_operation(
            operation,
            RequestOptions(
                timeout, max_retries, extra_headers, extra_query, extra_body, idempotency_key=idempotency_key
            ),
        )

    async def reschedule_appointment(
        self,
        id: str,
        *,
        body: RescheduleAppointmentBody,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        idempotency_key: str | None = None,
    ) -> APIResponse[Appointment]:
        """Reschedule an Appointment

        Moves a booked appointment to another time, length or practitioner.

        ``PATCH /v1/appointments/{id}/reschedule``

        Args:
            id (str, required)
            body: the request body (RescheduleAppointmentBody)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).
            idempotency_key: the same key on a repeat (a retried job) returns this call's recorded answer
                without sending again; an outcome that cannot be known raises ``OutcomeUnknownError``.

        Retries: only when the request provably never reached the server (a refused connection, a pool
        timeout) or was refused by the rate limit (429); never once it may have been sent.
        """

        operation = reschedule_appointment.operation(
            id=id,
            body=body,
        )
        return await self._caller.send_operation(
            operation,
            RequestOptions(
                timeout, max_retries, extra_headers, extra_query, extra_body, idempotency_key=idempotency_key
            ),
        )
