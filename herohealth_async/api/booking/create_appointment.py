"""Create an Appointment: POST /v1/appointments"""

from typing import Any

import httpx

from ...errors import UnexpectedStatus
from ...models.create_appointment_body import CreateAppointmentBody
from ...models.reservation import Reservation
from ...types import Drift, Operation, Param, json_body


def _get_kwargs(
    *,
    body: CreateAppointmentBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/v1/appointments",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response, drift: Drift | None = None) -> Reservation:
    if response.status_code == 200:
        response_200 = Reservation.from_dict(json_body(response), drift)

        return response_200

    raise UnexpectedStatus(response.status_code, response.content)


_PARAMS: tuple[Param, ...] = (Param("body", "body", "body", (CreateAppointmentBody,), True),)


def operation(
    *,
    body: CreateAppointmentBody,
) -> Operation[Reservation]:
    """Prepare this call without sending it (see ``Operation``).

    POST /v1/appointments
    """
    return Operation(
        operation_id="create_appointment",
        method="POST",
        path="/v1/appointments",
        arguments={
            "body": body,
        },
        params=_PARAMS,
        build=lambda: _get_kwargs(
            body=body,
        ),
        parse=_parse_success,
    )
