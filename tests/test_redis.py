"""Beyond one process, on a real redis-server (started by the redis_url fixture): shared Elements
tokens, a shared rate budget and 429 pause, and webhook replay protection."""

from __future__ import annotations

import collections
import json
import logging
import math
import os
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

import bench.server
from herohealth_async import (
    HeroHealth,
    InMemoryReplayGuard,
    LocalRateLimiter,
    RateLimitError,
    RedisRateLimiter,
    RedisReplayGuard,
    RedisTokenCache,
    RequestValidationError,
    WebhookVerificationError,
    sign_webhook,
    verify_webhook,
)
from tests.conftest import EVENT_LOOPS
from tests.helpers import API_KEY, PRACTICE_GROUP_ID
from tests.servers import asgi_server, free_port

ROOT = Path(__file__).resolve().parent.parent
DELIVERY = b'{"object": "Appointment", "id": "1", "practice_group_id": "2", "event": "appointment.confirmed"}'


@pytest.fixture(scope="module")
def upstream() -> Iterator[str]:
    with asgi_server(bench.server.app) as url:
        yield url


@pytest.fixture
def fresh(upstream: str, redis_url: str) -> str:
    httpx.get(upstream + "/reset")
    redis.Redis.from_url(redis_url).flushdb()
    return upstream


def _calls(upstream: str) -> dict[str, int]:
    stats: dict[str, int] = httpx.get(upstream + "/stats").json()
    return stats


def _hero(url: str, **options: Any) -> HeroHealth:
    return HeroHealth(api_key=API_KEY, practice_group_id=PRACTICE_GROUP_ID, base_url=url, **options)


WORKER = """
import hashlib, sys, anyio
from herohealth_async import HeroHealth, RedisTokenCache

async def main(url, redis_url, backend):
    cache = RedisTokenCache(redis_url)
    async with HeroHealth(api_key="k", practice_group_id="3", base_url=url, token_cache=cache) as hero:
        tokens = set()
        async def one():
            tokens.add(await hero.practice_group.elements_token())
        async with anyio.create_task_group() as tg:
            for _ in range(100):
                tg.start_soon(one)
    print(len(tokens), hashlib.sha256(next(iter(tokens)).encode()).hexdigest()[:12])

anyio.run(main, sys.argv[1], sys.argv[2], sys.argv[3], backend=sys.argv[3])
"""


@pytest.mark.parametrize("backend", EVENT_LOOPS)
def test_eight_cold_processes_make_one_upstream_token_call(fresh: str, redis_url: str, backend: str) -> None:
    procs = [
        subprocess.Popen([sys.executable, "-c", WORKER, fresh, redis_url, backend], stdout=subprocess.PIPE, text=True)
        for _ in range(8)
    ]
    outputs = [p.communicate(timeout=60)[0].split() for p in procs]
    assert all(p.returncode == 0 for p in procs)
    assert {tuple(o) for o in outputs} == {tuple(outputs[0])} and outputs[0][0] == "1"  # one token, the same
    assert _calls(fresh)["access_token"] == 1


@pytest.mark.anyio
async def test_a_token_is_stored_with_its_remaining_life_under_a_hashed_key(fresh: str, redis_url: str) -> None:
    async with _hero(fresh, token_cache=RedisTokenCache(redis_url)) as hero:
        token = await hero.practice_group.elements_token()
    store = redis.Redis.from_url(redis_url)
    keys = [k.decode() for k in store.keys("herohealth:elements:*")]
    assert len(keys) == 1 and PRACTICE_GROUP_ID not in keys[0]
    assert 1_800_000 >= store.pttl(keys[0]) > 1_700_000  # about 30 minutes, in milliseconds
    assert json.loads(store.get(keys[0]) or b"")["token"] == token


@pytest.mark.anyio
async def test_a_dead_lock_holder_blocks_nobody_beyond_the_locks_ttl(fresh: str, redis_url: str) -> None:
    cache = RedisTokenCache(redis_url, lock_timeout=1.0)
    async with _hero(fresh, token_cache=cache) as hero:
        key = f"{hero._config.scope}|{PRACTICE_GROUP_ID}"
        redis.Redis.from_url(redis_url).set(cache._key(key) + ":lock", b"a-process-that-died", px=800)
        started = time.monotonic()
        await hero.practice_group.elements_token()
    assert 0.6 < time.monotonic() - started < 5
    assert _calls(fresh)["access_token"] == 1


@pytest.mark.anyio
async def test_an_unreachable_token_cache_fails_open(fresh: str, caplog: pytest.LogCaptureFixture) -> None:
    dead = f"redis://127.0.0.1:{free_port()}/0"
    async with _hero(fresh, token_cache=RedisTokenCache(dead)) as hero:
        with anyio.fail_after(10):
            assert await hero.practice_group.elements_token()
    assert any("Redis unreachable" in r.getMessage() and r.levelno == logging.WARNING for r in caplog.records)


@pytest.mark.anyio
async def test_a_429_pauses_every_client_on_the_same_redis(fresh: str, redis_url: str) -> None:
    limited = fresh + "/limit1"
    one = _hero(limited, rate_limiter=RedisRateLimiter(redis_url), max_retries=0)
    two = _hero(limited, rate_limiter=RedisRateLimiter(redis_url), max_retries=0)
    async with one, two:
        # The server admits one call per calendar second: call until one is refused (a busy machine may
        # cross a second's boundary between two calls).
        for _ in range(5):
            try:
                await one.booking.get_appointment("1")
            except RateLimitError:
                break
        else:
            pytest.fail("the server never answered 429")
        started = time.monotonic()
        await two.booking.get_appointment("1")  # another client: waits for the shared pause first
        waited = time.monotonic() - started
    assert waited >= 0.5
    assert _calls(fresh)["limited_429"] == 1


@pytest.mark.anyio
async def test_a_shared_budget_keeps_two_clients_under_the_partner_limit(fresh: str, redis_url: str) -> None:
    limited = fresh + "/limit10"
    # The server runs in this process's threads: under load a request can reach it well after the budget
    # admitted it, so the window's margin is wide enough for that here (the default is 0.1 s).
    limiter = {"per_second": 9, "margin": 0.5}
    clients = [_hero(limited, rate_limiter=RedisRateLimiter(redis_url, **limiter)) for _ in range(2)]
    async with clients[0], clients[1]:
        async with anyio.create_task_group() as tg:
            for i in range(24):
                tg.start_soon(clients[i % 2].booking.get_appointment, "1")
    calls = _calls(fresh)
    assert calls["limited_ok"] == 24 and calls.get("limited_429", 0) == 0


@pytest.mark.anyio
async def test_an_unreachable_rate_limiter_fails_open_with_a_warning(
    fresh: str, caplog: pytest.LogCaptureFixture
) -> None:
    dead = f"redis://127.0.0.1:{free_port()}/0"
    async with _hero(fresh, rate_limiter=RedisRateLimiter(dead, per_second=5)) as hero:
        with anyio.fail_after(10):
            for _ in range(3):
                await hero.booking.get_appointment("1")
    assert any("Redis unreachable" in r.getMessage() for r in caplog.records)


@pytest.mark.anyio
async def test_the_local_limiter_pauses_every_task_of_the_client_after_a_429(fresh: str) -> None:
    limited = fresh + "/limit1"
    async with _hero(limited, rate_limiter=LocalRateLimiter(), max_retries=0) as hero:
        # The server admits one call per calendar second: call until one is refused (a busy machine may
        # cross a second's boundary between two calls).
        for _ in range(5):
            try:
                await hero.booking.get_appointment("1")
            except RateLimitError:
                break
        else:
            pytest.fail("the server never answered 429")
        started = time.monotonic()
        await hero.booking.get_appointment("1")
    assert time.monotonic() - started >= 0.5


def test_the_local_limiter_holds_a_budget() -> None:
    async def burst() -> float:
        limiter = LocalRateLimiter(per_second=5, margin=0)
        started = time.monotonic()
        for _ in range(7):
            await limiter.acquire("scope", None)
        return time.monotonic() - started

    assert anyio.run(burst) >= 0.5


@pytest.mark.parametrize("guard_kind", ["memory", "redis"])
def test_a_replayed_delivery_is_refused(redis_url: str, guard_kind: str) -> None:
    redis.Redis.from_url(redis_url).flushdb()
    guards = (
        [InMemoryReplayGuard()] * 2
        if guard_kind == "memory"
        else [RedisReplayGuard(redis_url), RedisReplayGuard(redis_url)]  # two receiver processes
    )
    headers = sign_webhook(DELIVERY, "whsec_test")
    assert verify_webhook(DELIVERY, headers, "whsec_test", replay_guard=guards[0]).id == "1"
    with pytest.raises(WebhookVerificationError) as caught:
        verify_webhook(DELIVERY, headers, "whsec_test", replay_guard=guards[1])
    assert caught.value.reason == "replayed"
    later = sign_webhook(DELIVERY, "whsec_test", timestamp=time.time() + 1)
    assert verify_webhook(DELIVERY, later, "whsec_test", replay_guard=guards[1]).id == "1"  # a new delivery


def test_replay_keys_expire_with_the_tolerance(redis_url: str) -> None:
    store = redis.Redis.from_url(redis_url)
    store.flushdb()
    verify_webhook(DELIVERY, sign_webhook(DELIVERY, "k"), "k", replay_guard=RedisReplayGuard(redis_url))
    (key,) = store.keys("herohealth:webhook:*")
    # The tolerance (300 s) from the delivery's timestamp: a little less by the time it is read, never more.
    assert 290_000 < store.pttl(key) <= 302_000


def test_an_unreachable_replay_guard_refuses_rather_than_lets_a_replay_through() -> None:
    guard = RedisReplayGuard(f"redis://127.0.0.1:{free_port()}/0")
    with pytest.raises(WebhookVerificationError) as caught:
        verify_webhook(DELIVERY, sign_webhook(DELIVERY, "k"), "k", replay_guard=guard)
    assert caught.value.reason == "replay_check_unavailable"


@pytest.mark.anyio
async def test_the_clients_unwrap_refuses_a_replay_by_default() -> None:
    async with HeroHealth(api_key=API_KEY, practice_group_id=PRACTICE_GROUP_ID, webhook_signing_key="k") as hero:
        headers = sign_webhook(DELIVERY, "k")
        hero.webhooks.unwrap(DELIVERY, headers)
        with pytest.raises(WebhookVerificationError, match="already accepted"):
            hero.for_practice_group("111").webhooks.unwrap(DELIVERY, headers)


def test_redis_backends_refuse_a_url_that_is_not_redis() -> None:
    for cls in (RedisTokenCache, RedisRateLimiter, RedisReplayGuard):
        with pytest.raises(RequestValidationError) as caught:
            cls("http://127.0.0.1:6379")
        assert caught.value.field == "url"


def test_many_workers_example_runs(fresh: str, redis_url: str) -> None:
    """The README's "Running many workers" example: 4 processes, one token refresh, no 429."""
    env = {
        **os.environ,
        "HEROHEALTH_API_KEY": "example-key",
        "HEROHEALTH_PRACTICE_GROUP_ID": "42",
        "HEROHEALTH_BASE_URL": fresh + "/limit20",
    }
    patients = [str(5000 + i) for i in range(40)]
    result = subprocess.run(
        [sys.executable, "-m", "examples.many_workers", redis_url, "--workers", "4", "--per-second", "19", *patients],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "4 workers: 40 sent, 0 failed, 1 Elements token(s)"
    calls = _calls(fresh)
    assert (calls["access_token"], calls["messages"], calls.get("limited_429", 0)) == (1, 40, 0)


@pytest.mark.anyio
async def test_a_process_takes_the_budget_in_leases_and_no_second_goes_over(redis_url: str) -> None:
    """Budget 100/s, 40 callers in one process for 2 full seconds: at most 100 in any calendar second,
    at least 85 on average, and at most half as many round trips to Redis as requests (a lease serves several)."""
    from herohealth_async.testing import FakeHero

    redis.Redis.from_url(redis_url).flushdb()
    redis.Redis.from_url(redis_url).config_resetstat()
    fake = FakeHero()
    limiter = RedisRateLimiter(redis_url, per_second=100)
    start_at = math.ceil(time.time()) + 1
    async with fake.client(rate_limiter=limiter) as hero:

        async def caller() -> None:
            while time.time() < start_at + 2:
                await hero.practice_group.get_practice_group_by_id()

        await anyio.sleep(start_at - time.time())
        async with anyio.create_task_group() as tg:
            for _ in range(40):
                tg.start_soon(caller)
    per_second = collections.Counter(int(r.at) for r in fake.requests)
    counted = [per_second[start_at], per_second[start_at + 1]]
    assert max(per_second.values()) <= 100 and sum(counted) / 2 >= 85, per_second
    scripts = redis.Redis.from_url(redis_url).info("commandstats")
    round_trips = sum(stats["calls"] for name, stats in scripts.items() if name.startswith("cmdstat_eval"))
    assert round_trips <= len(fake.requests) / 2, (round_trips, len(fake.requests))  # one per request without leases


@pytest.mark.anyio
async def test_without_a_budget_the_pause_is_asked_about_at_most_every_half_margin(redis_url: str) -> None:
    redis.Redis.from_url(redis_url).config_resetstat()
    limiter = RedisRateLimiter(redis_url, margin=0.2)  # a 429 pause only: asked at most every 0.1 s
    started = time.monotonic()
    for _ in range(2000):
        await limiter.acquire("scope", 1.0)
    elapsed = time.monotonic() - started
    scripts = redis.Redis.from_url(redis_url).info("commandstats")
    round_trips = sum(stats["calls"] for name, stats in scripts.items() if name.startswith("cmdstat_eval"))
    assert 1 <= round_trips <= elapsed / 0.1 + 1, (round_trips, elapsed)


def test_one_limiter_serves_successive_event_loops_of_either_kind(redis_url: str) -> None:
    """A limiter made once (at module level, as job workers do) and used by one event loop after another."""
    limiter = RedisRateLimiter(redis_url, per_second=1000)

    async def burst() -> None:
        async with anyio.create_task_group() as tg:
            for _ in range(100):
                tg.start_soon(limiter.acquire, "successive-loops", 2.0)

    for backend in ("asyncio", "trio", "asyncio"):
        anyio.run(burst, backend=backend)
