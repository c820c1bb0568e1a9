"""Book an Appointment: PATCH /v1/appointments/{id}/book"""

from typing import Any
from urllib.parse import quote

import httpx

from ...errors import UnexpectedStatus
from ...models.appointment import Appointment
from ...models.book_appointment_body import BookAppointmentBody
from ...types import UNSET, Drift, Operation, Param, Unset, json_body


def _get_kwargs(
    id: str,
    *,
    body: BookAppointmentBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PATCH",
        "url": "/v1/appointments/{id}/book".format(
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
    Param("body", "body", "body", (BookAppointmentBody,), False),
)


def operation(
    id: str,
    *,
    body: BookAppointmentBody | Unset = UNSET,
) -> Operation[Appointment]:
    """Prepare this call without sending it (see ``Operation``).

    PATCH /v1/appointments/{id}/book
    """
    return Operation(
        operation_id="book_appointment",
        method="PATCH",
        path="/v1/appointments/{id}/book",
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
