"""Contains methods for accessing the API"""

from typing import Literal, cast

PatientIdentifierName = Literal["ehr_partner_id", "gha_number", "hero_id", "hero_uid", "nhs_number"]

PATIENT_IDENTIFIER_NAME_VALUES: set[PatientIdentifierName] = {
    "ehr_partner_id",
    "gha_number",
    "hero_id",
    "hero_uid",
    "nhs_number",
}


def check_patient_identifier_name(value: str) -> PatientIdentifierName:
    """Return ``value`` typed as ``PatientIdentifierName``.

    A value the document does not list is kept as it is, so that a server newer than this document
    cannot break the parsing of a whole response. Test ``value in PATIENT_IDENTIFIER_NAME_VALUES``
    to tell known values from new ones.
    """
    return cast(PatientIdentifierName, value)
