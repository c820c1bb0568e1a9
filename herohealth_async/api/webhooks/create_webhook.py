from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_webhook_body import CreateWebhookBody
from ...models.webhook import Webhook
from ...types import Operation, Response


def _get_kwargs(
    *,
    body: CreateWebhookBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/webhooks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Webhook | None:
    if response.status_code == 200:
        response_200 = Webhook.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Webhook]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWebhookBody,
) -> Response[Webhook]:
    """Create a Webhook

     Subscribes a URL to one event type for the calling practice group; Hero POSTs to the URL when the
    event happens. An optional signing_key turns on HMAC-SHA256 request signing.

    Args:
        body (CreateWebhookBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Webhook]
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
    body: CreateWebhookBody,
) -> Webhook | None:
    """Create a Webhook

     Subscribes a URL to one event type for the calling practice group; Hero POSTs to the URL when the
    event happens. An optional signing_key turns on HMAC-SHA256 request signing.

    Args:
        body (CreateWebhookBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Webhook
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWebhookBody,
) -> Response[Webhook]:
    """Create a Webhook

     Subscribes a URL to one event type for the calling practice group; Hero POSTs to the URL when the
    event happens. An optional signing_key turns on HMAC-SHA256 request signing.

    Args:
        body (CreateWebhookBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Webhook]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWebhookBody,
) -> Webhook | None:
    """Create a Webhook

     Subscribes a URL to one event type for the calling practice group; Hero POSTs to the URL when the
    event happens. An optional signing_key turns on HMAC-SHA256 request signing.

    Args:
        body (CreateWebhookBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Webhook
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


def _parse_success(response: httpx.Response) -> Webhook:
    if 200 <= response.status_code <= 200:
        response_200 = Webhook.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def operation(
    *,
    body: CreateWebhookBody,
) -> Operation[Webhook]:
    """Prepare this call without sending it (see ``Operation``).

    POST /v1/webhooks
    """
    return Operation(
        operation_id="create_webhook",
        method="POST",
        path="/v1/webhooks",
        path_params={},
        body=body,
        request=_get_kwargs(
            body=body,
        ),
        parse=_parse_success,
    )
