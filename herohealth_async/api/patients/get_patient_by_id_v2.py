from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ehr_patient import EhrPatient
from ...models.get_patient_by_id_v2_data_source import (
    GetPatientByIdV2DataSource,
)
from ...types import UNSET, Operation, Response, Unset


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
        "method": "get",
        "url": "/v2/patients/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EhrPatient | None:
    if response.status_code == 200:
        response_200 = EhrPatient.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EhrPatient]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    data_source: GetPatientByIdV2DataSource | Unset = UNSET,
) -> Response[EhrPatient]:
    """Get a Patient

     Returns a patient in the EHR-style shape, from Hero's copy or from the EHR.

    Args:
        id (str):
        data_source (GetPatientByIdV2DataSource | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EhrPatient]
    """

    kwargs = _get_kwargs(
        id=id,
        data_source=data_source,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    data_source: GetPatientByIdV2DataSource | Unset = UNSET,
) -> EhrPatient | None:
    """Get a Patient

     Returns a patient in the EHR-style shape, from Hero's copy or from the EHR.

    Args:
        id (str):
        data_source (GetPatientByIdV2DataSource | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EhrPatient
    """

    return sync_detailed(
        id=id,
        client=client,
        data_source=data_source,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    data_source: GetPatientByIdV2DataSource | Unset = UNSET,
) -> Response[EhrPatient]:
    """Get a Patient

     Returns a patient in the EHR-style shape, from Hero's copy or from the EHR.

    Args:
        id (str):
        data_source (GetPatientByIdV2DataSource | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EhrPatient]
    """

    kwargs = _get_kwargs(
        id=id,
        data_source=data_source,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    data_source: GetPatientByIdV2DataSource | Unset = UNSET,
) -> EhrPatient | None:
    """Get a Patient

     Returns a patient in the EHR-style shape, from Hero's copy or from the EHR.

    Args:
        id (str):
        data_source (GetPatientByIdV2DataSource | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EhrPatient
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            data_source=data_source,
        )
    ).parsed


def _parse_success(response: httpx.Response) -> EhrPatient:
    if 200 <= response.status_code <= 200:
        response_200 = EhrPatient.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


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
        path_params={
            "id": id,
        },
        body=None,
        request=_get_kwargs(
            id=id,
            data_source=data_source,
        ),
        parse=_parse_success,
    )
