from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_appointment_body import CreateAppointmentBody
from ...models.reservation import Reservation
from ...models.validation_error import ValidationError
from ...types import Operation, Response


def _get_kwargs(
    *,
    body: CreateAppointmentBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/appointments",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Reservation | ValidationError | None:
    if response.status_code == 200:
        response_200 = Reservation.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ValidationError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Reservation | ValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAppointmentBody,
) -> Response[Any | Reservation | ValidationError]:
    """Create an Appointment

     Reserves a slot as a provisional appointment for a patient; it stays reserved until confirmed with
    Book an Appointment and is released automatically if not confirmed in time.

    Args:
        body (CreateAppointmentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Reservation | ValidationError]
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
    body: CreateAppointmentBody,
) -> Any | Reservation | ValidationError | None:
    """Create an Appointment

     Reserves a slot as a provisional appointment for a patient; it stays reserved until confirmed with
    Book an Appointment and is released automatically if not confirmed in time.

    Args:
        body (CreateAppointmentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Reservation | ValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAppointmentBody,
) -> Response[Any | Reservation | ValidationError]:
    """Create an Appointment

     Reserves a slot as a provisional appointment for a patient; it stays reserved until confirmed with
    Book an Appointment and is released automatically if not confirmed in time.

    Args:
        body (CreateAppointmentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Reservation | ValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAppointmentBody,
) -> Any | Reservation | ValidationError | None:
    """Create an Appointment

     Reserves a slot as a provisional appointment for a patient; it stays reserved until confirmed with
    Book an Appointment and is released automatically if not confirmed in time.

    Args:
        body (CreateAppointmentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Reservation | ValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


def _parse_success(response: httpx.Response) -> Reservation:
    if 200 <= response.status_code <= 200:
        response_200 = Reservation.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def operation(
    *,
    body: CreateAppointmentBody,
) -> Operation[Reservation]:
    """Prepare this call without sending it (see ``Operation``).

    POST /v1/appointments
    """
    return Operation(
        operation_id="create_appointment",
        method="POST",
        path="/v1/appointments",
        path_params={},
        body=body,
        request=_get_kwargs(
            body=body,
        ),
        parse=_parse_success,
    )
