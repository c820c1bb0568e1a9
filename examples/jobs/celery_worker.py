"""Reminders on Celery: a module-level client, and each task run with ``asyncio.run``.

The client keeps connections per event loop, so the same client serves every task's new loop (and a
prefork child opens its own connections, never its parent's). Its idempotency records live in Redis,
because a retried task may run in another child or on another machine.

    celery -A examples.jobs.celery_worker worker --pool=prefork    # or --pool=solo

``REDIS_URL`` (and ``REMINDER_TIMEOUT``, seconds) name the broker (and the records); ``HEROHEALTH_*`` the API.
"""

from __future__ import annotations

import asyncio
import os
from typing import Any

from celery import Celery

from examples.jobs.reminders import retry_delay, send_reminder
from herohealth_async import HeroHealth, HeroHealthError, RedisIdempotencyStore

REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
TIMEOUT = float(os.environ.get("REMINDER_TIMEOUT", "30"))
app = Celery("reminders", broker=REDIS_URL, backend=REDIS_URL)
hero = HeroHealth(timeout=TIMEOUT, idempotency_store=RedisIdempotencyStore(REDIS_URL))


@app.task(bind=True, max_retries=3)
def reminder(self: Any, appointment_id: str, patient_id: str) -> str:
    try:
        return asyncio.run(send_reminder(hero, appointment_id=appointment_id, patient_id=patient_id))
    except HeroHealthError as exc:
        delay = retry_delay(exc)
        if delay is None:
            raise
        raise self.retry(countdown=delay, exc=exc) from exc
