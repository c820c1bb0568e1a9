"""Edit an Appointment: PUT /v1/appointments/{id}"""

from typing import Any
from urllib.parse import quote

import httpx

from ...errors import UnexpectedStatus
from ...models.edit_appointment_body import EditAppointmentBody
from ...models.undocumented_object import UndocumentedObject
from ...types import Drift, Operation, Param, json_body


def _get_kwargs(
    id: str,
    *,
    body: EditAppointmentBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/v1/appointments/{id}".format(
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
    Param("body", "body", "body", (EditAppointmentBody,), True),
)


def operation(
    id: str,
    *,
    body: EditAppointmentBody,
) -> Operation[UndocumentedObject]:
    """Prepare this call without sending it (see ``Operation``).

    PUT /v1/appointments/{id}
    """
    return Operation(
        operation_id="edit_appointment",
        method="PUT",
        path="/v1/appointments/{id}",
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
