"""Get Form Response: GET /v1/form_response/{id}"""

from typing import Any
from urllib.parse import quote

import httpx

from ...errors import UnexpectedStatus
from ...models.form_response import FormResponse
from ...types import Drift, Operation, Param, json_body


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/v1/form_response/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_success(response: httpx.Response, drift: Drift | None = None) -> FormResponse:
    if response.status_code == 200:
        response_200 = FormResponse.from_dict(json_body(response), drift)

        return response_200

    raise UnexpectedStatus(response.status_code, response.content)


_PARAMS: tuple[Param, ...] = (Param("id", "id", "path", (str,), True),)


def operation(
    id: str,
) -> Operation[FormResponse]:
    """Prepare this call without sending it (see ``Operation``).

    GET /v1/form_response/{id}
    """
    return Operation(
        operation_id="get_form_response",
        method="GET",
        path="/v1/form_response/{id}",
        arguments={
            "id": id,
        },
        params=_PARAMS,
        build=lambda: _get_kwargs(
            id=id,
        ),
        parse=_parse_success,
    )
