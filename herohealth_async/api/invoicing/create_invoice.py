from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_invoice_body import CreateInvoiceBody
from ...models.invoice_summary import InvoiceSummary
from ...models.validation_error import ValidationError
from ...types import Operation, Response


def _get_kwargs(
    *,
    body: CreateInvoiceBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/invoicing/invoices",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InvoiceSummary | ValidationError | None:
    if response.status_code == 201:
        response_201 = InvoiceSummary.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ValidationError.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InvoiceSummary | ValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateInvoiceBody,
) -> Response[InvoiceSummary | ValidationError]:
    """Create Invoice

     Creates an invoice for a patient. issuer_id (the issuing admin's ID) is mandatory. Give either
    patient_id or appointment_id; with appointment_id the patient is taken from the appointment. Invoice
    items come from List Products.

    Args:
        body (CreateInvoiceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InvoiceSummary | ValidationError]
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
    body: CreateInvoiceBody,
) -> InvoiceSummary | ValidationError | None:
    """Create Invoice

     Creates an invoice for a patient. issuer_id (the issuing admin's ID) is mandatory. Give either
    patient_id or appointment_id; with appointment_id the patient is taken from the appointment. Invoice
    items come from List Products.

    Args:
        body (CreateInvoiceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InvoiceSummary | ValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateInvoiceBody,
) -> Response[InvoiceSummary | ValidationError]:
    """Create Invoice

     Creates an invoice for a patient. issuer_id (the issuing admin's ID) is mandatory. Give either
    patient_id or appointment_id; with appointment_id the patient is taken from the appointment. Invoice
    items come from List Products.

    Args:
        body (CreateInvoiceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InvoiceSummary | ValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateInvoiceBody,
) -> InvoiceSummary | ValidationError | None:
    """Create Invoice

     Creates an invoice for a patient. issuer_id (the issuing admin's ID) is mandatory. Give either
    patient_id or appointment_id; with appointment_id the patient is taken from the appointment. Invoice
    items come from List Products.

    Args:
        body (CreateInvoiceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InvoiceSummary | ValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


def _parse_success(response: httpx.Response) -> InvoiceSummary:
    if 201 <= response.status_code <= 201:
        response_201 = InvoiceSummary.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def operation(
    *,
    body: CreateInvoiceBody,
) -> Operation[InvoiceSummary]:
    """Prepare this call without sending it (see ``Operation``).

    POST /v1/invoicing/invoices
    """
    return Operation(
        operation_id="create_invoice",
        method="POST",
        path="/v1/invoicing/invoices",
        path_params={},
        body=body,
        request=_get_kwargs(
            body=body,
        ),
        parse=_parse_success,
    )
