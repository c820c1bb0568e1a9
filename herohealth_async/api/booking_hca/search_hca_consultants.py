from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.undocumented_object import UndocumentedObject
from ...types import UNSET, Operation, Response, Unset


def _get_kwargs(
    *,
    search: str | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["search"] = search

    json_fields: list[str] | Unset = UNSET
    if not isinstance(fields, Unset):
        json_fields = fields

    params["fields"] = json_fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/booking-hca/consultants",
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
    search: str | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
) -> Response[UndocumentedObject]:
    """Searches HCA consultants, optionally limiting which fields are returned.

    Args:
        search (str | Unset):
        fields (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UndocumentedObject]
    """

    kwargs = _get_kwargs(
        search=search,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
) -> UndocumentedObject | None:
    """Searches HCA consultants, optionally limiting which fields are returned.

    Args:
        search (str | Unset):
        fields (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UndocumentedObject
    """

    return sync_detailed(
        client=client,
        search=search,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
) -> Response[UndocumentedObject]:
    """Searches HCA consultants, optionally limiting which fields are returned.

    Args:
        search (str | Unset):
        fields (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UndocumentedObject]
    """

    kwargs = _get_kwargs(
        search=search,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
) -> UndocumentedObject | None:
    """Searches HCA consultants, optionally limiting which fields are returned.

    Args:
        search (str | Unset):
        fields (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UndocumentedObject
    """

    return (
        await asyncio_detailed(
            client=client,
            search=search,
            fields=fields,
        )
    ).parsed


def _parse_success(response: httpx.Response) -> UndocumentedObject:
    if 200 <= response.status_code <= 200:
        response_200 = UndocumentedObject.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def operation(
    *,
    search: str | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
) -> Operation[UndocumentedObject]:
    """Prepare this call without sending it (see ``Operation``).

    GET /v1/booking-hca/consultants
    """
    return Operation(
        operation_id="search_hca_consultants",
        method="GET",
        path="/v1/booking-hca/consultants",
        path_params={},
        body=None,
        request=_get_kwargs(
            search=search,
            fields=fields,
        ),
        parse=_parse_success,
    )
