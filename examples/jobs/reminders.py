"""The reminder job every recipe runs, and how its errors map to a retry.

The job sends with an idempotency key named after what it is about (the appointment), so a retried
job (after a timeout, a crash, a redelivery) never texts the patient twice: a repeat returns the first
answer, or raises ``OutcomeUnknownError`` when nobody can know whether the first was carried out. That
one goes to the outbox, for a person to settle, and the job stops.
"""

from __future__ import annotations

import logging

from herohealth_async import APIConnectionError, HeroHealth, HeroHealthError, InternalServerError, OutcomeUnknownError
from herohealth_async.models import SendMessageBody

logger = logging.getLogger("reminders")


REMINDER = "Reminder: you have an appointment tomorrow."


async def send_reminder(hero: HeroHealth, *, appointment_id: str, patient_id: str, text: str = REMINDER) -> str:
    """Send the reminder for ``appointment_id``: ``"sent"``, or ``"unknown"`` (in the outbox for a person).

    Any other :class:`HeroHealthError` is raised: :func:`retry_delay` says whether to run the job again.
    """
    body = SendMessageBody(patient_id=patient_id, message_type="sms", message_string=text)
    try:
        await hero.messages.send_message(body=body, idempotency_key=f"reminder:{appointment_id}")
    except OutcomeUnknownError as exc:
        logger.error("reminder outcome unknown (sent at %s): left for a person", exc.sent_at.isoformat())
        return "unknown"
    return "sent"


def retry_delay(exc: HeroHealthError) -> float | None:
    """Seconds to wait before running a keyed job again, or None to stop.

    Retryable errors say so (``retryable``, ``retry_after``). With an idempotency key, a write whose
    outcome is unclear (a timeout, a dropped connection, a 5xx) may be retried too: the next attempt
    returns the recorded answer or raises ``OutcomeUnknownError``, and never sends twice.
    """
    if exc.retryable:
        return exc.retry_after if exc.retry_after is not None else 1.0
    if isinstance(exc, APIConnectionError | InternalServerError):
        return 1.0
    return None
