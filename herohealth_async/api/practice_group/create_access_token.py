"""Create an Access Token: POST /v1/access_token"""

from typing import Any

import httpx

from ...errors import UnexpectedStatus
from ...models.access_token import AccessToken
from ...types import Drift, Operation, Param, json_body


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/v1/access_token",
    }

    return _kwargs


def _parse_success(response: httpx.Response, drift: Drift | None = None) -> AccessToken:
    if response.status_code == 200:
        response_200 = AccessToken.from_dict(json_body(response), drift)

        return response_200

    raise UnexpectedStatus(response.status_code, response.content)


_PARAMS: tuple[Param, ...] = ()


def operation() -> Operation[AccessToken]:
    """Prepare this call without sending it (see ``Operation``).

    POST /v1/access_token
    """
    return Operation(
        operation_id="create_access_token",
        method="POST",
        path="/v1/access_token",
        arguments={},
        params=_PARAMS,
        build=lambda: _get_kwargs(),
        parse=_parse_success,
    )
