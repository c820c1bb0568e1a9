from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.servers import prism_server, redis_server

pytest_plugins = ["pytester"]

CONTRACT_PASSED: set[str] = set()
CONTRACT_TOTAL: list[int] = [0]


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    """Run every async test on both backends the facade supports."""
    return str(request.param)


@pytest.fixture(scope="session")
def prism_url() -> Iterator[str]:
    with prism_server() as url:
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
