"""Create Pharmacy: POST /v1/pharmacies"""

from typing import Any

import httpx

from ...errors import UnexpectedStatus
from ...models.create_pharmacy_body import CreatePharmacyBody
from ...models.pharmacy import Pharmacy
from ...types import Drift, Operation, Param, json_body


def _get_kwargs(
    *,
    body: CreatePharmacyBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/v1/pharmacies",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response, drift: Drift | None = None) -> Pharmacy:
    if response.status_code == 200:
        response_200 = Pharmacy.from_dict(json_body(response), drift)

        return response_200

    raise UnexpectedStatus(response.status_code, response.content)


_PARAMS: tuple[Param, ...] = (Param("body", "body", "body", (CreatePharmacyBody,), True),)


def operation(
    *,
    body: CreatePharmacyBody,
) -> Operation[Pharmacy]:
    """Prepare this call without sending it (see ``Operation``).

    POST /v1/pharmacies
    """
    return Operation(
        operation_id="create_pharmacy",
        method="POST",
        path="/v1/pharmacies",
        arguments={
            "body": body,
        },
        params=_PARAMS,
        build=lambda: _get_kwargs(
            body=body,
        ),
        parse=_parse_success,
    )
