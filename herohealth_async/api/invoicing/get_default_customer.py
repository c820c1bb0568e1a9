"""Get Default Customer: GET /v1/invoicing/customers/default"""

from typing import Any

import httpx

from ...errors import UnexpectedStatus
from ...models.stripe_customer import StripeCustomer
from ...types import UNSET, Drift, Operation, Param, Unset, json_body


def _get_kwargs(
    *,
    patient_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["patient_id"] = patient_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/v1/invoicing/customers/default",
        "params": params,
    }

    return _kwargs


def _parse_success(response: httpx.Response, drift: Drift | None = None) -> StripeCustomer:
    if response.status_code == 200:
        response_200 = StripeCustomer.from_dict(json_body(response), drift)

        return response_200

    raise UnexpectedStatus(response.status_code, response.content)


_PARAMS: tuple[Param, ...] = (Param("patient_id", "patient_id", "query", (str,), False),)


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
        arguments={
            "patient_id": patient_id,
        },
        params=_PARAMS,
        build=lambda: _get_kwargs(
            patient_id=patient_id,
        ),
        parse=_parse_success,
    )
