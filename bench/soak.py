"""`make soak`: one client, hours' worth of calls, watched for leaks.

    python bench/soak.py [--calls 200000] [--every 10000] [--backend httpx|aiohttp] [--loop asyncio|trio]

Starts bench/server.py in its own process and drives one `HeroHealth`, 50 workers at a time, through a
mix of calls: successes, 429s (retried), 500s (retried, then raised), read timeouts, calls cancelled in
flight, and 100-slot pages. After every ``--every`` calls, with none in flight, it samples the process's
resident memory, its open descriptors (other than idle pooled connections), live tasks, and the pool's
connections. The goal after the warm-up (the first fifth): resident memory grows by at most 5 MB, the
descriptors and tasks do not grow, and no connection is held with no call in flight.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import anyio
import attrs

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT))

from herohealth_async import HeroHealth, HeroHealthError  # noqa: E402
from tests.servers import free_port, stop_process, wait_until_answers  # noqa: E402

WORKERS = 50
MIX = [("ok", 70), ("429", 8), ("500", 6), ("timeout", 2), ("cancel", 6), ("page", 8)]


@attrs.frozen
class Sample:
    """Taken between batches, with no call in flight."""

    calls: int
    rss_mb: float
    fds: int
    """Open descriptors other than the pool's idle connections (those come and go with keep-alive)."""
    tasks: int
    idle: int
    in_use: int
    """Connections still held with no call in flight: a leak unless 0."""


def rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def connections(hero: HeroHealth) -> tuple[int, int]:
    """(idle, in use) connections of the client's pool, on either backend."""
    transport: Any = hero._pool.first.transport
    inner = getattr(transport, "_inner", None)
    if inner is not None:  # aiohttp
        connector = getattr(inner.client, "connector", None)
        if connector is None:
            return 0, 0
        return sum(len(idle) for idle in connector._conns.values()), len(connector._acquired)
    pool = transport._pool.connections
    idle = sum(c.is_idle() for c in pool)
    return idle, sum(not (c.is_idle() or c.is_closed()) for c in pool)


def sample(hero: HeroHealth, calls: int) -> Sample:
    idle, in_use = connections(hero)
    fds = len(os.listdir("/proc/self/fd")) - idle
    return Sample(calls, rss_mb(), fds, len(anyio.get_running_tasks()), idle, in_use)


async def one_call(hero: HeroHealth, kind: str) -> None:
    try:
        if kind == "page":
            page = await hero.booking.list_slots(page_index=random.randrange(100), page_size=100)
            assert len(page.data) == 100
        elif kind == "cancel":
            with anyio.move_on_after(random.uniform(0, 0.002)):
                await hero.booking.get_appointment("1048576")
        elif kind == "timeout":
            await hero.booking.get_appointment("1048576", extra_query={"fault": "slow"}, timeout=0.05, max_retries=0)
        elif kind in ("429", "500"):
            await hero.booking.get_appointment("1048576", extra_query={"fault": kind})
        else:
            await hero.booking.get_appointment("1048576")
    except HeroHealthError:
        pass  # the 500s, and the timeouts, end in errors by design


async def soak(url: str, backend: str, calls: int, every: int, seed: int = 7) -> list[Sample]:
    """Drive one client through ``calls`` mixed calls, ``every`` at a time by 50 workers; a sample after each batch."""
    rng = random.Random(seed)
    samples: list[Sample] = []
    hero = HeroHealth(api_key="soak-key", practice_group_id="3", base_url=url, http_backend=backend)  # type: ignore[arg-type]
    async with hero:
        for done in range(every, calls + 1, every):
            kinds = iter(rng.choices([k for k, _ in MIX], weights=[w for _, w in MIX], k=every))

            async def worker(kinds: Any = kinds) -> None:
                for kind in kinds:
                    await one_call(hero, kind)

            async with anyio.create_task_group() as tg:
                for _ in range(WORKERS):
                    tg.start_soon(worker)
            samples.append(sample(hero, done))
    return samples


def verdict(samples: list[Sample]) -> dict[str, Any]:
    """Growth after the warm-up (the first fifth of the samples, at least one): resident memory, other
    descriptors and tasks against their level at the end of the warm-up; connections held with no call
    in flight, which must stay at 0."""
    warm = samples[max(1, len(samples) // 5) - 1]
    later = samples[samples.index(warm) + 1 :] or samples[-1:]
    worst = {
        "rss_growth_mb": max(s.rss_mb for s in later) - warm.rss_mb,
        "fds_growth": max(s.fds for s in later) - warm.fds,
        "tasks_growth": max(s.tasks for s in later) - warm.tasks,
        "connections_held": max(s.in_use for s in samples),
    }
    met = worst["rss_growth_mb"] <= 5 and all(v <= 0 for k, v in worst.items() if k != "rss_growth_mb")
    return {**worst, "final": attrs.asdict(samples[-1]), "met": met}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=200_000)
    parser.add_argument("--every", type=int, default=10_000)
    parser.add_argument("--backend", choices=["httpx", "aiohttp"], action="append")
    parser.add_argument("--loop", choices=["asyncio", "trio"], default="asyncio")
    args = parser.parse_args()
    logging.getLogger("herohealth_async").setLevel(logging.ERROR)  # the retries are the point, not news
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "bench.server", str(port)], cwd=ROOT)
    url = f"http://127.0.0.1:{port}"
    results = {}
    try:
        wait_until_answers(url + "/stats")
        for backend in args.backend or ["httpx", "aiohttp"]:
            print(f"soak: {args.calls} calls on {backend}/{args.loop}, a sample every {args.every}", flush=True)
            samples = anyio.run(soak, url, backend, args.calls, args.every, backend=args.loop)
            for s in samples:
                line = f"  {s.calls:>7} calls  rss {s.rss_mb:7.1f} MB  other fds {s.fds:3}  tasks {s.tasks:3}"
                print(f"{line}  connections idle {s.idle:3} held {s.in_use}")
            results[backend] = verdict(samples)
            print(f"  {backend}: {json.dumps(results[backend])}", flush=True)
    finally:
        stop_process(server)
    (ROOT / "bench" / "soak.json").write_text(json.dumps(results, indent=2) + "\n")
    raise SystemExit(0 if all(r["met"] for r in results.values()) else 1)


if __name__ == "__main__":
    main()
