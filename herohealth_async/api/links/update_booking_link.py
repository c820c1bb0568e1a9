"""Update a Booking Link: PATCH /v1/booking_links/{id}"""

from typing import Any
from urllib.parse import quote

import httpx

from ...errors import UnexpectedStatus
from ...models.undocumented_object import UndocumentedObject
from ...models.update_booking_link_body import UpdateBookingLinkBody
from ...types import Drift, Operation, Param, json_body


def _get_kwargs(
    id: str,
    *,
    body: UpdateBookingLinkBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PATCH",
        "url": "/v1/booking_links/{id}".format(
            id=quote(str(id), safe=""),
        ),
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


_PARAMS: tuple[Param, ...] = (
    Param("id", "id", "path", (str,), True),
    Param("body", "body", "body", (UpdateBookingLinkBody,), True),
)


def operation(
    id: str,
    *,
    body: UpdateBookingLinkBody,
) -> Operation[UndocumentedObject]:
    """Prepare this call without sending it (see ``Operation``).

    PATCH /v1/booking_links/{id}
    """
    return Operation(
        operation_id="update_booking_link",
        method="PATCH",
        path="/v1/booking_links/{id}",
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
