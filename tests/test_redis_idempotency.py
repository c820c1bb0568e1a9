"""``RedisIdempotencyStore`` on a real redis-server: two worker processes' clients share the records,
Redis holds no key the caller chose, and an unreachable Redis sends nothing."""

from __future__ import annotations

import pytest
import redis

from herohealth_async import (
    APIConnectionError,
    IdempotencyStoreUnavailableError,
    OutcomeUnknownError,
    RedisIdempotencyStore,
)
from herohealth_async.models.send_message_body import SendMessageBody
from herohealth_facade.testing import FakeHero
from tests.servers import free_port

pytestmark = pytest.mark.anyio
KEY = "reminder-patient-9434765919"
MESSAGE = SendMessageBody(patient_id="55", message_type="sms", message_string="Your appointment is tomorrow")


def sends(fake: FakeHero) -> int:
    return sum(1 for r in fake.requests if r.operation == "send_message")


async def test_a_second_worker_gets_the_first_workers_answer(redis_url: str) -> None:
    redis.Redis.from_url(redis_url).flushdb()
    fake = FakeHero()
    async with fake.client(idempotency_store=RedisIdempotencyStore(redis_url)) as one:
        first = await one.messages.send_message(body=MESSAGE, idempotency_key=KEY)
    async with fake.client(idempotency_store=RedisIdempotencyStore(redis_url)) as two:
        assert await two.messages.send_message(body=MESSAGE, idempotency_key=KEY) == first
    assert sends(fake) == 1
    plain = redis.Redis.from_url(redis_url)
    keys = [key.decode() for key in plain.scan_iter(match="*")]
    assert len(keys) == 1 and keys[0].startswith("herohealth:idempotency:{")
    assert "9434765919" not in keys[0] and b"9434765919" not in plain.get(keys[0])
    ttl = plain.pttl(keys[0])
    assert 23 * 3600 * 1000 < ttl <= 24 * 3600 * 1000


async def test_an_unknown_outcome_in_one_worker_stops_the_retry_in_another(redis_url: str) -> None:
    redis.Redis.from_url(redis_url).flushdb()
    fake = FakeHero()
    fake.drop_after_action("send_message")
    async with fake.client(idempotency_store=RedisIdempotencyStore(redis_url)) as one:
        with pytest.raises(APIConnectionError):
            await one.messages.send_message(body=MESSAGE, idempotency_key=KEY)
    async with fake.client(idempotency_store=RedisIdempotencyStore(redis_url)) as two:
        with pytest.raises(OutcomeUnknownError):
            await two.messages.send_message(body=MESSAGE, idempotency_key=KEY)
        await two.forget_idempotency_key(KEY)
        await two.messages.send_message(body=MESSAGE, idempotency_key=KEY)
    assert sends(fake) == 2


async def test_an_unreachable_store_sends_nothing() -> None:
    fake = FakeHero()
    store = RedisIdempotencyStore(f"redis://127.0.0.1:{free_port()}/0")
    async with fake.client(idempotency_store=store) as hero:
        with pytest.raises(IdempotencyStoreUnavailableError) as down:
            await hero.messages.send_message(body=MESSAGE, idempotency_key=KEY)
        await hero.messages.send_message(body=MESSAGE)  # a call without a key does not need the store
    assert down.value.retryable and down.value.retry_after
    assert sends(fake) == 1
