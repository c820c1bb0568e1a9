"""A small HTTP/1.1 server for the fake (h11 over anyio, so it runs under asyncio and trio).

It is a test server: loopback by default, one request at a time per connection; over TLS it presents
a certificate from a throwaway CA made when it starts (needs ``herohealth-async[testing]``).
"""

from __future__ import annotations

import contextlib
import ssl
import tempfile
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path

import anyio
import anyio.abc
import anyio.streams.tls
import h11
import httpx

App = Callable[[httpx.Request], Awaitable[httpx.Response]]
MAX_BODY = 1 << 20
PEER = "herohealth_peer"
"""The request extension that holds the client's IP address (for answers only loopback may have)."""


@contextlib.asynccontextmanager
async def serve(
    app: App, *, host: str = "127.0.0.1", port: int = 0, tls: ssl.SSLContext | None = None
) -> AsyncIterator[str]:
    """Serve ``app`` on ``host``:``port`` (over TLS with ``tls``) while the block runs; yield the base URL."""
    tcp = await anyio.create_tcp_listener(local_host=host, local_port=port)
    bound = tcp.extra(anyio.abc.SocketAttribute.local_port)
    listener: anyio.abc.Listener[anyio.abc.ByteStream] = tcp
    if tls is not None:
        listener = anyio.streams.tls.TLSListener(tcp, tls, standard_compatible=False)
    async with listener, anyio.create_task_group() as tg:
        tg.start_soon(listener.serve, lambda stream: _connection(app, stream, host, bound))
        try:
            yield f"{'https' if tls else 'http'}://{host}:{bound}"
        finally:
            tg.cancel_scope.cancel()


@contextlib.contextmanager
def throwaway_tls(host: str) -> Iterator[tuple[ssl.SSLContext, Path]]:
    """A server context whose certificate (for ``host``, ``localhost`` and ``127.0.0.1``) comes from a new
    CA, and the path of that CA's PEM bundle (what a client trusts); both are gone when the block ends."""
    try:
        import trustme  # noqa: PLC0415 (the optional extra: loaded for TLS only)
    except ImportError:
        raise RuntimeError("serving the fake over TLS needs: pip install 'herohealth-async[testing]'") from None
    authority = trustme.CA(organization_name="herohealth-async test kit")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert(*dict.fromkeys((host, "localhost", "127.0.0.1"))).configure_cert(context)
    with tempfile.TemporaryDirectory(prefix="herohealth-fake-ca-") as directory:
        bundle = Path(directory) / "ca.pem"
        authority.cert_pem.write_to_path(str(bundle))
        yield context, bundle


async def _connection(app: App, stream: anyio.abc.ByteStream, host: str, port: int) -> None:
    async with stream:
        conn = h11.Connection(h11.SERVER, max_incomplete_event_size=MAX_BODY)
        peer = stream.extra(anyio.abc.SocketAttribute.remote_address)
        while True:
            request = await _read_request(conn, stream, host, port)
            if request is None:
                return
            request.extensions[PEER] = peer[0] if isinstance(peer, tuple) else str(peer)
            try:
                response = await app(request)
            except httpx.TransportError:
                return  # the app asked to break the connection without an answer
            body = await response.aread()
            headers = [(k, v) for k, v in response.headers.raw if k.lower() not in (b"content-length", b"connection")]
            headers.append((b"content-length", str(len(body)).encode()))
            try:
                await stream.send(conn.send(h11.Response(status_code=response.status_code, headers=headers)) or b"")
                await stream.send(conn.send(h11.Data(data=body)) or b"")
                await stream.send(conn.send(h11.EndOfMessage()) or b"")
            except (anyio.BrokenResourceError, anyio.ClosedResourceError):
                return  # the client gave up (its timeout) before the answer: as a server, let it go
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
