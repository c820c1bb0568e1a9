"""The vendor's booking flow: (check availability) -> reserve -> book, releasing the reservation
whenever the flow does not complete."""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Awaitable
from typing import TYPE_CHECKING, Literal, TypeVar

import anyio

from herohealth_async.models.appointment import Appointment
from herohealth_async.models.book_appointment_body import BookAppointmentBody
from herohealth_async.models.cancel_appointment_body import CancelAppointmentBody
from herohealth_async.models.check_slot_availability_body import CheckSlotAvailabilityBody
from herohealth_async.models.create_appointment_body import CreateAppointmentBody
from herohealth_async.models.reservation import Reservation
from herohealth_async.models.slot import Slot
from herohealth_async.types import UNSET, Unset
from herohealth_facade._exceptions import (
    BadRequestError,
    ConflictError,
    HeroHealthError,
    NotFoundError,
    RequestValidationError,
    UnprocessableEntityError,
)
from herohealth_facade._logs import logger

if TYPE_CHECKING:
    from herohealth_facade._client import HeroHealth

T = TypeVar("T")
Step = Literal["slot", "availability", "reserve", "book"]
RELEASE_TIMEOUT_S = 10.0
SLOT_TAKEN = (ConflictError, BadRequestError, UnprocessableEntityError, NotFoundError)
"""Answers that mean "this slot cannot be booked (any more)"."""
_FAR_FUTURE = datetime.datetime.max.replace(tzinfo=datetime.UTC)


class BookingError(HeroHealthError):
    """The booking flow stopped at ``step`` (``slot``, ``availability``, ``reserve`` or ``book``).

    ``__cause__`` is the error that stopped it. ``reservation_id`` is set once a reservation existed;
    ``reservation_released`` is True when it was cancelled, False when cancelling failed (it may
    then be held until ``reserved_until``), None when there was nothing to release.
    ``slot_unavailable`` is True when the answer means the slot itself cannot be booked.
    """

    def __init__(
        self,
        step: Step,
        message: str,
        *,
        reservation: Reservation | None = None,
        reservation_released: bool | None = None,
        slot_unavailable: bool = False,
    ) -> None:
        if reservation is not None and reservation_released is False:
            message += f"; the reservation may still be held until {_held_until(reservation)}"
        elif reservation_released:
            message += "; the reservation was released"
        super().__init__(message)
        self.step = step
        self.reservation_id = reservation.id if reservation is not None else None
        self.reservation_released = reservation_released
        self.slot_unavailable = slot_unavailable


async def book_slot(
    hero: HeroHealth,
    slot: Slot | str,
    *,
    patient_id: str,
    reason: str | None = None,
    suppress_mail: bool | None = None,
    check_availability: bool = True,
) -> Appointment:
    """Reserve ``slot`` (a Slot or its ID) for the patient, confirm it, return the Appointment."""
    if isinstance(slot, str):
        slot = await _step("slot", hero.booking.get_slot(slot))
    body = _reservation_body(slot, patient_id, reason, suppress_mail)
    if check_availability:
        await _check_available(hero, body)
    reservation = await _step("reserve", hero.booking.create_appointment(body=body))
    try:
        if _expired(reservation):
            raise HeroHealthError(f"the reservation expired at {_held_until(reservation)} before it was booked")
        confirm = BookAppointmentBody(patient_id=patient_id, suppress_mail=_or_unset(suppress_mail))
        return await hero.booking.book_appointment(reservation.id, body=confirm)
    except anyio.get_cancelled_exc_class():
        await _release(hero, reservation)
        raise
    except Exception as exc:
        released = await _release(hero, reservation)
        raise BookingError(
            "book",
            f"booking failed: {exc}",
            reservation=reservation,
            reservation_released=released,
            slot_unavailable=isinstance(exc, SLOT_TAKEN),
        ) from exc


async def book_first_available(
    hero: HeroHealth,
    *,
    location_id: str,
    appointment_type_id: str,
    start_date: datetime.date,
    end_date: datetime.date,
    patient_id: str,
    practitioner_id: str | None = None,
    reason: str | None = None,
    suppress_mail: bool | None = None,
    max_attempts: int = 5,
    max_slots: int = 500,
) -> Appointment:
    """Book the earliest matching slot that can still be booked.

    Slots are tried in start-time order (among the first ``max_slots`` listed), at most
    ``max_attempts`` of them; a slot taken meanwhile moves on to the next. Any other failure, or a
    reservation that could not be released, stops at once.
    """
    listed = [
        s
        async for s in _slots(hero, location_id, appointment_type_id, practitioner_id, start_date, end_date, max_slots)
    ]
    candidates = sorted(listed, key=_start)
    last_error: BookingError | None = None
    for slot in candidates[:max_attempts]:
        try:
            return await book_slot(hero, slot, patient_id=patient_id, reason=reason, suppress_mail=suppress_mail)
        except BookingError as exc:
            if not exc.slot_unavailable or exc.reservation_released is False:
                raise
            last_error = exc
    tried = min(len(candidates), max_attempts)
    raise BookingError("reserve", f"no slot could be booked ({len(candidates)} found, {tried} tried)") from last_error


# ---------------------------------------------------------------------- steps


async def _step(step: Step, call: Awaitable[T]) -> T:
    try:
        return await call
    except RequestValidationError:
        raise  # the caller's input, not a failure of the flow
    except HeroHealthError as exc:
        raise BookingError(step, f"{step} failed: {exc}", slot_unavailable=isinstance(exc, SLOT_TAKEN)) from exc


def _reservation_body(
    slot: Slot, patient_id: str, reason: str | None, suppress_mail: bool | None
) -> CreateAppointmentBody:
    missing = [
        name
        for name in ("practitioner_id", "location_id", "appointment_type_id", "start_time", "finish_time")
        if isinstance(getattr(slot, name), Unset)
    ]
    if missing:
        raise BookingError("slot", f"the slot does not say its {', '.join(missing)}")
    assert isinstance(slot.start_time, datetime.datetime) and isinstance(slot.finish_time, datetime.datetime)
    return CreateAppointmentBody(
        appointment_type_id=str(slot.appointment_type_id),
        location_id=str(slot.location_id),
        practitioner_id=str(slot.practitioner_id),
        duration=(slot.finish_time - slot.start_time).total_seconds() / 60,
        start_time=_aware(slot.start_time),
        patient_id=patient_id,
        reason=_or_unset(reason),
        suppress_mail=_or_unset(suppress_mail),
    )


async def _check_available(hero: HeroHealth, body: CreateAppointmentBody) -> None:
    assert isinstance(body.start_time, datetime.datetime)
    question = CheckSlotAvailabilityBody(
        practitioner_id=body.practitioner_id,
        appointment_type_id=body.appointment_type_id,
        location_id=body.location_id,
        start_time=body.start_time.isoformat(),
        duration=body.duration,
    )
    answer = await _step("availability", hero.booking.check_slot_availability(body=question))
    if answer.available is False:
        raise BookingError("availability", "the slot is no longer available", slot_unavailable=True)


async def _release(hero: HeroHealth, reservation: Reservation) -> bool:
    """Cancel the reservation even if the caller is being cancelled; True if that worked."""
    with anyio.CancelScope(shield=True), anyio.move_on_after(RELEASE_TIMEOUT_S):
        try:
            from herohealth_async.api.booking import cancel_appointment  # noqa: PLC0415 (loaded on first use)

            operation = cancel_appointment.operation(reservation.id, body=CancelAppointmentBody(suppress_mail=True))
            await hero.call(operation, retry_non_idempotent=True)  # cancelling twice is harmless
            return True
        except HeroHealthError as exc:
            logger.warning("could not release reservation (%s)", type(exc).__name__)
            return False
    logger.warning("could not release reservation within %.0f s", RELEASE_TIMEOUT_S)
    return False


async def _slots(
    hero: HeroHealth,
    location_id: str,
    appointment_type_id: str,
    practitioner_id: str | None,
    start_date: datetime.date,
    end_date: datetime.date,
    max_slots: int,
) -> AsyncIterator[Slot]:
    slots = hero.paginate(
        hero.booking.list_slots,
        max_items=max_slots,
        location_id=location_id,
        appointment_type_id=appointment_type_id,
        practitioner_id=_or_unset(practitioner_id),
        start_date=start_date,
        end_date=end_date,
    )
    async for slot in slots:
        yield slot


def _start(slot: Slot) -> datetime.datetime:
    return _aware(slot.start_time) if isinstance(slot.start_time, datetime.datetime) else _FAR_FUTURE


def _aware(moment: datetime.datetime) -> datetime.datetime:
    """The API's timestamps are UTC; one read without an offset is taken as UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=datetime.UTC)


def _expired(reservation: Reservation) -> bool:
    until = reservation.reserved_until
    return isinstance(until, datetime.datetime) and _aware(until) <= datetime.datetime.now(datetime.UTC)


def _held_until(reservation: Reservation) -> str:
    until = reservation.reserved_until
    return until.isoformat() if isinstance(until, datetime.datetime) else "the end of the hold period"


def _or_unset(value: T | None) -> T | Unset:
    return UNSET if value is None else value
