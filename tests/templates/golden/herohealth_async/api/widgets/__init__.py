"""Widgets operations: one module per operation, a resource class that sends them,
and its raw twin."""

import datetime
from collections.abc import Mapping
from functools import cached_property
from typing import cast

import httpx

from ...models.colour import Colour, check_colour
from ...models.copied_widget import CopiedWidget
from ...models.new_widget import NewWidget
from ...models.receipt import Receipt
from ...models.widget import Widget
from ...models.widget_list import WidgetList
from ...types import NOT_GIVEN, UNSET, APIResponse, NotGiven, OperationCaller, Pager, RequestOptions, Unset

__all__ = ["WidgetsResource", "WidgetsResourceWithRawResponse"]

from . import create_widget, get_widget, list_widgets


class WidgetsResource:
    """The Widgets operations, sent through a caller (a ``HeroHealth`` client).

    Each method sends one request and returns the documented success model; a paged list returns a
    ``Pager`` (``await`` it for one page, ``async for`` over it for every item). Errors, retries and
    timeouts follow the client's policy; ``with_raw_response`` has the same methods returning
    ``APIResponse`` (status, headers, request id and the model).
    """

    def __init__(self, caller: OperationCaller) -> None:
        self._caller = caller

    @cached_property
    def with_raw_response(self) -> "WidgetsResourceWithRawResponse":
        """The same methods, returning the whole success (``APIResponse``)."""
        return WidgetsResourceWithRawResponse(self._caller)

    async def get_widget(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Widget:
        """Get a Widget

        Path quoting; a 2xx answered by a model.

        ``GET /v1/widgets/{id}``

        Args:
            id (str, required)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = get_widget.operation(
            id=id,
        )
        return (
            await self._caller.send_operation(
                operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
            )
        ).parsed

    def list_widgets(
        self,
        *,
        colour: Colour | Unset = UNSET,
        owner_id: list[str] | str | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        since: datetime.date | Unset = UNSET,
        page_index: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = False,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Pager[WidgetList, Widget]:
        """List Widgets

        A paged list with list and union query parameters.

        ``GET /v1/widgets``

        Args:
            colour (Colour)
            owner_id (list[str] | str)
            tags (list[str])
            since (datetime.date)
            page_index (int)
            page_size (int)
            max_items: when iterating, stop after this many items.
            prefetch: when iterating inside ``async with``, fetch the next page while this one is used.
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        return self._caller.paginate_operation(
            lambda page_index, page_size: list_widgets.operation(
                colour=colour,
                owner_id=owner_id,
                tags=tags,
                since=since,
                page_index=page_index,
                page_size=page_size,
            ),
            Widget,
            page_index=page_index,
            page_size=page_size,
            max_items=max_items,
            prefetch=prefetch,
            options=RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def create_widget(
        self,
        *,
        body: CopiedWidget | NewWidget,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        idempotency_key: str | None = None,
    ) -> Widget | Receipt:
        """Create a Widget

        A body that is one of two models; a 2xx that is one of two models.

        ``POST /v1/widgets``

        Args:
            body: the request body (CopiedWidget | NewWidget)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).
            idempotency_key: the same key on a repeat (a retried job) returns this call's recorded answer
                without sending again; an outcome that cannot be known raises ``OutcomeUnknownError``.

        Retries: only when the request provably never reached the server (a refused connection, a pool
        timeout) or was refused by the rate limit (429); never once it may have been sent.
        """

        operation = create_widget.operation(
            body=body,
        )
        return (
            await self._caller.send_operation(
                operation,
                RequestOptions(
                    timeout, max_retries, extra_headers, extra_query, extra_body, idempotency_key=idempotency_key
                ),
            )
        ).parsed


class WidgetsResourceWithRawResponse:
    """The Widgets operations, returning ``APIResponse`` (status, headers, request id, model)."""

    def __init__(self, caller: OperationCaller) -> None:
        self._caller = caller

    async def get_widget(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> APIResponse[Widget]:
        """Get a Widget

        Path quoting; a 2xx answered by a model.

        ``GET /v1/widgets/{id}``

        Args:
            id (str, required)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = get_widget.operation(
            id=id,
        )
        return await self._caller.send_operation(
            operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
        )

    async def list_widgets(
        self,
        *,
        colour: Colour | Unset = UNSET,
        owner_id: list[str] | str | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        since: datetime.date | Unset = UNSET,
        page_index: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> APIResponse[WidgetList]:
        """List Widgets

        A paged list with list and union query parameters.

        ``GET /v1/widgets``

        Args:
            colour (Colour)
            owner_id (list[str] | str)
            tags (list[str])
            since (datetime.date)
            page_index (int)
            page_size (int)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = list_widgets.operation(
            colour=colour,
            owner_id=owner_id,
            tags=tags,
            since=since,
            page_index=page_index,
            page_size=page_size,
        )
        return await self._caller.send_operation(
            operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
        )

    async def create_widget(
        self,
        *,
        body: CopiedWidget | NewWidget,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        idempotency_key: str | None = None,
    ) -> APIResponse[Widget | Receipt]:
        """Create a Widget

        A body that is one of two models; a 2xx that is one of two models.

        ``POST /v1/widgets``

        Args:
            body: the request body (CopiedWidget | NewWidget)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).
            idempotency_key: the same key on a repeat (a retried job) returns this call's recorded answer
                without sending again; an outcome that cannot be known raises ``OutcomeUnknownError``.

        Retries: only when the request provably never reached the server (a refused connection, a pool
        timeout) or was refused by the rate limit (429); never once it may have been sent.
        """

        operation = create_widget.operation(
            body=body,
        )
        return await self._caller.send_operation(
            operation,
            RequestOptions(
                timeout, max_retries, extra_headers, extra_query, extra_body, idempotency_key=idempotency_key
            ),
        )
