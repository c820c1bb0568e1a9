"""The test kit: FakeHero keeps state, speaks Hero's error shapes, injects faults and records requests;
its pytest plugin is opt-in and runs on anyio."""

from __future__ import annotations

import datetime
import json

import pytest

from herohealth_async import (
    APITimeoutError,
    BadRequestError,
    ConflictError,
    HeroHealthError,
    NotFoundError,
    verify_webhook,
)
from herohealth_async.models import (
    BookAppointmentBody,
    CreateAppointmentBody,
    CreateWebhookBody,
    IdentityVerificationRequired,
    RegisteredPatient,
    SendMessageBody,
)
from herohealth_async.testing import FakeHero
from tests.helpers import top_of_the_second

pytestmark = pytest.mark.anyio


def _reserve_body(fake: FakeHero, n: int = 0) -> CreateAppointmentBody:
    slot = sorted(fake.slots.values(), key=lambda s: str(s.start_time))[n]
    assert isinstance(slot.start_time, datetime.datetime)
    return CreateAppointmentBody(
        appointment_type_id="3", location_id="1", practitioner_id="7", duration=15, start_time=slot.start_time
    )


async def test_a_booked_slot_is_gone_and_a_second_reservation_is_refused() -> None:
    fake = FakeHero()
    async with fake.client() as hero:
        first = [s async for s in hero.booking.list_slots()]
        appointment = await hero.booking.book_slot(first[0], patient_id="55")
        after = [s async for s in hero.booking.list_slots()]
        with pytest.raises(ConflictError):
            await hero.booking.create_appointment(body=_reserve_body(fake, 0))
    assert len(after) == len(first) - 1 and first[0].id not in {s.id for s in after}
    assert isinstance(appointment.booking_confirmed_at, datetime.datetime)
    assert appointment.booking_confirmed_at is not None and appointment.reserved_until is None


async def test_a_reservation_expires_on_the_fakes_clock() -> None:
    fake = FakeHero(reservation_hold=300)
    async with fake.client() as hero:
        reservation = await hero.booking.create_appointment(body=_reserve_body(fake))
        fake.clock.advance(301)
        with pytest.raises(ConflictError):
            await hero.booking.book_appointment(reservation.id, body=BookAppointmentBody())
        again = await hero.booking.create_appointment(body=_reserve_body(fake))  # the slot is free again
    assert again.id != reservation.id


async def test_errors_have_heros_shapes() -> None:
    fake = FakeHero()
    async with fake.client() as hero:
        with pytest.raises(NotFoundError):
            await hero.booking.get_appointment("404404")
        with pytest.raises(BadRequestError) as caught:
            await hero.booking.create_appointment(body=_reserve_body(fake), extra_body={"duration": "fifteen"})
    assert [issue.path for issue in caught.value.issues] == [("duration",)]


async def test_a_rate_limit_answers_429_with_retry_after_and_the_client_retries_once_more() -> None:
    fake = FakeHero()
    fake.rate_limit(1)
    body = SendMessageBody(patient_id="55", message_type="sms", message_string="hello")
    async with fake.client() as hero:
        await top_of_the_second()  # both sends in one of the seconds the fake counts
        await hero.messages.send_message(body=body)
        await hero.messages.send_message(body=body)  # 429, then sent after the Retry-After second
    assert [r.operation for r in fake.requests] == ["send_message"] * 3
    assert len(fake.messages) == 2


async def test_fail_next_answers_a_status_without_acting() -> None:
    fake = FakeHero()
    fake.fail_next("create_appointment", status=503, times=1)
    async with fake.client() as hero:
        with pytest.raises(HeroHealthError, match="503"):
            await hero.booking.create_appointment(body=_reserve_body(fake))
        assert fake.appointments == {}
        fake.fail_next("list_slots", status=502, times=2)
        assert len((await hero.booking.list_slots()).data) == 8  # a GET: retried past both


async def test_a_connection_dropped_after_the_server_acted_is_read_back_by_book_slot() -> None:
    fake = FakeHero()
    fake.drop_after_action("book_appointment")
    async with fake.client() as hero:
        slot = next(iter(fake.slots.values()))
        appointment = await hero.booking.book_slot(slot, patient_id="55")
    assert appointment.booking_confirmed_at is not None and appointment.reserved_until is None
    assert [r.operation for r in fake.requests][-2:] == ["book_appointment", "get_appointment"]
    assert "cancel_appointment" not in {r.operation for r in fake.requests}


async def test_latency_meets_the_clients_timeout() -> None:
    fake = FakeHero()
    fake.latency = 0.5
    async with fake.client(timeout=0.05, max_retries=0) as hero:
        with pytest.raises(APITimeoutError):
            await hero.booking.get_slot("9000")


async def test_requests_are_recorded_with_their_templates_and_bodies() -> None:
    fake = FakeHero()
    async with fake.client() as hero:
        await hero.booking.get_slot("9001")
        await hero.booking.create_appointment(body=_reserve_body(fake))
    first, second = fake.requests
    assert (first.operation, first.method, first.path, first.path_params) == (
        "get_slot",
        "GET",
        "/v1/slots/{id}",
        {"id": "9001"},
    )
    assert second.path == "/v1/appointments" and second.body["practitioner_id"] == "7"


async def test_pds_registration_answers_a_patient_or_a_verification_request() -> None:
    fake = FakeHero()
    known = fake.add_pds_patient("9434765919", datetime.date(1992, 1, 1))
    fake.add_pds_patient("4010232137", datetime.date(1980, 5, 5), identity_verified=False)
    async with fake.client() as hero:
        first = await hero.patients.register_pds(nhs_number="943 476 5919", dob=datetime.date(1992, 1, 1))
        again = await hero.patients.register_pds(nhs_number="9434765919", dob=datetime.date(1992, 1, 1))
        verify = await hero.patients.register_pds(nhs_number="4010232137", dob=datetime.date(1980, 5, 5))
        with pytest.raises(NotFoundError):
            await hero.patients.register_pds(nhs_number="9876543210", dob=datetime.date(1990, 1, 1))
    assert isinstance(first, RegisteredPatient) and first.patient_id == again.patient_id == known  # type: ignore[union-attr]
    assert isinstance(verify, IdentityVerificationRequired) and str(verify.login_url).startswith("https://")


async def test_booking_and_cancelling_produce_signed_webhook_deliveries() -> None:
    fake = FakeHero()
    async with fake.client() as hero:
        for event in ("appointment.confirmed", "appointment.cancelled"):
            await hero.webhooks.create_webhook(
                body=CreateWebhookBody(event_type=event, url="https://app.test/hero", signing_key="whsec_fake")  # type: ignore[arg-type]
            )
        appointment = await hero.booking.book_slot(next(iter(fake.slots.values())), patient_id="55")
        from herohealth_async.models import CancelAppointmentBody

        await hero.booking.cancel_appointment(appointment.id, body=CancelAppointmentBody())
    events = []
    for delivery in fake.deliveries:
        event = verify_webhook(delivery.body, delivery.headers, "whsec_fake", now=lambda: fake.clock.now().timestamp())
        events.append((delivery.url, event.event, event.id, delivery.attempt, delivery.status, delivery.error))
    assert events == [
        ("https://app.test/hero", "appointment.confirmed", appointment.id, 1, None, "not served"),
        ("https://app.test/hero", "appointment.cancelled", appointment.id, 1, None, "not served"),
    ]


async def test_elements_tokens_expire_thirty_minutes_after_the_fakes_now() -> None:
    import base64

    fake = FakeHero()
    async with fake.client() as hero:
        token = await hero.practice_group.create_access_token()
    payload = token.access_token.split(".")[1]
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    assert claims["exp"] == int(fake.clock.now().timestamp()) + 1800


PLUGIN_USER = """
import pytest
from herohealth_async.models import SendMessageBody

pytestmark = pytest.mark.anyio

@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request):
    return request.param

async def test_my_worker(hero, hero_fake):
    body = SendMessageBody(patient_id="55", message_type="sms", message_string="hi")
    sent = await hero.messages.send_message(body=body)
    assert hero_fake.messages[sent.message_id]["patient_id"] == "55"

def test_my_receiver(webhook_signer, hero_fake):
    from herohealth_async import verify_webhook
    body = b'{"object": "Appointment", "id": "1", "practice_group_id": "1", "event": "appointment.confirmed"}'
    headers = webhook_signer(body, "k")
    assert verify_webhook(body, headers, "k", now=lambda: hero_fake.clock.now().timestamp()).id == "1"
"""


def test_the_pytest_plugin_loads_itself_and_is_anyio_native(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_app=PLUGIN_USER)  # no conftest, no pytest_plugins line: the entry point loads it
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-p", "no:asyncio")
    result.assert_outcomes(passed=3)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-p", "no:herohealth_async")
    result.assert_outcomes(errors=3)  # turned off by its name, the fixtures do not exist


async def test_the_practice_group_and_its_locations_answer_as_the_document_says() -> None:
    """The document does not show these answers (an open object): the fake invents no field for them."""
    fake = FakeHero()
    async with fake.client() as hero:
        group = await hero.practice_group.get_practice_group_by_id()
        locations = await hero.practice_group.list_locations()
        webhooks = await hero.webhooks.list_webhooks()
    assert group.additional_properties == locations.additional_properties == webhooks.additional_properties == {}
    slot = next(iter(fake.slots.values()))
    assert (slot.location_id, slot.practitioner_id) == ("1", "7")  # the seeded slots are at that location
