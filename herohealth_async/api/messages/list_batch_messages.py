from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_message import BatchMessage
from ...models.list_batch_messages_status import ListBatchMessagesStatus
from ...types import UNSET, Operation, Response, Unset


def _get_kwargs(
    *,
    page_size: int | Unset = UNSET,
    page_index: int | Unset = UNSET,
    status: ListBatchMessagesStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_size"] = page_size

    params["page_index"] = page_index

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/batch_message",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BatchMessage | None:
    if response.status_code == 200:
        response_200 = BatchMessage.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[BatchMessage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page_index: int | Unset = UNSET,
    status: ListBatchMessagesStatus | Unset = UNSET,
) -> Response[BatchMessage]:
    """List Batch Messages

     Lists the batch messages of the practice group, paged and optionally filtered by status.

    Args:
        page_size (int | Unset):
        page_index (int | Unset):
        status (ListBatchMessagesStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchMessage]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        page_index=page_index,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page_index: int | Unset = UNSET,
    status: ListBatchMessagesStatus | Unset = UNSET,
) -> BatchMessage | None:
    """List Batch Messages

     Lists the batch messages of the practice group, paged and optionally filtered by status.

    Args:
        page_size (int | Unset):
        page_index (int | Unset):
        status (ListBatchMessagesStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchMessage
    """

    return sync_detailed(
        client=client,
        page_size=page_size,
        page_index=page_index,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page_index: int | Unset = UNSET,
    status: ListBatchMessagesStatus | Unset = UNSET,
) -> Response[BatchMessage]:
    """List Batch Messages

     Lists the batch messages of the practice group, paged and optionally filtered by status.

    Args:
        page_size (int | Unset):
        page_index (int | Unset):
        status (ListBatchMessagesStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchMessage]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        page_index=page_index,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page_index: int | Unset = UNSET,
    status: ListBatchMessagesStatus | Unset = UNSET,
) -> BatchMessage | None:
    """List Batch Messages

     Lists the batch messages of the practice group, paged and optionally filtered by status.

    Args:
        page_size (int | Unset):
        page_index (int | Unset):
        status (ListBatchMessagesStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchMessage
    """

    return (
        await asyncio_detailed(
            client=client,
            page_size=page_size,
            page_index=page_index,
            status=status,
        )
    ).parsed


def _parse_success(response: httpx.Response) -> BatchMessage:
    if 200 <= response.status_code <= 200:
        response_200 = BatchMessage.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def operation(
    *,
    page_size: int | Unset = UNSET,
    page_index: int | Unset = UNSET,
    status: ListBatchMessagesStatus | Unset = UNSET,
) -> Operation[BatchMessage]:
    """Prepare this call without sending it (see ``Operation``).

    GET /v1/batch_message
    """
    return Operation(
        operation_id="list_batch_messages",
        method="GET",
        path="/v1/batch_message",
        path_params={},
        body=None,
        request=_get_kwargs(
            page_size=page_size,
            page_index=page_index,
            status=status,
        ),
        parse=_parse_success,
    )
