"""``hero.booking``: the Booking operations, and the vendor's flow (check) -> reserve -> book.

What is held is always settled: a reservation is released when the flow does not complete, but an
appointment that may have been confirmed is read back first and never cancelled once confirmed.
"""

from __future__ import annotations

import datetime
from collections.abc import Awaitable
from typing import TYPE_CHECKING, TypeVar

import anyio

from herohealth_async.api.booking import BookingResource, cancel_appointment
from herohealth_async.models.appointment import Appointment
from herohealth_async.models.book_appointment_body import BookAppointmentBody
from herohealth_async.models.cancel_appointment_body import CancelAppointmentBody
from herohealth_async.models.check_slot_availability_body import CheckSlotAvailabilityBody
from herohealth_async.models.create_appointment_body import CreateAppointmentBody
from herohealth_async.models.reservation import Reservation
from herohealth_async.models.slot import Slot
from herohealth_async.types import UNSET, Unset
from herohealth_facade._exceptions import (
    APIConnectionError,
    APIStatusError,
    BadRequestError,
    ConflictError,
    HeroHealthError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    RequestValidationError,
    ResponseValidationError,
    UnprocessableEntityError,
)
from herohealth_facade._logs import logger
from herohealth_facade.resources.booking_errors import (
    BookingError,
    FullyBookedError,
    Outcome,
    SlotNotFoundError,
    Step,
    until,
)

if TYPE_CHECKING:
    from herohealth_facade._client import HeroHealth

T = TypeVar("T")
RELEASE_TIMEOUT_S = 10.0
SLOT_TAKEN = (ConflictError, BadRequestError, UnprocessableEntityError, NotFoundError)
"""Answers that mean "this slot cannot be booked (any more)"."""
_FAR_FUTURE = datetime.datetime.max.replace(tzinfo=datetime.UTC)


class Booking(BookingResource):
    """The Booking operations, plus :meth:`book_slot` and :meth:`book_first_available`."""

    def __init__(self, client: HeroHealth) -> None:
        super().__init__(client)
        self._client = client

    async def book_slot(
        self,
        slot: Slot | str,
        *,
        patient_id: str,
        reason: str | None = None,
        suppress_mail: bool | None = None,
        check_availability: bool = True,
    ) -> Appointment:
        """Reserve ``slot`` (a Slot or its ID) for the patient, confirm it, return the Appointment.

        Raises :class:`BookingError` with the ``step`` that failed and the ``outcome`` (what is held).
        When the book step ends without a clear answer, the appointment is read back: if it was
        confirmed it is returned, otherwise the reservation is released.
        """
        _check_patient_id(patient_id)
        if isinstance(slot, str):
            slot = await _step("slot", self.get_slot(slot))
        body = _reservation_body(slot, patient_id, reason, suppress_mail)
        if check_availability:
            await self._check_available(body)
        reservation = await self._reserve(body)
        try:
            if _expired(reservation):
                raise HeroHealthError(f"the reservation expired at {until(reservation)} before it was booked")
            confirm = BookAppointmentBody(patient_id=patient_id, suppress_mail=_or_unset(suppress_mail))
            return await self.book_appointment(reservation.id, body=confirm)
        except anyio.get_cancelled_exc_class():
            with anyio.CancelScope(shield=True):
                await self._settle(reservation, unclear=True)
            raise
        except Exception as exc:
            booked, outcome = await self._settle(reservation, unclear=_unclear(exc))
            if booked is not None:
                return booked
            raise BookingError(
                "book",
                f"booking failed: {exc}",
                outcome=outcome,
                reservation=reservation,
                slot_unavailable=isinstance(exc, SLOT_TAKEN),
                retry_after=_retry_after(exc),
            ) from exc

    async def book_first_available(
        self,
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
        ``max_attempts`` of them; a slot taken meanwhile (and released) moves on to the next. Raises
        :class:`FullyBookedError` when nothing could be booked (``reason``: ``no_slots`` or
        ``all_taken``). Any other failure, or anything left held or unknown, stops at once with a
        :class:`BookingError`.
        """
        _check_patient_id(patient_id)
        slots = self.list_slots(
            location_id=location_id,
            appointment_type_id=appointment_type_id,
            practitioner_id=_or_unset(practitioner_id),
            start_date=start_date,
            end_date=end_date,
            max_items=max_slots,
        )
        candidates = sorted([s async for s in slots], key=_start)
        if not candidates:
            raise FullyBookedError("no_slots", f"no slot between {start_date} and {end_date} matches")
        last_error: BookingError | None = None
        for slot in candidates[:max_attempts]:
            try:
                return await self.book_slot(slot, patient_id=patient_id, reason=reason, suppress_mail=suppress_mail)
            except BookingError as exc:
                if not exc.slot_unavailable or exc.outcome not in ("released", "not_reserved"):
                    raise
                last_error = exc
        tried = min(len(candidates), max_attempts)
        message = f"every slot tried was taken meanwhile ({len(candidates)} found, {tried} tried)"
        raise FullyBookedError("all_taken", message) from last_error

    # ------------------------------------------------------------------ steps

    async def _check_available(self, body: CreateAppointmentBody) -> None:
        assert isinstance(body.start_time, datetime.datetime)
        question = CheckSlotAvailabilityBody(
            practitioner_id=body.practitioner_id,
            appointment_type_id=body.appointment_type_id,
            location_id=body.location_id,
            start_time=body.start_time.isoformat(),
            duration=body.duration,
        )
        answer = await _step("availability", self.check_slot_availability(body=question))
        if answer.available is False:
            raise BookingError("availability", "the slot is no longer available", slot_unavailable=True)

    async def _reserve(self, body: CreateAppointmentBody) -> Reservation:
        try:
            return await self.create_appointment(body=body)
        except anyio.get_cancelled_exc_class():
            logger.warning("cancelled while reserving: a reservation may exist until it expires")
            raise
        except RequestValidationError:
            raise  # the caller's input, not a failure of the flow
        except HeroHealthError as exc:
            outcome: Outcome = "unknown" if _unclear(exc) else "not_reserved"
            taken = isinstance(exc, SLOT_TAKEN)
            raise BookingError(
                "reserve",
                f"reserve failed: {exc}",
                outcome=outcome,
                slot_unavailable=taken,
                retry_after=_retry_after(exc),
            ) from exc

    async def _settle(self, reservation: Reservation, *, unclear: bool) -> tuple[Appointment | None, Outcome]:
        """After the book step failed: (the appointment, if it was booked after all; what is left)."""
        if unclear:
            try:
                current = await self.get_appointment(reservation.id, max_retries=2)
            except HeroHealthError as exc:
                logger.warning("could not read back the appointment after booking failed (%s)", type(exc).__name__)
                return None, "unknown"
            if isinstance(current.booking_confirmed_at, datetime.datetime):
                logger.warning("booking answered without a clear result, but the appointment is confirmed")
                return current, "unknown"
        return None, "released" if await self._release(reservation) else "held"

    async def _release(self, reservation: Reservation) -> bool:
        """Cancel the reservation even if the caller is being cancelled; True if that worked."""
        with anyio.CancelScope(shield=True), anyio.move_on_after(RELEASE_TIMEOUT_S):
            try:
                operation = cancel_appointment.operation(reservation.id, body=CancelAppointmentBody(suppress_mail=True))
                await self._client.call(operation, retry_non_idempotent=True)  # cancelling twice is harmless
                return True
            except HeroHealthError as exc:
                logger.warning("could not release reservation (%s)", type(exc).__name__)
                return False
        logger.warning("could not release reservation within %.0f s", RELEASE_TIMEOUT_S)
        return False


def _unclear(exc: BaseException) -> bool:
    """True when the server may have acted although the call failed."""
    if isinstance(exc, APIConnectionError):
        return exc.request_sent
    if isinstance(exc, APIStatusError):
        return isinstance(exc, InternalServerError)
    return isinstance(exc, ResponseValidationError)  # a 2xx the server sent, with a body we could not read


async def _step(step: Step, call: Awaitable[T]) -> T:
    try:
        return await call
    except RequestValidationError:
        raise  # the caller's input, not a failure of the flow
    except NotFoundError as exc:
        if step == "slot":
            raise SlotNotFoundError(f"slot failed: {exc}") from exc
        raise BookingError(step, f"{step} failed: {exc}", slot_unavailable=True) from exc
    except HeroHealthError as exc:
        taken = isinstance(exc, SLOT_TAKEN)
        raise BookingError(
            step, f"{step} failed: {exc}", slot_unavailable=taken, retry_after=_retry_after(exc)
        ) from exc


def _retry_after(exc: BaseException) -> float | None:
    return exc.retry_after if isinstance(exc, RateLimitError) else None


def _check_patient_id(patient_id: object) -> None:
    # Checked before the flow starts: an empty ID would fail only at the reserve step, after other calls.
    if not isinstance(patient_id, str) or not patient_id.strip():
        raise RequestValidationError("patient_id", "must be a non-empty string (the patient's Hero ID)")


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


def _start(slot: Slot) -> datetime.datetime:
    return _aware(slot.start_time) if isinstance(slot.start_time, datetime.datetime) else _FAR_FUTURE


def _aware(moment: datetime.datetime) -> datetime.datetime:
    """The API's timestamps are UTC; one read without an offset is taken as UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=datetime.UTC)


def _expired(reservation: Reservation) -> bool:
    until = reservation.reserved_until
    return isinstance(until, datetime.datetime) and _aware(until) <= datetime.datetime.now(datetime.UTC)


def _or_unset(value: T | None) -> T | Unset:
    return UNSET if value is None else value
