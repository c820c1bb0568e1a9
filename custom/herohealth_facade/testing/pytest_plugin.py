"""An opt-in pytest plugin for testing apps built on the SDK, on anyio (no pytest-asyncio needed).

Enable it in a ``conftest.py`` with ``pytest_plugins = ["herohealth_facade.testing.pytest_plugin"]``.
Fixtures:

- ``hero_fake``: a fresh :class:`~herohealth_async.testing.FakeHero` for each test;
- ``hero``: a ``HeroHealth`` wired to it (an async fixture: mark the test ``@pytest.mark.anyio``);
- ``webhook_signer``: ``sign(body, key) -> headers``, as Hero signs deliveries, on the fake's clock.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import pytest

from herohealth_facade._client import HeroHealth
from herohealth_facade.lib.webhook_signature import sign_webhook
from herohealth_facade.testing.fake import FakeHero


@pytest.fixture
def hero_fake() -> FakeHero:
    return FakeHero()


@pytest.fixture
async def hero(hero_fake: FakeHero) -> AsyncIterator[HeroHealth]:
    async with hero_fake.client() as client:
        yield client


@pytest.fixture
def webhook_signer(hero_fake: FakeHero) -> Callable[[bytes, str], dict[str, str]]:
    def sign(body: bytes, key: str) -> dict[str, str]:
        return sign_webhook(body, key, timestamp=hero_fake.clock.now().timestamp())

    return sign
