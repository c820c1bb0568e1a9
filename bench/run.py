"""`make bench`: the cost of the SDK, as ratios against raw httpx measured side by side in one run.

    python bench/run.py [--backend asyncio|trio] [--repeats 5]

Starts bench/server.py in its own process on loopback, runs each measurement ``--repeats`` times
(variants interleaved), prints medians and ratios, and writes them to bench/results.json.
Nothing here asserts a time: the goals are printed next to the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import anyio
import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import many_processes  # noqa: E402
from bench.server import slots_page  # noqa: E402
from herohealth_async import HeroHealth  # noqa: E402
from herohealth_async.models import SlotList  # noqa: E402
from tests.servers import free_port, redis_server, wait_until_answers  # noqa: E402

HEADERS = {"x-api-key": "bench-key", "x-practice-group-id": "3"}
Row = dict[str, Any]


def median_of(samples: list[float]) -> float:
    return statistics.median(samples)


def hero(base_url: str) -> HeroHealth:
    return HeroHealth(api_key="bench-key", practice_group_id="3", base_url=base_url)


# ---------------------------------------------------------------------- 1. one call


async def single_call(url: str, repeats: int, calls: int = 300) -> Row:
    async with httpx.AsyncClient(base_url=url, headers=HEADERS) as raw, hero(url) as sdk:

        async def raw_call() -> None:
            json.loads((await raw.get("/v1/appointments/1048576")).content)

        async def facade_call() -> None:
            await sdk.booking.get_appointment("1048576")

        variants = {"raw_httpx": raw_call, "facade": facade_call}
        samples: dict[str, list[float]] = {name: [] for name in variants}
        for call in variants.values():  # warm up: connections, imports, caches
            for _ in range(20):
                await call()
        for _ in range(repeats):
            for name, call in variants.items():
                started = time.perf_counter()
                for _ in range(calls):
                    await call()
                samples[name].append((time.perf_counter() - started) / calls * 1e6)
    us = {name: median_of(values) for name, values in samples.items()}
    return {
        "us_per_call": us,
        "body_bytes": len((await _fetch(url, "/v1/appointments/1")).content),
        "facade_vs_raw": us["facade"] / us["raw_httpx"],
        "goal": "facade <= 1.10x raw httpx",
    }


async def _fetch(url: str, path: str) -> httpx.Response:
    async with httpx.AsyncClient(base_url=url) as client:
        return await client.get(path)


# ---------------------------------------------------------------------- 2. parsing a page


def parse_page(repeats: int, loops: int = 200) -> Row:
    body = slots_page(0, 100)
    samples: dict[str, list[float]] = {"json_loads": [], "models": []}
    for _ in range(repeats):
        started = time.perf_counter()
        for _ in range(loops):
            json.loads(body)
        samples["json_loads"].append((time.perf_counter() - started) / loops * 1e6)
        started = time.perf_counter()
        for _ in range(loops):
            SlotList.from_dict(json.loads(body))
        samples["models"].append((time.perf_counter() - started) / loops * 1e6)
    us = {name: median_of(values) for name, values in samples.items()}
    return {"us_per_page": us, "models_vs_json": us["models"] / us["json_loads"], "goal": "<= 3x json.loads"}


# ---------------------------------------------------------------------- 3. 1,000 at once


async def concurrency(url: str, repeats: int, calls: int = 1000) -> Row:
    async def burst(call: Callable[[], Awaitable[object]]) -> tuple[float, int]:
        errors = 0

        async def one() -> None:
            nonlocal errors
            try:
                await call()
            except Exception:
                errors += 1

        started = time.perf_counter()
        async with anyio.create_task_group() as tg:
            for _ in range(calls):
                tg.start_soon(one)
        return time.perf_counter() - started, errors

    samples: dict[str, list[float]] = {"raw_httpx": [], "httpx_semaphore": [], "facade": []}
    errors = {"raw_httpx": 0, "httpx_semaphore": 0, "facade": 0}
    for _ in range(repeats):
        async with httpx.AsyncClient(base_url=url, headers=HEADERS) as raw:
            seconds, failed = await burst(lambda: raw.get("/v1/appointments/1"))
        samples["raw_httpx"].append(seconds)
        errors["raw_httpx"] += failed
        # What a careful user writes: bare httpx behind a semaphore sized to the pool.
        gate = anyio.Semaphore(httpx.Limits().max_connections or 100)
        async with httpx.AsyncClient(base_url=url, headers=HEADERS) as careful:

            async def gated(gate: anyio.Semaphore = gate, careful: httpx.AsyncClient = careful) -> httpx.Response:
                async with gate:
                    return await careful.get("/v1/appointments/1")

            seconds, failed = await burst(gated)
        samples["httpx_semaphore"].append(seconds)
        errors["httpx_semaphore"] += failed
        async with hero(url) as sdk:
            seconds, failed = await burst(lambda: sdk.booking.get_appointment("1"))
        samples["facade"].append(seconds)
        errors["facade"] += failed
    s = {name: median_of(values) for name, values in samples.items()}
    return {
        "seconds": s,
        "errors": errors,
        "facade_vs_raw": s["facade"] / s["raw_httpx"],
        "facade_vs_httpx_semaphore": s["facade"] / s["httpx_semaphore"],
        "goal": "0 errors, facade <= 1.2x httpx behind a semaphore",
    }


# ---------------------------------------------------------------------- 4. 20,000 slots


async def pagination(url: str, repeats: int) -> Row:
    memory = {str(total): await _peak_growth(url, total) for total in (2_000, 20_000)}
    delayed = f"{url}/delay20"
    samples: dict[str, list[float]] = {"prefetch_off": [], "prefetch_on": []}
    for _ in range(repeats):
        for name, prefetch in (("prefetch_off", False), ("prefetch_on", True)):
            async with hero(delayed) as sdk:
                started = time.perf_counter()
                pager = sdk.booking.list_slots(page_size=100, prefetch=prefetch)
                async with pager:
                    async for page in pager.pages():
                        assert page.data
                        await anyio.sleep(0.02)  # the consumer's own work on each page
                samples[name].append(time.perf_counter() - started)
    s = {name: median_of(values) for name, values in samples.items()}
    return {
        "peak_memory_growth_mb": memory,
        "seconds_20ms_server_20ms_consumer": s,
        "prefetch_on_vs_off": s["prefetch_on"] / s["prefetch_off"],
        "goal": "memory growth <= 5 MB and the same for 2,000 and 20,000 slots; prefetch <= 0.6x",
    }


async def _peak_growth(url: str, total: int) -> float:
    async with hero(url) as sdk:
        await sdk.booking.list_slots(page_index=0, page_size=100)  # warm up outside the measurement
        tracemalloc.start()
        baseline = tracemalloc.get_traced_memory()[0]
        seen = 0
        async for _ in sdk.booking.list_slots(page_size=100, max_items=total):
            seen += 1
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    assert seen == total
    return (peak - baseline) / 1e6


# ---------------------------------------------------------------------- 5. Elements tokens


async def elements(url: str, repeats: int, callers: int = 10_000, hits: int = 100_000) -> Row:
    upstream: list[int] = []
    hit_us: list[float] = []
    for _ in range(repeats):
        before = (await _fetch(url, "/stats")).json().get("access_token", 0)
        async with hero(url) as sdk:
            async with anyio.create_task_group() as tg:
                for _ in range(callers):
                    tg.start_soon(sdk.practice_group.elements_token)
            upstream.append((await _fetch(url, "/stats")).json()["access_token"] - before)
            started = time.perf_counter()
            for _ in range(hits):
                await sdk.practice_group.elements_token()
            hit_us.append((time.perf_counter() - started) / hits * 1e6)
    return {
        "upstream_calls_per_cold_burst": upstream,
        "cache_hit_us": median_of(hit_us),
        "goal": "exactly 1 upstream call; cache hit <= 5 us",
    }


# ---------------------------------------------------------------------- 6. cold import


def cold_import(repeats: int, runs: int = 10) -> Row:
    """Whole interpreters, side by side: `import httpx` against `from herohealth_async import HeroHealth`."""
    statements = {"httpx": "import httpx", "herohealth_async": "from herohealth_async import HeroHealth"}
    samples: dict[str, list[float]] = {name: [] for name in statements}
    for _ in range(repeats):
        for name, statement in statements.items():
            started = time.perf_counter()
            for _ in range(runs):
                subprocess.run([sys.executable, "-c", statement], check=True, cwd=ROOT)
            samples[name].append((time.perf_counter() - started) / runs * 1000)
    ms = {name: median_of(values) for name, values in samples.items()}
    return {"ms_per_process": ms, "hero_vs_httpx": ms["herohealth_async"] / ms["httpx"], "goal": "<= 1.3x"}


# ---------------------------------------------------------------------- running


async def run_all(url: str, repeats: int) -> dict[str, Row]:
    results: dict[str, Row] = {}
    measures: list[tuple[str, Callable[[], Awaitable[Row]]]] = [
        ("single_call", lambda: single_call(url, repeats)),
        ("concurrency_1000", lambda: concurrency(url, min(repeats, 3))),
        ("pagination_20000", lambda: pagination(url, min(repeats, 3))),
        ("elements_tokens", lambda: elements(url, repeats)),
    ]
    for name, measure in measures:
        print(f"  measuring {name} ...", flush=True)
        results[name] = await measure()
    print("  measuring parse_100_slots ...", flush=True)
    results["parse_100_slots"] = parse_page(repeats)
    print("  measuring cold_import ...", flush=True)
    results["cold_import"] = cold_import(repeats)
    return results


def table(results: dict[str, Row]) -> str:
    rows = _rows(results) + many_processes.table_rows(results)
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True))
        for r in [("measure", "figures", "result", "goal"), *rows]
    ]
    return "\n".join(lines)


def _rows(results: dict[str, Row]) -> list[tuple[str, str, str, str]]:
    one, parse, burst = results["single_call"], results["parse_100_slots"], results["concurrency_1000"]
    pages, tokens = results["pagination_20000"], results["elements_tokens"]
    rows = [
        (
            "1. one call, ~1 KB body",
            f"raw {one['us_per_call']['raw_httpx']:.0f} us, facade {one['us_per_call']['facade']:.0f} us",
            f"{one['facade_vs_raw']:.2f}x",
            "<= 1.10x",
        ),
        (
            "2. parse 100 slots",
            f"json.loads {parse['us_per_page']['json_loads']:.0f} us, models {parse['us_per_page']['models']:.0f} us",
            f"{parse['models_vs_json']:.2f}x",
            "<= 3x",
        ),
        (
            "3. 1,000 concurrent calls",
            f"httpx+semaphore {burst['seconds']['httpx_semaphore']:.2f} s, facade {burst['seconds']['facade']:.2f} s"
            f" (plain httpx {burst['seconds']['raw_httpx']:.2f} s); errors: facade {burst['errors']['facade']},"
            f" httpx+semaphore {burst['errors']['httpx_semaphore']}, plain httpx {burst['errors']['raw_httpx']}",
            f"{burst['facade_vs_httpx_semaphore']:.2f}x",
            "<= 1.2x, 0 errors",
        ),
        (
            "4. 20,000 slots, pages of 100",
            "peak growth " + ", ".join(f"{n} slots {mb:.2f} MB" for n, mb in pages["peak_memory_growth_mb"].items()),
            f"{max(pages['peak_memory_growth_mb'].values()):.2f} MB",
            "<= 5 MB",
        ),
        (
            "   prefetch (20 ms server + 20 ms work/page)",
            f"off {pages['seconds_20ms_server_20ms_consumer']['prefetch_off']:.2f} s,"
            f" on {pages['seconds_20ms_server_20ms_consumer']['prefetch_on']:.2f} s",
            f"{pages['prefetch_on_vs_off']:.2f}x",
            "<= 0.6x",
        ),
        (
            "5. 10,000 cold elements_token()",
            f"upstream calls {tokens['upstream_calls_per_cold_burst']}",
            f"hit {tokens['cache_hit_us']:.2f} us",
            "1 call, <= 5 us",
        ),
        (
            "6. cold import (whole processes)",
            f"import httpx {results['cold_import']['ms_per_process']['httpx']:.0f} ms, from herohealth_async import"
            f" HeroHealth {results['cold_import']['ms_per_process']['herohealth_async']:.0f} ms",
            f"{results['cold_import']['hero_vs_httpx']:.2f}x",
            "<= 1.3x",
        ),
    ]
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--backend", choices=["asyncio", "trio"], default="asyncio")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results.json")
    args = parser.parse_args()

    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "bench.server", str(port)], cwd=ROOT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_answers(url + "/stats")
        machine = (
            f"{os.cpu_count()} cores, Python {platform.python_version()}, {args.backend}, httpx {httpx.__version__}"
        )
        print(f"herohealth-async benchmark: {machine}; medians of {args.repeats} runs (3 for 3. and 4.)")
        started = time.perf_counter()
        results = anyio.run(run_all, url, args.repeats, backend=args.backend)
        with redis_server() as redis_url:
            results.update(many_processes.measure_all(url, redis_url, args.backend, args.repeats))
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(table(results))
    print(f"({time.perf_counter() - started:.0f} s)")
    record = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {"cores": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "backend": args.backend,
        "repeats": args.repeats,
        "results": results,
    }
    args.out.write_text(json.dumps(record, indent=2) + "\n")
    print(f"written to {args.out}")


if __name__ == "__main__":
    main()
