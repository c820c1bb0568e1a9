"""One client in many event loops: a module-level client under ``asyncio.run`` per task (Celery's way),
asyncio and trio in turn, loops in threads side by side, and a forked child."""

from __future__ import annotations

import asyncio
import gc
import json
import os
import subprocess
import sys
import textwrap
import threading
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import trio

from herohealth_async import HeroHealth, HeroHealthError
from tests.helpers import API_KEY, APPOINTMENT, PRACTICE_GROUP_ID
from tests.servers import REQUESTS, appointment_app, asgi_server

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with asgi_server(appointment_app) as url:
        yield url


def client(url: str, **options: Any) -> HeroHealth:
    return HeroHealth(api_key=API_KEY, practice_group_id=PRACTICE_GROUP_ID, base_url=url, **options)


def open_descriptors() -> int:
    return len(os.listdir("/proc/self/fd"))


def rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
def test_a_module_level_client_serves_300_asyncio_runs_without_growth_or_warnings(server: str, backend: str) -> None:
    hero = client(server, http_backend=backend)

    async def task() -> str:
        return (await hero.booking.get_appointment("1")).id

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for _ in range(50):  # warm-up: imports, caches, the allocator's arenas
            assert asyncio.run(task()) == APPOINTMENT["id"]
        gc.collect()
        descriptors, rss = open_descriptors(), rss_kib()
        for _ in range(300):
            assert asyncio.run(task()) == APPOINTMENT["id"]
            assert hero._pool.by_loop == {}  # each loop's connections were closed as it ended
        gc.collect()
    assert open_descriptors() <= descriptors
    assert rss_kib() - rss < 4096, "RSS grew by 4 MiB or more over 300 event loops"
    assert [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)] == []


def test_one_client_in_asyncio_then_trio_then_asyncio(server: str) -> None:
    hero = client(server)

    async def task() -> str:
        return (await hero.booking.get_appointment("1")).id

    assert asyncio.run(task()) == trio.run(task) == asyncio.run(task()) == APPOINTMENT["id"]
    assert hero._pool.by_loop == {}


def test_loops_in_two_threads_at_once_each_get_their_own_connections(server: str) -> None:
    hero = client(server)
    transports: list[object] = []
    results: list[str] = []
    both_sent = threading.Barrier(2, timeout=10)

    async def task() -> None:
        results.append((await hero.booking.get_appointment("1")).id)
        transports.append(hero._pool.by_loop[next(iter(k for k in hero._pool.by_loop if _is_mine(k)))].transport)
        await asyncio.to_thread(both_sent.wait)  # both loops are alive, each with its connections
        results.append((await hero.booking.get_appointment("2")).id)

    threads = [threading.Thread(target=asyncio.run, args=(task(),)) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=20)
    assert results == [APPOINTMENT["id"]] * 4
    assert len(transports) == 2 and transports[0] is not transports[1]
    assert hero._pool.by_loop == {}


def _is_mine(key: object) -> bool:
    return key is asyncio.get_running_loop()  # the pool keys an asyncio loop's connections by the loop


def test_shared_state_is_kept_across_event_loops(server: str) -> None:
    asked: list[int] = []

    def provider() -> str:
        asked.append(1)
        return API_KEY

    hero = HeroHealth(api_key=provider, practice_group_id=PRACTICE_GROUP_ID, base_url=server)
    for _ in range(3):
        asyncio.run(hero.booking.get_appointment("1"))
    trio.run(hero.booking.get_appointment, "1")
    assert asked == [1]  # the key is asked once for the client, not once per loop


def test_your_own_transport_stays_in_its_first_loop_and_another_is_refused_before_sending(server: str) -> None:
    hero = client(server, transport=httpx.AsyncHTTPTransport())
    asyncio.run(hero.booking.get_appointment("1"))
    sent = len(REQUESTS)
    with pytest.raises(HeroHealthError, match="belongs to the event loop that first used it"):
        asyncio.run(hero.booking.get_appointment("1"))
    with pytest.raises(HeroHealthError, match="belongs to the event loop"):
        trio.run(hero.booking.get_appointment, "1")
    assert len(REQUESTS) == sent


def test_a_loop_closed_by_hand_is_forgotten_when_the_next_loop_opens(server: str) -> None:
    hero = client(server)
    loop = asyncio.new_event_loop()
    loop.run_until_complete(hero.booking.get_appointment("1"))
    loop.close()  # without shutdown_asyncgens: its connections cannot be closed in it any more
    assert len(hero._pool.by_loop) == 1
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)  # the abandoned socket, as documented
        assert asyncio.run(hero.booking.get_appointment("1")).id == APPOINTMENT["id"]
        gc.collect()
    assert hero._pool.by_loop == {}


def test_a_closed_client_stays_closed_in_every_loop(server: str) -> None:
    hero = client(server)
    asyncio.run(hero.booking.get_appointment("1"))

    async def close() -> None:
        await hero.aclose()

    asyncio.run(close())
    with pytest.raises(HeroHealthError, match="closed"):
        asyncio.run(hero.booking.get_appointment("1"))
    with pytest.raises(HeroHealthError, match="closed"):
        trio.run(hero.booking.get_appointment, "1")


FORKED = """
import asyncio, json, os, sys
from herohealth_async import HeroHealth

hero = HeroHealth(api_key=sys.argv[2], practice_group_id=sys.argv[3], base_url=sys.argv[1])
loop = asyncio.new_event_loop()  # one loop, kept alive across the fork: the child inherits it
loop.run_until_complete(hero.booking.get_appointment("1"))
parent = next(iter(hero._pool.by_loop.values())).transport
pid = os.fork()
if pid == 0:
    forgot = hero._pool.by_loop == {}
    answer = loop.run_until_complete(hero.booking.get_appointment("2")).id
    own = next(iter(hero._pool.by_loop.values())).transport
    print(json.dumps({"forgot": forgot, "answer": answer, "new_transport": own is not parent}), flush=True)
    os._exit(0)
_, status = os.waitpid(pid, 0)
answer = loop.run_until_complete(hero.booking.get_appointment("3")).id
same = next(iter(hero._pool.by_loop.values())).transport is parent
print(json.dumps({"status": status, "answer": answer, "parent_kept": same}), flush=True)
"""


def test_a_forked_child_opens_its_own_connections_and_the_parent_keeps_its_own(server: str) -> None:
    run = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(FORKED), server, API_KEY, PRACTICE_GROUP_ID],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    child, parent = (json.loads(line) for line in run.stdout.splitlines())
    assert child == {"forgot": True, "answer": APPOINTMENT["id"], "new_transport": True}
    assert parent == {"status": 0, "answer": APPOINTMENT["id"], "parent_kept": True}
