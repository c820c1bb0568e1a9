"""Contains methods for accessing the API"""

from typing import Literal, cast

WebhookEventType = Literal[
    "appointment.cancelled",
    "appointment.confirmed",
    "appointment.rescheduled",
    "patient.added-to-sequence",
    "patient.medical-record-updated",
    "prescription.issued",
    "write-to-record.failed",
    "write-to-record.succeeded",
]

WEBHOOK_EVENT_TYPE_VALUES: set[WebhookEventType] = {
    "appointment.cancelled",
    "appointment.confirmed",
    "appointment.rescheduled",
    "patient.added-to-sequence",
    "patient.medical-record-updated",
    "prescription.issued",
    "write-to-record.failed",
    "write-to-record.succeeded",
}


def check_webhook_event_type(value: str) -> WebhookEventType:
    """Return ``value`` typed as ``WebhookEventType``.

    A value the document does not list is kept as it is, so that a server newer than this document
    cannot break the parsing of a whole response. Test ``value in WEBHOOK_EVENT_TYPE_VALUES``
    to tell known values from new ones.
    """
    return cast(WebhookEventType, value)
