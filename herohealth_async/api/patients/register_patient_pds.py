"""Register a Patient using PDS: POST /v1/patients/register_pds"""

from typing import Any

import httpx

from ...errors import UnexpectedStatus
from ...models.identity_verification_required import IdentityVerificationRequired
from ...models.pds_lookup_by_demographics import PdsLookupByDemographics
from ...models.pds_lookup_by_nhs_number import PdsLookupByNhsNumber
from ...models.registered_patient import RegisteredPatient
from ...types import Drift, Operation, Param, json_body


def _get_kwargs(
    *,
    body: PdsLookupByDemographics | PdsLookupByNhsNumber,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/v1/patients/register_pds",
    }

    if isinstance(body, PdsLookupByNhsNumber):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(
    response: httpx.Response, drift: Drift | None = None
) -> IdentityVerificationRequired | RegisteredPatient:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> IdentityVerificationRequired | RegisteredPatient:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = RegisteredPatient.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = IdentityVerificationRequired.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(json_body(response))

        return response_200

    raise UnexpectedStatus(response.status_code, response.content)


_PARAMS: tuple[Param, ...] = (Param("body", "body", "body", (PdsLookupByNhsNumber, PdsLookupByDemographics), True),)


def operation(
    *,
    body: PdsLookupByDemographics | PdsLookupByNhsNumber,
) -> Operation[IdentityVerificationRequired | RegisteredPatient]:
    """Prepare this call without sending it (see ``Operation``).

    POST /v1/patients/register_pds
    """
    return Operation(
        operation_id="register_patient_pds",
        method="POST",
        path="/v1/patients/register_pds",
        arguments={
            "body": body,
        },
        params=_PARAMS,
        build=lambda: _get_kwargs(
            body=body,
        ),
        parse=_parse_success,
    )
