"""Create Invoice: POST /v1/invoicing/invoices"""

from typing import Any

import httpx

from ...errors import UnexpectedStatus
from ...models.create_invoice_body import CreateInvoiceBody
from ...models.invoice_summary import InvoiceSummary
from ...types import Drift, Operation, Param, json_body


def _get_kwargs(
    *,
    body: CreateInvoiceBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/v1/invoicing/invoices",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response, drift: Drift | None = None) -> InvoiceSummary:
    if response.status_code == 201:
        response_201 = InvoiceSummary.from_dict(json_body(response), drift)

        return response_201

    raise UnexpectedStatus(response.status_code, response.content)


_PARAMS: tuple[Param, ...] = (Param("body", "body", "body", (CreateInvoiceBody,), True),)


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
        arguments={
            "body": body,
        },
        params=_PARAMS,
        build=lambda: _get_kwargs(
            body=body,
        ),
        parse=_parse_success,
    )
