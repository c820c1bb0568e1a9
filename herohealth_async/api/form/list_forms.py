from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.form_list import FormList
from ...models.form_type import FormType
from ...types import UNSET, Operation, Response, Unset


def _get_kwargs(
    *,
    search: str | Unset = UNSET,
    reply_form: bool | Unset = UNSET,
    form_type: FormType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["search"] = search

    params["reply_form"] = reply_form

    json_form_type: str | Unset = UNSET
    if not isinstance(form_type, Unset):
        json_form_type = form_type

    params["form_type"] = json_form_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/forms",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FormList | None:
    if response.status_code == 200:
        response_200 = FormList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[FormList]:
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
    reply_form: bool | Unset = UNSET,
    form_type: FormType | Unset = UNSET,
) -> Response[FormList]:
    """List Forms

     Returns the forms set up for the calling practice group, with optional filters.

    Args:
        search (str | Unset):
        reply_form (bool | Unset):
        form_type (FormType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FormList]
    """

    kwargs = _get_kwargs(
        search=search,
        reply_form=reply_form,
        form_type=form_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    reply_form: bool | Unset = UNSET,
    form_type: FormType | Unset = UNSET,
) -> FormList | None:
    """List Forms

     Returns the forms set up for the calling practice group, with optional filters.

    Args:
        search (str | Unset):
        reply_form (bool | Unset):
        form_type (FormType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FormList
    """

    return sync_detailed(
        client=client,
        search=search,
        reply_form=reply_form,
        form_type=form_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    reply_form: bool | Unset = UNSET,
    form_type: FormType | Unset = UNSET,
) -> Response[FormList]:
    """List Forms

     Returns the forms set up for the calling practice group, with optional filters.

    Args:
        search (str | Unset):
        reply_form (bool | Unset):
        form_type (FormType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FormList]
    """

    kwargs = _get_kwargs(
        search=search,
        reply_form=reply_form,
        form_type=form_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    reply_form: bool | Unset = UNSET,
    form_type: FormType | Unset = UNSET,
) -> FormList | None:
    """List Forms

     Returns the forms set up for the calling practice group, with optional filters.

    Args:
        search (str | Unset):
        reply_form (bool | Unset):
        form_type (FormType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FormList
    """

    return (
        await asyncio_detailed(
            client=client,
            search=search,
            reply_form=reply_form,
            form_type=form_type,
        )
    ).parsed


def _parse_success(response: httpx.Response) -> FormList:
    if 200 <= response.status_code <= 200:
        response_200 = FormList.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def operation(
    *,
    search: str | Unset = UNSET,
    reply_form: bool | Unset = UNSET,
    form_type: FormType | Unset = UNSET,
) -> Operation[FormList]:
    """Prepare this call without sending it (see ``Operation``).

    GET /v1/forms
    """
    return Operation(
        operation_id="list_forms",
        method="GET",
        path="/v1/forms",
        path_params={},
        body=None,
        request=_get_kwargs(
            search=search,
            reply_form=reply_form,
            form_type=form_type,
        ),
        parse=_parse_success,
    )
