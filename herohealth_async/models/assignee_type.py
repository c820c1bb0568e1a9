"""Contains methods for accessing the API"""

from typing import Literal, cast

AssigneeType = Literal["Admin", "AdminTeam", "Unassigned"]

ASSIGNEE_TYPE_VALUES: set[AssigneeType] = {
    "Admin",
    "AdminTeam",
    "Unassigned",
}


def check_assignee_type(value: str) -> AssigneeType:
    """Return ``value`` typed as ``AssigneeType``.

    A value the document does not list is kept as it is, so that a server newer than this document
    cannot break the parsing of a whole response. Test ``value in ASSIGNEE_TYPE_VALUES``
    to tell known values from new ones.
    """
    return cast(AssigneeType, value)
