"""List Coupons: GET /v1/invoicing/coupons"""

from typing import Any

import httpx

from ...errors import UnexpectedStatus
from ...models.coupon_list import CouponList
from ...types import Drift, Operation, Param, json_body


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/v1/invoicing/coupons",
    }

    return _kwargs


def _parse_success(response: httpx.Response, drift: Drift | None = None) -> CouponList:
    if response.status_code == 200:
        response_200 = CouponList.from_dict(json_body(response), drift)

        return response_200

    raise UnexpectedStatus(response.status_code, response.content)


_PARAMS: tuple[Param, ...] = ()


def operation() -> Operation[CouponList]:
    """Prepare this call without sending it (see ``Operation``).

    GET /v1/invoicing/coupons
    """
    return Operation(
        operation_id="list_coupons",
        method="GET",
        path="/v1/invoicing/coupons",
        arguments={},
        params=_PARAMS,
        build=lambda: _get_kwargs(),
        parse=_parse_success,
    )
