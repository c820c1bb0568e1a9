"""Contains methods for accessing the API"""

from typing import Literal, cast

AppointmentTypeAssigneeType = Literal["Admin", "AdminTeam"]

APPOINTMENT_TYPE_ASSIGNEE_TYPE_VALUES: set[AppointmentTypeAssigneeType] = {
    "Admin",
    "AdminTeam",
}


def check_appointment_type_assignee_type(value: str) -> AppointmentTypeAssigneeType:
    """Return ``value`` typed as ``AppointmentTypeAssigneeType``.

    A value the document does not list is kept as it is, so that a server newer than this document
    cannot break the parsing of a whole response. Test ``value in APPOINTMENT_TYPE_ASSIGNEE_TYPE_VALUES``
    to tell known values from new ones.
    """
    return cast(AppointmentTypeAssigneeType, value)
