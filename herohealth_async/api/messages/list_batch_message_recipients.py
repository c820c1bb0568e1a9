from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.undocumented_list import UndocumentedList
from ...types import UNSET, Operation, Response, Unset


def _get_kwargs(
    id: str,
    *,
    page_size: int | Unset = UNSET,
    page_index: int | Unset = UNSET,
    status: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_size"] = page_size

    params["page_index"] = page_index

    params["status"] = status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/batch_message/{id}/recipients".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> UndocumentedList | None:
    if response.status_code == 200:
        response_200 = UndocumentedList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[UndocumentedList]:
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
    page_size: int | Unset = UNSET,
    page_index: int | Unset = UNSET,
    status: str | Unset = UNSET,
) -> Response[UndocumentedList]:
    """List Batch Message Recipients

     Lists the recipients of a batch message, paged and optionally filtered by status.

    Args:
        id (str):
        page_size (int | Unset):
        page_index (int | Unset):
        status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UndocumentedList]
    """

    kwargs = _get_kwargs(
        id=id,
        page_size=page_size,
        page_index=page_index,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page_index: int | Unset = UNSET,
    status: str | Unset = UNSET,
) -> UndocumentedList | None:
    """List Batch Message Recipients

     Lists the recipients of a batch message, paged and optionally filtered by status.

    Args:
        id (str):
        page_size (int | Unset):
        page_index (int | Unset):
        status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UndocumentedList
    """

    return sync_detailed(
        id=id,
        client=client,
        page_size=page_size,
        page_index=page_index,
        status=status,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page_index: int | Unset = UNSET,
    status: str | Unset = UNSET,
) -> Response[UndocumentedList]:
    """List Batch Message Recipients

     Lists the recipients of a batch message, paged and optionally filtered by status.

    Args:
        id (str):
        page_size (int | Unset):
        page_index (int | Unset):
        status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UndocumentedList]
    """

    kwargs = _get_kwargs(
        id=id,
        page_size=page_size,
        page_index=page_index,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page_index: int | Unset = UNSET,
    status: str | Unset = UNSET,
) -> UndocumentedList | None:
    """List Batch Message Recipients

     Lists the recipients of a batch message, paged and optionally filtered by status.

    Args:
        id (str):
        page_size (int | Unset):
        page_index (int | Unset):
        status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UndocumentedList
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            page_size=page_size,
            page_index=page_index,
            status=status,
        )
    ).parsed


def _parse_success(response: httpx.Response) -> UndocumentedList:
    if 200 <= response.status_code <= 200:
        response_200 = UndocumentedList.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def operation(
    id: str,
    *,
    page_size: int | Unset = UNSET,
    page_index: int | Unset = UNSET,
    status: str | Unset = UNSET,
) -> Operation[UndocumentedList]:
    """Prepare this call without sending it (see ``Operation``).

    GET /v1/batch_message/{id}/recipients
    """
    return Operation(
        operation_id="list_batch_message_recipients",
        method="GET",
        path="/v1/batch_message/{id}/recipients",
        path_params={
            "id": id,
        },
        body=None,
        request=_get_kwargs(
            id=id,
            page_size=page_size,
            page_index=page_index,
            status=status,
        ),
        parse=_parse_success,
    )
