"""List Admins: GET /v1/admins"""

from typing import Any

import httpx

from ...errors import UnexpectedStatus
from ...models.admin_list import AdminList
from ...models.list_admins_order_by import ListAdminsOrderBy
from ...types import UNSET, Drift, Operation, Param, Unset, json_body


def _get_kwargs(
    *,
    page_index: str | Unset = UNSET,
    page_size: str | Unset = UNSET,
    order_by: ListAdminsOrderBy | Unset = UNSET,
    order_descending: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_index"] = page_index

    params["page_size"] = page_size

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by

    params["order_by"] = json_order_by

    params["order_descending"] = order_descending

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/v1/admins",
        "params": params,
    }

    return _kwargs


def _parse_success(response: httpx.Response, drift: Drift | None = None) -> AdminList:
    if response.status_code == 200:
        response_200 = AdminList.from_dict(json_body(response), drift)

        return response_200

    raise UnexpectedStatus(response.status_code, response.content)


_PARAMS: tuple[Param, ...] = (
    Param("page_index", "page_index", "query", (str,), False),
    Param("page_size", "page_size", "query", (str,), False),
    Param("order_by", "order_by", "query", (str,), False),
    Param("order_descending", "order_descending", "query", (bool,), False),
)


def operation(
    *,
    page_index: str | Unset = UNSET,
    page_size: str | Unset = UNSET,
    order_by: ListAdminsOrderBy | Unset = UNSET,
    order_descending: bool | Unset = UNSET,
) -> Operation[AdminList]:
    """Prepare this call without sending it (see ``Operation``).

    GET /v1/admins
    """
    return Operation(
        operation_id="list_admins",
        method="GET",
        path="/v1/admins",
        arguments={
            "page_index": page_index,
            "page_size": page_size,
            "order_by": order_by,
            "order_descending": order_descending,
        },
        params=_PARAMS,
        build=lambda: _get_kwargs(
            page_index=page_index,
            page_size=page_size,
            order_by=order_by,
            order_descending=order_descending,
        ),
        parse=_parse_success,
    )
