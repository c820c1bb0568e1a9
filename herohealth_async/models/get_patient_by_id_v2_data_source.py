"""Contains methods for accessing the API"""

from typing import Literal, cast

GetPatientByIdV2DataSource = Literal["ehr", "hero"]

GET_PATIENT_BY_ID_V2_DATA_SOURCE_VALUES: set[GetPatientByIdV2DataSource] = {
    "ehr",
    "hero",
}


def check_get_patient_by_id_v2_data_source(value: str) -> GetPatientByIdV2DataSource:
    """Return ``value`` typed as ``GetPatientByIdV2DataSource``.

    A value the document does not list is kept as it is, so that a server newer than this document
    cannot break the parsing of a whole response. Test ``value in GET_PATIENT_BY_ID_V2_DATA_SOURCE_VALUES``
    to tell known values from new ones.
    """
    return cast(GetPatientByIdV2DataSource, value)
