"""The HTTP backends a client can own, and sending through one without ``httpx.AsyncClient``.

A client that owns its connections sends straight through an ``httpx`` transport: the layers of
``AsyncClient`` the SDK never uses (cookie jar, redirects, auth flows, event hooks, URL merging)
cost more than the SDK itself. A user's own ``http_client=`` is sent through as it is.
"""

from __future__ import annotations

import time
import urllib.request
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Literal

import httpx
import sniffio

from herohealth_facade._exceptions import HeroHealthError, RequestValidationError

HttpBackend = Literal["httpx", "aiohttp"]
HTTP_BACKENDS: tuple[HttpBackend, ...] = ("httpx", "aiohttp")
BACKEND_VARIABLE = "HEROHEALTH_HTTP_BACKEND"

DEFAULT_HEADERS = {"accept-encoding": "gzip, deflate", "connection": "keep-alive"}
"""What ``httpx.AsyncClient`` would add to every request (the decoders httpx always has)."""


def check_backend(backend: str) -> HttpBackend:
    """``backend`` if it names a backend, else :class:`RequestValidationError` naming the choices."""
    for known in HTTP_BACKENDS:
        if backend == known:
            return known
    raise RequestValidationError("http_backend", f"must be one of {', '.join(map(repr, HTTP_BACKENDS))}")


def check_event_loop(backend: HttpBackend) -> None:
    """Refuse the aiohttp backend under any event loop but asyncio's (aiohttp runs only there)."""
    if backend != "aiohttp":
        return
    try:
        library = sniffio.current_async_library()
    except sniffio.AsyncLibraryNotFoundError:
        return  # not in an event loop yet: checked again at the first request
    if library != "asyncio":
        raise HeroHealthError(
            f"http_backend='aiohttp' runs only under asyncio, and this is {library}: "
            "use the default http_backend='httpx' (it runs under asyncio and trio)"
        )


def make_transport(backend: HttpBackend, limits: httpx.Limits, base_url: str) -> httpx.AsyncBaseTransport:
    """A transport of ``backend`` with ``limits``, through the proxy the environment names for ``base_url``
    (``HTTPS_PROXY``, ``HTTP_PROXY``, ``ALL_PROXY``, ``NO_PROXY``), as ``httpx.AsyncClient`` would."""
    proxy = environment_proxy(base_url)
    if backend == "httpx":
        return httpx.AsyncHTTPTransport(limits=limits, proxy=proxy)
    return AiohttpTransport(limits=limits, proxy=proxy)


def environment_proxy(url: str) -> httpx.Proxy | None:
    """The proxy the environment names for ``url``, or None (also when ``NO_PROXY`` covers its host)."""
    parsed = httpx.URL(url)
    proxies = urllib.request.getproxies_environment()
    address = proxies.get(parsed.scheme) or proxies.get("all")
    # proxy_bypass_environment reads NO_PROXY as urllib does (typeshed does not list it).
    bypass = urllib.request.proxy_bypass_environment  # type: ignore[attr-defined]
    if not address or bypass(parsed.host, proxies):
        return None
    return httpx.Proxy(address if "://" in address else f"http://{address}")


async def send_direct(transport: httpx.AsyncBaseTransport, request: httpx.Request) -> httpx.Response:
    """Send ``request`` through ``transport`` and read the whole body, as ``AsyncClient.send`` would
    (the connection goes back to the pool once read; closed if reading fails or is cancelled)."""
    started = time.perf_counter()
    try:
        response = await transport.handle_async_request(request)
    except httpx.RequestError as exc:
        exc.request = request
        raise
    response.request = request
    try:
        await response.aread()
    except httpx.RequestError as exc:
        await response.aclose()
        exc.request = request
        raise
    except BaseException:
        await response.aclose()
        raise
    response.elapsed = timedelta(seconds=time.perf_counter() - started)
    return response


class AiohttpTransport(httpx.AsyncBaseTransport):
    """``httpx_aiohttp.AiohttpTransport`` with aiohttp's failures mapped to the httpx errors that say
    whether the request may have reached the server.

    The upstream mapping turns every ``aiohttp.ClientConnectionError`` into ``httpx.ConnectTimeout``,
    which reads as "never sent": a server that took a POST and then dropped the connection would be
    retried as if it had never seen it. Here a dropped connection is ``httpx.RemoteProtocolError``
    (maybe sent) and only a failure to connect is ``ConnectError``/``ConnectTimeout``.
    """

    def __init__(self, *, limits: httpx.Limits, proxy: httpx.Proxy | None = None) -> None:
        try:
            import httpx_aiohttp  # noqa: PLC0415 (an optional extra, loaded when chosen)
        except ImportError:
            raise HeroHealthError(
                "http_backend='aiohttp' needs the aiohttp extra: pip install 'herohealth-async[aiohttp]'"
            ) from None
        self._inner = httpx_aiohttp.AiohttpTransport(limits=limits, proxy=proxy, trust_env=False)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        check_event_loop("aiohttp")
        try:
            response = await self._inner.handle_async_request(request)
        except Exception as exc:
            raise _mapped(exc, request) from exc
        response.stream = _MappedStream(response.stream, request)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


class _MappedStream(httpx.AsyncByteStream):
    """A response body whose read failures are mapped like the request's."""

    def __init__(self, stream: httpx.AsyncByteStream | httpx.SyncByteStream, request: httpx.Request) -> None:
        assert isinstance(stream, httpx.AsyncByteStream)
        self._stream = stream
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._stream:
                yield chunk
        except Exception as exc:
            raise _mapped(exc, self._request, reading=True) from exc

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        except Exception as exc:
            raise _mapped(exc, self._request, reading=True) from exc


def _mapped(exc: Exception, request: httpx.Request, *, reading: bool = False) -> Exception:
    """The httpx error for an aiohttp failure (unwrapping httpx_aiohttp's own mapping first)."""
    import aiohttp  # noqa: PLC0415 (present whenever this transport exists)

    cause = exc.__cause__ if isinstance(exc, httpx.TransportError) and exc.__cause__ is not None else exc
    kind: type[httpx.TransportError]
    if isinstance(cause, httpx.TransportError):
        return cause
    if isinstance(cause, aiohttp.ConnectionTimeoutError) and not reading:
        kind = httpx.ConnectTimeout
    elif isinstance(cause, aiohttp.ServerTimeoutError | TimeoutError):
        kind = httpx.ReadTimeout
    elif isinstance(cause, aiohttp.ClientProxyConnectionError | aiohttp.ClientHttpProxyError):
        kind = httpx.ProxyError
    elif isinstance(cause, aiohttp.ClientConnectorError) and not reading:
        kind = httpx.ConnectError
    elif isinstance(cause, aiohttp.ClientPayloadError):
        kind = httpx.ReadError
    elif isinstance(cause, aiohttp.ClientError | OSError):
        kind = httpx.RemoteProtocolError
    else:
        return exc
    # The class name only: aiohttp's messages can quote the URL, which holds patient IDs.
    return kind(f"{type(cause).__name__} from aiohttp", request=request)
