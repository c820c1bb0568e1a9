"""Iterating paged lists (``page_index``/``page_size``) without per-operation code.

The pager stops on an empty page, a short page, or once ``count`` items have been seen when
``count`` is clearly a total (larger than the page). The document does not say whether ``count``
is the total or the page's size, so neither is assumed beyond that. A server that ignores
``page_index`` would return the same page forever: a page equal to the one before it raises
:class:`PaginationError`. Only the current page (and, with prefetch, the next one) is held.
"""

from __future__ import annotations

import contextlib
import inspect
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from typing import Any, Generic, Protocol, TypeVar

import anyio
from anyio.abc import TaskGroup
from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream

from herohealth_facade._exceptions import HeroHealthError

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class Page(Protocol[T_co]):
    """What a list operation answers: a ``data`` list (``count`` is read when present)."""

    @property
    def data(self) -> Sequence[T_co]: ...


PageMethod = Callable[..., Awaitable[Page[T]]]


class PaginationError(HeroHealthError):
    """The server's pages cannot be walked safely (for example it ignores ``page_index``)."""


class AsyncPaginator(Generic[T]):
    """Items (``async for item in pager``) or whole pages (``pager.pages()``) of a list operation.

    With ``prefetch=True`` the next page is fetched while the current one is consumed; that needs a
    task group, so use the pager as ``async with pager: async for item in pager: ...``. Leaving the
    block, breaking out or being cancelled stops the background fetch.
    """

    def __init__(
        self,
        method: PageMethod[T],
        filters: dict[str, Any],
        *,
        page_size: int,
        max_items: int | None,
        prefetch: bool,
    ) -> None:
        if page_size < 1:
            raise ValueError("page_size must be 1 or more")
        if max_items is not None and max_items < 0:
            raise ValueError("max_items must be 0 or more")
        _require_paging(method)
        self._method = method
        self._filters = filters
        self._page_size = page_size
        self._max_items = max_items
        self._prefetch = prefetch
        self._task_group: TaskGroup | None = None
        self._prefetched: MemoryObjectReceiveStream[Page[T] | BaseException] | None = None

    # ------------------------------------------------------------------ public

    def __aiter__(self) -> AsyncIterator[T]:
        return self._items()

    def pages(self) -> AsyncIterator[Page[T]]:
        """Whole pages, in order; ``max_items`` still bounds the items they hold in total."""
        return self._limited_pages()

    async def __aenter__(self) -> AsyncPaginator[T]:
        if self._prefetch:
            self._task_group = anyio.create_task_group()
            await self._task_group.__aenter__()
            send, receive = anyio.create_memory_object_stream[Page[T] | BaseException](max_buffer_size=0)
            self._prefetched = receive
            self._task_group.start_soon(self._produce, send)
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        if self._task_group is None:
            return
        self._task_group.cancel_scope.cancel()
        if self._prefetched is not None:
            self._prefetched.close()
        task_group, self._task_group = self._task_group, None
        # The producer never raises (its errors reach the consumer through the stream), so the task
        # group is closed as if the block ended normally, and whatever the block raised propagates
        # as itself rather than wrapped in an ExceptionGroup.
        await task_group.__aexit__(None, None, None)

    # ------------------------------------------------------------------ walking

    async def _items(self) -> AsyncIterator[T]:
        async for page in self._limited_pages():
            for item in page.data:
                yield item

    async def _limited_pages(self) -> AsyncIterator[Page[T]]:
        remaining = self._max_items
        async for page in self._source():
            if remaining is not None:
                if remaining <= 0:
                    return
                if len(page.data) > remaining:
                    page = _Truncated(page.data[:remaining])
                remaining -= len(page.data)
            yield page

    def _source(self) -> AsyncIterator[Page[T]]:
        if not self._prefetch:
            return self._fetch_pages()
        if self._prefetched is None:
            raise PaginationError("prefetch=True needs `async with` around the iteration")
        return self._receive(self._prefetched)

    async def _fetch_pages(self) -> AsyncIterator[Page[T]]:
        seen = 0
        previous: Sequence[T] | None = None
        page_index = 0
        while True:
            page = await self._method(**self._filters, page_index=page_index, page_size=self._page_size)
            items = page.data
            if previous is not None and items and items == previous:
                raise PaginationError(
                    f"page {page_index} repeats page {page_index - 1}: the server seems to ignore page_index"
                )
            if items:
                yield page
            seen += len(items)
            if _is_last(page, items, seen, self._page_size):
                return
            if self._max_items is not None and seen >= self._max_items:
                return
            previous = items
            page_index += 1

    async def _produce(self, send: MemoryObjectSendStream[Page[T] | BaseException]) -> None:
        async with send:
            try:
                async for page in self._fetch_pages():
                    await send.send(page)
            except Exception as exc:
                # Handed to the consumer, who raises it where it iterates (unless it stopped reading).
                with contextlib.suppress(anyio.BrokenResourceError):
                    await send.send(exc)

    @staticmethod
    async def _receive(stream: MemoryObjectReceiveStream[Page[T] | BaseException]) -> AsyncIterator[Page[T]]:
        async for item in stream:
            if isinstance(item, BaseException):
                raise item
            yield item


class _Truncated(Generic[T]):
    """The first items of a page, when ``max_items`` ends inside it."""

    def __init__(self, data: Sequence[T]) -> None:
        self.data = data


def _is_last(page: Page[Any], items: Sequence[Any], seen: int, page_size: int) -> bool:
    if not items:
        return True
    count = getattr(page, "count", None)
    if isinstance(count, int | float) and count > len(items):
        # Larger than the page, count can only be a total: trust it over the page's length, so a
        # server that caps page_size below ours does not end the walk early.
        return seen >= count
    return len(items) < page_size


def _require_paging(method: Callable[..., Any]) -> None:
    try:
        parameters = inspect.signature(method).parameters
    except (TypeError, ValueError):
        return
    if not {"page_index", "page_size"} <= parameters.keys():
        name = getattr(method, "__name__", repr(method))
        raise TypeError(f"{name} takes no page_index/page_size: use list_items() for unpaged lists")
