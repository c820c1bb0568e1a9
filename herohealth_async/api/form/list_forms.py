"""List Forms: GET /v1/forms"""

from typing import Any

import httpx

from ...errors import UnexpectedStatus
from ...models.form_list import FormList
from ...models.form_type import FormType
from ...types import UNSET, Drift, Operation, Param, Unset, json_body


def _get_kwargs(
    *,
    search: str | Unset = UNSET,
    reply_form: bool | Unset = UNSET,
    form_type: FormType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["search"] = search

    params["reply_form"] = reply_form

    json_form_type: str | Unset = UNSET
    if not isinstance(form_type, Unset):
        json_form_type = form_type

    params["form_type"] = json_form_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/v1/forms",
        "params": params,
    }

    return _kwargs


def _parse_success(response: httpx.Response, drift: Drift | None = None) -> FormList:
    if response.status_code == 200:
        response_200 = FormList.from_dict(json_body(response), drift)

        return response_200

    raise UnexpectedStatus(response.status_code, response.content)


_PARAMS: tuple[Param, ...] = (
    Param("search", "search", "query", (str,), False),
    Param("reply_form", "reply_form", "query", (bool,), False),
    Param("form_type", "form_type", "query", (str,), False),
)


def operation(
    *,
    search: str | Unset = UNSET,
    reply_form: bool | Unset = UNSET,
    form_type: FormType | Unset = UNSET,
) -> Operation[FormList]:
    """Prepare this call without sending it (see ``Operation``).

    GET /v1/forms
    """
    return Operation(
        operation_id="list_forms",
        method="GET",
        path="/v1/forms",
        arguments={
            "search": search,
            "reply_form": reply_form,
            "form_type": form_type,
        },
        params=_PARAMS,
        build=lambda: _get_kwargs(
            search=search,
            reply_form=reply_form,
            form_type=form_type,
        ),
        parse=_parse_success,
    )
