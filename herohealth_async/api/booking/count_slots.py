from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.undocumented_object import UndocumentedObject
from ...types import UNSET, Operation, Response, Unset


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
        "method": "get",
        "url": "/v1/slots/count",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> UndocumentedObject | None:
    if response.status_code == 200:
        response_200 = UndocumentedObject.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[UndocumentedObject]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    appointment_type_id: str | Unset = UNSET,
    location_id: str | Unset = UNSET,
    practitioner_id: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
) -> Response[UndocumentedObject]:
    """Count Bookable Slots

     Returns how many bookable slots match the given filters.

    Args:
        appointment_type_id (str | Unset):
        location_id (str | Unset):
        practitioner_id (str | Unset):
        start_date (str | Unset):
        end_date (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UndocumentedObject]
    """

    kwargs = _get_kwargs(
        appointment_type_id=appointment_type_id,
        location_id=location_id,
        practitioner_id=practitioner_id,
        start_date=start_date,
        end_date=end_date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    appointment_type_id: str | Unset = UNSET,
    location_id: str | Unset = UNSET,
    practitioner_id: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
) -> UndocumentedObject | None:
    """Count Bookable Slots

     Returns how many bookable slots match the given filters.

    Args:
        appointment_type_id (str | Unset):
        location_id (str | Unset):
        practitioner_id (str | Unset):
        start_date (str | Unset):
        end_date (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UndocumentedObject
    """

    return sync_detailed(
        client=client,
        appointment_type_id=appointment_type_id,
        location_id=location_id,
        practitioner_id=practitioner_id,
        start_date=start_date,
        end_date=end_date,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    appointment_type_id: str | Unset = UNSET,
    location_id: str | Unset = UNSET,
    practitioner_id: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
) -> Response[UndocumentedObject]:
    """Count Bookable Slots

     Returns how many bookable slots match the given filters.

    Args:
        appointment_type_id (str | Unset):
        location_id (str | Unset):
        practitioner_id (str | Unset):
        start_date (str | Unset):
        end_date (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UndocumentedObject]
    """

    kwargs = _get_kwargs(
        appointment_type_id=appointment_type_id,
        location_id=location_id,
        practitioner_id=practitioner_id,
        start_date=start_date,
        end_date=end_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    appointment_type_id: str | Unset = UNSET,
    location_id: str | Unset = UNSET,
    practitioner_id: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
) -> UndocumentedObject | None:
    """Count Bookable Slots

     Returns how many bookable slots match the given filters.

    Args:
        appointment_type_id (str | Unset):
        location_id (str | Unset):
        practitioner_id (str | Unset):
        start_date (str | Unset):
        end_date (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UndocumentedObject
    """

    return (
        await asyncio_detailed(
            client=client,
            appointment_type_id=appointment_type_id,
            location_id=location_id,
            practitioner_id=practitioner_id,
            start_date=start_date,
            end_date=end_date,
        )
    ).parsed


def _parse_success(response: httpx.Response) -> UndocumentedObject:
    if 200 <= response.status_code <= 200:
        response_200 = UndocumentedObject.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


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
        path_params={},
        body=None,
        request=_get_kwargs(
            appointment_type_id=appointment_type_id,
            location_id=location_id,
            practitioner_id=practitioner_id,
            start_date=start_date,
            end_date=end_date,
        ),
        parse=_parse_success,
    )
