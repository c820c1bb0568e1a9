"""Idempotency keys: a write made again with the same key (a retried job) is never sent twice."""

from __future__ import annotations

import datetime
import logging
from typing import Any

import anyio
import pytest

from herohealth_async import (
    APIConnectionError,
    BadRequestError,
    HeroHealth,
    HeroHealthError,
    IdempotencyKeyInFlightError,
    IdempotencyKeyReusedError,
    InMemoryIdempotencyStore,
    InternalServerError,
    OutcomeUnknownError,
    RequestValidationError,
)
from herohealth_async.models.book_appointment_body import BookAppointmentBody
from herohealth_async.models.send_message_body import SendMessageBody
from herohealth_facade.resources.booking import _reservation_body
from herohealth_facade.testing import FakeHero

pytestmark = pytest.mark.anyio
KEY = "reminder-patient-9434765919"  # a key that names a patient, as users' keys often do


def message(text: str = "Your appointment is tomorrow at 9:00") -> SendMessageBody:
    return SendMessageBody(patient_id="55", message_type="sms", message_string=text)


def sends(fake: FakeHero, operation: str = "send_message") -> int:
    return sum(1 for r in fake.requests if r.operation == operation)


async def test_a_repeat_returns_the_recorded_answer_without_sending() -> None:
    fake = FakeHero()
    async with fake.client() as hero:
        first = await hero.messages.send_message(body=message(), idempotency_key=KEY)
        again = await hero.messages.send_message(body=message(), idempotency_key=KEY)
        raw = await hero.messages.with_raw_response.send_message(body=message(), idempotency_key=KEY)
    assert again == first == raw.parsed
    assert sends(fake) == 1 and len(fake.messages) == 1


async def test_an_answer_lost_after_sending_makes_the_repeat_an_unknown_outcome() -> None:
    fake = FakeHero()
    fake.drop_after_action("send_message")
    async with fake.client() as hero:
        with pytest.raises(APIConnectionError) as lost:
            await hero.messages.send_message(body=message(), idempotency_key=KEY)
        assert lost.value.request_sent and not lost.value.retryable
        before = datetime.datetime.now(datetime.UTC)
        with pytest.raises(OutcomeUnknownError) as unknown:
            await hero.messages.send_message(body=message(), idempotency_key=KEY)
        assert sends(fake) == 1 and len(fake.messages) == 1  # the patient got one message
        error = unknown.value
        assert (error.idempotency_key, error.operation_id, error.method) == (KEY, "send_message", "POST")
        assert error.path == "/v1/messages/send" and not error.retryable
        assert before - datetime.timedelta(seconds=5) <= error.sent_at <= before
        assert KEY not in str(error) and "9434765919" not in str(error)
        # A person checked: it was not carried out. Forgetting the key lets the next call send.
        await hero.forget_idempotency_key(KEY)
        await hero.messages.send_message(body=message(), idempotency_key=KEY)
    assert sends(fake) == 2


async def test_a_5xx_after_sending_is_unknown_and_a_4xx_frees_the_key() -> None:
    fake = FakeHero()
    async with fake.client(max_retries=0) as hero:
        fake.fail_next("send_message", status=502)
        with pytest.raises(InternalServerError) as failed:
            await hero.messages.send_message(body=message(), idempotency_key="a")
        assert not failed.value.retryable  # a POST that may have been carried out
        with pytest.raises(OutcomeUnknownError):
            await hero.messages.send_message(body=message(), idempotency_key="a")
        fake.fail_next("send_message", status=400)
        with pytest.raises(BadRequestError):
            await hero.messages.send_message(body=message(), idempotency_key="b")
        await hero.messages.send_message(body=message(), idempotency_key="b")  # the 400 did nothing
        assert sends(fake) == 3 and len(fake.messages) == 1


async def test_a_key_is_freed_when_nothing_was_sent() -> None:
    store = InMemoryIdempotencyStore()
    async with HeroHealth(
        api_key="k", practice_group_id="pg", base_url="http://127.0.0.1:9", idempotency_store=store
    ) as hero:
        with pytest.raises(APIConnectionError) as refused:
            await hero.messages.send_message(body=message(), idempotency_key=KEY)
    assert not refused.value.request_sent and refused.value.retryable
    assert refused.value.retry_after is not None and refused.value.retry_after > 0
    assert store._entries == {}


async def test_a_key_reused_for_another_request_is_refused_before_sending() -> None:
    fake = FakeHero()
    async with fake.client() as hero:
        await hero.messages.send_message(body=message(), idempotency_key=KEY)
        with pytest.raises(IdempotencyKeyReusedError) as reused:
            await hero.messages.send_message(body=message("another text"), idempotency_key=KEY)
    assert isinstance(reused.value, RequestValidationError) and reused.value.field == "idempotency_key"
    assert sends(fake) == 1


@pytest.mark.parametrize("key", ["", "   ", 7, "x" * 256])
async def test_a_bad_key_is_refused_naming_the_field(key: Any) -> None:
    fake = FakeHero()
    async with fake.client() as hero:
        with pytest.raises(RequestValidationError, match="idempotency_key"):
            await hero.messages.send_message(body=message(), idempotency_key=key)
    assert sends(fake) == 0


async def test_the_same_key_for_two_practice_groups_is_two_writes() -> None:
    fake = FakeHero(practices=("pg-1", "pg-2"))
    async with fake.client() as hero:
        await hero.for_practice_group("pg-1").messages.send_message(body=message(), idempotency_key=KEY)
        await hero.for_practice_group("pg-2").messages.send_message(body=message(), idempotency_key=KEY)
    assert sends(fake) == 2


async def test_a_repeat_while_the_first_is_in_flight_waits_for_its_answer() -> None:
    fake = FakeHero()
    fake.latency = 0.3
    async with fake.client() as hero:
        answers: list[Any] = []

        async def send() -> None:
            answers.append(await hero.messages.send_message(body=message(), idempotency_key=KEY))

        async with anyio.create_task_group() as tg:
            tg.start_soon(send)
            tg.start_soon(send)
    assert len(answers) == 2 and answers[0] == answers[1]
    assert sends(fake) == 1


async def test_a_repeat_gives_up_waiting_at_its_own_timeout() -> None:
    fake = FakeHero()
    fake.latency = 1.5
    async with fake.client(timeout=5) as hero:
        outcome: list[BaseException] = []

        async def second() -> None:
            await anyio.sleep(0.1)
            try:
                await hero.messages.send_message(body=message(), idempotency_key=KEY, timeout=0.3)
            except HeroHealthError as exc:
                outcome.append(exc)

        async with anyio.create_task_group() as tg:
            tg.start_soon(lambda: hero.messages.send_message(body=message(), idempotency_key=KEY))
            tg.start_soon(second)
    assert isinstance(outcome[0], IdempotencyKeyInFlightError) and outcome[0].retryable
    assert outcome[0].retry_after is not None and 0 < outcome[0].retry_after <= 10
    assert sends(fake) == 1


async def test_a_call_cancelled_after_sending_leaves_an_unknown_outcome() -> None:
    fake = FakeHero()
    fake.latency = 1.0
    async with fake.client() as hero:
        with anyio.move_on_after(0.3):  # a job framework's own timeout
            await hero.messages.send_message(body=message(), idempotency_key=KEY)
        fake.latency = 0
        with pytest.raises(OutcomeUnknownError):
            await hero.messages.send_message(body=message(), idempotency_key=KEY)


async def test_messages_and_logs_never_name_the_key(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="herohealth_async")
    fake = FakeHero()
    async with fake.client() as hero:
        await hero.messages.send_message(body=message(), idempotency_key=KEY)
        await hero.messages.send_message(body=message(), idempotency_key=KEY)
    assert "answered from the idempotency record" in caplog.text
    assert KEY not in caplog.text and "9434765919" not in caplog.text


async def book_with(fake: FakeHero, key: str) -> tuple[Any, str]:
    """Reserve the fake's first slot; return the client and the reservation's id."""
    hero = fake.client(max_retries=0)
    slot = next(iter(fake.slots.values()))
    body = _reservation_body(slot, "55", None, None)
    reservation = await hero.booking.create_appointment(body=body, idempotency_key=key + "-reserve")
    return hero, reservation.id


async def test_an_unclear_booking_is_read_back_and_not_sent_again() -> None:
    fake = FakeHero()
    hero, appointment_id = await book_with(fake, KEY)
    async with hero:
        fake.drop_after_action("book_appointment")  # booked, then the answer was lost
        with pytest.raises(APIConnectionError):
            await hero.booking.book_appointment(appointment_id, body=BookAppointmentBody(), idempotency_key=KEY)
        booked = await hero.booking.book_appointment(appointment_id, body=BookAppointmentBody(), idempotency_key=KEY)
        assert isinstance(booked.booking_confirmed_at, datetime.datetime)
        assert await hero.booking.book_appointment(appointment_id, body=BookAppointmentBody(), idempotency_key=KEY)
    assert sends(fake, "book_appointment") == 1


async def test_an_unclear_booking_read_back_as_not_booked_is_sent_again() -> None:
    fake = FakeHero()
    hero, appointment_id = await book_with(fake, KEY)
    async with hero:
        fake.fail_next("book_appointment", status=503)  # answered 503 without acting
        with pytest.raises(InternalServerError):
            await hero.booking.book_appointment(appointment_id, body=BookAppointmentBody(), idempotency_key=KEY)
        booked = await hero.booking.book_appointment(appointment_id, body=BookAppointmentBody(), idempotency_key=KEY)
    assert isinstance(booked.booking_confirmed_at, datetime.datetime)
    assert sends(fake, "book_appointment") == 2
