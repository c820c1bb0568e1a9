"""Contains methods for accessing the API"""

from typing import Literal, cast

PatientStatus = Literal["archived", "unarchived"]

PATIENT_STATUS_VALUES: set[PatientStatus] = {
    "archived",
    "unarchived",
}


def check_patient_status(value: str) -> PatientStatus:
    """Return ``value`` typed as ``PatientStatus``.

    A value the document does not list is kept as it is, so that a server newer than this document
    cannot break the parsing of a whole response. Test ``value in PATIENT_STATUS_VALUES``
    to tell known values from new ones.
    """
    return cast(PatientStatus, value)
