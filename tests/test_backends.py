"""The HTTP backends a client can own: the choice, its refusals, and what each keeps of httpx's
behaviour when the client sends straight through the transport."""

from __future__ import annotations

import gzip
import json
import socket
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import anyio
import httpx
import pytest
import trio

from herohealth_async import APIConnectionError, HeroHealth, HeroHealthError, RequestValidationError
from herohealth_async.models import SendMessageBody
from herohealth_facade._transports import AiohttpTransport, environment_proxy
from tests.helpers import API_KEY, APPOINTMENT, FAST_RETRIES, PRACTICE_GROUP_ID
from tests.servers import appointment_app, asgi_server


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with asgi_server(appointment_app) as url:
        yield url


def hero(url: str, **options: object) -> HeroHealth:
    return HeroHealth(api_key=API_KEY, practice_group_id=PRACTICE_GROUP_ID, base_url=url, **options)  # type: ignore[arg-type]


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
def test_both_backends_answer_under_asyncio(server: str, backend: str) -> None:
    async def use() -> tuple[str | None, float, str, str]:
        async with hero(server, http_backend=backend) as client:
            raw = await client.booking.with_raw_response.get_appointment("1")
            sent = raw.http_response.request
            return raw.parsed.id, raw.http_response.elapsed.total_seconds(), sent.headers["accept-encoding"], backend

    appointment_id, elapsed, accept_encoding, _ = anyio.run(use, backend="asyncio")
    assert appointment_id == APPOINTMENT["id"]
    assert elapsed > 0  # set as AsyncClient would, for callers that read it
    assert accept_encoding == "gzip, deflate"


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
def test_an_encoded_response_is_decoded_on_both_backends(server: str, backend: str) -> None:
    async def fetch() -> tuple[str | None, str, bytes]:
        async with hero(server + "/gzip", http_backend=backend) as client:
            raw = await client.booking.with_raw_response.get_appointment("1")
            return raw.parsed.id, raw.http_response.headers["content-encoding"], raw.http_response.content

    appointment_id, encoding, content = anyio.run(fetch)
    assert (appointment_id, encoding) == (APPOINTMENT["id"], "gzip")
    assert content == json.dumps(APPOINTMENT).encode() != gzip.compress(content)


def test_the_backend_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch, server: str) -> None:
    monkeypatch.setenv("HEROHEALTH_HTTP_BACKEND", "aiohttp")
    assert isinstance(hero(server)._pool.first.transport, AiohttpTransport)
    monkeypatch.setenv("HEROHEALTH_HTTP_BACKEND", "httpx")
    assert isinstance(hero(server)._pool.first.transport, httpx.AsyncHTTPTransport)


@pytest.mark.parametrize("backend", ["requests", "", "AIOHTTP"])
def test_an_unknown_backend_is_refused_by_name(server: str, backend: str) -> None:
    with pytest.raises(RequestValidationError, match="http_backend: must be one of 'httpx', 'aiohttp'"):
        hero(server, http_backend=backend)


def test_a_backend_with_a_transport_of_ones_own_is_refused(server: str) -> None:
    with pytest.raises(RequestValidationError, match="http_backend"):
        hero(server, http_backend="aiohttp", transport=httpx.AsyncHTTPTransport())


def test_aiohttp_under_trio_is_refused_at_construction(server: str) -> None:
    async def construct() -> None:
        hero(server, http_backend="aiohttp")

    with pytest.raises(HeroHealthError, match="runs only under asyncio, and this is trio"):
        trio.run(construct)


def test_aiohttp_built_outside_a_loop_then_used_under_trio_is_refused_before_sending(server: str) -> None:
    client = hero(server, http_backend="aiohttp")

    async def use() -> None:
        await client.booking.get_appointment("1")

    with pytest.raises(HeroHealthError, match="runs only under asyncio"):
        trio.run(use)


def test_aiohttp_without_the_extra_names_the_install(monkeypatch: pytest.MonkeyPatch, server: str) -> None:
    monkeypatch.setitem(sys.modules, "httpx_aiohttp", None)  # what a failed import looks like
    with pytest.raises(HeroHealthError, match=r"pip install 'herohealth-async\[aiohttp\]'"):
        hero(server, http_backend="aiohttp")


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
def test_both_backends_honour_the_pool_limits(server: str, backend: str) -> None:
    """At most ``max_connections`` requests reach the server at once, on either backend."""
    at_once = [0, 0]

    async def use() -> None:
        limits = httpx.Limits(max_connections=3)
        async with hero(server, http_backend=backend, limits=limits) as client:
            gate = client._pool.first.gate
            assert gate is not None

            async def one() -> None:
                await client.booking.get_appointment("1")
                at_once[1] = max(at_once[1], 3 - gate.value)

            async with anyio.create_task_group() as tg:
                for _ in range(30):
                    tg.start_soon(one)

    anyio.run(use, backend="asyncio")
    assert 1 <= at_once[1] <= 3


def test_environment_proxies_are_honoured_as_httpx_does(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "NO_PROXY", "https_proxy", "http_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    assert environment_proxy("https://api.herohealth.net") is None
    monkeypatch.setenv("HTTPS_PROXY", "proxy.internal:3128")
    proxy = environment_proxy("https://api.herohealth.net")
    assert proxy is not None and proxy.url == httpx.URL("http://proxy.internal:3128")
    assert environment_proxy("http://127.0.0.1:8000") is None  # an https proxy only
    monkeypatch.setenv("NO_PROXY", "herohealth.net")
    assert environment_proxy("https://api.herohealth.net") is None


MESSAGE = SendMessageBody(patient_id="55", message_type="sms", message_string="hello")


@contextmanager
def drops_after_reading() -> Iterator[tuple[str, list[bytes]]]:
    """A server that reads each request, then closes the connection without a word."""
    received: list[bytes] = []
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            with conn:
                conn.settimeout(2)
                data = b""
                while b"\r\n\r\n" not in data:
                    chunk = conn.recv(65536)
                    if not chunk:
                        break
                    data += chunk
                received.append(data)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}", received
    finally:
        stop.set()
        thread.join(timeout=5)
        listener.close()


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
def test_a_post_the_server_took_then_dropped_is_not_sent_again(backend: str) -> None:
    """The connection broke after the request went out: the server may have acted, so no retry."""

    async def send(url: str) -> APIConnectionError:
        async with hero(url, http_backend=backend, max_retries=3) as client:
            with pytest.raises(APIConnectionError) as caught:
                await client.messages.send_message(
                    body=SendMessageBody(patient_id="55", message_type="sms", message_string="hello")
                )
            return caught.value

    with drops_after_reading() as (url, received):
        error = anyio.run(send, url, backend="asyncio")
    assert error.request_sent is True
    assert len(received) == 1 and received[0].startswith(b"POST ")


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
def test_a_refused_connection_is_never_sent_and_is_retried(backend: str) -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
    # Nothing listens on `port` now.

    async def send() -> APIConnectionError:
        async with hero(
            f"http://127.0.0.1:{port}", http_backend=backend, max_retries=1, retry_policy=FAST_RETRIES
        ) as client:
            with pytest.raises(APIConnectionError) as caught:
                await client.messages.send_message(
                    body=SendMessageBody(patient_id="55", message_type="sms", message_string="hello")
                )
            return caught.value

    error = anyio.run(send, backend="asyncio")
    assert error.request_sent is False
    assert "after 1 retries" in str(error)
