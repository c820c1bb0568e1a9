"""List Templates: GET /v1/templates"""

from typing import Any

import httpx

from ...errors import UnexpectedStatus
from ...models.undocumented_object import UndocumentedObject
from ...types import UNSET, Drift, Operation, Param, Unset, json_body


def _get_kwargs(
    *,
    has_follow_up: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["has_follow_up"] = has_follow_up

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/v1/templates",
        "params": params,
    }

    return _kwargs


def _parse_success(response: httpx.Response, drift: Drift | None = None) -> UndocumentedObject:
    if response.status_code == 200:
        response_200 = UndocumentedObject.from_dict(json_body(response), drift)

        return response_200

    raise UnexpectedStatus(response.status_code, response.content)


_PARAMS: tuple[Param, ...] = (Param("has_follow_up", "has_follow_up", "query", (bool,), False),)


def operation(
    *,
    has_follow_up: bool | Unset = UNSET,
) -> Operation[UndocumentedObject]:
    """Prepare this call without sending it (see ``Operation``).

    GET /v1/templates
    """
    return Operation(
        operation_id="list_templates",
        method="GET",
        path="/v1/templates",
        arguments={
            "has_follow_up": has_follow_up,
        },
        params=_PARAMS,
        build=lambda: _get_kwargs(
            has_follow_up=has_follow_up,
        ),
        parse=_parse_success,
    )
