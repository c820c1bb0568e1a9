"""The test kit's pytest plugin: loaded by itself (a ``pytest11`` entry point) wherever the SDK is
installed, so its fixtures need no ``pytest_plugins`` line. Its fixtures run on anyio (no
pytest-asyncio needed); ``-p no:herohealth_async`` turns it off.

- ``hero_fake``: a fresh :class:`~herohealth_async.testing.FakeHero` for each test;
- ``hero``: a ``HeroHealth`` wired to it (an async fixture: mark the test ``@pytest.mark.anyio``);
- ``webhook_signer``: ``sign(body, key) -> headers``, as Hero signs deliveries, on the fake's clock.

Copied into the generated package by ``make generate``; it loads the facade only when a fixture is used.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from herohealth_async import HeroHealth
    from herohealth_async.testing import FakeHero


@pytest.fixture
def hero_fake() -> FakeHero:
    from herohealth_async.testing import FakeHero  # noqa: PLC0415 (loaded when a test asks for it)

    return FakeHero()


@pytest.fixture
async def hero(hero_fake: FakeHero) -> AsyncIterator[HeroHealth]:
    async with hero_fake.client() as client:
        yield client


@pytest.fixture
def webhook_signer(hero_fake: FakeHero) -> Callable[[bytes, str], dict[str, str]]:
    from herohealth_async import sign_webhook  # noqa: PLC0415

    def sign(body: bytes, key: str) -> dict[str, str]:
        return sign_webhook(body, key, timestamp=hero_fake.clock.now().timestamp())

    return sign
