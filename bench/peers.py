"""One benchmark round of one peer, in its own process and virtualenv; prints its figures as JSON.

    python bench/peers.py PEER URL [--memory] [--loop asyncio|trio] [--ca CA_PEM]
    python bench/peers.py PEER URL --profile IN_FLIGHT SECONDS

``--profile`` makes calls ``IN_FLIGHT`` at a time (``asyncio.gather``) for ``SECONDS``, for a sampling profiler
watching the process (bench/layers.py): client CPU and garbage-collection time per call.

Peers: ``aiohttp`` (raw aiohttp + json.loads, the limit), ``httpx`` (raw httpx.AsyncClient +
json.loads), ``vanilla`` (openapi-python-client's output for the same document, no templates),
``sdk`` (herohealth-async on its default backend) and ``sdk_aiohttp`` (``http_backend="aiohttp"``).
Imports only what the peer's virtualenv holds: run by bench/run.py, never imported by it.
"""

# Each peer imports its own library only when it runs: its virtualenv may hold no other.
# ruff: noqa: PLC0415
from __future__ import annotations

import argparse
import gc
import json
import sys
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from contextlib import AsyncExitStack
from typing import Any, Literal

import anyio
import sniffio

HEADERS = {"x-api-key": "bench-key", "x-practice-group-id": "3"}
ONE_CALL = 400
BURST = 1000
SMALL_BURST = 100
STYLES = ("gather", "group")
"""How a burst is started: ``asyncio.gather`` (as raw aiohttp's and httpx's users write it) or an anyio task group."""
PAGES = 100
MEMORY_CALLS = 10_000

Call = Callable[[], Awaitable[object]]


async def calls(peer: str, url: str, stack: AsyncExitStack, ca: str | None = None) -> tuple[Call, Call]:
    """(fetch one appointment, fetch and parse one 100-slot page) for ``peer``; over HTTPS, trusting ``ca``."""
    page_path = "/v1/slots?page_index=0&page_size=100"
    if peer == "aiohttp":
        import ssl

        import aiohttp

        connector = aiohttp.TCPConnector(ssl=ssl.create_default_context(cafile=ca)) if ca else None
        session = await stack.enter_async_context(aiohttp.ClientSession(url, headers=HEADERS, connector=connector))

        async def get(path: str) -> Any:
            async with session.get(path) as response:
                return json.loads(await response.read())

        return (lambda: get("/v1/appointments/1048576")), (lambda: get(page_path))
    if peer == "httpx":
        import ssl

        import httpx

        verify = ssl.create_default_context(cafile=ca) if ca else True
        client = await stack.enter_async_context(httpx.AsyncClient(base_url=url, headers=HEADERS, verify=verify))

        async def fetch(path: str) -> Any:
            return json.loads((await client.get(path)).content)

        return (lambda: fetch("/v1/appointments/1048576")), (lambda: fetch(page_path))
    if peer == "vanilla":
        from hero_vanilla.api.booking import get_appointment, list_slots  # type: ignore[import-not-found]
        from hero_vanilla.client import Client  # type: ignore[import-not-found]

        vanilla = await stack.enter_async_context(Client(base_url=url, headers=HEADERS))
        return (
            lambda: get_appointment.asyncio("1048576", client=vanilla),
            lambda: list_slots.asyncio(client=vanilla, page_index=0, page_size=100),
        )
    from herohealth_async import HeroHealth

    backend: Literal["httpx", "aiohttp"] = "aiohttp" if peer == "sdk_aiohttp" else "httpx"
    hero = await stack.enter_async_context(
        HeroHealth(api_key="bench-key", practice_group_id="3", base_url=url, http_backend=backend, verify=ca or True)
    )
    return (
        lambda: hero.booking.get_appointment("1048576"),
        lambda: hero.booking.list_slots(page_index=0, page_size=100),
    )


async def one_round(peer: str, url: str, memory: bool, ca: str | None = None) -> dict[str, Any]:
    async with AsyncExitStack() as stack:
        one, page = await calls(peer, url, stack, ca)
        for _ in range(50):  # connections, imports, caches
            await one()
            await page()
        if memory:
            return {"memory_growth_kb": await memory_growth(one)}
        started = time.perf_counter()
        for _ in range(ONE_CALL):
            await one()
        one_us = (time.perf_counter() - started) / ONE_CALL * 1e6
        figures: dict[str, Any] = {"one_call_us": one_us, "errors": 0}
        # Every way of starting a burst, except for the rows that compare only a task group of 1,000: vanilla's
        # and those over TLS.
        every = sniffio.current_async_library() == "asyncio" and peer != "vanilla" and ca is None
        for style in STYLES if every else ("group",):
            for size in (BURST, SMALL_BURST) if every else (BURST,):
                wall, cpu_us, errors = await burst(one, size, style)
                figures[f"{style}_{size}_s"], figures[f"{style}_{size}_cpu_us"] = wall, cpu_us
                figures["errors"] += errors
        started = time.perf_counter()
        for _ in range(PAGES):
            await page()
        figures["page_us"] = (time.perf_counter() - started) / PAGES * 1e6
    # The names of earlier runs: a task group of 1,000.
    figures["burst_s"], figures["burst_cpu_us"] = figures[f"group_{BURST}_s"], figures[f"group_{BURST}_cpu_us"]
    return figures


async def burst(call: Call, size: int, style: str) -> tuple[float, float, int]:
    """``BURST`` calls, ``size`` at a time, started as users of the peers start them (``asyncio.gather``, or
    an anyio task group): wall seconds per ``size`` calls, client CPU microseconds per call, failures."""
    errors = 0

    async def one() -> None:
        nonlocal errors
        try:
            await call()
        except Exception:
            errors += 1

    cpu, started = time.process_time(), time.perf_counter()
    for _ in range(BURST // size):
        if style == "gather":
            import asyncio

            await asyncio.gather(*(one() for _ in range(size)))
        else:
            async with anyio.create_task_group() as tg:
                for _ in range(size):
                    tg.start_soon(one)
    wall = (time.perf_counter() - started) / (BURST // size)
    return wall, (time.process_time() - cpu) / BURST * 1e6, errors


async def memory_growth(call: Call) -> float:
    """Kilobytes still allocated after 10,000 more calls than a warmed-up baseline (after a collection)."""
    for _ in range(1000):
        await call()
    gc.collect()
    tracemalloc.start()
    baseline = tracemalloc.get_traced_memory()[0]
    for _ in range(MEMORY_CALLS):
        await call()
    gc.collect()
    grown = tracemalloc.get_traced_memory()[0] - baseline
    tracemalloc.stop()
    return grown / 1024


async def profiled(peer: str, url: str, in_flight: int, seconds: float) -> dict[str, float]:
    """Calls ``in_flight`` at a time for ``seconds``: client CPU and collection microseconds per call."""
    import asyncio

    async with AsyncExitStack() as stack:
        one, _ = await calls(peer, url, stack)
        for _ in range(300):
            await one()
        collecting = [0.0, 0.0]  # seconds spent collecting, when the current collection started

        def timed(phase: str, info: dict[str, int]) -> None:
            if phase == "start":
                collecting[1] = time.process_time()
            else:
                collecting[0] += time.process_time() - collecting[1]

        gc.callbacks.append(timed)
        made, cpu = 0, time.process_time()
        ends = time.monotonic() + seconds
        while time.monotonic() < ends:
            if in_flight == 1:
                await one()
            else:
                await asyncio.gather(*(one() for _ in range(in_flight)))
            made += in_flight
        cpu = time.process_time() - cpu
        gc.callbacks.remove(timed)
    return {"cpu_us": cpu / made * 1e6, "gc_us": collecting[0] / made * 1e6, "calls": made}


def parse(url: str, decoder: str, loops: int = 300) -> dict[str, Any]:
    """A 100-slot page parsed as the SDK parses it (decode + strict model), against ``json.loads`` alone;
    ``decoder="json"`` parses as an install without orjson does (PyPy)."""
    import urllib.request

    import httpx

    from herohealth_async import types
    from herohealth_async.api.booking import list_slots

    if decoder == "json":
        types.orjson = None

    request = urllib.request.Request(url + "/v1/slots?page_index=0&page_size=100", headers=HEADERS)
    with urllib.request.urlopen(request) as answer:
        body = answer.read()
    response = httpx.Response(200, content=body, headers={"content-type": "application/json"})
    operation = list_slots.operation(page_index=0, page_size=100)
    assert len(operation.parse(response).data) == 100
    samples: dict[str, list[float]] = {"json_loads_us": [], "sdk_us": []}
    for _ in range(5):
        started = time.perf_counter()
        for _ in range(loops):
            json.loads(body)
        samples["json_loads_us"].append((time.perf_counter() - started) / loops * 1e6)
        started = time.perf_counter()
        for _ in range(loops):
            operation.parse(response)
        samples["sdk_us"].append((time.perf_counter() - started) / loops * 1e6)
    result: dict[str, Any] = {name: sorted(values)[2] for name, values in samples.items()}
    result["decoder"] = "orjson" if types._orjson() is not None else "json"
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("peer", choices=["aiohttp", "httpx", "vanilla", "sdk", "sdk_aiohttp"])
    parser.add_argument("url")
    parser.add_argument("--memory", action="store_true")
    parser.add_argument("--parse", action="store_true")
    parser.add_argument("--decoder", choices=["installed", "json"], default="installed")
    parser.add_argument("--loop", choices=["asyncio", "trio"], default="asyncio")
    parser.add_argument("--ca", help="the CA bundle to trust: the URL is https://")
    parser.add_argument("--profile", nargs=2, type=float, metavar=("IN_FLIGHT", "SECONDS"))
    args = parser.parse_args()
    if args.profile:
        in_flight, seconds = args.profile
        result = anyio.run(profiled, args.peer, args.url, int(in_flight), seconds, backend="asyncio")
    elif args.parse:
        result = parse(args.url, args.decoder)
    else:
        result = anyio.run(one_round, args.peer, args.url, args.memory, args.ca, backend=args.loop)
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
