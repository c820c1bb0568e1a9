from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.undocumented_object import UndocumentedObject
from ...models.update_practice_group_body import UpdatePracticeGroupBody
from ...types import Operation, Response


def _get_kwargs(
    *,
    body: UpdatePracticeGroupBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/me",
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
    *,
    client: AuthenticatedClient | Client,
    body: UpdatePracticeGroupBody,
) -> Response[UndocumentedObject]:
    """Update a Practice Group

     Updates the authenticated practice group.

    Args:
        body (UpdatePracticeGroupBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UndocumentedObject]
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
    body: UpdatePracticeGroupBody,
) -> UndocumentedObject | None:
    """Update a Practice Group

     Updates the authenticated practice group.

    Args:
        body (UpdatePracticeGroupBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UndocumentedObject
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdatePracticeGroupBody,
) -> Response[UndocumentedObject]:
    """Update a Practice Group

     Updates the authenticated practice group.

    Args:
        body (UpdatePracticeGroupBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UndocumentedObject]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UpdatePracticeGroupBody,
) -> UndocumentedObject | None:
    """Update a Practice Group

     Updates the authenticated practice group.

    Args:
        body (UpdatePracticeGroupBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UndocumentedObject
    """

    return (
        await asyncio_detailed(
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
    *,
    body: UpdatePracticeGroupBody,
) -> Operation[UndocumentedObject]:
    """Prepare this call without sending it (see ``Operation``).

    PATCH /v1/me
    """
    return Operation(
        operation_id="update_practice_group",
        method="PATCH",
        path="/v1/me",
        path_params={},
        body=body,
        request=_get_kwargs(
            body=body,
        ),
        parse=_parse_success,
    )
