"""Count Bookable Slots: GET /v1/slots/count"""

from typing import Any

import httpx

from ...errors import UnexpectedStatus
from ...models.undocumented_object import UndocumentedObject
from ...types import UNSET, Drift, Operation, Param, Unset, json_body


def _get_kwargs(
    *,
    appointment_type_id: str | Unset = UNSET,
    location_id: str | Unset = UNSET,
    practitioner_id: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["appointment_type_id"] = appointment_type_id

    params["location_id"] = location_id

    params["practitioner_id"] = practitioner_id

    params["start_date"] = start_date

    params["end_date"] = end_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/v1/slots/count",
        "params": params,
    }

    return _kwargs


def _parse_success(response: httpx.Response, drift: Drift | None = None) -> UndocumentedObject:
    if response.status_code == 200:
        response_200 = UndocumentedObject.from_dict(json_body(response), drift)

        return response_200

    raise UnexpectedStatus(response.status_code, response.content)


_PARAMS: tuple[Param, ...] = (
    Param("appointment_type_id", "appointment_type_id", "query", (str,), False),
    Param("location_id", "location_id", "query", (str,), False),
    Param("practitioner_id", "practitioner_id", "query", (str,), False),
    Param("start_date", "start_date", "query", (str,), False),
    Param("end_date", "end_date", "query", (str,), False),
)


def operation(
    *,
    appointment_type_id: str | Unset = UNSET,
    location_id: str | Unset = UNSET,
    practitioner_id: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
) -> Operation[UndocumentedObject]:
    """Prepare this call without sending it (see ``Operation``).

    GET /v1/slots/count
    """
    return Operation(
        operation_id="count_slots",
        method="GET",
        path="/v1/slots/count",
        arguments={
            "appointment_type_id": appointment_type_id,
            "location_id": location_id,
            "practitioner_id": practitioner_id,
            "start_date": start_date,
            "end_date": end_date,
        },
        params=_PARAMS,
        build=lambda: _get_kwargs(
            appointment_type_id=appointment_type_id,
            location_id=location_id,
            practitioner_id=practitioner_id,
            start_date=start_date,
            end_date=end_date,
        ),
        parse=_parse_success,
    )
