"""Get Practice Group Configuration: GET /v1/me/configuration"""

from typing import Any

import httpx

from ...errors import UnexpectedStatus
from ...models.undocumented_object import UndocumentedObject
from ...types import Drift, Operation, Param, json_body


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/v1/me/configuration",
    }

    return _kwargs


def _parse_success(response: httpx.Response, drift: Drift | None = None) -> UndocumentedObject:
    if response.status_code == 200:
        response_200 = UndocumentedObject.from_dict(json_body(response), drift)

        return response_200

    raise UnexpectedStatus(response.status_code, response.content)


_PARAMS: tuple[Param, ...] = ()


def operation() -> Operation[UndocumentedObject]:
    """Prepare this call without sending it (see ``Operation``).

    GET /v1/me/configuration
    """
    return Operation(
        operation_id="get_configuration",
        method="GET",
        path="/v1/me/configuration",
        arguments={},
        params=_PARAMS,
        build=lambda: _get_kwargs(),
        parse=_parse_success,
    )
