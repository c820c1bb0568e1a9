"""Calls go through a real forward proxy (tinyproxy on loopback): an explicit ``proxy=`` or the
environment's ``HTTP_PROXY``/``NO_PROXY``, on both backends; the API key never reaches the proxy's log;
a proxy that is down is an ``APIConnectionError`` that was never sent; a ``transport=`` of one's own is
warned about a proxy it will not use."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import anyio
import httpx
import pytest

from herohealth_async import APIConnectionError, HeroHealth, RequestValidationError
from tests.helpers import API_KEY, APPOINTMENT, PRACTICE_GROUP_ID
from tests.servers import appointment_app, asgi_server, free_port, proxy_server

PROXY_VARIABLES = (
    "HTTPS_PROXY",
    "HTTP_PROXY",
    "ALL_PROXY",
    "NO_PROXY",
    "https_proxy",
    "http_proxy",
    "all_proxy",
    "no_proxy",
)


@pytest.fixture(scope="module")
def upstream() -> Iterator[str]:
    with asgi_server(appointment_app) as url:
        yield url


@pytest.fixture
def proxy(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    with proxy_server(tmp_path) as running:
        yield running


@pytest.fixture(autouse=True)
def no_proxy_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)


def call(base_url: str, backend: str = "httpx", loop: str = "asyncio", **options: object) -> str | None:
    async def main() -> str | None:
        hero = HeroHealth(
            api_key=API_KEY,
            practice_group_id=PRACTICE_GROUP_ID,
            base_url=base_url,
            http_backend=backend,
            **options,  # type: ignore[arg-type]
        )
        async with hero:
            return (await hero.booking.get_appointment("1")).id

    return anyio.run(main, backend=loop)


def proxied(log: Path) -> list[str]:
    return [line for line in log.read_text(errors="replace").splitlines() if "Request (file descriptor" in line]


@pytest.mark.parametrize(("backend", "loop"), [("httpx", "asyncio"), ("httpx", "trio"), ("aiohttp", "asyncio")])
def test_an_explicit_proxy_carries_every_call_and_never_logs_the_key(
    upstream: str, proxy: tuple[str, Path], backend: str, loop: str
) -> None:
    url, log = proxy
    assert call(upstream, backend, loop, proxy=url) == APPOINTMENT["id"]
    assert len(proxied(log)) == 1 and f"GET {upstream}/v1/appointments/" in proxied(log)[0]
    assert API_KEY not in log.read_text(errors="replace")


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
def test_the_environments_proxy_is_used_unless_no_proxy_names_the_host(
    upstream: str, proxy: tuple[str, Path], backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    url, log = proxy
    monkeypatch.setenv("HTTP_PROXY", url)
    assert call(upstream, backend) == APPOINTMENT["id"]
    assert len(proxied(log)) == 1
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    assert call(upstream, backend) == APPOINTMENT["id"]
    assert len(proxied(log)) == 1  # went straight to the server


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
def test_a_proxy_that_is_down_is_a_connection_error_never_sent(upstream: str, backend: str) -> None:
    with pytest.raises(APIConnectionError) as caught:
        call(upstream, backend, proxy=f"http://127.0.0.1:{free_port()}", max_retries=0)
    assert caught.value.request_sent is False


def test_a_transport_of_ones_own_is_warned_about_the_environments_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.internal:3128")
    with pytest.warns(UserWarning, match="ignores HTTPS_PROXY"):
        HeroHealth(api_key=API_KEY, practice_group_id="1", transport=httpx.AsyncHTTPTransport())
    with pytest.raises(RequestValidationError, match="proxy"):
        HeroHealth(api_key=API_KEY, practice_group_id="1", transport=httpx.AsyncHTTPTransport(), proxy="http://p:1")
    assert os.environ["HTTPS_PROXY"] == "http://proxy.internal:3128"
