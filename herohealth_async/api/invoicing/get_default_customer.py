from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.stripe_customer import StripeCustomer
from ...types import UNSET, Operation, Response, Unset


def _get_kwargs(
    *,
    patient_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["patient_id"] = patient_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/invoicing/customers/default",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> StripeCustomer | None:
    if response.status_code == 200:
        response_200 = StripeCustomer.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[StripeCustomer]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    patient_id: str | Unset = UNSET,
) -> Response[StripeCustomer]:
    """Get Default Customer

     Returns the default Stripe customer linked to a patient.

    Args:
        patient_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StripeCustomer]
    """

    kwargs = _get_kwargs(
        patient_id=patient_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    patient_id: str | Unset = UNSET,
) -> StripeCustomer | None:
    """Get Default Customer

     Returns the default Stripe customer linked to a patient.

    Args:
        patient_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StripeCustomer
    """

    return sync_detailed(
        client=client,
        patient_id=patient_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    patient_id: str | Unset = UNSET,
) -> Response[StripeCustomer]:
    """Get Default Customer

     Returns the default Stripe customer linked to a patient.

    Args:
        patient_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StripeCustomer]
    """

    kwargs = _get_kwargs(
        patient_id=patient_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    patient_id: str | Unset = UNSET,
) -> StripeCustomer | None:
    """Get Default Customer

     Returns the default Stripe customer linked to a patient.

    Args:
        patient_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StripeCustomer
    """

    return (
        await asyncio_detailed(
            client=client,
            patient_id=patient_id,
        )
    ).parsed


def _parse_success(response: httpx.Response) -> StripeCustomer:
    if 200 <= response.status_code <= 200:
        response_200 = StripeCustomer.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def operation(
    *,
    patient_id: str | Unset = UNSET,
) -> Operation[StripeCustomer]:
    """Prepare this call without sending it (see ``Operation``).

    GET /v1/invoicing/customers/default
    """
    return Operation(
        operation_id="get_default_customer",
        method="GET",
        path="/v1/invoicing/customers/default",
        path_params={},
        body=None,
        request=_get_kwargs(
            patient_id=patient_id,
        ),
        parse=_parse_success,
    )
