"""A small HTTP/1.1 server for the fake (h11 over anyio, so it runs under asyncio and trio), and the
``python -m herohealth_async.testing`` command that serves a :class:`FakeHero` on a loopback port.

It is a test server: loopback by default, one request at a time per connection, no TLS.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable

import anyio
import anyio.abc
import h11
import httpx

App = Callable[[httpx.Request], Awaitable[httpx.Response]]
MAX_BODY = 1 << 20


@contextlib.asynccontextmanager
async def serve(app: App, *, host: str = "127.0.0.1", port: int = 0) -> AsyncIterator[str]:
    """Serve ``app`` on ``host``:``port`` while the block runs; yield the base URL."""
    listener = await anyio.create_tcp_listener(local_host=host, local_port=port)
    bound = listener.extra(anyio.abc.SocketAttribute.local_port)
    async with listener, anyio.create_task_group() as tg:
        tg.start_soon(listener.serve, lambda stream: _connection(app, stream, host, bound))
        try:
            yield f"http://{host}:{bound}"
        finally:
            tg.cancel_scope.cancel()


async def _connection(app: App, stream: anyio.abc.ByteStream, host: str, port: int) -> None:
    async with stream:
        conn = h11.Connection(h11.SERVER, max_incomplete_event_size=MAX_BODY)
        while True:
            request = await _read_request(conn, stream, host, port)
            if request is None:
                return
            try:
                response = await app(request)
            except httpx.TransportError:
                return  # the app asked to break the connection without an answer
            body = await response.aread()
            headers = [(k, v) for k, v in response.headers.raw if k.lower() not in (b"content-length", b"connection")]
            headers.append((b"content-length", str(len(body)).encode()))
            await stream.send(conn.send(h11.Response(status_code=response.status_code, headers=headers)) or b"")
            await stream.send(conn.send(h11.Data(data=body)) or b"")
            await stream.send(conn.send(h11.EndOfMessage()) or b"")
            if conn.our_state is not h11.DONE or conn.their_state is not h11.DONE:
                return
            conn.start_next_cycle()


async def _read_request(
    conn: h11.Connection, stream: anyio.abc.ByteStream, host: str, port: int
) -> httpx.Request | None:
    head: h11.Request | None = None
    body = bytearray()
    while True:
        event = conn.next_event()
        if event is h11.NEED_DATA:
            try:
                conn.receive_data(await stream.receive(65536))
            except (anyio.EndOfStream, anyio.BrokenResourceError, anyio.ClosedResourceError):
                return None
            continue
        if isinstance(event, h11.Request):
            head = event
        elif isinstance(event, h11.Data):
            body += event.data
        elif isinstance(event, h11.EndOfMessage) and head is not None:
            url = f"http://{host}:{port}{head.target.decode('ascii')}"
            return httpx.Request(head.method.decode(), url, headers=list(head.headers), content=bytes(body))
        elif isinstance(event, h11.ConnectionClosed):
            return None


def main(argv: list[str] | None = None) -> None:
    """``python -m herohealth_async.testing [--port N] [--practice ID ...]``: serve a seeded FakeHero
    until interrupted, after printing its base URL on one line."""
    from herohealth_facade.testing.fake import FakeHero  # noqa: PLC0415

    parser = argparse.ArgumentParser(prog="python -m herohealth_async.testing", description=main.__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 (the default): a free port")
    parser.add_argument("--practice", action="append", help="a practice group ID to serve (repeatable; default 1)")
    args = parser.parse_args(argv)
    fake = FakeHero(practices=tuple(args.practice or ["1"]))

    async def run() -> None:
        async with fake.serve(host=args.host, port=args.port) as url:
            print(url, flush=True)
            await anyio.sleep_forever()

    with contextlib.suppress(KeyboardInterrupt):
        anyio.run(run)
