"""Contains methods for accessing the API"""

from typing import Literal, cast

UpdateTaskBodyAssigneeType = Literal["admin", "admin_team"]

UPDATE_TASK_BODY_ASSIGNEE_TYPE_VALUES: set[UpdateTaskBodyAssigneeType] = {
    "admin",
    "admin_team",
}


def check_update_task_body_assignee_type(value: str) -> UpdateTaskBodyAssigneeType:
    """Return ``value`` typed as ``UpdateTaskBodyAssigneeType``.

    A value the document does not list is kept as it is, so that a server newer than this document
    cannot break the parsing of a whole response. Test ``value in UPDATE_TASK_BODY_ASSIGNEE_TYPE_VALUES``
    to tell known values from new ones.
    """
    return cast(UpdateTaskBodyAssigneeType, value)
