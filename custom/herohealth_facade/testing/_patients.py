"""The fake's PDS: patients it can trace, and whether each has verified their identity."""

from __future__ import annotations

import datetime
from typing import Any

import attrs

from herohealth_async.models.pds_lookup_by_demographics import PdsLookupByDemographics
from herohealth_async.models.pds_lookup_by_nhs_number import PdsLookupByNhsNumber


@attrs.define
class _Traced:
    nhs_number: str
    dob: datetime.date
    identity_verified: bool
    patient_id: str


class PdsRegister:
    """Registration answers as Hero gives them: the patient's ID (the same one every time), or a
    request to verify their identity first."""

    def __init__(self) -> None:
        self._patients: list[_Traced] = []

    def add(self, nhs_number: str, dob: datetime.date, *, identity_verified: bool, patient_id: str | None) -> str:
        patient_id = patient_id or str(5_000_000 + len(self._patients))
        self._patients.append(_Traced(nhs_number, dob, identity_verified, patient_id))
        return patient_id

    def register(self, body: Any) -> tuple[int, dict[str, Any]]:
        lookup = PdsLookupByNhsNumber.from_dict(body) if "nhs_number" in (body or {}) else None
        if lookup is None:
            PdsLookupByDemographics.from_dict(body)  # a well-formed demographic lookup finds nobody here
            return 404, {"error": True, "statusCode": 404, "message": "Patient not found on PDS"}
        dob = lookup.dob if isinstance(lookup.dob, datetime.date) else None
        for patient in self._patients:
            if patient.nhs_number == lookup.nhs_number and patient.dob == dob:
                if not patient.identity_verified:
                    url = f"https://patient.herohealth.test/verify/{patient.patient_id}"
                    return 200, {"message": "Identity verification required", "login_url": url}
                return 200, {"patient_id": patient.patient_id}
        return 404, {"error": True, "statusCode": 404, "message": "Patient not found on PDS"}
