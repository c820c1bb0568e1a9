from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.stripe_customer_list import StripeCustomerList
from ...types import UNSET, Operation, Response


def _get_kwargs(
    *,
    query: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query"] = query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/invoicing/customers",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> StripeCustomerList | None:
    if response.status_code == 200:
        response_200 = StripeCustomerList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[StripeCustomerList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    query: str,
) -> Response[StripeCustomerList]:
    """List Customers

     Searches the Stripe customers of the calling practice group.

    Args:
        query (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StripeCustomerList]
    """

    kwargs = _get_kwargs(
        query=query,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    query: str,
) -> StripeCustomerList | None:
    """List Customers

     Searches the Stripe customers of the calling practice group.

    Args:
        query (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StripeCustomerList
    """

    return sync_detailed(
        client=client,
        query=query,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    query: str,
) -> Response[StripeCustomerList]:
    """List Customers

     Searches the Stripe customers of the calling practice group.

    Args:
        query (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StripeCustomerList]
    """

    kwargs = _get_kwargs(
        query=query,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    query: str,
) -> StripeCustomerList | None:
    """List Customers

     Searches the Stripe customers of the calling practice group.

    Args:
        query (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StripeCustomerList
    """

    return (
        await asyncio_detailed(
            client=client,
            query=query,
        )
    ).parsed


def _parse_success(response: httpx.Response) -> StripeCustomerList:
    if 200 <= response.status_code <= 200:
        response_200 = StripeCustomerList.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def operation(
    *,
    query: str,
) -> Operation[StripeCustomerList]:
    """Prepare this call without sending it (see ``Operation``).

    GET /v1/invoicing/customers
    """
    return Operation(
        operation_id="list_customers",
        method="GET",
        path="/v1/invoicing/customers",
        path_params={},
        body=None,
        request=_get_kwargs(
            query=query,
        ),
        parse=_parse_success,
    )
