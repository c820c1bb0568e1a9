"""Contains methods for accessing the API"""

from typing import Literal, cast

ListBatchMessagesStatus = Literal["CREATED", "ENRICHED", "ENRICHMENT_ERROR", "INVALID_PAYLOAD", "QUEUED"]

LIST_BATCH_MESSAGES_STATUS_VALUES: set[ListBatchMessagesStatus] = {
    "CREATED",
    "ENRICHED",
    "ENRICHMENT_ERROR",
    "INVALID_PAYLOAD",
    "QUEUED",
}


def check_list_batch_messages_status(value: str) -> ListBatchMessagesStatus:
    """Return ``value`` typed as ``ListBatchMessagesStatus``.

    A value the document does not list is kept as it is, so that a server newer than this document
    cannot break the parsing of a whole response. Test ``value in LIST_BATCH_MESSAGES_STATUS_VALUES``
    to tell known values from new ones.
    """
    return cast(ListBatchMessagesStatus, value)
