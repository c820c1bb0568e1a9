"""Get Heidi Token: GET /v1/partners/heidi/token"""

from typing import Any

import httpx

from ...errors import UnexpectedStatus
from ...models.heidi_token import HeidiToken
from ...types import Drift, Operation, Param, json_body


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/v1/partners/heidi/token",
    }

    return _kwargs


def _parse_success(response: httpx.Response, drift: Drift | None = None) -> HeidiToken:
    if response.status_code == 200:
        response_200 = HeidiToken.from_dict(json_body(response), drift)

        return response_200

    raise UnexpectedStatus(response.status_code, response.content)


_PARAMS: tuple[Param, ...] = ()


def operation() -> Operation[HeidiToken]:
    """Prepare this call without sending it (see ``Operation``).

    GET /v1/partners/heidi/token
    """
    return Operation(
        operation_id="get_heidi_token",
        method="GET",
        path="/v1/partners/heidi/token",
        arguments={},
        params=_PARAMS,
        build=lambda: _get_kwargs(),
        parse=_parse_success,
    )
