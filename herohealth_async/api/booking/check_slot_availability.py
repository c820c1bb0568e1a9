from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.check_slot_availability_body import CheckSlotAvailabilityBody
from ...models.slot_availability import SlotAvailability
from ...types import UNSET, Operation, Response, Unset


def _get_kwargs(
    *,
    body: CheckSlotAvailabilityBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/slots/availability",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SlotAvailability | None:
    if response.status_code == 200:
        response_200 = SlotAvailability.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[SlotAvailability]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CheckSlotAvailabilityBody | Unset = UNSET,
) -> Response[SlotAvailability]:
    """Checks whether a given practitioner/location/appointment-type/time combination can be booked.

    Args:
        body (CheckSlotAvailabilityBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SlotAvailability]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CheckSlotAvailabilityBody | Unset = UNSET,
) -> SlotAvailability | None:
    """Checks whether a given practitioner/location/appointment-type/time combination can be booked.

    Args:
        body (CheckSlotAvailabilityBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SlotAvailability
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CheckSlotAvailabilityBody | Unset = UNSET,
) -> Response[SlotAvailability]:
    """Checks whether a given practitioner/location/appointment-type/time combination can be booked.

    Args:
        body (CheckSlotAvailabilityBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SlotAvailability]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CheckSlotAvailabilityBody | Unset = UNSET,
) -> SlotAvailability | None:
    """Checks whether a given practitioner/location/appointment-type/time combination can be booked.

    Args:
        body (CheckSlotAvailabilityBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SlotAvailability
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


def _parse_success(response: httpx.Response) -> SlotAvailability:
    if 200 <= response.status_code <= 200:
        response_200 = SlotAvailability.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def operation(
    *,
    body: CheckSlotAvailabilityBody | Unset = UNSET,
) -> Operation[SlotAvailability]:
    """Prepare this call without sending it (see ``Operation``).

    POST /v1/slots/availability
    """
    return Operation(
        operation_id="check_slot_availability",
        method="POST",
        path="/v1/slots/availability",
        path_params={},
        body=body,
        request=_get_kwargs(
            body=body,
        ),
        parse=_parse_success,
    )
