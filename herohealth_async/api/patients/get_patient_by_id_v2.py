"""Get a Patient: GET /v2/patients/{id}"""

from typing import Any
from urllib.parse import quote

import httpx

from ...errors import UnexpectedStatus
from ...models.ehr_patient import EhrPatient
from ...models.get_patient_by_id_v2_data_source import GetPatientByIdV2DataSource
from ...types import UNSET, Drift, Operation, Param, Unset, json_body


def _get_kwargs(
    id: str,
    *,
    data_source: GetPatientByIdV2DataSource | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_data_source: str | Unset = UNSET
    if not isinstance(data_source, Unset):
        json_data_source = data_source

    params["data_source"] = json_data_source

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/v2/patients/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_success(response: httpx.Response, drift: Drift | None = None) -> EhrPatient:
    if response.status_code == 200:
        response_200 = EhrPatient.from_dict(json_body(response), drift)

        return response_200

    raise UnexpectedStatus(response.status_code, response.content)


_PARAMS: tuple[Param, ...] = (
    Param("id", "id", "path", (str,), True),
    Param("data_source", "data_source", "query", (str,), False),
)


def operation(
    id: str,
    *,
    data_source: GetPatientByIdV2DataSource | Unset = UNSET,
) -> Operation[EhrPatient]:
    """Prepare this call without sending it (see ``Operation``).

    GET /v2/patients/{id}
    """
    return Operation(
        operation_id="get_patient_by_id_v2",
        method="GET",
        path="/v2/patients/{id}",
        arguments={
            "id": id,
            "data_source": data_source,
        },
        params=_PARAMS,
        build=lambda: _get_kwargs(
            id=id,
            data_source=data_source,
        ),
        parse=_parse_success,
    )
