"""Contains methods for accessing the API"""

from typing import Literal, cast

PatientIdentifierSource = Literal["ehr_partner", "gha", "hero", "nhs"]

PATIENT_IDENTIFIER_SOURCE_VALUES: set[PatientIdentifierSource] = {
    "ehr_partner",
    "gha",
    "hero",
    "nhs",
}


def check_patient_identifier_source(value: str) -> PatientIdentifierSource:
    """Return ``value`` typed as ``PatientIdentifierSource``.

    A value the document does not list is kept as it is, so that a server newer than this document
    cannot break the parsing of a whole response. Test ``value in PATIENT_IDENTIFIER_SOURCE_VALUES``
    to tell known values from new ones.
    """
    return cast(PatientIdentifierSource, value)
