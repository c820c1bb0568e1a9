"""Contains methods for accessing the API"""

from typing import Literal, cast

SendMessageBodyFallbackMessageType = Literal["email", "sms"]

SEND_MESSAGE_BODY_FALLBACK_MESSAGE_TYPE_VALUES: set[SendMessageBodyFallbackMessageType] = {
    "email",
    "sms",
}


def check_send_message_body_fallback_message_type(value: str) -> SendMessageBodyFallbackMessageType:
    """Return ``value`` typed as ``SendMessageBodyFallbackMessageType``.

    A value the document does not list is kept as it is, so that a server newer than this document
    cannot break the parsing of a whole response. Test ``value in SEND_MESSAGE_BODY_FALLBACK_MESSAGE_TYPE_VALUES``
    to tell known values from new ones.
    """
    return cast(SendMessageBodyFallbackMessageType, value)
