"""Contains methods for accessing the API"""

from typing import Literal, cast

MessageChannel = Literal["EMAIL", "NHS_APP", "SMS"]

MESSAGE_CHANNEL_VALUES: set[MessageChannel] = {
    "EMAIL",
    "NHS_APP",
    "SMS",
}


def check_message_channel(value: str) -> MessageChannel:
    """Return ``value`` typed as ``MessageChannel``.

    A value the document does not list is kept as it is, so that a server newer than this document
    cannot break the parsing of a whole response. Test ``value in MESSAGE_CHANNEL_VALUES``
    to tell known values from new ones.
    """
    return cast(MessageChannel, value)
