"""List Appointment Types: GET /v1/appointment_types"""

from typing import Any

import httpx

from ...errors import UnexpectedStatus
from ...models.appointment_type_list import AppointmentTypeList
from ...types import UNSET, Drift, Operation, Param, Unset, json_body


def _get_kwargs(
    *,
    location_ids: list[str] | Unset = UNSET,
    has_availability: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_location_ids: list[str] | Unset = UNSET
    if not isinstance(location_ids, Unset):
        json_location_ids = location_ids

    params["location_ids"] = json_location_ids

    params["has_availability"] = has_availability

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/v1/appointment_types",
        "params": params,
    }

    return _kwargs


def _parse_success(response: httpx.Response, drift: Drift | None = None) -> AppointmentTypeList:
    if response.status_code == 200:
        response_200 = AppointmentTypeList.from_dict(json_body(response), drift)

        return response_200

    raise UnexpectedStatus(response.status_code, response.content)


_PARAMS: tuple[Param, ...] = (
    Param("location_ids", "location_ids", "query", (list,), False, (str,)),
    Param("has_availability", "has_availability", "query", (bool,), False),
)


def operation(
    *,
    location_ids: list[str] | Unset = UNSET,
    has_availability: bool | Unset = UNSET,
) -> Operation[AppointmentTypeList]:
    """Prepare this call without sending it (see ``Operation``).

    GET /v1/appointment_types
    """
    return Operation(
        operation_id="list_appointment_types",
        method="GET",
        path="/v1/appointment_types",
        arguments={
            "location_ids": location_ids,
            "has_availability": has_availability,
        },
        params=_PARAMS,
        build=lambda: _get_kwargs(
            location_ids=location_ids,
            has_availability=has_availability,
        ),
        parse=_parse_success,
    )
