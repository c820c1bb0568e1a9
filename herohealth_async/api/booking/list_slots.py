"""List Slots: GET /v1/slots"""

import datetime
from typing import Any

import httpx

from ...errors import UnexpectedStatus
from ...models.slot_list import SlotList
from ...types import UNSET, Drift, Operation, Param, Unset, json_body


def _get_kwargs(
    *,
    location_id: list[str] | str | Unset = UNSET,
    practitioner_id: list[str] | str | Unset = UNSET,
    appointment_type_id: list[str] | str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    page_index: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_location_id: list[str] | str | Unset
    if isinstance(location_id, Unset):
        json_location_id = UNSET
    elif isinstance(location_id, list):
        json_location_id = location_id

    else:
        json_location_id = location_id
    params["location_id"] = json_location_id

    json_practitioner_id: list[str] | str | Unset
    if isinstance(practitioner_id, Unset):
        json_practitioner_id = UNSET
    elif isinstance(practitioner_id, list):
        json_practitioner_id = practitioner_id

    else:
        json_practitioner_id = practitioner_id
    params["practitioner_id"] = json_practitioner_id

    json_appointment_type_id: list[str] | str | Unset
    if isinstance(appointment_type_id, Unset):
        json_appointment_type_id = UNSET
    elif isinstance(appointment_type_id, list):
        json_appointment_type_id = appointment_type_id

    else:
        json_appointment_type_id = appointment_type_id
    params["appointment_type_id"] = json_appointment_type_id

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    params["page_index"] = page_index

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/v1/slots",
        "params": params,
    }

    return _kwargs


def _parse_success(response: httpx.Response, drift: Drift | None = None) -> SlotList:
    if response.status_code == 200:
        response_200 = SlotList.from_dict(json_body(response), drift)

        return response_200

    raise UnexpectedStatus(response.status_code, response.content)


_PARAMS: tuple[Param, ...] = (
    Param("location_id", "location_id", "query", (str, list), False),
    Param("practitioner_id", "practitioner_id", "query", (str, list), False),
    Param("appointment_type_id", "appointment_type_id", "query", (str, list), False),
    Param("start_date", "start_date", "query", (datetime.date,), False),
    Param("end_date", "end_date", "query", (datetime.date,), False),
    Param("page_index", "page_index", "query", (int,), False),
    Param("page_size", "page_size", "query", (int,), False),
)


def operation(
    *,
    location_id: list[str] | str | Unset = UNSET,
    practitioner_id: list[str] | str | Unset = UNSET,
    appointment_type_id: list[str] | str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    page_index: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Operation[SlotList]:
    """Prepare this call without sending it (see ``Operation``).

    GET /v1/slots
    """
    return Operation(
        operation_id="list_slots",
        method="GET",
        path="/v1/slots",
        arguments={
            "location_id": location_id,
            "practitioner_id": practitioner_id,
            "appointment_type_id": appointment_type_id,
            "start_date": start_date,
            "end_date": end_date,
            "page_index": page_index,
            "page_size": page_size,
        },
        params=_PARAMS,
        build=lambda: _get_kwargs(
            location_id=location_id,
            practitioner_id=practitioner_id,
            appointment_type_id=appointment_type_id,
            start_date=start_date,
            end_date=end_date,
            page_index=page_index,
            page_size=page_size,
        ),
        parse=_parse_success,
    )
