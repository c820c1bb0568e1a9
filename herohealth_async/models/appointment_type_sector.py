"""Contains methods for accessing the API"""

from typing import Literal, cast

AppointmentTypeSector = Literal["nhs", "paid"]

APPOINTMENT_TYPE_SECTOR_VALUES: set[AppointmentTypeSector] = {
    "nhs",
    "paid",
}


def check_appointment_type_sector(value: str) -> AppointmentTypeSector:
    """Return ``value`` typed as ``AppointmentTypeSector``.

    A value the document does not list is kept as it is, so that a server newer than this document
    cannot break the parsing of a whole response. Test ``value in APPOINTMENT_TYPE_SECTOR_VALUES``
    to tell known values from new ones.
    """
    return cast(AppointmentTypeSector, value)
