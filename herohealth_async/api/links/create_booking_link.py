"""Create a Booking Link: POST /v1/booking_links"""

from typing import Any

import httpx

from ...errors import UnexpectedStatus
from ...models.create_booking_link_body import CreateBookingLinkBody
from ...models.undocumented_object import UndocumentedObject
from ...types import Drift, Operation, Param, json_body


def _get_kwargs(
    *,
    body: CreateBookingLinkBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/v1/booking_links",
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


_PARAMS: tuple[Param, ...] = (Param("body", "body", "body", (CreateBookingLinkBody,), True),)


def operation(
    *,
    body: CreateBookingLinkBody,
) -> Operation[UndocumentedObject]:
    """Prepare this call without sending it (see ``Operation``).

    POST /v1/booking_links
    """
    return Operation(
        operation_id="create_booking_link",
        method="POST",
        path="/v1/booking_links",
        arguments={
            "body": body,
        },
        params=_PARAMS,
        build=lambda: _get_kwargs(
            body=body,
        ),
        parse=_parse_success,
    )
