"""Middleware: your code around each attempt of each request, inside the retry loop.

A middleware is ``async def middleware(attempt, call_next) -> httpx.Response``: it may look at or
change ``attempt.request``, must await ``call_next(attempt)`` (once) to send it, and sees every
response, 4xx and 5xx included, before retries and error mapping; a transport failure reaches it as
the exception ``call_next`` raises. The auth headers are set again after the last middleware, so none
can change or drop them. ``attempt`` carries the operation and the path template: log those, not
``request.url``, whose path and query hold patient IDs.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence

import attrs
import httpx


@attrs.frozen
class Attempt:
    """One attempt at sending one request: ``number`` 0 is the first, 1 the first retry."""

    request: httpx.Request
    operation_id: str
    method: str
    path: str
    """The path template (``/v1/appointments/{id}``), safe to log."""
    number: int


CallNext = Callable[[Attempt], Awaitable[httpx.Response]]
Middleware = Callable[[Attempt, CallNext], Awaitable[httpx.Response]]


def chain(middleware: Sequence[Middleware], send: CallNext) -> CallNext:
    """``send`` wrapped by ``middleware``, the first one outermost."""
    call = send
    for layer in reversed(middleware):
        call = _wrap(layer, call)
    return call


def _wrap(layer: Middleware, call_next: CallNext) -> CallNext:
    async def run(attempt: Attempt) -> httpx.Response:
        return await layer(attempt, call_next)

    return run
