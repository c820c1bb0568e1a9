from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ehr_patient_list import EhrPatientList
from ...types import UNSET, Operation, Response, Unset


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
        "method": "get",
        "url": "/v3/patients",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EhrPatientList | None:
    if response.status_code == 200:
        response_200 = EhrPatientList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EhrPatientList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_index: str | Unset = UNSET,
    page_size: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    dob: str | Unset = UNSET,
    nhs_number: str | Unset = UNSET,
    ehr_partner_id: str | Unset = UNSET,
) -> Response[EhrPatientList]:
    """List Patients (v3)

     Structured patient search with named filters (several may be combined); at least one filter must be
    given.

    Args:
        page_index (str | Unset):
        page_size (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        dob (str | Unset):  Example: 1990-12-31.
        nhs_number (str | Unset):
        ehr_partner_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EhrPatientList]
    """

    kwargs = _get_kwargs(
        page_index=page_index,
        page_size=page_size,
        first_name=first_name,
        last_name=last_name,
        dob=dob,
        nhs_number=nhs_number,
        ehr_partner_id=ehr_partner_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page_index: str | Unset = UNSET,
    page_size: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    dob: str | Unset = UNSET,
    nhs_number: str | Unset = UNSET,
    ehr_partner_id: str | Unset = UNSET,
) -> EhrPatientList | None:
    """List Patients (v3)

     Structured patient search with named filters (several may be combined); at least one filter must be
    given.

    Args:
        page_index (str | Unset):
        page_size (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        dob (str | Unset):  Example: 1990-12-31.
        nhs_number (str | Unset):
        ehr_partner_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EhrPatientList
    """

    return sync_detailed(
        client=client,
        page_index=page_index,
        page_size=page_size,
        first_name=first_name,
        last_name=last_name,
        dob=dob,
        nhs_number=nhs_number,
        ehr_partner_id=ehr_partner_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_index: str | Unset = UNSET,
    page_size: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    dob: str | Unset = UNSET,
    nhs_number: str | Unset = UNSET,
    ehr_partner_id: str | Unset = UNSET,
) -> Response[EhrPatientList]:
    """List Patients (v3)

     Structured patient search with named filters (several may be combined); at least one filter must be
    given.

    Args:
        page_index (str | Unset):
        page_size (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        dob (str | Unset):  Example: 1990-12-31.
        nhs_number (str | Unset):
        ehr_partner_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EhrPatientList]
    """

    kwargs = _get_kwargs(
        page_index=page_index,
        page_size=page_size,
        first_name=first_name,
        last_name=last_name,
        dob=dob,
        nhs_number=nhs_number,
        ehr_partner_id=ehr_partner_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page_index: str | Unset = UNSET,
    page_size: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    dob: str | Unset = UNSET,
    nhs_number: str | Unset = UNSET,
    ehr_partner_id: str | Unset = UNSET,
) -> EhrPatientList | None:
    """List Patients (v3)

     Structured patient search with named filters (several may be combined); at least one filter must be
    given.

    Args:
        page_index (str | Unset):
        page_size (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        dob (str | Unset):  Example: 1990-12-31.
        nhs_number (str | Unset):
        ehr_partner_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EhrPatientList
    """

    return (
        await asyncio_detailed(
            client=client,
            page_index=page_index,
            page_size=page_size,
            first_name=first_name,
            last_name=last_name,
            dob=dob,
            nhs_number=nhs_number,
            ehr_partner_id=ehr_partner_id,
        )
    ).parsed


def _parse_success(response: httpx.Response) -> EhrPatientList:
    if 200 <= response.status_code <= 200:
        response_200 = EhrPatientList.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


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
        path_params={},
        body=None,
        request=_get_kwargs(
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
