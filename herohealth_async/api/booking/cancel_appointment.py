"""cancel_appointment: PATCH /v1/appointments/{id}/cancel"""

from typing import Any
from urllib.parse import quote

import httpx

from ...errors import UnexpectedStatus
from ...models.appointment import Appointment
from ...models.cancel_appointment_body import CancelAppointmentBody
from ...types import UNSET, Drift, Operation, Param, Unset, json_body


def _get_kwargs(
    id: str,
    *,
    body: CancelAppointmentBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PATCH",
        "url": "/v1/appointments/{id}/cancel".format(
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response, drift: Drift | None = None) -> Appointment:
    if response.status_code == 200:
        response_200 = Appointment.from_dict(json_body(response), drift)

        return response_200

    raise UnexpectedStatus(response.status_code, response.content)


_PARAMS: tuple[Param, ...] = (
    Param("id", "id", "path", (str,), True),
    Param("body", "body", "body", (CancelAppointmentBody,), False),
)


def operation(
    id: str,
    *,
    body: CancelAppointmentBody | Unset = UNSET,
) -> Operation[Appointment]:
    """Prepare this call without sending it (see ``Operation``).

    PATCH /v1/appointments/{id}/cancel
    """
    return Operation(
        operation_id="cancel_appointment",
        method="PATCH",
        path="/v1/appointments/{id}/cancel",
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
