"""Update a Practice Group: PATCH /v1/me"""

from typing import Any

import httpx

from ...errors import UnexpectedStatus
from ...models.undocumented_object import UndocumentedObject
from ...models.update_practice_group_body import UpdatePracticeGroupBody
from ...types import Drift, Operation, Param, json_body


def _get_kwargs(
    *,
    body: UpdatePracticeGroupBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PATCH",
        "url": "/v1/me",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response, drift: Drift | None = None) -> UndocumentedObject:
    if response.status_code == 200:
        response_200 = UndocumentedObject.from_dict(json_body(response), drift)

        return response_200

    raise UnexpectedStatus(response.status_code, response.content)


_PARAMS: tuple[Param, ...] = (Param("body", "body", "body", (UpdatePracticeGroupBody,), True),)


def operation(
    *,
    body: UpdatePracticeGroupBody,
) -> Operation[UndocumentedObject]:
    """Prepare this call without sending it (see ``Operation``).

    PATCH /v1/me
    """
    return Operation(
        operation_id="update_practice_group",
        method="PATCH",
        path="/v1/me",
        arguments={
            "body": body,
        },
        params=_PARAMS,
        build=lambda: _get_kwargs(
            body=body,
        ),
        parse=_parse_success,
    )
