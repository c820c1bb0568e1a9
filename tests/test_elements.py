"""Elements access tokens: expiry from the JWT, refresh ahead, single flight, failures not cached,
one cache per practice group, pluggable cache."""

from __future__ import annotations

import base64
import json
import time
from datetime import timedelta

import anyio
import httpx
import pytest

from herohealth_async import CachedToken, HeroHealth, InMemoryTokenCache, InternalServerError
from herohealth_facade.lib.elements_cache import expires_at
from tests.helpers import json_response, mock_client

pytestmark = pytest.mark.anyio


def jwt(exp: float | None, marker: str = "") -> str:
    def part(data: dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    claims: dict[str, object] = {"sub": marker}
    if exp is not None:
        claims["exp"] = exp
    return f"{part({'alg': 'HS256'})}.{part(claims)}.signature"


class TokenServer:
    """Issues a JWT per call (``lifetime`` seconds long), after ``delay``; counts the calls."""

    def __init__(self, lifetime: float = 1800, delay: float = 0.0) -> None:
        self.calls = 0
        self.lifetime = lifetime
        self.delay = delay
        self.fail = False
        self.practice_groups: list[str] = []

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        self.practice_groups.append(request.headers["x-practice-group-id"])
        await anyio.sleep(self.delay)
        if self.fail:
            return json_response(500, {})
        return json_response(200, {"access_token": jwt(time.time() + self.lifetime, str(self.calls))})


def test_expiry_is_read_from_the_jwt_and_capped_at_30_minutes() -> None:
    now = 1_800_000_000.0
    assert expires_at(jwt(now + 600), now) == now + 600
    assert expires_at(jwt(now + 7200), now) == now + 1800  # never trusted beyond 30 minutes
    assert expires_at(jwt(None), now) == now + 1800
    assert expires_at("not-a-jwt", now) == now + 1800


async def test_a_fresh_token_is_reused() -> None:
    server = TokenServer()
    async with mock_client(server) as hero:
        first = await hero.practice_group.elements_token()
        second = await hero.practice_group.elements_token()
    assert first == second
    assert server.calls == 1


class CountingCache(InMemoryTokenCache):
    """The in-memory cache, counting reads (as a Redis-backed one would count round trips)."""

    def __init__(self) -> None:
        super().__init__()
        self.reads = 0

    async def get(self, key: str) -> CachedToken | None:
        self.reads += 1
        return await super().get(key)


async def test_a_fresh_token_is_served_from_the_process_copy_without_reading_the_cache() -> None:
    server, cache = TokenServer(), CountingCache()
    async with mock_client(server, token_cache=cache) as hero:
        first = await hero.practice_group.elements_token()
        reads_for_the_first = cache.reads
        for _ in range(10):
            assert await hero.practice_group.elements_token() == first
    assert (server.calls, cache.reads) == (1, reads_for_the_first)


async def test_a_token_with_less_than_min_remaining_is_refreshed() -> None:
    server = TokenServer(lifetime=300)  # 5 minutes left, below the default 10
    async with mock_client(server) as hero:
        first = await hero.practice_group.elements_token()
        second = await hero.practice_group.elements_token()
    assert first != second
    assert server.calls == 2


async def test_min_remaining_is_configurable() -> None:
    server = TokenServer(lifetime=300)
    async with mock_client(server, elements_min_remaining=timedelta(minutes=2)) as hero:
        await hero.practice_group.elements_token()
        await hero.practice_group.elements_token()
    assert server.calls == 1


def test_min_remaining_must_be_shorter_than_the_token_life() -> None:
    with pytest.raises(ValueError, match="30 minutes"):
        HeroHealth(api_key="k", practice_group_id="1", elements_min_remaining=timedelta(minutes=30))


async def test_10000_concurrent_callers_on_a_cold_cache_make_one_call() -> None:
    server = TokenServer(delay=0.05)
    tokens: list[str] = []

    async def take(hero: HeroHealth) -> None:
        tokens.append(await hero.practice_group.elements_token())

    async with mock_client(server) as hero:
        async with anyio.create_task_group() as tg:
            for _ in range(10_000):
                tg.start_soon(take, hero)
    assert server.calls == 1
    assert len(tokens) == 10_000 and len(set(tokens)) == 1


async def test_a_failed_refresh_reaches_every_waiter_and_is_not_cached() -> None:
    server = TokenServer(delay=0.05)
    server.fail = True
    outcomes: list[str] = []

    async def take(hero: HeroHealth) -> None:
        try:
            await hero.practice_group.elements_token()
            outcomes.append("token")
        except InternalServerError:
            outcomes.append("error")

    async with mock_client(server) as hero:
        async with anyio.create_task_group() as tg:
            for _ in range(50):
                tg.start_soon(take, hero)
        assert outcomes == ["error"] * 50
        assert server.calls == 3  # one flight for all 50: the request and its 2 retries
        server.fail = False
        assert await hero.practice_group.elements_token()  # the failure was not cached
    assert server.calls == 4


async def test_a_cancelled_refresh_hands_over_to_a_waiter() -> None:
    server = TokenServer(delay=0.3)
    results: list[str] = []

    async def waiter(hero: HeroHealth) -> None:
        results.append(await hero.practice_group.elements_token())

    async with mock_client(server) as hero:
        async with anyio.create_task_group() as tg:
            with anyio.move_on_after(0.1):
                tg.start_soon(waiter, hero)
                await hero.practice_group.elements_token()  # the leader, cancelled mid-request
    assert len(results) == 1
    assert server.calls == 2


async def test_each_practice_group_has_its_own_token() -> None:
    server = TokenServer()
    async with mock_client(server) as hero:
        hub = hero.for_practice_group("222")
        mine, theirs = await hero.practice_group.elements_token(), await hub.practice_group.elements_token()
        assert await hub.practice_group.elements_token() == theirs
    assert mine != theirs
    assert server.practice_groups == ["987654321", "222"]


async def test_a_custom_cache_is_used() -> None:
    class SharedCache:
        def __init__(self) -> None:
            self.store: dict[str, CachedToken] = {}

        async def get(self, key: str) -> CachedToken | None:
            return self.store.get(key)

        async def set(self, key: str, token: CachedToken) -> None:
            self.store[key] = token

    cache = SharedCache()
    server = TokenServer()
    async with mock_client(server, token_cache=cache) as one, mock_client(server, token_cache=cache) as two:
        assert await one.practice_group.elements_token() == await two.practice_group.elements_token()
    assert server.calls == 1
    (cached,) = cache.store.values()
    assert cached.token not in repr(cached)
