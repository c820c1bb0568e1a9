"""Shared state that is scoped and bounded: pauses and budgets that never outlast the caller's timeout,
Redis keys per API key and server, two-phase webhook receipt, strict header values and IDs, booking
outcomes a handler can act on, and a Redis that hangs. Multi-process tests use a real redis-server and
the fake served over HTTP."""

from __future__ import annotations

import collections
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
import redis

from herohealth_async import (
    HeroHealth,
    InMemoryReplayGuard,
    LocalRateLimiter,
    PermissionDeniedError,
    RateLimitError,
    RedisRateLimiter,
    RedisReplayGuard,
    RedisTokenCache,
    RequestValidationError,
    RetryPolicy,
    SlotNotFoundError,
    WebhookVerificationError,
    sign_webhook,
)
from herohealth_async.models import CancelAppointmentBody
from herohealth_async.testing import FakeHero
from tests.helpers import API_KEY, APPOINTMENT, Recorder, json_response, mock_client
from tests.servers import fake_server, redis_server, stop_process

ROOT = Path(__file__).resolve().parent.parent
DELIVERY = b'{"object": "Appointment", "id": "1", "practice_group_id": "2", "event": "appointment.confirmed"}'


def _calls(fake: FakeHero, operation: str) -> int:
    return sum(1 for r in fake.requests if r.operation == operation)


# ---------------------------------------------------------------------- 1. waits bounded by the caller


@pytest.mark.anyio
async def test_a_long_pause_refuses_the_next_call_at_once_instead_of_sleeping() -> None:
    recorder = Recorder(json_response(429, {}, {"retry-after": "25"}), json_response(200, APPOINTMENT))
    async with mock_client(recorder, max_retries=0) as hero:
        with pytest.raises(RateLimitError) as first:
            await hero.booking.get_appointment("1")
        other = hero.for_practice_group("2").with_options(timeout=1)
        started = time.monotonic()
        with pytest.raises(RateLimitError) as refused:
            await other.booking.get_appointment("1")
        waited = time.monotonic() - started
    assert first.value.request_sent and first.value.retry_after == 25
    assert waited < 0.5 and not refused.value.request_sent
    assert 24 < (refused.value.retry_after or 0) <= 25
    assert "not sent" in str(refused.value) and "1" not in str(refused.value).split("/v1/")[0]
    assert len(recorder.requests) == 1  # the refused call sent nothing


@pytest.mark.anyio
async def test_a_pause_is_capped_by_the_policy_and_the_servers_wait_is_reported() -> None:
    recorder = Recorder(json_response(429, {}, {"retry-after": "120"}), json_response(200, APPOINTMENT))
    policy = RetryPolicy(initial_delay=0.001, max_delay=0.002, max_retry_after=0.3)
    async with mock_client(recorder, max_retries=0, retry_policy=policy) as hero:
        with pytest.raises(RateLimitError) as caught:
            await hero.booking.get_appointment("1")
        started = time.monotonic()
        await hero.booking.get_appointment("1")  # waits out the capped pause, not 120 s
        waited = time.monotonic() - started
    assert caught.value.retry_after == 120
    assert 0.2 < waited < 2


@pytest.mark.anyio
async def test_a_retry_after_date_hours_ahead_is_raised_at_once() -> None:
    when = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(time.time() + 3 * 3600))
    recorder = Recorder(json_response(429, {}, {"retry-after": when}))
    async with mock_client(recorder) as hero:
        with anyio.fail_after(5), pytest.raises(RateLimitError) as caught:
            await hero.booking.get_appointment("1")
        with anyio.fail_after(5), pytest.raises(RateLimitError):
            await hero.booking.get_appointment("1")  # the pause (60 s at most) is longer than 30 s
    assert 3 * 3600 - 60 < (caught.value.retry_after or 0) <= 3 * 3600
    assert len(recorder.requests) == 1


@pytest.mark.anyio
async def test_a_retry_whose_wait_exceeds_the_calls_timeout_is_not_slept() -> None:
    recorder = Recorder(json_response(429, {}, {"retry-after": "5"}), json_response(200, APPOINTMENT))
    async with mock_client(recorder, rate_limiter=LocalRateLimiter()) as hero:
        with anyio.fail_after(3), pytest.raises(RateLimitError) as caught:
            await hero.booking.get_appointment("1", timeout=1)
    assert caught.value.retry_after == 5 and len(recorder.requests) == 1


@pytest.mark.anyio
async def test_a_budget_wait_longer_than_the_timeout_raises_without_sending() -> None:
    recorder = Recorder(json_response(200, APPOINTMENT))
    async with mock_client(recorder, rate_limiter=LocalRateLimiter(per_second=1)) as hero:
        await hero.booking.get_appointment("1")
        with pytest.raises(RateLimitError) as caught:
            await hero.booking.get_appointment("1", timeout=0.2)
    assert not caught.value.request_sent and 0.2 < (caught.value.retry_after or 0) <= 1.1
    assert len(recorder.requests) == 1


def test_the_local_limiter_holds_a_budget_per_scope() -> None:
    async def burst() -> tuple[float, float]:
        limiter = LocalRateLimiter(per_second=5, margin=0)
        started = time.monotonic()
        for _ in range(5):
            await limiter.acquire("key-b", None)  # another key's budget is untouched by key-a's
        other = time.monotonic() - started
        for _ in range(7):
            await limiter.acquire("key-a", None)
        return other, time.monotonic() - started

    other, total = anyio.run(burst)
    assert other < 0.2 and total >= 0.9


def test_limiter_arguments_are_checked() -> None:
    for bad in ({"per_second": 0}, {"per_second": 1.5}, {"margin": -1}, {"margin": True}):
        with pytest.raises(RequestValidationError):
            LocalRateLimiter(**bad)  # type: ignore[arg-type]


# ---------------------------------------------------------------------- 2. scoped shared state


@pytest.fixture
def served() -> Iterator[tuple[FakeHero, str]]:
    fake = FakeHero(practices=("1", "2"))
    with fake_server(fake) as url:
        yield fake, url


@pytest.fixture
def clean_redis(redis_url: str) -> str:
    redis.Redis.from_url(redis_url).flushdb()
    return redis_url


@pytest.mark.anyio
async def test_two_api_keys_on_one_redis_share_no_pause_and_no_token(
    served: tuple[FakeHero, str], clean_redis: str
) -> None:
    fake, url = served
    fake.fail_next("get_practice_group_by_id", status=429, retry_after=30)

    def client(key: str) -> HeroHealth:
        return HeroHealth(
            api_key=key,
            practice_group_id="1",
            base_url=url,
            max_retries=0,
            rate_limiter=RedisRateLimiter(clean_redis),
            token_cache=RedisTokenCache(clean_redis),
        )

    async with client("key-a") as a, client("key-b") as b:
        with pytest.raises(RateLimitError):
            await a.practice_group.get_practice_group_by_id()
        with pytest.raises(RateLimitError) as paused:
            await a.practice_group.get_practice_group_by_id(timeout=1)  # key-a is paused for 30 s
        assert not paused.value.request_sent
        await b.practice_group.get_practice_group_by_id(timeout=1)  # key-b is not
        token_b = await b.practice_group.elements_token()
    keys = [k.decode() for k in redis.Redis.from_url(clean_redis).keys("*")]
    assert token_b and _calls(fake, "create_access_token") == 1
    assert not any("key-a" in k or "key-b" in k or url in k for k in keys)
    assert len({k for k in keys if k.endswith(":pause")}) == 1  # only key-a's scope is paused


@pytest.mark.anyio
async def test_tokens_are_kept_per_api_key_and_server(served: tuple[FakeHero, str], clean_redis: str) -> None:
    fake, url = served
    cache = RedisTokenCache(clean_redis)  # one cache (one Redis) for all three clients
    clients = [
        HeroHealth(api_key="key-a", practice_group_id="1", base_url=url, token_cache=cache),
        HeroHealth(api_key="key-b", practice_group_id="1", base_url=url, token_cache=cache),
        HeroHealth(
            api_key="key-a", practice_group_id="1", base_url=url.replace("127.0.0.1", "localhost"), token_cache=cache
        ),
    ]
    tokens = [await c.practice_group.elements_token() for c in clients]
    for c in clients:
        await c.aclose()
    assert len(set(tokens)) == 3 and _calls(fake, "create_access_token") == 3


BUDGET_WORKER = """
import sys, anyio
from herohealth_async import HeroHealth, RedisRateLimiter

async def main(url, redis_url, count):
    limiter = RedisRateLimiter(redis_url, per_second=8)
    async with HeroHealth(api_key="k", practice_group_id="1", base_url=url, rate_limiter=limiter) as hero:
        async with anyio.create_task_group() as tg:
            for _ in range(count):
                tg.start_soon(hero.practice_group.get_practice_group_by_id)

anyio.run(main, sys.argv[1], sys.argv[2], int(sys.argv[3]))
"""


def test_a_shared_budget_holds_at_the_server_for_cold_processes_started_together(
    served: tuple[FakeHero, str], clean_redis: str
) -> None:
    """3 processes, 8 requests each, a budget of 8/s: no calendar second at the server sees more than 8."""
    fake, url = served
    fake.rate_limit(8)
    for _run in range(3):  # one budget throughout: runs that follow each other share the same seconds
        procs = [
            subprocess.Popen([sys.executable, "-c", BUDGET_WORKER, url, clean_redis, "8"], cwd=ROOT) for _ in range(3)
        ]
        assert [p.wait(timeout=60) for p in procs] == [0, 0, 0]
    per_second = collections.Counter(int(r.at) for r in fake.requests)
    assert len(fake.requests) == 72 and max(per_second.values()) <= 8, per_second


# ---------------------------------------------------------------------- 3. two-phase webhook receipt


def _guards(kind: str, redis_url: str) -> tuple[Any, Any]:
    if kind == "memory":
        shared = InMemoryReplayGuard()
        return shared, shared
    redis.Redis.from_url(redis_url).flushdb()
    return RedisReplayGuard(redis_url), RedisReplayGuard(redis_url)  # two receiver processes


@pytest.mark.anyio
@pytest.mark.parametrize("kind", ["memory", "redis"])
async def test_a_delivery_is_committed_only_when_the_work_succeeds(kind: str, redis_url: str) -> None:
    one, two = _guards(kind, redis_url)
    headers = sign_webhook(DELIVERY, "k")
    first = HeroHealth(api_key=API_KEY, practice_group_id="1", webhook_signing_key="k", webhook_replay_guard=one)
    second = HeroHealth(api_key=API_KEY, practice_group_id="1", webhook_signing_key="k", webhook_replay_guard=two)
    with pytest.raises(RuntimeError, match="store failed"):
        async with first.webhooks.receive(DELIVERY, headers) as event:
            raise RuntimeError("store failed")
    stored = []
    async with second.webhooks.receive(DELIVERY, headers) as event:  # Hero's redelivery is accepted
        stored.append(event.id)
    with pytest.raises(WebhookVerificationError) as replayed:
        async with first.webhooks.receive(DELIVERY, headers):
            pass
    assert stored == ["1"] and replayed.value.reason == "replayed"


@pytest.mark.anyio
@pytest.mark.parametrize("kind", ["memory", "redis"])
async def test_a_claim_held_by_a_crashed_receiver_expires_after_its_hold(kind: str, redis_url: str) -> None:
    one, two = _guards(kind, redis_url)
    headers = sign_webhook(DELIVERY, "k")
    hero = HeroHealth(api_key=API_KEY, practice_group_id="1", webhook_signing_key="k")
    owner = "a-process-that-died"
    scoped = f"{hero._config.scope}:{headers['X-Herohealth-Timestamp']}:{headers['X-Herohealth-Signature']}"
    assert one.claim(scoped, owner, 0.5) == "claimed"  # it claimed the delivery, then crashed
    with pytest.raises(WebhookVerificationError) as busy:
        async with hero.webhooks.receive(DELIVERY, headers, replay_guard=two):
            pass
    await anyio.sleep(0.6)
    async with hero.webhooks.receive(DELIVERY, headers, replay_guard=two) as event:
        assert event.id == "1"
    assert busy.value.reason == "in_progress"


@pytest.mark.anyio
async def test_replay_marks_are_scoped_to_the_api_key(redis_url: str) -> None:
    guard = _guards("redis", redis_url)[0]
    headers = sign_webhook(DELIVERY, "k")
    for key in ("key-a", "key-b"):  # the same delivery to two partners' receivers
        hero = HeroHealth(api_key=key, practice_group_id="1", webhook_signing_key="k", webhook_replay_guard=guard)
        async with hero.webhooks.receive(DELIVERY, headers) as event:
            assert event.id == "1"


@pytest.mark.anyio
async def test_a_cancelled_receiver_releases_its_claim() -> None:
    hero = HeroHealth(api_key=API_KEY, practice_group_id="1", webhook_signing_key="k")
    headers = sign_webhook(DELIVERY, "k")
    with anyio.move_on_after(0.05):
        async with hero.webhooks.receive(DELIVERY, headers):
            await anyio.sleep(5)
    async with hero.webhooks.receive(DELIVERY, headers) as event:
        assert event.id == "1"


def test_an_unreachable_replay_guard_refuses_to_vouch() -> None:
    from tests.servers import free_port

    guard = RedisReplayGuard(f"redis://127.0.0.1:{free_port()}/0")
    hero = HeroHealth(api_key=API_KEY, practice_group_id="1", webhook_signing_key="k", webhook_replay_guard=guard)

    async def receive() -> None:
        async with hero.webhooks.receive(DELIVERY, sign_webhook(DELIVERY, "k")):
            raise AssertionError("must not be handed out")

    with pytest.raises(WebhookVerificationError) as caught:
        anyio.run(receive)
    assert caught.value.reason == "replay_check_unavailable"


# ---------------------------------------------------------------------- 4. the test kit


@pytest.mark.anyio
async def test_the_fake_keeps_state_per_practice_group() -> None:
    fake = FakeHero(practices=("1", "2"))
    fake.add_practice("3", seed=False)
    async with fake.client() as hero:
        first = next(iter(fake.practice("1").slots.values()))
        await hero.booking.book_slot(first, patient_id="55")
        free_in_1 = await hero.booking.list_slots()
        free_in_2 = await hero.for_practice_group("2").booking.list_slots()
        empty = await hero.for_practice_group("3").booking.list_slots()
        with pytest.raises(PermissionDeniedError):
            await hero.for_practice_group("4").booking.list_slots()
    assert (free_in_1.count, free_in_2.count, empty.count) == (7, 8, 0)
    assert [r.practice_group_id for r in fake.requests][-4:] == ["1", "2", "3", "4"]
    assert fake.practice("2").appointments == {} and len(fake.practice("1").appointments) == 1


@pytest.mark.anyio
async def test_a_test_can_clear_the_seed_and_answer_any_operation() -> None:
    fake = FakeHero()
    fake.practice("1").clear()
    fake.route("list_coupons", lambda practice, request: (200, {"data": [], "count": 0}))
    async with fake.client() as hero:
        slots = await hero.booking.list_slots()
        coupons = await hero.call_raw(_list_coupons_operation())
    assert slots.count == 0 and coupons.status_code == 200
    assert fake.requests[-1].operation == "list_coupons"
    with pytest.raises(KeyError):
        fake.route("no_such_operation", lambda practice, request: (200, {}))


def _list_coupons_operation() -> Any:
    from herohealth_async.api.invoicing import list_coupons

    return list_coupons.operation()


@pytest.mark.anyio
async def test_the_fake_served_over_http_books_like_the_in_memory_one() -> None:
    fake = FakeHero()
    async with fake.serve() as url:
        async with HeroHealth(api_key="k", practice_group_id="1", base_url=url) as hero:
            slot = (await hero.booking.list_slots()).data[0]
            booked = await hero.booking.book_slot(slot, patient_id="55")
            with pytest.raises(SlotNotFoundError):
                await hero.booking.book_slot("404404", patient_id="55")
    assert booked.booking_confirmed_at is not None and url.startswith("http://127.0.0.1:")
    assert [r.operation for r in fake.requests].count("book_appointment") == 1


def test_the_fake_is_served_by_a_command() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "herohealth_async.testing", "--practice", "1", "--practice", "2"],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        answer = httpx.get(url + "/v1/slots", headers={"x-api-key": "k", "x-practice-group-id": "2"})
    finally:
        stop_process(proc)
    assert answer.status_code == 200 and answer.json()["count"] == 8


# ---------------------------------------------------------------------- 5. strict header values and IDs


@pytest.mark.anyio
@pytest.mark.parametrize("value", ["a\r\nX-Injected: 1", "a\nb", "a\x00b", "tab\there", "caf\u00e9"])
async def test_a_header_value_that_could_inject_is_refused_unquoted(value: str) -> None:
    recorder = Recorder(json_response(200, APPOINTMENT))
    async with mock_client(recorder) as hero:
        with pytest.raises(RequestValidationError) as caught:
            await hero.booking.get_appointment("1", extra_headers={"x-correlation-id": value})
        with pytest.raises(RequestValidationError) as practice:
            hero.for_practice_group("7" + value + "7")
    assert caught.value.field == "extra_headers.x-correlation-id" and value not in str(caught.value)
    assert practice.value.field == "practice_group_id" and value not in str(practice.value)
    assert recorder.requests == []


@pytest.mark.anyio
async def test_a_header_name_that_is_not_a_token_is_refused() -> None:
    recorder = Recorder(json_response(200, APPOINTMENT))
    async with mock_client(recorder) as hero:
        with pytest.raises(RequestValidationError, match="HTTP token") as caught:
            await hero.booking.get_appointment("1", extra_headers={"x-a\r\nb": "1"})
    assert "x-a" not in str(caught.value) and recorder.requests == []


def test_an_api_key_with_a_control_character_is_refused_unquoted() -> None:
    for key in ("hh_live_SECRET\r\nX: 1", "hh_live_\x00SECRET"):
        with pytest.raises(RequestValidationError) as caught:
            HeroHealth(api_key=key, practice_group_id="1")
        assert caught.value.field == "api_key" and "SECRET" not in str(caught.value)


@pytest.mark.anyio
@pytest.mark.parametrize("value", ["a/b", "a\\b", "a?b=1", "a#b", "a\nb", "a\x7fb", "../cancel"])
async def test_an_id_that_is_not_opaque_is_refused(value: str) -> None:
    recorder = Recorder(json_response(200, APPOINTMENT))
    async with mock_client(recorder) as hero:
        with pytest.raises(RequestValidationError) as caught:
            await hero.booking.get_appointment(value)
        with pytest.raises(RequestValidationError):
            await hero.booking.cancel_appointment(value, body=CancelAppointmentBody())
    assert caught.value.field == "path.id" and value not in str(caught.value)
    assert recorder.requests == []


@pytest.mark.anyio
@pytest.mark.parametrize("patient_id", ["", "  ", None, 55])
async def test_book_slot_refuses_a_bad_patient_id_before_sending(patient_id: Any) -> None:
    fake = FakeHero()
    async with fake.client() as hero:
        with pytest.raises(RequestValidationError) as caught:
            await hero.booking.book_slot(next(iter(fake.slots)), patient_id=patient_id)
        with pytest.raises(RequestValidationError):
            await hero.booking.book_first_available(
                location_id="1",
                appointment_type_id="3",
                start_date=fake.clock.now().date(),
                end_date=fake.clock.now().date(),
                patient_id=patient_id,
            )
    assert caught.value.field == "patient_id" and fake.requests == []


# ---------------------------------------------------------------------- 6. outcomes a handler can act on


@pytest.mark.anyio
async def test_an_unknown_slot_is_not_a_taken_slot() -> None:
    fake = FakeHero()
    async with fake.client() as hero:
        with pytest.raises(SlotNotFoundError) as unknown:
            await hero.booking.book_slot("404404", patient_id="55")
    assert unknown.value.step == "slot" and not unknown.value.slot_unavailable
    assert unknown.value.outcome == "not_reserved"


@pytest.mark.anyio
async def test_a_booking_stopped_by_a_429_carries_retry_after() -> None:
    fake = FakeHero()
    fake.fail_next("create_appointment", status=429, retry_after=90)
    async with fake.client(max_retries=0) as hero:
        from herohealth_async import BookingError

        with pytest.raises(BookingError) as caught:
            await hero.booking.book_slot(next(iter(fake.slots.values())), patient_id="55")
    assert (caught.value.step, caught.value.retry_after, caught.value.outcome) == ("reserve", 90, "not_reserved")


@pytest.mark.anyio
@pytest.mark.parametrize("status", [501, 505])
async def test_a_status_that_cannot_succeed_is_not_retried(status: int) -> None:
    recorder = Recorder(json_response(status, {}), json_response(200, APPOINTMENT))
    async with mock_client(recorder) as hero:
        with pytest.raises(Exception, match=str(status)):
            await hero.booking.get_appointment("1")
    assert len(recorder.requests) == 1


# ---------------------------------------------------------------------- 7. a Redis that hangs


@pytest.fixture
def hung_redis() -> Iterator[str]:
    with redis_server() as url:
        pid = int(redis.Redis.from_url(url).info("server")["process_id"])
        os.kill(pid, signal.SIGSTOP)
        try:
            yield url
        finally:
            os.kill(pid, signal.SIGCONT)


@pytest.mark.anyio
async def test_500_token_calls_under_a_hung_redis_finish_within_the_socket_timeout(hung_redis: str) -> None:
    fake = FakeHero()
    tokens: set[str] = set()
    async with fake.client(token_cache=RedisTokenCache(hung_redis)) as hero:

        async def one() -> None:
            tokens.add(await hero.practice_group.elements_token())

        started = time.monotonic()
        async with anyio.create_task_group() as tg:
            for _ in range(500):
                tg.start_soon(one)
        took = time.monotonic() - started
    assert len(tokens) == 1 and _calls(fake, "create_access_token") == 1
    assert took < 0.5 + 1.0  # the socket timeout, once, plus a margin


@pytest.mark.anyio
async def test_a_failed_refresh_is_one_upstream_request_for_every_waiter(clean_redis: str) -> None:
    fake = FakeHero()
    fake.fail_next("create_access_token", status=403)
    failures = 0
    async with fake.client(token_cache=RedisTokenCache(clean_redis)) as hero:

        async def one() -> None:
            nonlocal failures
            try:
                await hero.practice_group.elements_token()
            except PermissionDeniedError:
                failures += 1

        async with anyio.create_task_group() as tg:
            for _ in range(500):
                tg.start_soon(one)
    assert failures == 500 and _calls(fake, "create_access_token") == 1


WAITER = """
import sys, anyio
from herohealth_async import HeroHealth, RedisTokenCache

async def main(url, redis_url):
    cache = RedisTokenCache(redis_url, lock_timeout=0.3)
    async with HeroHealth(api_key="k", practice_group_id="1", base_url=url, token_cache=cache) as hero:
        await hero.practice_group.elements_token()

anyio.run(main, sys.argv[1], sys.argv[2])
"""


def test_after_a_lock_holder_dies_exactly_one_waiting_process_refreshes(
    served: tuple[FakeHero, str], clean_redis: str
) -> None:
    fake, url = served
    hero = HeroHealth(api_key="k", practice_group_id="1", base_url=url)
    cache = RedisTokenCache(clean_redis)
    lock_key = cache._key(f"{hero._config.scope}|1") + ":lock"
    # A process took the refresh lock and died mid-fetch: the lock lives on until its TTL. The waiters'
    # own lock_timeout (0.3 s) is shorter, as when they started waiting just before it was taken.
    redis.Redis.from_url(clean_redis).set(lock_key, b"a-process-that-died", px=1200)
    procs = [subprocess.Popen([sys.executable, "-c", WAITER, url, clean_redis], cwd=ROOT) for _ in range(3)]
    assert [p.wait(timeout=60) for p in procs] == [0, 0, 0]
    assert _calls(fake, "create_access_token") == 1


@pytest.mark.anyio
async def test_a_caller_waiting_behind_a_hung_redis_goes_on_at_its_own_deadline(hung_redis: str) -> None:
    """The budget's Redis call hangs (socket timeout 0.5 s); a caller queued behind it with 0.15 s to wait does
    not wait longer: Redis too slow to answer counts as down, and the call goes on."""
    limiter = RedisRateLimiter(hung_redis, per_second=100)
    finished: dict[str, float] = {}
    started = anyio.current_time()

    async def caller(name: str, max_wait: float) -> None:
        await limiter.acquire("hung", max_wait)
        finished[name] = anyio.current_time() - started

    async with anyio.create_task_group() as tg:
        tg.start_soon(caller, "patient", 5.0)
        await anyio.sleep(0.02)
        tg.start_soon(caller, "hurried", 0.15)
    assert finished["hurried"] < 0.4 <= finished["patient"], finished
