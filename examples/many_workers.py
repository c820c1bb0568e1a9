"""Several worker processes sharing one Redis: one Elements token refresh for all of them, one request
budget, and one pause after a 429.

    HEROHEALTH_API_KEY=... HEROHEALTH_PRACTICE_GROUP_ID=... \\
        python -m examples.many_workers redis://127.0.0.1:6379/0 --workers 4 --per-second 20 5521 5522 ...

Each worker process builds its own client (one per process and event loop) on the same Redis.
"""

from __future__ import annotations

import argparse
import hashlib
import multiprocessing

import anyio

from herohealth_async import HeroHealth, HeroHealthError, RedisRateLimiter, RedisTokenCache
from herohealth_async.models import SendMessageBody


def client(redis_url: str, per_second: int) -> HeroHealth:
    return HeroHealth(
        token_cache=RedisTokenCache(redis_url),  # one refresh for every process
        rate_limiter=RedisRateLimiter(redis_url, per_second=per_second),  # one budget and one 429 pause
    )


async def work(redis_url: str, per_second: int, patient_ids: list[str]) -> tuple[str, int, int]:
    """(a fingerprint of the Elements token this worker got, messages sent, messages failed)."""
    async with client(redis_url, per_second) as hero:
        token = await hero.practice_group.elements_token()
        sent = failed = 0
        for patient_id in patient_ids:
            body = SendMessageBody(patient_id=patient_id, message_type="sms", message_string="Your results are in.")
            try:
                await hero.messages.send_message(body=body)
                sent += 1
            except HeroHealthError:
                failed += 1
    return hashlib.sha256(token.encode()).hexdigest()[:12], sent, failed  # the token itself is never shown


def _worker(job: tuple[str, int, list[str]]) -> tuple[str, int, int]:
    return anyio.run(work, *job)


def run(redis_url: str, workers: int, per_second: int, patient_ids: list[str]) -> str:
    shares = [patient_ids[i::workers] for i in range(workers)]
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        results = pool.map(_worker, [(redis_url, per_second, share) for share in shares])
    tokens = {fingerprint for fingerprint, _, _ in results}
    sent, failed = sum(r[1] for r in results), sum(r[2] for r in results)
    return f"{workers} workers: {sent} sent, {failed} failed, {len(tokens)} Elements token(s)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("redis_url")
    parser.add_argument("patient_ids", nargs="+")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--per-second", type=int, default=20)
    args = parser.parse_args()
    print(run(args.redis_url, args.workers, args.per_second, args.patient_ids))


if __name__ == "__main__":
    main()
