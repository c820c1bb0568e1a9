from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.heidi_token import HeidiToken
from ...types import Operation, Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/partners/heidi/token",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> HeidiToken | None:
    if response.status_code == 200:
        response_200 = HeidiToken.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[HeidiToken]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[HeidiToken]:
    """Get Heidi Token

     Returns a token for the Heidi partner integration, issued for the calling admin and practice group.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HeidiToken]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> HeidiToken | None:
    """Get Heidi Token

     Returns a token for the Heidi partner integration, issued for the calling admin and practice group.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HeidiToken
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[HeidiToken]:
    """Get Heidi Token

     Returns a token for the Heidi partner integration, issued for the calling admin and practice group.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HeidiToken]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> HeidiToken | None:
    """Get Heidi Token

     Returns a token for the Heidi partner integration, issued for the calling admin and practice group.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HeidiToken
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed


def _parse_success(response: httpx.Response) -> HeidiToken:
    if 200 <= response.status_code <= 200:
        response_200 = HeidiToken.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def operation() -> Operation[HeidiToken]:
    """Prepare this call without sending it (see ``Operation``).

    GET /v1/partners/heidi/token
    """
    return Operation(
        operation_id="get_heidi_token",
        method="GET",
        path="/v1/partners/heidi/token",
        path_params={},
        body=None,
        request=_get_kwargs(),
        parse=_parse_success,
    )
