"""List Subscriptions: GET /v1/subscriptions"""

from typing import Any

import httpx

from ...errors import UnexpectedStatus
from ...models.undocumented_object import UndocumentedObject
from ...types import UNSET, Drift, Operation, Param, Unset, json_body


def _get_kwargs(
    *,
    patient_id: str | Unset = UNSET,
    page_index: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    order_by: list[str] | Unset = UNSET,
    order_descending: list[str] | Unset = UNSET,
    scheme_id: str | Unset = UNSET,
    scheme_name: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["patient_id"] = patient_id

    params["page_index"] = page_index

    params["page_size"] = page_size

    json_order_by: list[str] | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by

    params["order_by[]"] = json_order_by

    json_order_descending: list[str] | Unset = UNSET
    if not isinstance(order_descending, Unset):
        json_order_descending = order_descending

    params["order_descending[]"] = json_order_descending

    params["scheme_id"] = scheme_id

    params["scheme_name"] = scheme_name

    params["status"] = status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/v1/subscriptions",
        "params": params,
    }

    return _kwargs


def _parse_success(response: httpx.Response, drift: Drift | None = None) -> UndocumentedObject:
    if response.status_code == 200:
        response_200 = UndocumentedObject.from_dict(json_body(response), drift)

        return response_200

    raise UnexpectedStatus(response.status_code, response.content)


_PARAMS: tuple[Param, ...] = (
    Param("patient_id", "patient_id", "query", (str,), False),
    Param("page_index", "page_index", "query", (int,), False),
    Param("page_size", "page_size", "query", (int,), False),
    Param("order_by", "order_by[]", "query", (list,), False, (str,)),
    Param("order_descending", "order_descending[]", "query", (list,), False, (str,)),
    Param("scheme_id", "scheme_id", "query", (str,), False),
    Param("scheme_name", "scheme_name", "query", (str,), False),
    Param("status", "status", "query", (str,), False),
)


def operation(
    *,
    patient_id: str | Unset = UNSET,
    page_index: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    order_by: list[str] | Unset = UNSET,
    order_descending: list[str] | Unset = UNSET,
    scheme_id: str | Unset = UNSET,
    scheme_name: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> Operation[UndocumentedObject]:
    """Prepare this call without sending it (see ``Operation``).

    GET /v1/subscriptions
    """
    return Operation(
        operation_id="list_subscriptions",
        method="GET",
        path="/v1/subscriptions",
        arguments={
            "patient_id": patient_id,
            "page_index": page_index,
            "page_size": page_size,
            "order_by": order_by,
            "order_descending": order_descending,
            "scheme_id": scheme_id,
            "scheme_name": scheme_name,
            "status": status,
        },
        params=_PARAMS,
        build=lambda: _get_kwargs(
            patient_id=patient_id,
            page_index=page_index,
            page_size=page_size,
            order_by=order_by,
            order_descending=order_descending,
            scheme_id=scheme_id,
            scheme_name=scheme_name,
            status=status,
        ),
        parse=_parse_success,
    )
