"""Reminders on arq: one client per worker process, opened in ``on_startup`` and closed in
``on_shutdown``; idempotency records in the same Redis as the queue.

    arq examples.jobs.arq_worker.WorkerSettings            # the worker
    python -m examples.jobs.arq_worker 5521 55             # enqueue a reminder (appointment, patient)

``REDIS_URL`` (and ``REMINDER_TIMEOUT``, seconds) name the Redis; ``HEROHEALTH_*`` the API, as for every client.
"""

from __future__ import annotations

import asyncio
import os
import sys
from typing import Any

from arq import Retry, create_pool
from arq.connections import RedisSettings

from examples.jobs.reminders import retry_delay, send_reminder
from herohealth_async import HeroHealth, HeroHealthError, RedisIdempotencyStore

REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
TIMEOUT = float(os.environ.get("REMINDER_TIMEOUT", "30"))


async def startup(ctx: dict[str, Any]) -> None:
    ctx["hero"] = HeroHealth(timeout=TIMEOUT, idempotency_store=RedisIdempotencyStore(REDIS_URL))


async def shutdown(ctx: dict[str, Any]) -> None:
    await ctx["hero"].aclose()


async def reminder(ctx: dict[str, Any], appointment_id: str, patient_id: str) -> str:
    try:
        return await send_reminder(ctx["hero"], appointment_id=appointment_id, patient_id=patient_id)
    except HeroHealthError as exc:
        delay = retry_delay(exc)
        if delay is None:
            raise
        raise Retry(defer=delay) from exc


class WorkerSettings:
    functions = [reminder]  # noqa: RUF012 (arq reads these class attributes)
    on_startup = startup
    on_shutdown = shutdown
    redis_settings = RedisSettings.from_dsn(REDIS_URL)
    max_tries = 3


async def enqueue(appointment_id: str, patient_id: str) -> None:
    pool = await create_pool(RedisSettings.from_dsn(REDIS_URL))
    await pool.enqueue_job("reminder", appointment_id, patient_id, _job_id=f"reminder:{appointment_id}")
    await pool.aclose()


if __name__ == "__main__":
    asyncio.run(enqueue(sys.argv[1], sys.argv[2]))
