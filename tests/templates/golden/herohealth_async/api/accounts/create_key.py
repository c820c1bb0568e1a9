"""Create a Key: POST /v1/accounts/{account_id}/keys"""

from typing import Any
from urllib.parse import quote

import httpx

from ...errors import UnexpectedStatus
from ...models.key import Key
from ...models.key_request import KeyRequest
from ...types import Drift, Operation, Param, json_body


def _get_kwargs(
    account_id: str,
    *,
    body: KeyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/v1/accounts/{account_id}/keys".format(
            account_id=quote(str(account_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response, drift: Drift | None = None) -> Key:
    if response.status_code == 200:
        response_200 = Key.from_dict(json_body(response), drift)

        return response_200

    raise UnexpectedStatus(response.status_code, response.content)


_PARAMS: tuple[Param, ...] = (
    Param("account_id", "account_id", "path", (str,), True),
    Param("body", "body", "body", (KeyRequest,), True),
)


def operation(
    account_id: str,
    *,
    body: KeyRequest,
) -> Operation[Key]:
    """Prepare this call without sending it (see ``Operation``).

    POST /v1/accounts/{account_id}/keys
    """
    return Operation(
        operation_id="create_key",
        method="POST",
        path="/v1/accounts/{account_id}/keys",
        arguments={
            "account_id": account_id,
            "body": body,
        },
        params=_PARAMS,
        build=lambda: _get_kwargs(
            account_id=account_id,
            body=body,
        ),
        parse=_parse_success,
    )
