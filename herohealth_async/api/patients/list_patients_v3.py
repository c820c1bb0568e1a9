"""List Patients (v3): GET /v3/patients"""

from typing import Any

import httpx

from ...errors import UnexpectedStatus
from ...models.ehr_patient_list import EhrPatientList
from ...types import UNSET, Drift, Operation, Param, Unset, json_body


def _get_kwargs(
    *,
    page_index: str | Unset = UNSET,
    page_size: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    dob: str | Unset = UNSET,
    nhs_number: str | Unset = UNSET,
    ehr_partner_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_index"] = page_index

    params["page_size"] = page_size

    params["first_name"] = first_name

    params["last_name"] = last_name

    params["dob"] = dob

    params["nhs_number"] = nhs_number

    params["ehr_partner_id"] = ehr_partner_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/v3/patients",
        "params": params,
    }

    return _kwargs


def _parse_success(response: httpx.Response, drift: Drift | None = None) -> EhrPatientList:
    if response.status_code == 200:
        response_200 = EhrPatientList.from_dict(json_body(response), drift)

        return response_200

    raise UnexpectedStatus(response.status_code, response.content)


_PARAMS: tuple[Param, ...] = (
    Param("page_index", "page_index", "query", (str,), False),
    Param("page_size", "page_size", "query", (str,), False),
    Param("first_name", "first_name", "query", (str,), False),
    Param("last_name", "last_name", "query", (str,), False),
    Param("dob", "dob", "query", (str,), False),
    Param("nhs_number", "nhs_number", "query", (str,), False),
    Param("ehr_partner_id", "ehr_partner_id", "query", (str,), False),
)


def operation(
    *,
    page_index: str | Unset = UNSET,
    page_size: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    dob: str | Unset = UNSET,
    nhs_number: str | Unset = UNSET,
    ehr_partner_id: str | Unset = UNSET,
) -> Operation[EhrPatientList]:
    """Prepare this call without sending it (see ``Operation``).

    GET /v3/patients
    """
    return Operation(
        operation_id="list_patients_v3",
        method="GET",
        path="/v3/patients",
        arguments={
            "page_index": page_index,
            "page_size": page_size,
            "first_name": first_name,
            "last_name": last_name,
            "dob": dob,
            "nhs_number": nhs_number,
            "ehr_partner_id": ehr_partner_id,
        },
        params=_PARAMS,
        build=lambda: _get_kwargs(
            page_index=page_index,
            page_size=page_size,
            first_name=first_name,
            last_name=last_name,
            dob=dob,
            nhs_number=nhs_number,
            ehr_partner_id=ehr_partner_id,
        ),
        parse=_parse_success,
    )
