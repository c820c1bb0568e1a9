"""search_hca_consultants: GET /v1/booking-hca/consultants"""

from typing import Any

import httpx

from ...errors import UnexpectedStatus
from ...models.undocumented_object import UndocumentedObject
from ...types import UNSET, Drift, Operation, Param, Unset, json_body


def _get_kwargs(
    *,
    search: str | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["search"] = search

    json_fields: list[str] | Unset = UNSET
    if not isinstance(fields, Unset):
        json_fields = fields

    params["fields"] = json_fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/v1/booking-hca/consultants",
        "params": params,
    }

    return _kwargs


def _parse_success(response: httpx.Response, drift: Drift | None = None) -> UndocumentedObject:
    if response.status_code == 200:
        response_200 = UndocumentedObject.from_dict(json_body(response), drift)

        return response_200

    raise UnexpectedStatus(response.status_code, response.content)


_PARAMS: tuple[Param, ...] = (
    Param("search", "search", "query", (str,), False),
    Param("fields", "fields", "query", (list,), False, (str,)),
)


def operation(
    *,
    search: str | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
) -> Operation[UndocumentedObject]:
    """Prepare this call without sending it (see ``Operation``).

    GET /v1/booking-hca/consultants
    """
    return Operation(
        operation_id="search_hca_consultants",
        method="GET",
        path="/v1/booking-hca/consultants",
        arguments={
            "search": search,
            "fields": fields,
        },
        params=_PARAMS,
        build=lambda: _get_kwargs(
            search=search,
            fields=fields,
        ),
        parse=_parse_success,
    )
