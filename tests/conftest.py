from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest

from tests.servers import bench_server, prism_server, redis_server

pytest_plugins = ["pytester"]

CONTRACT_PASSED: set[str] = set()
CONTRACT_TOTAL: list[int] = [0]


# HEROHEALTH_HTTP_BACKEND=aiohttp runs the suites on the aiohttp backend, which runs only under asyncio.
EVENT_LOOPS = ["asyncio"] if os.environ.get("HEROHEALTH_HTTP_BACKEND") == "aiohttp" else ["asyncio", "trio"]


@pytest.fixture(params=EVENT_LOOPS)
def anyio_backend(request: pytest.FixtureRequest) -> str:
    """Run every async test on both event loops the facade supports (asyncio alone for aiohttp)."""
    return str(request.param)


@pytest.fixture(scope="session")
def prism_url() -> Iterator[str]:
    with prism_server() as url:
        yield url


@pytest.fixture(scope="session")
def bench_url() -> Iterator[str]:
    """The benchmark's server (bench/server.py) in its own process, for the whole session."""
    with bench_server() as url:
        yield url


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    """A real redis-server on a free loopback port, for the whole session."""
    with redis_server() as url:
        yield url


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if CONTRACT_TOTAL[0]:
        terminalreporter.write_line(
            f"contract: {len(CONTRACT_PASSED)}/{CONTRACT_TOTAL[0]} operations accepted by Prism and parsed "
            "into their documented models"
        )
