"""Contains methods for accessing the API"""

from typing import Literal, cast

ListAdminsOrderBy = Literal["first_name"]

LIST_ADMINS_ORDER_BY_VALUES: set[ListAdminsOrderBy] = {
    "first_name",
}


def check_list_admins_order_by(value: str) -> ListAdminsOrderBy:
    """Return ``value`` typed as ``ListAdminsOrderBy``.

    A value the document does not list is kept as it is, so that a server newer than this document
    cannot break the parsing of a whole response. Test ``value in LIST_ADMINS_ORDER_BY_VALUES``
    to tell known values from new ones.
    """
    return cast(ListAdminsOrderBy, value)
