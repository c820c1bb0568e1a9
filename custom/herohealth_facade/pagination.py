"""Paged list operations (``page_index``/``page_size``): ``await`` for one page, ``async for`` for all.

``hero.booking.list_slots(...)`` returns an :class:`AsyncPager`. The walk stops on an empty page, a
short page, or once ``count`` items have been seen when ``count`` is clearly a total (larger than
the page). The document does not say whether ``count`` is the total or the page's size, so neither
is assumed beyond that. A server that ignores ``page_index`` would return the same page forever: a
page equal to the one before it raises :class:`PaginationError`. Only the current page (and, with
prefetch, the next one) is held.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Sequence
from typing import Any, Generic, TypeVar

import anyio
from anyio.abc import TaskGroup
from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream

from herohealth_async.types import UNSET, Page, Unset
from herohealth_facade._exceptions import HeroHealthError
from herohealth_facade.lib.arguments import PAGE_MINIMUMS, whole_number

PageT = TypeVar("PageT", bound=Page[Any])
ItemT = TypeVar("ItemT")

DEFAULT_PAGE_SIZE = 100
Fetch = Callable[[int | Unset, int | Unset], Awaitable[PageT]]


class PaginationError(HeroHealthError):
    """The server's pages cannot be walked safely (for example it ignores ``page_index``)."""


class AsyncPager(Generic[PageT, ItemT]):
    """One paged list call: ``await pager`` is its page; ``async for item in pager`` walks every page.

    The walk starts at ``page_index`` (0 when not given) with pages of ``page_size`` (100 when not
    given); ``pages()`` yields whole pages. With ``prefetch=True`` the next page is fetched while the
    current one is consumed; that needs a task group, so use ``async with pager: async for item in
    pager: ...``. Leaving the block, breaking out or being cancelled stops the background fetch.
    """

    def __init__(
        self,
        fetch: Fetch[PageT],
        *,
        page_index: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = False,
    ) -> None:
        for name, value in (("page_index", page_index), ("page_size", page_size)):
            if not isinstance(value, Unset):
                whole_number(f"query.{name}", value, PAGE_MINIMUMS[name])
        if max_items is not None:
            whole_number("max_items", max_items, 0)
        self._fetch = fetch
        self._page_index = page_index
        self._page_size = page_size
        self._max_items = max_items
        self._prefetch = prefetch
        self._task_group: TaskGroup | None = None
        self._prefetched: MemoryObjectReceiveStream[PageT | BaseException] | None = None

    # ------------------------------------------------------------------ public

    def __await__(self) -> Generator[Any, None, PageT]:
        """The page asked for, exactly as the arguments say (no default page size is added)."""
        return self._fetch(self._page_index, self._page_size).__await__()

    def __aiter__(self) -> AsyncIterator[ItemT]:
        return self._items()

    def pages(self) -> AsyncIterator[PageT]:
        """Whole pages, in order; ``max_items`` still bounds the items they hold in total."""
        return self._limited_pages()

    async def __aenter__(self) -> AsyncPager[PageT, ItemT]:
        if self._prefetch:
            self._task_group = anyio.create_task_group()
            await self._task_group.__aenter__()
            send, receive = anyio.create_memory_object_stream[PageT | BaseException](max_buffer_size=0)
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

    async def _items(self) -> AsyncIterator[ItemT]:
        async for page in self._limited_pages():
            for item in page.data:
                yield item

    async def _limited_pages(self) -> AsyncIterator[PageT]:
        remaining = self._max_items
        async for page in self._source():
            if remaining is not None:
                if remaining <= 0:
                    return
                if len(page.data) > remaining:
                    page = _Truncated(page, page.data[:remaining])  # type: ignore[assignment]
                remaining -= len(page.data)
            yield page

    def _source(self) -> AsyncIterator[PageT]:
        if not self._prefetch:
            return self._fetch_pages()
        if self._prefetched is None:
            raise PaginationError("prefetch=True needs `async with` around the iteration")
        return self._receive(self._prefetched)

    async def _fetch_pages(self) -> AsyncIterator[PageT]:
        page_index = 0 if isinstance(self._page_index, Unset) else self._page_index
        page_size = DEFAULT_PAGE_SIZE if isinstance(self._page_size, Unset) else self._page_size
        seen = 0
        previous: Sequence[Any] | None = None
        while True:
            page = await self._fetch(page_index, page_size)
            items = page.data
            if previous is not None and items and items == previous:
                raise PaginationError(
                    f"page {page_index} repeats page {page_index - 1}: the server seems to ignore page_index"
                )
            if items:
                yield page
            seen += len(items)
            if _is_last(page, items, seen, page_size):
                return
            if self._max_items is not None and seen >= self._max_items:
                return
            previous = items
            page_index += 1

    async def _produce(self, send: MemoryObjectSendStream[PageT | BaseException]) -> None:
        async with send:
            try:
                async for page in self._fetch_pages():
                    await send.send(page)
            except Exception as exc:
                # Handed to the consumer, who raises it where it iterates (unless it stopped reading).
                with contextlib.suppress(anyio.BrokenResourceError):
                    await send.send(exc)

    @staticmethod
    async def _receive(stream: MemoryObjectReceiveStream[PageT | BaseException]) -> AsyncIterator[PageT]:
        async for item in stream:
            if isinstance(item, BaseException):
                raise item
            yield item


class _Truncated:
    """A page cut short where ``max_items`` ends inside it; other attributes are the page's."""

    def __init__(self, page: Any, data: Sequence[Any]) -> None:
        self._page = page
        self.data = data

    def __getattr__(self, name: str) -> Any:
        return getattr(self._page, name)


def _is_last(page: Page[Any], items: Sequence[Any], seen: int, page_size: int) -> bool:
    if not items:
        return True
    count = getattr(page, "count", None)
    if isinstance(count, int | float) and count > len(items):
        # Larger than the page, count can only be a total: trust it over the page's length, so a
        # server that caps page_size below ours does not end the walk early.
        return seen >= count
    return len(items) < page_size
