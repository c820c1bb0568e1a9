"""Contains methods for accessing the API"""

from typing import Literal, cast

SendMessageBodyMessageType = Literal["email", "hero", "nhs_app", "sms"]

SEND_MESSAGE_BODY_MESSAGE_TYPE_VALUES: set[SendMessageBodyMessageType] = {
    "email",
    "hero",
    "nhs_app",
    "sms",
}


def check_send_message_body_message_type(value: str) -> SendMessageBodyMessageType:
    """Return ``value`` typed as ``SendMessageBodyMessageType``.

    A value the document does not list is kept as it is, so that a server newer than this document
    cannot break the parsing of a whole response. Test ``value in SEND_MESSAGE_BODY_MESSAGE_TYPE_VALUES``
    to tell known values from new ones.
    """
    return cast(SendMessageBodyMessageType, value)
