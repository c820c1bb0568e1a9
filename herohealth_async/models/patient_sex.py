"""Contains methods for accessing the API"""

from typing import Literal, cast

PatientSex = Literal["Female", "Male", "Not known", "Not specified", "Other"]

PATIENT_SEX_VALUES: set[PatientSex] = {
    "Female",
    "Male",
    "Not known",
    "Not specified",
    "Other",
}


def check_patient_sex(value: str) -> PatientSex:
    """Return ``value`` typed as ``PatientSex``.

    A value the document does not list is kept as it is, so that a server newer than this document
    cannot break the parsing of a whole response. Test ``value in PATIENT_SEX_VALUES``
    to tell known values from new ones.
    """
    return cast(PatientSex, value)
