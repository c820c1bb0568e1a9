"""Checked by mypy in `make typecheck` and imported by a test: facade calls are typed."""

from __future__ import annotations

from typing import assert_type

from herohealth_async import APIResponse, HeroHealth
from herohealth_async.api.booking import get_appointment
from herohealth_async.models import Appointment, Reservation, SlotList
from herohealth_async.models.create_appointment_body import CreateAppointmentBody


async def typed_calls(hero: HeroHealth) -> None:
    appointment = await hero.booking.get_appointment("1")
    assert_type(appointment, Appointment)
    slots = await hero.booking.list_slots(location_id="1", page_size=10)
    assert_type(slots, SlotList)
    body = CreateAppointmentBody(
        appointment_type_id="1", location_id="1", practitioner_id="1", duration=15, start_time=None
    )
    assert_type(await hero.booking.create_appointment(body=body), Reservation)
    assert_type(await hero.call(get_appointment.operation("1")), Appointment)
    assert_type(await hero.call_raw(get_appointment.operation("1")), APIResponse[Appointment])


async def typed_workflows(hero: HeroHealth) -> None:
    from datetime import date

    from herohealth_async import AsyncPaginator
    from herohealth_async.models import FormSummary, IdentityVerificationRequired, RegisteredPatient, Slot

    assert_type(hero.paginate(hero.booking.list_slots, location_id="1"), AsyncPaginator[Slot])
    async for slot in hero.paginate(hero.booking.list_slots):
        assert_type(slot, Slot)
    assert_type(await hero.list_items(hero.form.list_forms), list[FormSummary])
    assert_type(await hero.book_slot("1", patient_id="2"), Appointment)
    assert_type(await hero.elements_token(), str)
    registered = await hero.register_patient_pds(nhs_number="9434765919", dob=date(1992, 1, 1))
    assert_type(registered, RegisteredPatient | IdentityVerificationRequired)
