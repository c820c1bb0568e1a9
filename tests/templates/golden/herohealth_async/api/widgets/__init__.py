"""Widgets operations: one module per operation, and a resource class that sends them."""

import datetime
from typing import cast

from ...models.colour import Colour, check_colour
from ...models.copied_widget import CopiedWidget
from ...models.new_widget import NewWidget
from ...models.receipt import Receipt
from ...models.widget import Widget
from ...models.widget_list import WidgetList
from ...types import UNSET, OperationCaller, Unset

__all__ = ["WidgetsResource"]

from . import create_widget, get_widget, list_widgets


class WidgetsResource:
    """The Widgets operations, sent through a caller (a ``HeroHealth`` client).

    Each method sends one request and returns the documented success model; what happens on
    errors, retries and timeouts is the caller's policy.
    """

    def __init__(self, caller: OperationCaller) -> None:
        self._caller = caller

    async def get_widget(
        self,
        id: str,
    ) -> Widget:
        """Get a Widget

        GET /v1/widgets/{id}. See ``get_widget.operation`` for the arguments.
        """
        return await self._caller.call(
            get_widget.operation(
                id=id,
            )
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
    ) -> WidgetList:
        """List Widgets

        GET /v1/widgets. See ``list_widgets.operation`` for the arguments.
        """
        return await self._caller.call(
            list_widgets.operation(
                colour=colour,
                owner_id=owner_id,
                tags=tags,
                since=since,
                page_index=page_index,
                page_size=page_size,
            )
        )

    async def create_widget(
        self,
        *,
        body: CopiedWidget | NewWidget,
    ) -> Widget | Receipt:
        """Create a Widget

        POST /v1/widgets. See ``create_widget.operation`` for the arguments.
        """
        return await self._caller.call(
            create_widget.operation(
                body=body,
            )
        )
