"""Checked by mypy in `make typecheck` and imported by a test: calls, pages and workflows are typed.

Lines marked ``type: ignore[...]`` must stay errors: mypy --strict reports an unused ignore, so a
wrong filter name that type-checked would fail `make typecheck`.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import assert_type

from herohealth_async import APIResponse, AsyncPager, HeroHealth
from herohealth_async.api.booking import get_appointment
from herohealth_async.models import (
    Appointment,
    IdentityVerificationRequired,
    RegisteredPatient,
    Reservation,
    Slot,
    SlotList,
)
from herohealth_async.models.create_appointment_body import CreateAppointmentBody
from herohealth_async.types import Pager


async def typed_calls(hero: HeroHealth) -> None:
    appointment = await hero.booking.get_appointment("1", timeout=5, max_retries=0, extra_headers={"x-trace": "1"})
    assert_type(appointment, Appointment)
    body = CreateAppointmentBody(
        appointment_type_id="1", location_id="1", practitioner_id="1", duration=15, start_time=None
    )
    assert_type(await hero.booking.create_appointment(body=body, extra_body={"new_field": 1}), Reservation)
    assert_type(await hero.call(get_appointment.operation("1")), Appointment)
    assert_type(await hero.call_raw(get_appointment.operation("1")), APIResponse[Appointment])
    assert_type(await hero.booking.with_raw_response.get_appointment("1"), APIResponse[Appointment])


async def typed_pages(hero: HeroHealth) -> None:
    slots = hero.booking.list_slots(location_id="1", page_size=10)
    assert_type(slots, Pager[SlotList, Slot])
    assert_type(await slots, SlotList)
    async for slot in hero.booking.list_slots(start_date=date(2026, 12, 1), max_items=10):
        assert_type(slot, Slot)
    async for page in hero.booking.list_slots().pages():
        assert_type(page, SlotList)
    hero.booking.list_slots(location="1")  # type: ignore[call-arg]
    hero.booking.list_slots(start_date="2026-12-01")  # type: ignore[arg-type]
    assert isinstance(slots, AsyncPager)


async def typed_workflows(hero: HeroHealth) -> None:
    assert_type(await hero.booking.book_slot("1", patient_id="2"), Appointment)
    assert_type(await hero.practice_group.elements_token(), str)
    registered = await hero.patients.register_pds(nhs_number="9434765919", dob=date(1992, 1, 1))
    assert_type(registered, RegisteredPatient | IdentityVerificationRequired)


def narrowing_unset(appointment: Appointment) -> str:
    """The README's idiom for optional fields, checked by mypy --strict."""
    from herohealth_async.types import Unset

    if not isinstance(appointment.reserved_until, Unset) and appointment.reserved_until is not None:
        assert_type(appointment.reserved_until, datetime)
        return appointment.reserved_until.isoformat()
    duration = appointment.duration if not isinstance(appointment.duration, Unset) else 15.0
    assert_type(duration, float)
    return str(duration)
