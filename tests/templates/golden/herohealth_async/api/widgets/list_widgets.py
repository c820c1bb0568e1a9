"""List Widgets: GET /v1/widgets"""

import datetime
from typing import Any

import httpx

from ...errors import UnexpectedStatus
from ...models.colour import Colour
from ...models.widget_list import WidgetList
from ...types import UNSET, Drift, Operation, Param, Unset, json_body


def _get_kwargs(
    *,
    colour: Colour | Unset = UNSET,
    owner_id: list[str] | str | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    since: datetime.date | Unset = UNSET,
    page_index: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_colour: str | Unset = UNSET
    if not isinstance(colour, Unset):
        json_colour = colour

    params["colour"] = json_colour

    json_owner_id: list[str] | str | Unset
    if isinstance(owner_id, Unset):
        json_owner_id = UNSET
    elif isinstance(owner_id, list):
        json_owner_id = owner_id

    else:
        json_owner_id = owner_id
    params["owner_id"] = json_owner_id

    json_tags: list[str] | Unset = UNSET
    if not isinstance(tags, Unset):
        json_tags = tags

    params["tags"] = json_tags

    json_since: str | Unset = UNSET
    if not isinstance(since, Unset):
        json_since = since.isoformat()
    params["since"] = json_since

    params["page_index"] = page_index

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/v1/widgets",
        "params": params,
    }

    return _kwargs


def _parse_success(response: httpx.Response, drift: Drift | None = None) -> WidgetList:
    if response.status_code == 200:
        response_200 = WidgetList.from_dict(json_body(response), drift)

        return response_200

    raise UnexpectedStatus(response.status_code, response.content)


_PARAMS: tuple[Param, ...] = (
    Param("colour", "colour", "query", (str,), False),
    Param("owner_id", "owner_id", "query", (str, list), False),
    Param("tags", "tags", "query", (list,), False, (str,)),
    Param("since", "since", "query", (datetime.date,), False),
    Param("page_index", "page_index", "query", (int,), False),
    Param("page_size", "page_size", "query", (int,), False),
)


def operation(
    *,
    colour: Colour | Unset = UNSET,
    owner_id: list[str] | str | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    since: datetime.date | Unset = UNSET,
    page_index: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Operation[WidgetList]:
    """Prepare this call without sending it (see ``Operation``).

    GET /v1/widgets
    """
    return Operation(
        operation_id="list_widgets",
        method="GET",
        path="/v1/widgets",
        arguments={
            "colour": colour,
            "owner_id": owner_id,
            "tags": tags,
            "since": since,
            "page_index": page_index,
            "page_size": page_size,
        },
        params=_PARAMS,
        build=lambda: _get_kwargs(
            colour=colour,
            owner_id=owner_id,
            tags=tags,
            since=since,
            page_index=page_index,
            page_size=page_size,
        ),
        parse=_parse_success,
    )
