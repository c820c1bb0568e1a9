"""check_slot_availability: POST /v1/slots/availability"""

from typing import Any

import httpx

from ...errors import UnexpectedStatus
from ...models.check_slot_availability_body import CheckSlotAvailabilityBody
from ...models.slot_availability import SlotAvailability
from ...types import UNSET, Drift, Operation, Param, Unset, json_body


def _get_kwargs(
    *,
    body: CheckSlotAvailabilityBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/v1/slots/availability",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response, drift: Drift | None = None) -> SlotAvailability:
    if response.status_code == 200:
        response_200 = SlotAvailability.from_dict(json_body(response), drift)

        return response_200

    raise UnexpectedStatus(response.status_code, response.content)


_PARAMS: tuple[Param, ...] = (Param("body", "body", "body", (CheckSlotAvailabilityBody,), False),)


def operation(
    *,
    body: CheckSlotAvailabilityBody | Unset = UNSET,
) -> Operation[SlotAvailability]:
    """Prepare this call without sending it (see ``Operation``).

    POST /v1/slots/availability
    """
    return Operation(
        operation_id="check_slot_availability",
        method="POST",
        path="/v1/slots/availability",
        arguments={
            "body": body,
        },
        params=_PARAMS,
        build=lambda: _get_kwargs(
            body=body,
        ),
        parse=_parse_success,
    )
