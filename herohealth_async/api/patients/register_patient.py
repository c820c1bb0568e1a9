"""Register a Patient: POST /v1/patients/register"""

from typing import Any

import httpx

from ...errors import UnexpectedStatus
from ...models.patient_registration import PatientRegistration
from ...models.registered_patient import RegisteredPatient
from ...types import Drift, Operation, Param, json_body


def _get_kwargs(
    *,
    body: PatientRegistration,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/v1/patients/register",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response, drift: Drift | None = None) -> RegisteredPatient:
    if response.status_code == 200:
        response_200 = RegisteredPatient.from_dict(json_body(response), drift)

        return response_200

    raise UnexpectedStatus(response.status_code, response.content)


_PARAMS: tuple[Param, ...] = (Param("body", "body", "body", (PatientRegistration,), True),)


def operation(
    *,
    body: PatientRegistration,
) -> Operation[RegisteredPatient]:
    """Prepare this call without sending it (see ``Operation``).

    POST /v1/patients/register
    """
    return Operation(
        operation_id="register_patient",
        method="POST",
        path="/v1/patients/register",
        arguments={
            "body": body,
        },
        params=_PARAMS,
        build=lambda: _get_kwargs(
            body=body,
        ),
        parse=_parse_success,
    )
