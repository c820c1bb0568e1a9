import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.slot_list import SlotList
from ...types import UNSET, Operation, Response, Unset


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
        "method": "get",
        "url": "/v1/slots",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SlotList | None:
    if response.status_code == 200:
        response_200 = SlotList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[SlotList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    location_id: list[str] | str | Unset = UNSET,
    practitioner_id: list[str] | str | Unset = UNSET,
    appointment_type_id: list[str] | str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    page_index: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[SlotList]:
    """List Slots

     Lists bookable slots for the practice group, filterable by location, practitioner, appointment type
    and date window; results are paged.

    Args:
        location_id (list[str] | str | Unset):
        practitioner_id (list[str] | str | Unset):
        appointment_type_id (list[str] | str | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        page_index (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SlotList]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        practitioner_id=practitioner_id,
        appointment_type_id=appointment_type_id,
        start_date=start_date,
        end_date=end_date,
        page_index=page_index,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    location_id: list[str] | str | Unset = UNSET,
    practitioner_id: list[str] | str | Unset = UNSET,
    appointment_type_id: list[str] | str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    page_index: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> SlotList | None:
    """List Slots

     Lists bookable slots for the practice group, filterable by location, practitioner, appointment type
    and date window; results are paged.

    Args:
        location_id (list[str] | str | Unset):
        practitioner_id (list[str] | str | Unset):
        appointment_type_id (list[str] | str | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        page_index (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SlotList
    """

    return sync_detailed(
        client=client,
        location_id=location_id,
        practitioner_id=practitioner_id,
        appointment_type_id=appointment_type_id,
        start_date=start_date,
        end_date=end_date,
        page_index=page_index,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    location_id: list[str] | str | Unset = UNSET,
    practitioner_id: list[str] | str | Unset = UNSET,
    appointment_type_id: list[str] | str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    page_index: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[SlotList]:
    """List Slots

     Lists bookable slots for the practice group, filterable by location, practitioner, appointment type
    and date window; results are paged.

    Args:
        location_id (list[str] | str | Unset):
        practitioner_id (list[str] | str | Unset):
        appointment_type_id (list[str] | str | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        page_index (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SlotList]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        practitioner_id=practitioner_id,
        appointment_type_id=appointment_type_id,
        start_date=start_date,
        end_date=end_date,
        page_index=page_index,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    location_id: list[str] | str | Unset = UNSET,
    practitioner_id: list[str] | str | Unset = UNSET,
    appointment_type_id: list[str] | str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    page_index: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> SlotList | None:
    """List Slots

     Lists bookable slots for the practice group, filterable by location, practitioner, appointment type
    and date window; results are paged.

    Args:
        location_id (list[str] | str | Unset):
        practitioner_id (list[str] | str | Unset):
        appointment_type_id (list[str] | str | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        page_index (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SlotList
    """

    return (
        await asyncio_detailed(
            client=client,
            location_id=location_id,
            practitioner_id=practitioner_id,
            appointment_type_id=appointment_type_id,
            start_date=start_date,
            end_date=end_date,
            page_index=page_index,
            page_size=page_size,
        )
    ).parsed


def _parse_success(response: httpx.Response) -> SlotList:
    if 200 <= response.status_code <= 200:
        response_200 = SlotList.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


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
        path_params={},
        body=None,
        request=_get_kwargs(
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
