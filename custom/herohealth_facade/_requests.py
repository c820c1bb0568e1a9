"""Putting an operation's ``httpx.Request`` together from parts that are already checked.

``httpx.Request("GET", "https://...", params=..., json=...)`` parses and validates the URL string,
encodes the body and rescans every header on each request: about 15 µs, as much as the rest of the
SDK's own work on a call. Here each of those is known already: the base URL was parsed when the
client was made, each path segment was quoted by the generated code (and the path is checked
against its template), the query is httpx's own encoding (``httpx.QueryParams``), and the headers
were checked when they were given. The request is built from those parts, and ``stream=`` tells
httpx not to encode anything again; so ``Host``, ``Content-Length`` and ``Content-Type`` are set
here, as httpx would set them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import httpx

BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})
"""The methods httpx sends ``Content-Length: 0`` for when they have no body."""
WAITED = "herohealth_waited"
"""The response extension holding the seconds its request waited before it left (for a connection slot,
the rate budget and any 429 pause); the attempt's time on the wire is ``response.elapsed``."""


def request_url(base: httpx.URL, path: str, query: str) -> httpx.URL:
    """``base`` with its path and query replaced by ``path`` and ``query``, both already quoted.

    httpx keeps a URL's parts in a named tuple; replacing two of them costs a tenth of parsing the
    whole URL again. Where a later httpx keeps them otherwise, the URL is parsed from its string.
    """
    reference = getattr(base, "_uri_reference", None)
    if not hasattr(reference, "_replace"):
        origin = f"{base.scheme}://{base.netloc.decode('ascii')}"
        return httpx.URL(origin + path + (f"?{query}" if query else ""))
    url = httpx.URL(base)  # a copy sharing base's (immutable) parts
    url._uri_reference = reference._replace(path=path, query=query or None)  # type: ignore[union-attr]
    return url


def query_string(params: Mapping[str, Any] | None) -> str:
    """``params`` encoded as httpx encodes them (``None`` as an empty value, lists as repeated keys)."""
    return str(httpx.QueryParams(params)) if params else ""


def json_content(value: Any) -> bytes:
    """``value`` as httpx encodes a JSON body: UTF-8, compact, no NaN or infinity (``ValueError``)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


def timings(response: httpx.Response) -> tuple[float | None, float]:
    """(seconds on the wire, seconds waiting to leave) of the attempt that got ``response``; the first
    is None for an answer that never went on the wire (a middleware's own)."""
    waited: float = response.extensions.get(WAITED, 0.0)
    try:
        return response.elapsed.total_seconds(), waited
    except RuntimeError:
        return None, waited


def pool_timeout(request: httpx.Request) -> float | None:
    """How long ``request`` may wait before it leaves (for a connection slot, the rate budget, a retry):
    its ``pool`` timeout, None for no limit."""
    timeout: dict[str, float | None] = request.extensions.get("timeout", {})
    return timeout.get("pool")


def assemble(
    method: str,
    url: httpx.URL,
    headers: httpx.Headers | Mapping[str, str],
    content: bytes | None,
    extensions: dict[str, Any],
) -> httpx.Request:
    """The request, with the content headers httpx adds for ``content`` (``headers`` has ``Host``).

    A header given in ``headers`` wins over the one httpx would add, as in httpx.
    """
    if content is not None or method in BODY_METHODS:
        headers = httpx.Headers(headers)
        headers.setdefault("content-length", str(len(content or b"")))
        if content is not None:
            headers.setdefault("content-type", "application/json")
    request = httpx.Request(
        method, url, headers=headers, stream=httpx.ByteStream(content or b""), extensions=extensions
    )
    if isinstance(headers, httpx.Headers):
        # A copy forgets the encoding its original found (by decoding every header): carry it over.
        request.headers.encoding = headers.encoding
    # In memory already: request.content is the body, as httpx's own constructor leaves it (what
    # request.read() would find by iterating the stream).
    request._content = content or b""
    return request
