"""Contains methods for accessing the API"""

from typing import Literal, cast

ListEpisodesOrderByItem = Literal["created_at", "priority"]

LIST_EPISODES_ORDER_BY_ITEM_VALUES: set[ListEpisodesOrderByItem] = {
    "created_at",
    "priority",
}


def check_list_episodes_order_by_item(value: str) -> ListEpisodesOrderByItem:
    """Return ``value`` typed as ``ListEpisodesOrderByItem``.

    A value the document does not list is kept as it is, so that a server newer than this document
    cannot break the parsing of a whole response. Test ``value in LIST_EPISODES_ORDER_BY_ITEM_VALUES``
    to tell known values from new ones.
    """
    return cast(ListEpisodesOrderByItem, value)
