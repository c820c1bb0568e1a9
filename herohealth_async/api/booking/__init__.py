"""Booking operations: one module per operation, and a resource class that sends them."""

import datetime
from typing import cast

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
from ...types import UNSET, OperationCaller, Unset

__all__ = ["BookingResource"]

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

    Each method sends one request and returns the documented success model; what happens on
    errors, retries and timeouts is the caller's policy.
    """

    def __init__(self, caller: OperationCaller) -> None:
        self._caller = caller

    async def list_appointments(
        self,
    ) -> AppointmentList:
        """List Appointments

        GET /v1/appointments. See ``list_appointments.operation`` for the arguments.
        """
        return await self._caller.call(list_appointments.operation())

    async def create_appointment(
        self,
        *,
        body: CreateAppointmentBody,
    ) -> Reservation:
        """Create an Appointment

        POST /v1/appointments. See ``create_appointment.operation`` for the arguments.
        """
        return await self._caller.call(
            create_appointment.operation(
                body=body,
            )
        )

    async def get_appointment(
        self,
        id: str,
    ) -> Appointment:
        """Get an Appointment

        GET /v1/appointments/{id}. See ``get_appointment.operation`` for the arguments.
        """
        return await self._caller.call(
            get_appointment.operation(
                id=id,
            )
        )

    async def edit_appointment(
        self,
        id: str,
        *,
        body: EditAppointmentBody,
    ) -> UndocumentedObject:
        """Edit an Appointment

        PUT /v1/appointments/{id}. See ``edit_appointment.operation`` for the arguments.
        """
        return await self._caller.call(
            edit_appointment.operation(
                id=id,
                body=body,
            )
        )

    async def get_appointment_status(
        self,
        id: str,
    ) -> UndocumentedObject:
        """get_appointment_status

        GET /v1/appointments/{id}/status. See ``get_appointment_status.operation`` for the arguments.
        """
        return await self._caller.call(
            get_appointment_status.operation(
                id=id,
            )
        )

    async def cancel_appointment(
        self,
        id: str,
        *,
        body: CancelAppointmentBody | Unset = UNSET,
    ) -> Appointment:
        """cancel_appointment

        PATCH /v1/appointments/{id}/cancel. See ``cancel_appointment.operation`` for the arguments.
        """
        return await self._caller.call(
            cancel_appointment.operation(
                id=id,
                body=body,
            )
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
    ) -> SlotList:
        """List Slots

        GET /v1/slots. See ``list_slots.operation`` for the arguments.
        """
        return await self._caller.call(
            list_slots.operation(
                location_id=location_id,
                practitioner_id=practitioner_id,
                appointment_type_id=appointment_type_id,
                start_date=start_date,
                end_date=end_date,
                page_index=page_index,
                page_size=page_size,
            )
        )

    async def count_slots(
        self,
        *,
        appointment_type_id: str | Unset = UNSET,
        location_id: str | Unset = UNSET,
        practitioner_id: str | Unset = UNSET,
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
    ) -> UndocumentedObject:
        """Count Bookable Slots

        GET /v1/slots/count. See ``count_slots.operation`` for the arguments.
        """
        return await self._caller.call(
            count_slots.operation(
                appointment_type_id=appointment_type_id,
                location_id=location_id,
                practitioner_id=practitioner_id,
                start_date=start_date,
                end_date=end_date,
            )
        )

    async def get_slot(
        self,
        id: str,
    ) -> Slot:
        """get_slot

        GET /v1/slots/{id}. See ``get_slot.operation`` for the arguments.
        """
        return await self._caller.call(
            get_slot.operation(
                id=id,
            )
        )

    async def check_slot_availability(
        self,
        *,
        body: CheckSlotAvailabilityBody | Unset = UNSET,
    ) -> SlotAvailability:
        """check_slot_availability

        POST /v1/slots/availability. See ``check_slot_availability.operation`` for the arguments.
        """
        return await self._caller.call(
            check_slot_availability.operation(
                body=body,
            )
        )

    async def book_appointment(
        self,
        id: str,
        *,
        body: BookAppointmentBody | Unset = UNSET,
    ) -> Appointment:
        """Book an Appointment

        PATCH /v1/appointments/{id}/book. See ``book_appointment.operation`` for the arguments.
        """
        return await self._caller.call(
            book_appointment.operation(
                id=id,
                body=body,
            )
        )

    async def reschedule_appointment(
        self,
        id: str,
        *,
        body: RescheduleAppointmentBody,
    ) -> Appointment:
        """Reschedule an Appointment

        PATCH /v1/appointments/{id}/reschedule. See ``reschedule_appointment.operation`` for the arguments.
        """
        return await self._caller.call(
            reschedule_appointment.operation(
                id=id,
                body=body,
            )
        )
