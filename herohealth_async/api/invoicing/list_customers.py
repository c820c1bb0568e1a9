"""List Customers: GET /v1/invoicing/customers"""

from typing import Any

import httpx

from ...errors import UnexpectedStatus
from ...models.stripe_customer_list import StripeCustomerList
from ...types import UNSET, Drift, Operation, Param, json_body


def _get_kwargs(
    *,
    query: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query"] = query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/v1/invoicing/customers",
        "params": params,
    }

    return _kwargs


def _parse_success(response: httpx.Response, drift: Drift | None = None) -> StripeCustomerList:
    if response.status_code == 200:
        response_200 = StripeCustomerList.from_dict(json_body(response), drift)

        return response_200

    raise UnexpectedStatus(response.status_code, response.content)


_PARAMS: tuple[Param, ...] = (Param("query", "query", "query", (str,), True),)


def operation(
    *,
    query: str,
) -> Operation[StripeCustomerList]:
    """Prepare this call without sending it (see ``Operation``).

    GET /v1/invoicing/customers
    """
    return Operation(
        operation_id="list_customers",
        method="GET",
        path="/v1/invoicing/customers",
        arguments={
            "query": query,
        },
        params=_PARAMS,
        build=lambda: _get_kwargs(
            query=query,
        ),
        parse=_parse_success,
    )
