from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.send_message_body import SendMessageBody
from ...models.sent_message import SentMessage
from ...types import Operation, Response


def _get_kwargs(
    *,
    body: SendMessageBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/messages/send",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | SentMessage | None:
    if response.status_code == 200:
        response_200 = SentMessage.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | SentMessage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendMessageBody,
) -> Response[Any | SentMessage]:
    """Send a Message

     Sends a single message to a Hero patient by Hero, SMS, email or the NHS App. It can optionally be
    scheduled, assigned, and written to the patient's EHR record.

    Args:
        body (SendMessageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SentMessage]
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
    body: SendMessageBody,
) -> Any | SentMessage | None:
    """Send a Message

     Sends a single message to a Hero patient by Hero, SMS, email or the NHS App. It can optionally be
    scheduled, assigned, and written to the patient's EHR record.

    Args:
        body (SendMessageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SentMessage
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendMessageBody,
) -> Response[Any | SentMessage]:
    """Send a Message

     Sends a single message to a Hero patient by Hero, SMS, email or the NHS App. It can optionally be
    scheduled, assigned, and written to the patient's EHR record.

    Args:
        body (SendMessageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SentMessage]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SendMessageBody,
) -> Any | SentMessage | None:
    """Send a Message

     Sends a single message to a Hero patient by Hero, SMS, email or the NHS App. It can optionally be
    scheduled, assigned, and written to the patient's EHR record.

    Args:
        body (SendMessageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SentMessage
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


def _parse_success(response: httpx.Response) -> SentMessage:
    if 200 <= response.status_code <= 200:
        response_200 = SentMessage.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def operation(
    *,
    body: SendMessageBody,
) -> Operation[SentMessage]:
    """Prepare this call without sending it (see ``Operation``).

    POST /v1/messages/send
    """
    return Operation(
        operation_id="send_message",
        method="POST",
        path="/v1/messages/send",
        path_params={},
        body=body,
        request=_get_kwargs(
            body=body,
        ),
        parse=_parse_success,
    )
