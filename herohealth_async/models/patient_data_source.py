"""Contains methods for accessing the API"""

from typing import Literal, cast

PatientDataSource = Literal["emis", "gha", "hero", "pds", "systm_one"]

PATIENT_DATA_SOURCE_VALUES: set[PatientDataSource] = {
    "emis",
    "gha",
    "hero",
    "pds",
    "systm_one",
}


def check_patient_data_source(value: str) -> PatientDataSource:
    """Return ``value`` typed as ``PatientDataSource``.

    A value the document does not list is kept as it is, so that a server newer than this document
    cannot break the parsing of a whole response. Test ``value in PATIENT_DATA_SOURCE_VALUES``
    to tell known values from new ones.
    """
    return cast(PatientDataSource, value)
