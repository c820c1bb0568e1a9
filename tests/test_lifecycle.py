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


async def _started(seen: int) -> None:
    with anyio.fail_after(2):
        while len(REQUESTS) == seen:  # noqa: ASYNC110 (the server runs in another thread)
            await anyio.sleep(0.01)


def test_closing_ends_calls_in_plain_asyncio_tasks_and_leaves_them_uncancelled(server: str) -> None:
    """On asyncio a call's task is cancelled by the close and the cancellation taken back: the caller's
    task goes on (it can await again) rather than being cancelled later, outside the call."""

    async def main() -> list[object]:
        hero = client(server + "/slow")

        async def call() -> object:
            try:
                await hero.booking.get_appointment("1")
            except HeroHealthError as exc:
                await asyncio.sleep(0.05)  # would raise CancelledError if the close's cancellation leaked
                task = asyncio.current_task()
                assert task is not None
                return (str(exc), task.cancelling())
            return "answered"

        seen = len(REQUESTS)
        calls = asyncio.gather(*(call() for _ in range(3)))
        await _started(seen)
        await hero.aclose()
        return await asyncio.wait_for(calls, 2)

    outcomes = asyncio.run(main())
    assert outcomes == [("the HeroHealth client was closed while this request was in flight", 0)] * 3


def test_a_call_cancelled_from_outside_stays_cancelled_when_the_client_closes_too(server: str) -> None:
    async def main() -> str:
        hero = client(server + "/slow")
        seen = len(REQUESTS)
        task = asyncio.ensure_future(hero.booking.get_appointment("1"))
        await _started(seen)
        task.cancel()  # the caller's own cancellation, then the close, before the task runs again
        await hero.aclose()
        try:
            await task
        except asyncio.CancelledError:
            return "cancelled"
        except HeroHealthError:
            return "closed"
        return "answered"

    assert asyncio.run(main()) == "cancelled"


def test_a_cancelled_call_on_asyncio_leaves_nothing_noted_in_flight(server: str) -> None:
    async def main() -> int:
        async with client(server + "/slow") as hero:
            seen = len(REQUESTS)
            task = asyncio.ensure_future(hero.booking.get_appointment("1"))
            await _started(seen)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            tasks = hero._pool.first.tasks
            assert tasks is not None
            return len(tasks._cancelling) + len(tasks._cancelled)

    assert asyncio.run(main()) == 0
