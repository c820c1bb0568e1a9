from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.appointment_type_list import AppointmentTypeList
from ...types import UNSET, Operation, Response, Unset


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
        "method": "get",
        "url": "/v1/appointment_types",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AppointmentTypeList | None:
    if response.status_code == 200:
        response_200 = AppointmentTypeList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AppointmentTypeList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    location_ids: list[str] | Unset = UNSET,
    has_availability: bool | Unset = UNSET,
) -> Response[AppointmentTypeList]:
    """List Appointment Types

     Lists the appointment types configured for the practice group.

    Args:
        location_ids (list[str] | Unset):
        has_availability (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppointmentTypeList]
    """

    kwargs = _get_kwargs(
        location_ids=location_ids,
        has_availability=has_availability,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    location_ids: list[str] | Unset = UNSET,
    has_availability: bool | Unset = UNSET,
) -> AppointmentTypeList | None:
    """List Appointment Types

     Lists the appointment types configured for the practice group.

    Args:
        location_ids (list[str] | Unset):
        has_availability (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppointmentTypeList
    """

    return sync_detailed(
        client=client,
        location_ids=location_ids,
        has_availability=has_availability,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    location_ids: list[str] | Unset = UNSET,
    has_availability: bool | Unset = UNSET,
) -> Response[AppointmentTypeList]:
    """List Appointment Types

     Lists the appointment types configured for the practice group.

    Args:
        location_ids (list[str] | Unset):
        has_availability (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppointmentTypeList]
    """

    kwargs = _get_kwargs(
        location_ids=location_ids,
        has_availability=has_availability,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    location_ids: list[str] | Unset = UNSET,
    has_availability: bool | Unset = UNSET,
) -> AppointmentTypeList | None:
    """List Appointment Types

     Lists the appointment types configured for the practice group.

    Args:
        location_ids (list[str] | Unset):
        has_availability (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppointmentTypeList
    """

    return (
        await asyncio_detailed(
            client=client,
            location_ids=location_ids,
            has_availability=has_availability,
        )
    ).parsed


def _parse_success(response: httpx.Response) -> AppointmentTypeList:
    if 200 <= response.status_code <= 200:
        response_200 = AppointmentTypeList.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


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
        path_params={},
        body=None,
        request=_get_kwargs(
            location_ids=location_ids,
            has_availability=has_availability,
        ),
        parse=_parse_success,
    )
