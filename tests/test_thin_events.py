"""Thin webhook events: ``hero.webhooks.fetch_object(event)`` fetches the record an event names, for the
event's practice group, typed for the documented kinds and an ``UnknownObject`` otherwise."""

from __future__ import annotations

import pytest

from herohealth_async import UnknownObject, verify_webhook
from herohealth_async.models import Appointment, CreateWebhookBody, FormResponse, Patient, WebhookEvent
from herohealth_async.testing import FakeHero

pytestmark = pytest.mark.anyio


async def test_a_booking_delivery_fetches_its_appointment_from_the_events_practice_group() -> None:
    fake = FakeHero(practices=("1", "2"))
    async with fake.client(practice_group_id="2") as booker, fake.client(practice_group_id="1") as receiver:
        body = CreateWebhookBody(event_type="appointment.confirmed", url="https://app.test/hero", signing_key="whsec_x")  # type: ignore[arg-type]
        await booker.webhooks.create_webhook(body=body)
        booked = await booker.booking.book_slot(next(iter(fake.practice("2").slots.values())), patient_id="55")
        (delivery,) = fake.deliveries
        event = verify_webhook(delivery.body, delivery.headers, "whsec_x", now=lambda: fake.clock.now().timestamp())
        fetched = await receiver.webhooks.fetch_object(event)  # the receiver's own client acts for practice "1"
    assert isinstance(fetched, Appointment) and fetched.id == booked.id
    assert fake.requests[-1].operation == "get_appointment"
    assert fake.requests[-1].practice_group_id == "2"  # the event's practice group, not the receiver's


@pytest.mark.parametrize(
    ("kind", "model", "operation"),
    [("Patient", Patient, "get_patient_by_id"), ("FormSubmission", FormResponse, "get_form_response")],
)
async def test_each_documented_kind_is_fetched_with_its_operation(kind: str, model: type, operation: str) -> None:
    fake = FakeHero()
    event = WebhookEvent(object_=kind, id="7001", practice_group_id="1", event="x.y")
    async with fake.client() as hero:
        fetched = await hero.webhooks.fetch_object(event)
    assert isinstance(fetched, model)
    assert fake.requests[-1].operation == operation and fake.requests[-1].path_params == {"id": "7001"}


@pytest.mark.parametrize("kind", ["Prescription", "WriteToRecord", "SomethingNew"])
async def test_an_unknown_kind_is_a_typed_result_and_sends_nothing(kind: str) -> None:
    fake = FakeHero()
    event = WebhookEvent(object_=kind, id="9434765919", practice_group_id="1", event="write-to-record.succeeded")
    async with fake.client() as hero:
        fetched = await hero.webhooks.fetch_object(event)
    assert fetched == UnknownObject(kind=kind, id="9434765919")
    assert "9434765919" not in repr(fetched)
    assert fake.requests == []
