"""Create Customer: POST /v1/invoicing/customers"""

from typing import Any

import httpx

from ...errors import UnexpectedStatus
from ...models.create_customer_body import CreateCustomerBody
from ...models.created_customer import CreatedCustomer
from ...types import Drift, Operation, Param, json_body


def _get_kwargs(
    *,
    body: CreateCustomerBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/v1/invoicing/customers",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response, drift: Drift | None = None) -> CreatedCustomer:
    if response.status_code == 200:
        response_200 = CreatedCustomer.from_dict(json_body(response), drift)

        return response_200

    raise UnexpectedStatus(response.status_code, response.content)


_PARAMS: tuple[Param, ...] = (Param("body", "body", "body", (CreateCustomerBody,), True),)


def operation(
    *,
    body: CreateCustomerBody,
) -> Operation[CreatedCustomer]:
    """Prepare this call without sending it (see ``Operation``).

    POST /v1/invoicing/customers
    """
    return Operation(
        operation_id="create_customer",
        method="POST",
        path="/v1/invoicing/customers",
        arguments={
            "body": body,
        },
        params=_PARAMS,
        build=lambda: _get_kwargs(
            body=body,
        ),
        parse=_parse_success,
    )
