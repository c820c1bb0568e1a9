"""Pagination over a fake paged list (httpx.MockTransport): stopping rules, repeated pages,
max_items, pages(), prefetch and its cancellation, unpaged lists."""

from __future__ import annotations

from typing import Any

import anyio
import httpx
import pytest

from herohealth_async import APIStatusError, HeroHealth, PaginationError
from tests.helpers import json_response, mock_client

pytestmark = pytest.mark.anyio


class PagedServer:
    """Serves ``total`` recipients in pages; ``count`` is the total, the page size, or absent."""

    def __init__(
        self, total: int, count: str = "total", ignore_page_index: bool = False, cap: int | None = None
    ) -> None:
        self.total, self.count, self.ignore_page_index, self.cap = total, count, ignore_page_index, cap
        self.requested: list[int] = []
        self.fail_at: int | None = None

    def __call__(self, request: httpx.Request) -> httpx.Response:
        index = int(request.url.params["page_index"])
        size = int(request.url.params["page_size"])
        self.requested.append(index)
        if index == self.fail_at:
            return json_response(500, {})
        if self.ignore_page_index:
            index = 0
        size = min(size, self.cap or size)
        data = [{"n": n} for n in range(index * size, min((index + 1) * size, self.total))]
        body: dict[str, Any] = {"data": data}
        if self.count != "absent":
            body["count"] = {"total": self.total, "page": len(data)}[self.count]
        return json_response(200, body)


def paged(hero: HeroHealth, **options: Any) -> Any:
    return hero.messages.list_batch_message_recipients("7", **options)


@pytest.mark.parametrize("count", ["total", "page"])
@pytest.mark.parametrize("total", [0, 1, 9, 10, 25])
async def test_every_item_once_whatever_count_means(count: str, total: int) -> None:
    server = PagedServer(total, count)
    async with mock_client(server) as hero:
        items = [item["n"] async for item in paged(hero, page_size=10)]
    assert items == list(range(total))
    assert server.requested == list(range(len(server.requested)))  # zero-based, in order, each once


async def test_a_total_count_keeps_going_when_the_server_caps_page_size() -> None:
    server = PagedServer(25, "total", cap=5)
    async with mock_client(server) as hero:
        items = [item["n"] async for item in paged(hero, page_size=10)]
    assert items == list(range(25))


async def test_server_ignoring_page_index_is_detected() -> None:
    server = PagedServer(30, "page", ignore_page_index=True)
    async with mock_client(server) as hero:
        with pytest.raises(PaginationError, match="page 1 repeats page 0"):
            [item async for item in paged(hero, page_size=10)]
    assert server.requested == [0, 1]


async def test_max_items_stops_early_without_fetching_more() -> None:
    server = PagedServer(100, "total")
    async with mock_client(server) as hero:
        items = [item["n"] async for item in paged(hero, page_size=10, max_items=15)]
    assert items == list(range(15))
    assert server.requested == [0, 1]


async def test_pages_yields_whole_pages() -> None:
    async with mock_client(PagedServer(25, "total")) as hero:
        sizes = [len(page.data) async for page in paged(hero, page_size=10).pages()]
    assert sizes == [10, 10, 5]


async def test_prefetch_fetches_one_page_ahead_and_no_further() -> None:
    server = PagedServer(50, "total")
    async with mock_client(server) as hero:
        async with paged(hero, page_size=10, prefetch=True) as pager:
            pages = pager.pages()
            first = await pages.__anext__()
            with anyio.fail_after(5):
                while len(server.requested) < 2:  # noqa: ASYNC110 (the fake server is a plain function)
                    await anyio.sleep(0.01)
            await anyio.sleep(0.1)  # room for a (wrong) further fetch
            assert len(first.data) == 10
            assert server.requested == [0, 1]  # page 1 fetched while page 0 is consumed, nothing more
            rest = [len(page.data) async for page in pages]
    assert rest == [10, 10, 10, 10]


async def test_prefetch_stops_when_the_consumer_breaks_off() -> None:
    server = PagedServer(1000, "total")
    async with mock_client(server) as hero:
        async with paged(hero, page_size=10, prefetch=True) as pager:
            async for item in pager:
                if item["n"] == 3:
                    break
        requested = len(server.requested)
        await anyio.sleep(0.2)
    assert requested <= 2
    assert len(server.requested) == requested  # nothing fetched after leaving the block


async def test_prefetch_is_cancelled_with_the_consumer() -> None:
    server = PagedServer(1000, "total")
    async with mock_client(server) as hero:
        with anyio.move_on_after(0.3):
            async with paged(hero, page_size=10, prefetch=True) as pager:
                async for _ in pager:
                    await anyio.sleep(0.05)
        requested = len(server.requested)
        await anyio.sleep(0.2)
    assert len(server.requested) == requested


async def test_prefetch_raises_the_servers_error_where_the_consumer_iterates() -> None:
    server = PagedServer(100, "total")
    server.fail_at = 2
    async with mock_client(server, max_retries=0) as hero:
        seen = []
        with pytest.raises(APIStatusError):
            async with paged(hero, page_size=10, prefetch=True) as pager:
                async for item in pager:
                    seen.append(item["n"])
    assert seen == list(range(20))


async def test_prefetch_without_async_with_is_a_clear_error() -> None:
    async with mock_client(PagedServer(5)) as hero:
        with pytest.raises(PaginationError, match="async with"):
            [item async for item in paged(hero, prefetch=True)]


async def test_unpaged_lists_are_plain_methods_returning_their_model() -> None:
    forms = {
        "data": [
            {
                "id": "1",
                "title": "t",
                "description": "d",
                "patient_title": None,
                "patient_description": None,
                "reply_form": False,
                "form_type": "questionnaire",
                "snomed_code": None,
            }
        ],
        "count": 1,
    }
    async with mock_client(lambda request: json_response(200, forms)) as hero:
        page = await hero.form.list_forms(search="diabetes")
        call = hero.form.list_forms()
        assert not hasattr(call, "__aiter__")  # a coroutine, not a pager
        call.close()
    assert [form.id for form in page.data] == ["1"]


async def test_filters_are_sent_with_every_page() -> None:
    seen: list[list[tuple[str, str]]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(list(request.url.params.multi_items()))
        index = int(request.url.params["page_index"])
        return json_response(
            200, {"data": [{"id": str(index * 2 + i)} for i in range(2)] if index < 2 else [], "count": 2}
        )

    async with mock_client(handler) as hero:
        slots = [slot.id async for slot in hero.booking.list_slots(location_id=["1", "2"], page_size=2)]
    assert slots == ["0", "1", "2", "3"]
    assert seen == [
        [("location_id", "1"), ("location_id", "2"), ("page_index", str(i)), ("page_size", "2")] for i in range(3)
    ]
