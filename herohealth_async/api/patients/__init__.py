"""Patients operations: one module per operation, and a resource class that sends them."""

from typing import cast

from ...models.connect_patient_ehr_body import ConnectPatientEhrBody
from ...models.ehr_patient import EhrPatient
from ...models.ehr_patient_list import EhrPatientList
from ...models.get_patient_by_id_v2_data_source import (
    GetPatientByIdV2DataSource,
    check_get_patient_by_id_v2_data_source,
)
from ...models.identity_verification_required import IdentityVerificationRequired
from ...models.patient import Patient
from ...models.patient_registration import PatientRegistration
from ...models.pds_lookup_by_demographics import PdsLookupByDemographics
from ...models.pds_lookup_by_nhs_number import PdsLookupByNhsNumber
from ...models.preview_patient_merge_body import PreviewPatientMergeBody
from ...models.registered_patient import RegisteredPatient
from ...models.undocumented_object import UndocumentedObject
from ...models.validation_error import ValidationError
from ...types import UNSET, OperationCaller, Unset

__all__ = ["PatientsResource"]

from . import (
    connect_patient_ehr,
    get_patient_by_id,
    get_patient_by_id_v2,
    list_patient_attachments,
    list_patient_ehr_candidates,
    list_patients,
    list_patients_v2,
    list_patients_v3,
    merge_patient,
    preview_patient_merge,
    register_patient,
    register_patient_pds,
)


class PatientsResource:
    """The Patients operations, sent through a caller (a ``HeroHealth`` client).

    Each method sends one request and returns the documented success model; what happens on
    errors, retries and timeouts is the caller's policy.
    """

    def __init__(self, caller: OperationCaller) -> None:
        self._caller = caller

    async def list_patient_ehr_candidates(
        self,
        id: str,
    ) -> EhrPatientList:
        """List Candidates for the Patient on EHR

        GET /v1/patients/{id}/ehr/candidates. See ``list_patient_ehr_candidates.operation`` for the arguments.
        """
        return await self._caller.call(
            list_patient_ehr_candidates.operation(
                id=id,
            )
        )

    async def connect_patient_ehr(
        self,
        id: str,
        *,
        body: ConnectPatientEhrBody | Unset = UNSET,
    ) -> UndocumentedObject:
        """Connect a Patient to EHR

        POST /v1/patients/{id}/ehr/connect. See ``connect_patient_ehr.operation`` for the arguments.
        """
        return await self._caller.call(
            connect_patient_ehr.operation(
                id=id,
                body=body,
            )
        )

    async def preview_patient_merge(
        self,
        id: str,
        *,
        body: PreviewPatientMergeBody | Unset = UNSET,
    ) -> UndocumentedObject:
        """Preview Patient Merging

        POST /v1/patients/{id}/merge/preview. See ``preview_patient_merge.operation`` for the arguments.
        """
        return await self._caller.call(
            preview_patient_merge.operation(
                id=id,
                body=body,
            )
        )

    async def merge_patient(
        self,
        id: str,
    ) -> UndocumentedObject:
        """Merge Patients

        POST /v1/patients/{id}/merge. See ``merge_patient.operation`` for the arguments.
        """
        return await self._caller.call(
            merge_patient.operation(
                id=id,
            )
        )

    async def get_patient_by_id(
        self,
        id: str,
    ) -> Patient:
        """Get a Patient

        GET /v1/patients/{id}. See ``get_patient_by_id.operation`` for the arguments.
        """
        return await self._caller.call(
            get_patient_by_id.operation(
                id=id,
            )
        )

    async def list_patient_attachments(
        self,
        id: str,
    ) -> UndocumentedObject:
        """List Patient EHR Attachments

        GET /v1/patients/{id}/attachments. See ``list_patient_attachments.operation`` for the arguments.
        """
        return await self._caller.call(
            list_patient_attachments.operation(
                id=id,
            )
        )

    async def list_patients(
        self,
    ) -> UndocumentedObject:
        """List Patients

        GET /v1/patients. See ``list_patients.operation`` for the arguments.
        """
        return await self._caller.call(list_patients.operation())

    async def list_patients_v2(
        self,
    ) -> UndocumentedObject:
        """List Patients (v2)

        GET /v2/patients. See ``list_patients_v2.operation`` for the arguments.
        """
        return await self._caller.call(list_patients_v2.operation())

    async def list_patients_v3(
        self,
        *,
        page_index: str | Unset = UNSET,
        page_size: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        dob: str | Unset = UNSET,
        nhs_number: str | Unset = UNSET,
        ehr_partner_id: str | Unset = UNSET,
    ) -> EhrPatientList:
        """List Patients (v3)

        GET /v3/patients. See ``list_patients_v3.operation`` for the arguments.
        """
        return await self._caller.call(
            list_patients_v3.operation(
                page_index=page_index,
                page_size=page_size,
                first_name=first_name,
                last_name=last_name,
                dob=dob,
                nhs_number=nhs_number,
                ehr_partner_id=ehr_partner_id,
            )
        )

    async def get_patient_by_id_v2(
        self,
        id: str,
        *,
        data_source: GetPatientByIdV2DataSource | Unset = UNSET,
    ) -> EhrPatient:
        """Get a Patient

        GET /v2/patients/{id}. See ``get_patient_by_id_v2.operation`` for the arguments.
        """
        return await self._caller.call(
            get_patient_by_id_v2.operation(
                id=id,
                data_source=data_source,
            )
        )

    async def register_patient_pds(
        self,
        *,
        body: PdsLookupByDemographics | PdsLookupByNhsNumber,
    ) -> IdentityVerificationRequired | RegisteredPatient:
        """Register a Patient using PDS

        POST /v1/patients/register_pds. See ``register_patient_pds.operation`` for the arguments.
        """
        return await self._caller.call(
            register_patient_pds.operation(
                body=body,
            )
        )

    async def register_patient(
        self,
        *,
        body: PatientRegistration,
    ) -> RegisteredPatient:
        """Register a Patient

        POST /v1/patients/register. See ``register_patient.operation`` for the arguments.
        """
        return await self._caller.call(
            register_patient.operation(
                body=body,
            )
        )
