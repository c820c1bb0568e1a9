"""What a job framework reads off an error (``retryable``, ``retry_after``), and a partner client that
has no default practice group."""

from __future__ import annotations

import pytest

from herohealth_async import (
    APIConnectionError,
    BadRequestError,
    BookingError,
    HeroHealth,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    RequestValidationError,
)
from herohealth_async.models.send_message_body import SendMessageBody
from herohealth_facade.testing import FakeHero

pytestmark = pytest.mark.anyio
MESSAGE = SendMessageBody(patient_id="55", message_type="sms", message_string="hello")


async def test_a_429_is_retryable_after_the_servers_wait() -> None:
    fake = FakeHero()
    fake.fail_next("send_message", status=429, retry_after=7)
    async with fake.client(max_retries=0) as hero:
        with pytest.raises(RateLimitError) as limited:
            await hero.messages.send_message(body=MESSAGE)
    assert limited.value.retryable and limited.value.retry_after == 7


async def test_a_get_that_kept_failing_with_5xx_is_retryable_after_the_backoff() -> None:
    fake = FakeHero()
    fake.fail_next("get_appointment", status=503)
    async with fake.client(max_retries=0) as hero:
        with pytest.raises(InternalServerError) as failed:
            await hero.booking.get_appointment("1")
    assert failed.value.retryable
    assert failed.value.retry_after is not None and 0 < failed.value.retry_after <= 10


async def test_a_write_that_may_have_been_carried_out_is_never_retryable() -> None:
    fake = FakeHero()
    async with fake.client(max_retries=0) as hero:
        fake.fail_next("send_message", status=500)
        with pytest.raises(InternalServerError) as failed:
            await hero.messages.send_message(body=MESSAGE)
        fake.drop_after_action("send_message")
        with pytest.raises(APIConnectionError) as dropped:
            await hero.messages.send_message(body=MESSAGE)
    assert not failed.value.retryable and failed.value.retry_after is None
    assert dropped.value.request_sent and not dropped.value.retryable


async def test_answers_that_retrying_cannot_change_are_not_retryable() -> None:
    fake = FakeHero()
    async with fake.client(max_retries=0) as hero:
        fake.fail_next("send_message", status=400)
        with pytest.raises(BadRequestError) as bad:
            await hero.messages.send_message(body=MESSAGE)
        with pytest.raises(NotFoundError) as missing:
            await hero.booking.get_slot("no-such-slot")
        with pytest.raises(RequestValidationError) as invalid:
            await hero.booking.get_appointment("..")
    assert not (bad.value.retryable or missing.value.retryable or invalid.value.retryable)


async def test_a_booking_flow_that_released_everything_is_retryable_when_its_cause_is() -> None:
    fake = FakeHero()
    slot = next(iter(fake.slots.values()))
    fake.fail_next("book_appointment", status=429, retry_after=3)
    async with fake.client(max_retries=0) as hero:
        with pytest.raises(BookingError) as stopped:
            await hero.booking.book_slot(slot, patient_id="55")
    assert stopped.value.outcome == "released" and stopped.value.retryable
    assert stopped.value.retry_after == 3


async def test_a_client_without_a_practice_group_refuses_calls_not_made_for_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("HEROHEALTH_PRACTICE_GROUP_ID", raising=False)
    fake = FakeHero(practices=("pg-1", "pg-2"))
    async with HeroHealth(api_key="k", transport=fake.transport, base_url="https://fake.test") as partner:
        assert partner.practice_group_id is None
        with pytest.raises(RequestValidationError, match="practice_group_id.*for_practice_group") as refused:
            await partner.booking.get_appointment("1")
        assert refused.value.field == "practice_group_id" and not refused.value.retryable
        assert fake.requests == []  # refused before sending
        for practice in ("pg-1", "pg-2"):
            await partner.for_practice_group(practice).booking.list_appointments()
    assert [r.practice_group_id for r in fake.requests] == ["pg-1", "pg-2"]


async def test_the_environment_still_names_a_default_practice_group(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEROHEALTH_PRACTICE_GROUP_ID", "pg-9")
    async with HeroHealth(api_key="k", base_url="https://fake.test") as hero:
        assert hero.practice_group_id == "pg-9"


async def test_a_connection_refused_is_retryable_after_the_backoff() -> None:
    async with HeroHealth(api_key="k", practice_group_id="1", base_url="http://127.0.0.1:9", max_retries=0) as hero:
        with pytest.raises(APIConnectionError) as refused:
            await hero.booking.get_appointment("1")
    assert not refused.value.request_sent and refused.value.retryable
    assert refused.value.retry_after is not None and refused.value.retry_after > 0
