"""Faults from a real HTTP server on loopback (uvicorn): each ends in the right typed error or a
correct retry, and none hangs."""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Iterator
from typing import Any

import anyio
import httpcore
import pytest

from herohealth_async import (
    APIConnectionError,
    APITimeoutError,
    HeroHealth,
    InternalServerError,
    RateLimitError,
    ResponseValidationError,
)
from herohealth_facade._transports import AiohttpTransport
from tests.helpers import API_KEY, APPOINTMENT, FAST_RETRIES, PRACTICE_GROUP_ID
from tests.servers import asgi_server

pytestmark = pytest.mark.anyio
HITS: Counter[str] = Counter()


async def _send(send: Any, status: int, body: bytes, content_type: str = "application/json", **headers: str) -> None:
    raw_headers = [(b"content-type", content_type.encode()), (b"content-length", str(len(body)).encode())]
    raw_headers += [(k.replace("_", "-").encode(), v.encode()) for k, v in headers.items()]
    await send({"type": "http.response.start", "status": status, "headers": raw_headers})
    await send({"type": "http.response.body", "body": body})


async def fault_app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """Routes on the first path segment (the scenario); the rest is the API path."""
    if scope["type"] != "http":
        return
    scenario = scope["path"].split("/")[1]
    HITS[scenario] += 1
    hit = HITS[scenario]
    ok = json.dumps(APPOINTMENT).encode()
    if scenario == "reset":
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"1000")]})
        await send({"type": "http.response.body", "body": b'{"id": "1', "more_body": True})
        raise RuntimeError("connection dropped mid-response")
    if scenario == "slow" and not scope["path"].endswith("/fast"):
        await anyio.sleep(3)
        await _send(send, 200, ok)
    elif scenario == "burst503":
        await _send(send, 503 if hit <= 3 else 200, b"{}" if hit <= 3 else ok)
    elif scenario == "ratelimited":
        await _send(send, 429 if hit == 1 else 200, b"{}" if hit == 1 else ok, retry_after="1")
    elif scenario == "malformed":
        await _send(send, 200, b'{"id": "1", "practitioner_id": ')
    elif scenario == "html":
        await _send(send, 200, b"<html>maintenance</html>", "text/html")
    elif scenario == "cloudflare":
        await _send(send, 520, b"")
    elif scenario == "newenum":
        body = {"id": "5", "name": "n", "status": "PAUSED", "channel": "WHATSAPP", "content": "c", "beta": True}
        await _send(send, 200, json.dumps(body).encode())
    else:
        await _send(send, 200, ok)


@pytest.fixture(scope="module")
def fault_url() -> Iterator[str]:
    with asgi_server(fault_app) as url:
        yield url


def client(url: str, scenario: str, **options: Any) -> HeroHealth:
    HITS[scenario] = 0
    options.setdefault("retry_policy", FAST_RETRIES)
    return HeroHealth(api_key=API_KEY, practice_group_id=PRACTICE_GROUP_ID, base_url=f"{url}/{scenario}", **options)


async def test_connection_reset_mid_response_is_retried_then_raised(fault_url: str) -> None:
    with anyio.fail_after(10):
        async with client(fault_url, "reset", max_retries=2) as hero:
            # httpcore sees the short body as a protocol error, aiohttp as a payload read error.
            with pytest.raises(APIConnectionError, match="RemoteProtocolError|ReadError") as caught:
                await hero.booking.get_appointment("1")
    assert not isinstance(caught.value, APITimeoutError)
    assert caught.value.request_sent
    assert HITS["reset"] == 3


async def test_slow_response_past_the_timeout(fault_url: str) -> None:
    with anyio.fail_after(10):
        async with client(fault_url, "slow", timeout=0.2, max_retries=1) as hero:
            with pytest.raises(APITimeoutError, match="ReadTimeout"):
                await hero.booking.get_appointment("1")
    assert HITS["slow"] == 2


async def test_burst_of_503_then_200(fault_url: str) -> None:
    with anyio.fail_after(10):
        async with client(fault_url, "burst503", max_retries=3) as hero:
            appointment = await hero.booking.get_appointment("1")
    assert appointment.id == "1001"
    assert HITS["burst503"] == 4


async def test_429_with_retry_after_waits_as_told(fault_url: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="herohealth_async")
    with anyio.fail_after(10):
        async with client(fault_url, "ratelimited") as hero:
            await hero.booking.get_appointment("1")
    assert HITS["ratelimited"] == 2
    assert any("failed (429); retry 1 in 1.00 s" in r.getMessage() for r in caplog.records)


async def test_429_without_retries_left_is_a_rate_limit_error(fault_url: str) -> None:
    with anyio.fail_after(10):
        async with client(fault_url, "ratelimited", max_retries=0) as hero:
            with pytest.raises(RateLimitError) as caught:
                await hero.booking.get_appointment("1")
    assert caught.value.retry_after == 1.0


@pytest.mark.parametrize(("scenario", "fragment"), [("malformed", "does not match"), ("html", "text/html")])
async def test_unusable_success_bodies(fault_url: str, scenario: str, fragment: str) -> None:
    with anyio.fail_after(10):
        async with client(fault_url, scenario) as hero:
            with pytest.raises(ResponseValidationError, match=fragment) as caught:
                await hero.booking.get_appointment("1")
    assert caught.value.body_text  # the raw body is kept


async def test_non_iana_status_520(fault_url: str) -> None:
    with anyio.fail_after(10):
        async with client(fault_url, "cloudflare", max_retries=1) as hero:
            with pytest.raises(InternalServerError) as caught:
                await hero.booking.get_appointment("1")
    assert caught.value.status_code == 520
    assert "520 Unknown Status" in str(caught.value)
    assert HITS["cloudflare"] == 2


async def test_unknown_enum_values_from_a_real_server(fault_url: str) -> None:
    async with client(fault_url, "newenum") as hero:
        batch = await hero.messages.get_batch_message("5")
    assert (batch.status, batch.channel, batch.additional_properties) == ("PAUSED", "WHATSAPP", {"beta": True})


async def test_cancelling_1000_in_flight_requests_leaves_the_pool_clean(fault_url: str) -> None:
    async with client(fault_url, "slow", max_retries=0) as hero:
        with anyio.fail_after(30):
            async with anyio.create_task_group() as tg:
                for _ in range(1000):
                    tg.start_soon(hero.booking.get_appointment, "1")
                # Wait until the pool's 100 connections are all busy; the server counts in its own
                # thread and event loop, so polling is the way to see it.
                while HITS["slow"] < 100:  # noqa: ASYNC110
                    await anyio.sleep(0.01)
                tg.cancel_scope.cancel()
        assert _busy_connections(hero) == 0  # nothing waiting for, or holding, a connection
        in_flight = HITS["slow"]
        with anyio.fail_after(10):
            appointment = await hero.booking.get_appointment("fast")  # the same pool still serves
    assert appointment.id == "1001"
    assert in_flight >= 100  # the default pool's 100 connections really were busy


async def test_waiting_for_a_free_connection_honours_the_pool_timeout(fault_url: str) -> None:
    import httpx

    limits = httpx.Limits(max_connections=1)
    outcomes: list[str] = []

    async def one(hero: HeroHealth) -> None:
        try:
            await hero.booking.get_appointment("1")
            outcomes.append("ok")
        except APITimeoutError as exc:
            outcomes.append(str(exc))

    with anyio.fail_after(10):
        async with client(
            fault_url, "slow", limits=limits, timeout=httpx.Timeout(5.0, pool=0.2), max_retries=0
        ) as hero:
            async with anyio.create_task_group() as tg:
                tg.start_soon(one, hero)
                tg.start_soon(one, hero)
    assert sorted(outcomes) == ["GET /v1/appointments/{id} timed out (PoolTimeout) after 0 retries", "ok"]


def _busy_connections(hero: HeroHealth) -> int:
    """Requests waiting for or holding one of ``hero``'s connections, on either HTTP backend."""
    transport: Any = hero._pool.first.transport
    if isinstance(transport, AiohttpTransport):
        connector = transport._inner.client.connector
        return len(connector._acquired) + sum(len(w) for w in connector._waiters.values())
    pool: httpcore.AsyncConnectionPool = transport._pool
    return len(pool._requests) + sum(not (c.is_idle() or c.is_closed()) for c in pool.connections)
