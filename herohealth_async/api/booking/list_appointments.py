"""List Appointments: GET /v1/appointments"""

from typing import Any

import httpx

from ...errors import UnexpectedStatus
from ...models.appointment_list import AppointmentList
from ...types import Drift, Operation, Param, json_body


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/v1/appointments",
    }

    return _kwargs


def _parse_success(response: httpx.Response, drift: Drift | None = None) -> AppointmentList:
    if response.status_code == 200:
        response_200 = AppointmentList.from_dict(json_body(response), drift)

        return response_200

    raise UnexpectedStatus(response.status_code, response.content)


_PARAMS: tuple[Param, ...] = ()


def operation() -> Operation[AppointmentList]:
    """Prepare this call without sending it (see ``Operation``).

    GET /v1/appointments
    """
    return Operation(
        operation_id="list_appointments",
        method="GET",
        path="/v1/appointments",
        arguments={},
        params=_PARAMS,
        build=lambda: _get_kwargs(),
        parse=_parse_success,
    )
