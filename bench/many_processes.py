"""`make bench` rows 8 to 10: several processes sharing one Redis (the `[redis]` extra).

8. 8 processes x 1,000 concurrent cold `elements_token()` on one RedisTokenCache: upstream calls.
9. 4 cold processes started together, sending as fast as they can to a server that answers 429 above N
   requests/s, sharing a RedisRateLimiter budget of N/s: the most requests any calendar second at the server
   saw, 429s, and the rate achieved as a share of N (the window's 0.1 s margin costs about 9%).
10. The cost of an Elements token served from Redis (a cold in-process cache each call) vs from memory.
12. The cost of the shared budget when it is not the limit: 20,000 admissions by 100 concurrent callers in one
    process through a RedisRateLimiter (budget 1,000,000/s) vs the in-process LocalRateLimiter: client CPU per
    call and admissions per second.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
import time
from typing import Any

import anyio
import httpx

from herohealth_async import HeroHealth, LocalRateLimiter, RateLimiter, RedisRateLimiter, RedisTokenCache

Row = dict[str, Any]

TOKENS = """
import sys, anyio
from herohealth_async import HeroHealth, RedisTokenCache

async def main(url, redis_url):
    cache = RedisTokenCache(redis_url)
    async with HeroHealth(api_key="k", practice_group_id="3", base_url=url, token_cache=cache) as hero:
        async with anyio.create_task_group() as tg:
            for _ in range(1000):
                tg.start_soon(hero.practice_group.elements_token)

anyio.run(main, sys.argv[1], sys.argv[2], backend=sys.argv[3])
"""

SENDER = """
import sys, time, anyio
from herohealth_async import HeroHealth, HeroHealthError, RedisRateLimiter

async def main(url, redis_url, per_second, seconds, start_at):
    limiter = RedisRateLimiter(redis_url, per_second=int(per_second))
    async with HeroHealth(api_key="k", practice_group_id="3", base_url=url, rate_limiter=limiter) as hero:
        # Every process starts at the same whole second, after its imports, and stops together.
        await anyio.sleep(max(0.0, float(start_at) - time.time()))
        stop = float(start_at) + float(seconds)
        async def loop():
            while time.time() < stop:
                try:
                    await hero.booking.get_appointment("1")
                except HeroHealthError:
                    pass
        async with anyio.create_task_group() as tg:
            for _ in range(8):
                tg.start_soon(loop)

anyio.run(main, *sys.argv[1:6], backend=sys.argv[6])
"""


def _reset(url: str, redis_url: str) -> None:
    httpx.get(url + "/reset")
    import redis  # noqa: PLC0415 (the [redis] extra)

    redis.Redis.from_url(redis_url).flushdb()


def _run_all(script: str, runs: list[list[str]]) -> None:
    procs = [subprocess.Popen([sys.executable, "-c", script, *args]) for args in runs]
    for proc in procs:
        if proc.wait(timeout=120) != 0:
            raise RuntimeError("a benchmark process failed")


def shared_tokens(url: str, redis_url: str, backend: str, repeats: int) -> Row:
    calls = []
    for _ in range(repeats):
        _reset(url, redis_url)
        _run_all(TOKENS, [[url, redis_url, backend]] * 8)
        calls.append(httpx.get(url + "/stats").json().get("access_token", 0))
    return {"upstream_calls_per_run": calls, "goal": "exactly 1 upstream call per run"}


def shared_budget(url: str, redis_url: str, backend: str, per_second: int = 50, seconds: float = 4.0) -> Row:
    _reset(url, redis_url)
    start_at = math.ceil(time.time()) + 3  # time enough for four interpreters to import the SDK
    sender = [f"{url}/limit{per_second}", redis_url, str(per_second), str(seconds), str(start_at), backend]
    _run_all(SENDER, [sender] * 4)
    stats = httpx.get(url + "/stats").json()
    ok, refused = stats.get("limited_ok", 0), stats.get("limited_429", 0)
    # The calendar seconds of the run (an answer may land just after its end).
    full_seconds = stats["limited_per_second"][: int(seconds)]
    return {
        "per_second": per_second,
        "seconds": seconds,
        "accepted": ok,
        "accepted_per_full_second": full_seconds,
        "answered_429": refused,
        "max_in_a_calendar_second": max(stats["limited_per_second"]),
        "achieved_share": sum(full_seconds) / len(full_seconds) / per_second,
        "goal": "no calendar second at the server above the budget, no 429; >= 85% of the budget achieved",
    }


def token_cost(url: str, redis_url: str, backend: str, calls: int = 2000) -> Row:
    async def measure() -> dict[str, float]:
        results: dict[str, float] = {}
        async with HeroHealth(api_key="k", practice_group_id="3", base_url=url) as memory:
            await memory.practice_group.elements_token()
            started = time.perf_counter()
            for _ in range(calls):
                await memory.practice_group.elements_token()
            results["memory"] = (time.perf_counter() - started) / calls * 1e6
        cache = RedisTokenCache(redis_url)
        async with HeroHealth(api_key="k", practice_group_id="3", base_url=url, token_cache=cache) as shared:
            await shared.practice_group.elements_token()
            started = time.perf_counter()
            for _ in range(calls):
                await shared.practice_group.elements_token()
            results["redis"] = (time.perf_counter() - started) / calls * 1e6
        return results

    # A fresh token is served from the process's own copy with either cache: Redis is read only when
    # that copy is stale or missing (another process may have refreshed it).
    return {"us_per_call": anyio.run(measure, backend=backend), "goal": "reported (a hit reads no Redis)"}


def budget_cost(redis_url: str, backend: str, calls: int = 20_000, callers: int = 100) -> Row:
    async def admissions(limiter: RateLimiter) -> dict[str, float]:
        await limiter.acquire("bench", 1.0)

        async def caller() -> None:
            for _ in range(calls // callers):
                await limiter.acquire("bench", 1.0)

        cpu, started = time.process_time(), time.perf_counter()
        async with anyio.create_task_group() as tg:
            for _ in range(callers):
                tg.start_soon(caller)
        return {
            "per_second": calls / (time.perf_counter() - started),
            "cpu_us": (time.process_time() - cpu) / calls * 1e6,
        }

    async def measure() -> dict[str, dict[str, float]]:
        shared = RedisRateLimiter(redis_url, per_second=1_000_000)
        return {"local": await admissions(LocalRateLimiter()), "redis": await admissions(shared)}

    figures = anyio.run(measure, backend=backend)
    return {
        **figures,
        "added_cpu_us": figures["redis"]["cpu_us"] - figures["local"]["cpu_us"],
        "goal": "<= 60 us more client CPU per call than in-process, >= 10,000 calls/s",
    }


def measure_all(url: str, redis_url: str, backend: str, repeats: int) -> dict[str, Row]:
    rows: dict[str, Row] = {}
    print("  measuring shared_tokens_8_processes ...", flush=True)
    rows["shared_tokens_8_processes"] = shared_tokens(url, redis_url, backend, min(repeats, 3))
    print("  measuring shared_budget_4_processes ...", flush=True)
    rows["shared_budget_4_processes"] = shared_budget(url, redis_url, backend)
    print("  measuring redis_token_cost ...", flush=True)
    rows["redis_token_cost"] = token_cost(url, redis_url, backend)
    print("  measuring shared_budget_cost ...", flush=True)
    rows["shared_budget_cost"] = budget_cost(redis_url, backend)
    return rows


def table_rows(results: dict[str, Row]) -> list[tuple[str, str, str, str]]:
    tokens, budget, cost = (
        results["shared_tokens_8_processes"],
        results["shared_budget_4_processes"],
        results["redis_token_cost"],
    )
    return [
        (
            "8. 8 processes x 1,000 cold elements_token(), one Redis",
            f"upstream calls per run {json.dumps(tokens['upstream_calls_per_run'])}",
            f"{max(tokens['upstream_calls_per_run'])} call(s)",
            "exactly 1",
        ),
        (
            f"9. 4 processes, shared budget {budget['per_second']}/s, server 429s above it",
            f"accepted per full second {budget['accepted_per_full_second']}, {budget['answered_429']} answered 429",
            f"{budget['achieved_share']:.0%} of the budget, {budget['answered_429']} x 429",
            ">= 85%, no 429",
        ),
        (
            "10. a fresh Elements token, per call",
            f"in memory {cost['us_per_call']['memory']:.2f} us, RedisTokenCache {cost['us_per_call']['redis']:.2f} us",
            "a hit reads no Redis",
            "reported",
        ),
    ]


def budget_rows(cost: Row | None) -> list[tuple[str, str, str, str]]:
    if cost is None:  # a results file from before row 12
        return []
    redis_rate, local = cost["redis"], cost["local"]
    return [
        (
            "12. shared budget not the limit, 100 callers, one process",
            f"RedisRateLimiter {redis_rate['per_second']:,.0f}/s at {redis_rate['cpu_us']:.1f} us CPU,"
            f" in-process {local['per_second']:,.0f}/s at {local['cpu_us']:.1f} us",
            f"+{cost['added_cpu_us']:.1f} us, {redis_rate['per_second']:,.0f}/s",
            "<= +60 us, >= 10,000/s",
        )
    ]
