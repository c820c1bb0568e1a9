"""Shared test helpers: a client over httpx.MockTransport, canned bodies, and waiting for a calendar second."""

from __future__ import annotations

import json
import math
import re
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import anyio
import httpx

from herohealth_async import HeroHealth, RetryPolicy

API_KEY = "hh_live_SECRET_api_key_0123456789"
PRACTICE_GROUP_ID = "987654321"
FAST_RETRIES = RetryPolicy(initial_delay=0.001, max_delay=0.002)

APPOINTMENT = {
    "id": "1001",
    "practitioner_id": "2",
    "location_id": "3",
    "appointment_type_id": "4",
    "start_time": "2026-11-24T09:30:00Z",
    "reserved_until": "2026-11-24T09:10:00Z",
}

Handler = Callable[[httpx.Request], Awaitable[httpx.Response] | httpx.Response]


async def top_of_the_second() -> None:
    """Return as the next calendar second begins: the fake's rate limit counts calendar seconds, as the partner
    limit does, so calls made right after this fall in one of them."""
    await anyio.sleep(math.ceil(time.time()) - time.time())


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(
        status, content=json.dumps(body).encode(), headers={"content-type": "application/json", **(headers or {})}
    )


def mock_client(handler: Handler, **options: Any) -> HeroHealth:
    options.setdefault("retry_policy", FAST_RETRIES)
    options.setdefault("api_key", API_KEY)
    transport = httpx.MockTransport(handler)
    return HeroHealth(
        practice_group_id=PRACTICE_GROUP_ID,
        base_url="https://hero.test",
        http_client=httpx.AsyncClient(transport=transport),
        **options,
    )


class Recorder:
    """A MockTransport handler that answers from a script and records each request."""

    def __init__(self, *responses: httpx.Response | Exception) -> None:
        self.script = list(responses)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        item = self.script.pop(0) if len(self.script) > 1 else self.script[0]
        if isinstance(item, Exception):
            raise item
        return item


README = Path(__file__).resolve().parent.parent / "README.md"


DOCS = README.parent / "docs"


def doc_pages() -> list[Path]:
    """The README and every page of the manual."""
    return [README, *sorted(p for p in DOCS.rglob("*.md") if "_build" not in p.parts)]


def readme_python_blocks() -> list[str]:
    """The contents of every ```python block of the README and the manual, in order."""
    return [block for page in doc_pages() for block in python_blocks(page)]


def python_blocks(page: Path) -> list[str]:
    return re.findall(r"```python\n(.*?)```", page.read_text(encoding="utf-8"), re.DOTALL)
