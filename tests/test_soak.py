"""A shortened soak (`make soak` runs 200,000 calls): one client through successes, 429s, 500s, timeouts,
cancellations and pages leaks no memory, descriptor, task or connection, on each backend."""

from __future__ import annotations

import anyio
import pytest

from bench.soak import soak, verdict


@pytest.mark.parametrize(("backend", "loop"), [("httpx", "asyncio"), ("httpx", "trio"), ("aiohttp", "asyncio")])
def test_a_shortened_soak_leaks_nothing(bench_url: str, backend: str, loop: str) -> None:
    samples = anyio.run(soak, bench_url, backend, 5000, 500, backend=loop)
    assert len(samples) == 10 and samples[-1].calls == 5000
    result = verdict(samples)
    assert result["connections_held"] == 0
    assert result["fds_growth"] <= 0 and result["tasks_growth"] <= 0
    assert result["rss_growth_mb"] <= 5
    assert result["met"]
