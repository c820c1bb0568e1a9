"""A client's life: closing while a call is in flight (several event loops: test_event_loops.py)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import anyio
import pytest
import trio

from herohealth_async import HeroHealth, HeroHealthError
from tests.helpers import API_KEY, APPOINTMENT, PRACTICE_GROUP_ID
from tests.servers import REQUESTS, appointment_app, asgi_server


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with asgi_server(appointment_app) as url:
        yield url


def client(url: str, **options: Any) -> HeroHealth:
    return HeroHealth(api_key=API_KEY, practice_group_id=PRACTICE_GROUP_ID, base_url=url, max_retries=3, **options)


@pytest.mark.anyio
async def test_a_call_in_flight_when_the_client_closes_ends_in_a_hero_error(server: str) -> None:
    hero = client(server + "/slow")
    outcome: list[BaseException] = []
    ended = anyio.Event()
    seen = len(REQUESTS)

    async def call() -> None:
        try:
            await hero.booking.get_appointment("1")
        except HeroHealthError as exc:
            outcome.append(exc)
        finally:
            ended.set()

    with anyio.fail_after(4):  # far less than the server's 5 s: the close ended the call
        async with anyio.create_task_group() as tg:
            tg.start_soon(call)
            with anyio.fail_after(2):
                while len(REQUESTS) == seen:  # noqa: ASYNC110 (the server runs in another thread)
                    await anyio.sleep(0.01)
            await hero.aclose()
            with anyio.fail_after(2):
                await ended.wait()
    assert isinstance(outcome[0], HeroHealthError)
    assert "closed while this request was in flight" in str(outcome[0])
    with pytest.raises(HeroHealthError, match="closed"):
        await hero.booking.get_appointment("1")


def test_one_client_per_loop_works_under_both_backends(server: str) -> None:
    async def use() -> str:
        async with client(server, http_backend="httpx") as hero:
            return (await hero.booking.get_appointment("1")).id

    assert asyncio.run(use()) == trio.run(use) == APPOINTMENT["id"]
