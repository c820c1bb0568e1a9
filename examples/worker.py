"""A background worker: send many messages with bounded concurrency, then report.

Retries are the SDK's job: a 429 (the partner rate limit) is retried for every method, this POST
included, honouring Retry-After; connection failures before sending are retried; a 5xx on a POST is
not, so no patient is texted twice. The worker only bounds how many sends run at once and records
each outcome.

    python -m examples.worker 5521 5522 5523
"""

from __future__ import annotations

import sys

import anyio
import attrs

from herohealth_async import HeroHealth, HeroHealthError
from herohealth_async.models import SendMessageBody


@attrs.define
class Summary:
    sent: list[str] = attrs.Factory(list)
    failed: dict[str, str] = attrs.Factory(dict)

    def __str__(self) -> str:
        return f"{len(self.sent)} sent, {len(self.failed)} failed"


async def send_all(hero: HeroHealth, patient_ids: list[str], text: str, concurrency: int = 10) -> Summary:
    summary = Summary()
    limiter = anyio.CapacityLimiter(concurrency)

    async def send_one(patient_id: str) -> None:
        async with limiter:
            try:
                body = SendMessageBody(patient_id=patient_id, message_type="sms", message_string=text)
                sent = await hero.messages.send_message(body=body)
                summary.sent.append(sent.message_id)
            except HeroHealthError as exc:  # one failure does not stop the batch
                summary.failed[patient_id] = type(exc).__name__

    async with anyio.create_task_group() as tg:
        for patient_id in patient_ids:
            tg.start_soon(send_one, patient_id)
    return summary


async def main(patient_ids: list[str]) -> None:
    async with HeroHealth() as hero:
        summary = await send_all(hero, patient_ids, "Your GP practice has a message for you in the NHS App.")
    print(summary)
    for patient_id, error in summary.failed.items():
        print(f"  {patient_id}: {error}")


if __name__ == "__main__":
    anyio.run(main, sys.argv[1:])
