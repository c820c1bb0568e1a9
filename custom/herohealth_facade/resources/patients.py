"""``hero.patients``: the Patients operations, and a PDS registration whose NHS number is checked
before sending and whose two outcomes cannot be mistaken for each other."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from herohealth_async.api.patients import PatientsResource, register_patient_pds
from herohealth_async.models.identity_verification_required import IdentityVerificationRequired
from herohealth_async.models.pds_lookup_by_demographics import PdsLookupByDemographics
from herohealth_async.models.pds_lookup_by_nhs_number import PdsLookupByNhsNumber
from herohealth_async.models.registered_patient import RegisteredPatient
from herohealth_async.types import Unset
from herohealth_facade._exceptions import RequestValidationError, ResponseValidationError
from herohealth_facade.lib.nhs import normalize_nhs_number

if TYPE_CHECKING:
    from herohealth_facade._client import HeroHealth


class Patients(PatientsResource):
    """The Patients operations, plus :meth:`register_pds`."""

    def __init__(self, client: HeroHealth) -> None:
        super().__init__(client)
        self._client = client

    async def register_pds(
        self,
        *,
        dob: datetime.date,
        nhs_number: str | None = None,
        forename: str | None = None,
        surname: str | None = None,
        postcode: str | None = None,
    ) -> RegisteredPatient | IdentityVerificationRequired:
        """Trace the patient on PDS and register them with the practice group.

        Give ``nhs_number`` and ``dob``, or ``forename``, ``surname``, ``dob`` and ``postcode``. The NHS
        number is checked (10 digits, Modulus 11) before anything is sent. Returns
        :class:`RegisteredPatient` (``patient_id``, also when the patient was already registered) or
        :class:`IdentityVerificationRequired` (``login_url``, where the patient must verify before a
        retry). ``register_patient_pds(body=...)`` is the same operation without these checks.

        ``POST /v1/patients/register_pds``
        """
        body: PdsLookupByNhsNumber | PdsLookupByDemographics
        if nhs_number is not None:
            body = PdsLookupByNhsNumber(nhs_number=normalize_nhs_number(nhs_number), dob=_date_of_birth(dob))
        else:
            for name, value in (("forename", forename), ("surname", surname), ("postcode", postcode)):
                if not isinstance(value, str) or not value.strip():
                    raise RequestValidationError(name, "required when no nhs_number is given")
            assert forename is not None and surname is not None and postcode is not None
            body = PdsLookupByDemographics(
                forename=forename.strip(), surname=surname.strip(), postcode=postcode.strip(), dob=_date_of_birth(dob)
            )
        raw = await self._client.call_raw(register_patient_pds.operation(body=body))
        result = raw.parsed
        if isinstance(result, IdentityVerificationRequired) and isinstance(result.login_url, Unset):
            raise ResponseValidationError(
                "POST /v1/patients/register_pds: the answer has neither patient_id nor login_url",
                method="POST",
                path="/v1/patients/register_pds",
                response=raw.http_response,
            )
        return result


def _date_of_birth(dob: datetime.date, field: str = "dob") -> datetime.date:
    if isinstance(dob, datetime.datetime) or not isinstance(dob, datetime.date):
        raise RequestValidationError(field, "pass a datetime.date (it is sent as YYYY-MM-DD)")
    if dob > datetime.date.today():
        raise RequestValidationError(field, "a date of birth cannot be in the future")
    return dob
