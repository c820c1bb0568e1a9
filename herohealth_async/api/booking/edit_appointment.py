from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.edit_appointment_body import EditAppointmentBody
from ...models.undocumented_object import UndocumentedObject
from ...types import Operation, Response


def _get_kwargs(
    id: str,
    *,
    body: EditAppointmentBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/appointments/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EditAppointmentBody,
) -> Response[UndocumentedObject]:
    """Edit an Appointment

     Changes time, length or practitioner of an appointment that has not been confirmed yet.

    Args:
        id (str):
        body (EditAppointmentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UndocumentedObject]
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
    body: EditAppointmentBody,
) -> UndocumentedObject | None:
    """Edit an Appointment

     Changes time, length or practitioner of an appointment that has not been confirmed yet.

    Args:
        id (str):
        body (EditAppointmentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UndocumentedObject
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
    body: EditAppointmentBody,
) -> Response[UndocumentedObject]:
    """Edit an Appointment

     Changes time, length or practitioner of an appointment that has not been confirmed yet.

    Args:
        id (str):
        body (EditAppointmentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UndocumentedObject]
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
    body: EditAppointmentBody,
) -> UndocumentedObject | None:
    """Edit an Appointment

     Changes time, length or practitioner of an appointment that has not been confirmed yet.

    Args:
        id (str):
        body (EditAppointmentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UndocumentedObject
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed


def _parse_success(response: httpx.Response) -> UndocumentedObject:
    if 200 <= response.status_code <= 200:
        response_200 = UndocumentedObject.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def operation(
    id: str,
    *,
    body: EditAppointmentBody,
) -> Operation[UndocumentedObject]:
    """Prepare this call without sending it (see ``Operation``).

    PUT /v1/appointments/{id}
    """
    return Operation(
        operation_id="edit_appointment",
        method="PUT",
        path="/v1/appointments/{id}",
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
