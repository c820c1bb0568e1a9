"""Contains methods for accessing the API"""

from typing import Literal, cast

BatchMessageStatus = Literal["COMPLETED", "CREATED", "PENDING", "SENDING"]

BATCH_MESSAGE_STATUS_VALUES: set[BatchMessageStatus] = {
    "COMPLETED",
    "CREATED",
    "PENDING",
    "SENDING",
}


def check_batch_message_status(value: str) -> BatchMessageStatus:
    """Return ``value`` typed as ``BatchMessageStatus``.

    A value the document does not list is kept as it is, so that a server newer than this document
    cannot break the parsing of a whole response. Test ``value in BATCH_MESSAGE_STATUS_VALUES``
    to tell known values from new ones.
    """
    return cast(BatchMessageStatus, value)
