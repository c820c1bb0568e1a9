"""List Episodes: GET /v1/episodes"""

from typing import Any

import httpx

from ...errors import UnexpectedStatus
from ...models.assignee_type import AssigneeType
from ...models.episode_list import EpisodeList
from ...models.episode_priority import EpisodePriority
from ...models.episode_status import EpisodeStatus
from ...models.list_episodes_order_by_item import ListEpisodesOrderByItem
from ...types import UNSET, Drift, Operation, Param, Unset, json_body


def _get_kwargs(
    *,
    page_index: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    assignee_id: list[str] | Unset = UNSET,
    assignee_type: list[AssigneeType] | Unset = UNSET,
    status: list[EpisodeStatus] | Unset = UNSET,
    priority: list[EpisodePriority] | Unset = UNSET,
    order_by: list[ListEpisodesOrderByItem] | Unset = UNSET,
    order_descending: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_index"] = page_index

    params["page_size"] = page_size

    json_assignee_id: list[str] | Unset = UNSET
    if not isinstance(assignee_id, Unset):
        json_assignee_id = assignee_id

    params["assignee_id[]"] = json_assignee_id

    json_assignee_type: list[str] | Unset = UNSET
    if not isinstance(assignee_type, Unset):
        json_assignee_type = []
        for assignee_type_item_data in assignee_type:
            assignee_type_item: str = assignee_type_item_data
            json_assignee_type.append(assignee_type_item)

    params["assignee_type[]"] = json_assignee_type

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item: str = status_item_data
            json_status.append(status_item)

    params["status[]"] = json_status

    json_priority: list[str] | Unset = UNSET
    if not isinstance(priority, Unset):
        json_priority = []
        for priority_item_data in priority:
            priority_item: str = priority_item_data
            json_priority.append(priority_item)

    params["priority[]"] = json_priority

    json_order_by: list[str] | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = []
        for order_by_item_data in order_by:
            order_by_item: str = order_by_item_data
            json_order_by.append(order_by_item)

    params["order_by[]"] = json_order_by

    json_order_descending: list[str] | Unset = UNSET
    if not isinstance(order_descending, Unset):
        json_order_descending = order_descending

    params["order_descending[]"] = json_order_descending

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/v1/episodes",
        "params": params,
    }

    return _kwargs


def _parse_success(response: httpx.Response, drift: Drift | None = None) -> EpisodeList:
    if response.status_code == 200:
        response_200 = EpisodeList.from_dict(json_body(response), drift)

        return response_200

    raise UnexpectedStatus(response.status_code, response.content)


_PARAMS: tuple[Param, ...] = (
    Param("page_index", "page_index", "query", (int,), False),
    Param("page_size", "page_size", "query", (int,), False),
    Param("assignee_id", "assignee_id[]", "query", (list,), False, (str,)),
    Param("assignee_type", "assignee_type[]", "query", (list,), False, (str,)),
    Param("status", "status[]", "query", (list,), False, (str,)),
    Param("priority", "priority[]", "query", (list,), False, (str,)),
    Param("order_by", "order_by[]", "query", (list,), False, (str,)),
    Param("order_descending", "order_descending[]", "query", (list,), False, (str,)),
)


def operation(
    *,
    page_index: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    assignee_id: list[str] | Unset = UNSET,
    assignee_type: list[AssigneeType] | Unset = UNSET,
    status: list[EpisodeStatus] | Unset = UNSET,
    priority: list[EpisodePriority] | Unset = UNSET,
    order_by: list[ListEpisodesOrderByItem] | Unset = UNSET,
    order_descending: list[str] | Unset = UNSET,
) -> Operation[EpisodeList]:
    """Prepare this call without sending it (see ``Operation``).

    GET /v1/episodes
    """
    return Operation(
        operation_id="list_episodes",
        method="GET",
        path="/v1/episodes",
        arguments={
            "page_index": page_index,
            "page_size": page_size,
            "assignee_id": assignee_id,
            "assignee_type": assignee_type,
            "status": status,
            "priority": priority,
            "order_by": order_by,
            "order_descending": order_descending,
        },
        params=_PARAMS,
        build=lambda: _get_kwargs(
            page_index=page_index,
            page_size=page_size,
            assignee_id=assignee_id,
            assignee_type=assignee_type,
            status=status,
            priority=priority,
            order_by=order_by,
            order_descending=order_descending,
        ),
        parse=_parse_success,
    )
