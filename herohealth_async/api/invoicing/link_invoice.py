"""Link Invoice to Appointment: POST /v1/invoicing/invoices/link"""

from typing import Any

import httpx

from ...errors import UnexpectedStatus
from ...models.invoice_summary import InvoiceSummary
from ...models.link_invoice_body import LinkInvoiceBody
from ...types import Drift, Operation, Param, json_body


def _get_kwargs(
    *,
    body: LinkInvoiceBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/v1/invoicing/invoices/link",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response, drift: Drift | None = None) -> InvoiceSummary:
    if response.status_code == 200:
        response_200 = InvoiceSummary.from_dict(json_body(response), drift)

        return response_200

    raise UnexpectedStatus(response.status_code, response.content)


_PARAMS: tuple[Param, ...] = (Param("body", "body", "body", (LinkInvoiceBody,), True),)


def operation(
    *,
    body: LinkInvoiceBody,
) -> Operation[InvoiceSummary]:
    """Prepare this call without sending it (see ``Operation``).

    POST /v1/invoicing/invoices/link
    """
    return Operation(
        operation_id="link_invoice",
        method="POST",
        path="/v1/invoicing/invoices/link",
        arguments={
            "body": body,
        },
        params=_PARAMS,
        build=lambda: _get_kwargs(
            body=body,
        ),
        parse=_parse_success,
    )
