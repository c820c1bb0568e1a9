from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.identity_verification_required import IdentityVerificationRequired
from ...models.pds_lookup_by_demographics import PdsLookupByDemographics
from ...models.pds_lookup_by_nhs_number import PdsLookupByNhsNumber
from ...models.registered_patient import RegisteredPatient
from ...models.validation_error import ValidationError
from ...types import Operation, Response


def _get_kwargs(
    *,
    body: PdsLookupByDemographics | PdsLookupByNhsNumber,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/patients/register_pds",
    }

    if isinstance(body, PdsLookupByNhsNumber):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | IdentityVerificationRequired | RegisteredPatient | ValidationError | None:
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

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ValidationError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | IdentityVerificationRequired | RegisteredPatient | ValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PdsLookupByDemographics | PdsLookupByNhsNumber,
) -> Response[Any | IdentityVerificationRequired | RegisteredPatient | ValidationError]:
    """Register a Patient using PDS

     Traces a patient on the NHS Spine (PDS) and returns the Hero patient_id, creating the Hero record
    for the practice group if it does not exist yet.

    Args:
        body (PdsLookupByDemographics | PdsLookupByNhsNumber):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | IdentityVerificationRequired | RegisteredPatient | ValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: PdsLookupByDemographics | PdsLookupByNhsNumber,
) -> Any | IdentityVerificationRequired | RegisteredPatient | ValidationError | None:
    """Register a Patient using PDS

     Traces a patient on the NHS Spine (PDS) and returns the Hero patient_id, creating the Hero record
    for the practice group if it does not exist yet.

    Args:
        body (PdsLookupByDemographics | PdsLookupByNhsNumber):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | IdentityVerificationRequired | RegisteredPatient | ValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PdsLookupByDemographics | PdsLookupByNhsNumber,
) -> Response[Any | IdentityVerificationRequired | RegisteredPatient | ValidationError]:
    """Register a Patient using PDS

     Traces a patient on the NHS Spine (PDS) and returns the Hero patient_id, creating the Hero record
    for the practice group if it does not exist yet.

    Args:
        body (PdsLookupByDemographics | PdsLookupByNhsNumber):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | IdentityVerificationRequired | RegisteredPatient | ValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PdsLookupByDemographics | PdsLookupByNhsNumber,
) -> Any | IdentityVerificationRequired | RegisteredPatient | ValidationError | None:
    """Register a Patient using PDS

     Traces a patient on the NHS Spine (PDS) and returns the Hero patient_id, creating the Hero record
    for the practice group if it does not exist yet.

    Args:
        body (PdsLookupByDemographics | PdsLookupByNhsNumber):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | IdentityVerificationRequired | RegisteredPatient | ValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


def _parse_success(response: httpx.Response) -> IdentityVerificationRequired | RegisteredPatient:
    if 200 <= response.status_code <= 200:

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

        response_200 = _parse_response_200(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


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
        path_params={},
        body=body,
        request=_get_kwargs(
            body=body,
        ),
        parse=_parse_success,
    )
