"""Contains methods for accessing the API"""

from typing import Literal, cast

PatientIdentifierRole = Literal["main", "secondary"]

PATIENT_IDENTIFIER_ROLE_VALUES: set[PatientIdentifierRole] = {
    "main",
    "secondary",
}


def check_patient_identifier_role(value: str) -> PatientIdentifierRole:
    """Return ``value`` typed as ``PatientIdentifierRole``.

    A value the document does not list is kept as it is, so that a server newer than this document
    cannot break the parsing of a whole response. Test ``value in PATIENT_IDENTIFIER_ROLE_VALUES``
    to tell known values from new ones.
    """
    return cast(PatientIdentifierRole, value)
