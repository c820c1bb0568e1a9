"""Patient identity: NHS numbers checked before sending, and PDS registration whose two outcomes
cannot be mistaken for each other."""

from __future__ import annotations

import datetime
import re
from typing import TYPE_CHECKING

from herohealth_async.models.identity_verification_required import IdentityVerificationRequired
from herohealth_async.models.pds_lookup_by_demographics import PdsLookupByDemographics
from herohealth_async.models.pds_lookup_by_nhs_number import PdsLookupByNhsNumber
from herohealth_async.models.registered_patient import RegisteredPatient
from herohealth_async.types import Unset
from herohealth_facade._exceptions import RequestValidationError, ResponseValidationError

if TYPE_CHECKING:
    from herohealth_facade._client import HeroHealth

_SEPARATORS = re.compile(r"[\s-]")
_WEIGHTS = range(10, 1, -1)


def normalize_nhs_number(value: str, *, field: str = "nhs_number") -> str:
    """``value`` as 10 digits, spaces and hyphens removed, after the Modulus 11 check.

    Raises :class:`RequestValidationError` naming ``field`` if it is not a valid NHS number.
    """
    digits = _SEPARATORS.sub("", value)
    if not (len(digits) == 10 and digits.isascii() and digits.isdigit()):
        raise RequestValidationError(field, "an NHS number has 10 digits (spaces and hyphens allowed)")
    remainder = sum(int(d) * w for d, w in zip(digits, _WEIGHTS, strict=False)) % 11
    check = 11 - remainder
    if check == 11:
        check = 0
    if check == 10 or check != int(digits[9]):
        raise RequestValidationError(field, "the NHS number's check digit is wrong (Modulus 11)")
    return digits


def _date_of_birth(dob: datetime.date, field: str = "dob") -> datetime.date:
    if isinstance(dob, datetime.datetime) or not isinstance(dob, datetime.date):
        raise RequestValidationError(field, "pass a datetime.date (it is sent as YYYY-MM-DD)")
    if dob > datetime.date.today():
        raise RequestValidationError(field, "a date of birth cannot be in the future")
    return dob


async def register_patient_pds(
    hero: HeroHealth,
    *,
    dob: datetime.date,
    nhs_number: str | None = None,
    forename: str | None = None,
    surname: str | None = None,
    postcode: str | None = None,
) -> RegisteredPatient | IdentityVerificationRequired:
    """Trace the patient on PDS and register them with the practice group.

    Give ``nhs_number`` and ``dob``, or ``forename``, ``surname``, ``dob`` and ``postcode``. Returns
    :class:`RegisteredPatient` (``patient_id``) or :class:`IdentityVerificationRequired`
    (``login_url``, where the patient must verify before a retry).
    """
    body: PdsLookupByNhsNumber | PdsLookupByDemographics
    if nhs_number is not None:
        body = PdsLookupByNhsNumber(nhs_number=normalize_nhs_number(nhs_number), dob=_date_of_birth(dob))
    else:
        for name, value in (("forename", forename), ("surname", surname), ("postcode", postcode)):
            if value is None or not value.strip():
                raise RequestValidationError(name, "required when no nhs_number is given")
        assert forename is not None and surname is not None and postcode is not None
        body = PdsLookupByDemographics(
            forename=forename.strip(), surname=surname.strip(), postcode=postcode.strip(), dob=_date_of_birth(dob)
        )
    from herohealth_async.api.patients import register_patient_pds as endpoint  # noqa: PLC0415 (loaded on first use)

    raw = await hero.call_raw(endpoint.operation(body=body))
    result = raw.parsed
    if isinstance(result, IdentityVerificationRequired) and isinstance(result.login_url, Unset):
        raise ResponseValidationError(
            "POST /v1/patients/register_pds: the answer has neither patient_id nor login_url",
            method="POST",
            path="/v1/patients/register_pds",
            response=raw.http_response,
        )
    return result
