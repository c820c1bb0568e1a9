"""Reminders on a plain anyio loop: jobs from a memory stream, a job that should run again is put back
after its delay, one client for the whole worker. Runs under asyncio and trio.

    python -m examples.jobs.anyio_worker 5521:55 5522:56        # appointment:patient pairs
"""

from __future__ import annotations

import sys

import anyio
from anyio.abc import ObjectSendStream

from examples.jobs.reminders import retry_delay, send_reminder
from herohealth_async import HeroHealth, HeroHealthError

Job = tuple[str, str, int]  # appointment id, patient id, attempt


async def run_jobs(hero: HeroHealth, pairs: list[tuple[str, str]], max_tries: int = 3) -> dict[str, str]:
    """Run one reminder job per (appointment, patient); return each appointment's outcome."""
    outcomes: dict[str, str] = {}
    send, receive = anyio.create_memory_object_stream[Job](100)
    async with anyio.create_task_group() as tg, receive:
        for appointment_id, patient_id in pairs:
            await send.send((appointment_id, patient_id, 1))
        while len(outcomes) < len(pairs):
            appointment_id, patient_id, attempt = await receive.receive()
            try:
                outcome = await send_reminder(hero, appointment_id=appointment_id, patient_id=patient_id)
            except HeroHealthError as exc:
                delay = retry_delay(exc)
                if delay is not None and attempt < max_tries:
                    tg.start_soon(_later, send, delay, (appointment_id, patient_id, attempt + 1))
                    continue
                outcome = f"failed: {type(exc).__name__}"
            outcomes[appointment_id] = outcome
    return outcomes


async def _later(send: ObjectSendStream[Job], delay: float, job: Job) -> None:
    await anyio.sleep(delay)
    await send.send(job)


async def main() -> None:
    pairs = [tuple(arg.split(":", 1)) for arg in sys.argv[1:]]
    async with HeroHealth() as hero:
        print(await run_jobs(hero, [(a, p) for a, p in pairs]))


if __name__ == "__main__":
    anyio.run(main)
