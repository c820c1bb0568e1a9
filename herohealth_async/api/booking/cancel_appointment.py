from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.appointment import Appointment
from ...models.cancel_appointment_body import CancelAppointmentBody
from ...types import UNSET, Operation, Response, Unset


def _get_kwargs(
    id: str,
    *,
    body: CancelAppointmentBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/appointments/{id}/cancel".format(
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Appointment | None:
    if response.status_code == 200:
        response_200 = Appointment.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Appointment]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CancelAppointmentBody | Unset = UNSET,
) -> Response[Appointment]:
    """Cancels an appointment, optionally without e-mail and bypassing the cancellation policy.

    Args:
        id (str):
        body (CancelAppointmentBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Appointment]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CancelAppointmentBody | Unset = UNSET,
) -> Appointment | None:
    """Cancels an appointment, optionally without e-mail and bypassing the cancellation policy.

    Args:
        id (str):
        body (CancelAppointmentBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Appointment
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CancelAppointmentBody | Unset = UNSET,
) -> Response[Appointment]:
    """Cancels an appointment, optionally without e-mail and bypassing the cancellation policy.

    Args:
        id (str):
        body (CancelAppointmentBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Appointment]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CancelAppointmentBody | Unset = UNSET,
) -> Appointment | None:
    """Cancels an appointment, optionally without e-mail and bypassing the cancellation policy.

    Args:
        id (str):
        body (CancelAppointmentBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Appointment
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed


def _parse_success(response: httpx.Response) -> Appointment:
    if 200 <= response.status_code <= 200:
        response_200 = Appointment.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def operation(
    id: str,
    *,
    body: CancelAppointmentBody | Unset = UNSET,
) -> Operation[Appointment]:
    """Prepare this call without sending it (see ``Operation``).

    PATCH /v1/appointments/{id}/cancel
    """
    return Operation(
        operation_id="cancel_appointment",
        method="PATCH",
        path="/v1/appointments/{id}/cancel",
        path_params={
            "id": id,
        },
        body=body,
        request=_get_kwargs(
            id=id,
            body=body,
        ),
        parse=_parse_success,
    )
