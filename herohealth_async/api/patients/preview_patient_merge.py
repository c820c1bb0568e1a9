"""Preview Patient Merging: POST /v1/patients/{id}/merge/preview"""

from typing import Any
from urllib.parse import quote

import httpx

from ...errors import UnexpectedStatus
from ...models.preview_patient_merge_body import PreviewPatientMergeBody
from ...models.undocumented_object import UndocumentedObject
from ...types import UNSET, Drift, Operation, Param, Unset, json_body


def _get_kwargs(
    id: str,
    *,
    body: PreviewPatientMergeBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/v1/patients/{id}/merge/preview".format(
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response, drift: Drift | None = None) -> UndocumentedObject:
    if response.status_code == 200:
        response_200 = UndocumentedObject.from_dict(json_body(response), drift)

        return response_200

    raise UnexpectedStatus(response.status_code, response.content)


_PARAMS: tuple[Param, ...] = (
    Param("id", "id", "path", (str,), True),
    Param("body", "body", "body", (PreviewPatientMergeBody,), False),
)


def operation(
    id: str,
    *,
    body: PreviewPatientMergeBody | Unset = UNSET,
) -> Operation[UndocumentedObject]:
    """Prepare this call without sending it (see ``Operation``).

    POST /v1/patients/{id}/merge/preview
    """
    return Operation(
        operation_id="preview_patient_merge",
        method="POST",
        path="/v1/patients/{id}/merge/preview",
        arguments={
            "id": id,
            "body": body,
        },
        params=_PARAMS,
        build=lambda: _get_kwargs(
            id=id,
            body=body,
        ),
        parse=_parse_success,
    )
