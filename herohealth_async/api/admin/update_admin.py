"""Update an Admin: PATCH /v1/admins/{id}"""

from typing import Any
from urllib.parse import quote

import httpx

from ...errors import UnexpectedStatus
from ...models.update_admin_body import UpdateAdminBody
from ...models.updated_admin import UpdatedAdmin
from ...types import Drift, Operation, Param, json_body


def _get_kwargs(
    id: str,
    *,
    body: UpdateAdminBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PATCH",
        "url": "/v1/admins/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response, drift: Drift | None = None) -> UpdatedAdmin:
    if response.status_code == 200:
        response_200 = UpdatedAdmin.from_dict(json_body(response), drift)

        return response_200

    raise UnexpectedStatus(response.status_code, response.content)


_PARAMS: tuple[Param, ...] = (
    Param("id", "id", "path", (str,), True),
    Param("body", "body", "body", (UpdateAdminBody,), True),
)


def operation(
    id: str,
    *,
    body: UpdateAdminBody,
) -> Operation[UpdatedAdmin]:
    """Prepare this call without sending it (see ``Operation``).

    PATCH /v1/admins/{id}
    """
    return Operation(
        operation_id="update_admin",
        method="PATCH",
        path="/v1/admins/{id}",
        arguments={
            "id": id,
            "body": body,
        },
        params=_PARAMS,
        build=lambda: _get_kwargs(
            id=id,
            body=body,
        ),
        parse=_parse_success,
    )
