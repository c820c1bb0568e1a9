"""The HTTP backends a client can own, and sending through one without ``httpx.AsyncClient``.

A client that owns its connections sends straight through an ``httpx`` transport: the layers of
``AsyncClient`` the SDK never uses (cookie jar, redirects, auth flows, event hooks, URL merging)
cost more than the SDK itself. A user's own ``http_client=`` is sent through as it is.
"""

from __future__ import annotations

import ssl
import urllib.request
import warnings
from typing import Any, Literal

import httpx
import sniffio

from herohealth_facade._exceptions import HeroHealthError

HttpBackend = Literal["httpx", "aiohttp"]
HTTP_BACKENDS: tuple[HttpBackend, ...] = ("httpx", "aiohttp")
BACKEND_VARIABLE = "HEROHEALTH_HTTP_BACKEND"

DEFAULT_HEADERS = {"accept-encoding": "gzip, deflate", "connection": "keep-alive"}
"""What ``httpx.AsyncClient`` would add to every request (the decoders httpx always has)."""


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


def make_transport(
    backend: HttpBackend,
    limits: httpx.Limits,
    base_url: str,
    tls: ssl.SSLContext,
    proxy: str | httpx.Proxy | None = None,
) -> httpx.AsyncBaseTransport:
    """A transport of ``backend`` with ``limits`` whose every connection verifies with ``tls``, through
    ``proxy`` or else the one the environment names for ``base_url`` (``HTTPS_PROXY``, ``HTTP_PROXY``,
    ``ALL_PROXY``, ``NO_PROXY``), as ``httpx.AsyncClient`` would. An ``https://`` server is reached through
    a proxy by a ``CONNECT`` tunnel, verified end to end with ``tls``."""
    proxy = environment_proxy(base_url) if proxy is None else httpx.Proxy(proxy) if isinstance(proxy, str) else proxy
    if backend == "httpx":
        return httpx.AsyncHTTPTransport(verify=tls, limits=limits, proxy=proxy)
    return AiohttpTransport(limits=limits, tls=tls, proxy=proxy)


def warn_if_proxy_ignored(base_url: str) -> None:
    """Warn when the environment names a proxy that a ``transport=`` of the caller's own will not use."""
    if environment_proxy(base_url) is not None:
        warnings.warn(
            "HeroHealth(transport=...) sends through your transport, which ignores HTTPS_PROXY/HTTP_PROXY/ALL_PROXY:"
            " set the proxy on your transport (httpx.AsyncHTTPTransport(proxy=...))",
            stacklevel=4,
        )


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


async def read_streamed(response: httpx.Response, request: httpx.Request) -> None:
    """Read the whole body of ``response`` to ``request`` (closing it if reading fails or is cancelled)."""
    try:
        await response.aread()
    except httpx.RequestError as exc:
        await response.aclose()
        exc.request = request
        raise
    except BaseException:
        await response.aclose()
        raise


class AiohttpTransport(httpx.AsyncBaseTransport):
    """aiohttp's connections behind the ``httpx`` transport interface.

    The session (connection pool sized by ``limits``, keep-alive, TLS, proxy) is the one
    ``httpx_aiohttp.AiohttpTransport`` builds; each request is sent on it here, reading the whole
    body before returning (the connection goes straight back to aiohttp's pool), with one set of
    conversions instead of httpx-aiohttp's streaming ones.

    Failures are mapped to the httpx errors that say whether the request may have reached the
    server: a dropped connection is ``httpx.RemoteProtocolError`` (maybe sent) and only a failure
    to connect is ``ConnectError``/``ConnectTimeout``. (httpx-aiohttp's own mapping turns every
    ``aiohttp.ClientConnectionError`` into ``ConnectTimeout``, which would read as "never sent" and
    let a POST the server already took be sent again.)
    """

    def __init__(self, *, limits: httpx.Limits, tls: ssl.SSLContext, proxy: httpx.Proxy | None = None) -> None:
        try:
            import aiohttp  # noqa: PLC0415 (the optional extra: loaded when chosen, not at import)
            import httpx_aiohttp  # noqa: PLC0415
            import yarl  # noqa: PLC0415
        except ImportError:
            raise HeroHealthError(
                "http_backend='aiohttp' needs the aiohttp extra: pip install 'herohealth-async[aiohttp]'"
            ) from None
        self._aiohttp = aiohttp
        self._url = yarl.URL
        self._inner = httpx_aiohttp.AiohttpTransport(verify=tls, limits=limits, proxy=proxy, trust_env=False)
        # Never follow a redirect (as httpx); httpx decodes a body, as it does for its own transport.
        self._options: dict[str, Any] = {"allow_redirects": False, "auto_decompress": False}
        if proxy is not None:
            self._options["proxy"] = str(proxy.url)
        self._timeouts: dict[tuple[float | None, float | None, float | None], Any] = {}
        # Checked at the first request: the pool then refuses any other event loop, so once is enough.
        self._loop_checked = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if not self._loop_checked:
            check_event_loop("aiohttp")
            self._loop_checked = True
        session = self._inner.client
        if not isinstance(session, self._aiohttp.ClientSession):
            session = self._inner.client = self._inner.get_client()
        encoding = request.headers.encoding  # found once for all headers (multi_items() asks per header)
        # Only the options that differ from aiohttp's defaults: each one more is bound again on every call.
        options = self._options
        if request.content or "sni_hostname" in request.extensions:
            extra = {"data": request.content or None, "server_hostname": request.extensions.get("sni_hostname")}
            options = {**options, **extra}
        try:
            async with session.request(
                request.method,
                self._url(str(request.url), encoded=True),  # httpx has already quoted it
                headers=[(name.decode(encoding), value.decode(encoding)) for name, value in request.headers.raw],
                timeout=self._timeout(request),
                **options,
            ) as answer:
                body = await answer.read()
        except Exception as exc:
            mapped = _mapped(exc, request)
            if mapped is exc:
                raise
            raise mapped from exc
        extensions = {"http_version": b"HTTP/1.1", "reason_phrase": (answer.reason or "").encode()}
        response = httpx.Response(
            answer.status,
            headers=answer.raw_headers,
            stream=httpx.ByteStream(body),
            request=request,
            extensions=extensions,
        )
        if answer.headers.get("content-encoding", "identity").lower() == "identity":
            read_already(response, body)
        else:
            response.read()  # in memory: httpx's decoders run as they would for its own transport
        return response

    def _timeout(self, request: httpx.Request) -> Any:
        """aiohttp's timeout for httpx's: ``connect`` covers waiting for a pooled connection too."""
        timeout = request.extensions.get("timeout", {})
        key = (timeout.get("connect"), timeout.get("read"), timeout.get("pool"))
        cached = self._timeouts.get(key)
        if cached is None:
            cached = self._aiohttp.ClientTimeout(sock_connect=key[0], sock_read=key[1], connect=key[2])
            self._timeouts[key] = cached
        return cached

    async def aclose(self) -> None:
        await self._inner.aclose()


def read_already(response: httpx.Response, body: bytes) -> None:
    """Leave ``response`` as ``response.read()`` would for a ``body`` with no content encoding.

    httpx's read passes even a plain body through its decoder and chunker machinery (about 7 µs, a
    twentieth of a call on aiohttp); the content of an unencoded body is the body itself.
    """
    response._content = body
    response._num_bytes_downloaded = len(body)
    response.is_stream_consumed = True
    response.is_closed = True


def _mapped(cause: Exception, request: httpx.Request) -> Exception:
    """The httpx error for an aiohttp failure (anything else is returned as it is)."""
    import aiohttp  # noqa: PLC0415 (present whenever this transport exists)

    kind: type[httpx.TransportError]
    if isinstance(cause, aiohttp.ConnectionTimeoutError):
        kind = httpx.ConnectTimeout
    elif isinstance(cause, aiohttp.ServerTimeoutError | TimeoutError):
        kind = httpx.ReadTimeout
    elif isinstance(cause, aiohttp.ClientProxyConnectionError):
        kind = httpx.ConnectError  # the proxy could not be reached: nothing was sent
    elif isinstance(cause, aiohttp.ClientHttpProxyError):
        kind = httpx.ProxyError
    elif isinstance(cause, aiohttp.ClientConnectorError):
        kind = httpx.ConnectError
    elif isinstance(cause, aiohttp.ClientPayloadError):
        kind = httpx.ReadError
    elif isinstance(cause, aiohttp.ClientError | OSError):
        kind = httpx.RemoteProtocolError
    else:
        return cause
    # The class name only: aiohttp's messages can quote the URL, which holds patient IDs.
    return kind(f"{type(cause).__name__} from aiohttp", request=request)
