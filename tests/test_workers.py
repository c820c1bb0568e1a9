"""The reminder recipes on real worker frameworks: arq (a worker process on Redis), Celery (a worker
with a Redis broker, prefork and solo pools) and a plain anyio loop. In each, the first attempt times
out after Hero accepted the message; the retried job never sends it again."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import anyio
import anyio.to_thread
import pytest
import redis

from examples.jobs.anyio_worker import run_jobs
from herohealth_async import InMemoryIdempotencyStore
from herohealth_facade.testing import FakeHero
from tests.helpers import API_KEY

# Real worker processes and their frameworks: run by the 3.11 suite only (like the Redis topologies).
pytestmark = [pytest.mark.topologies, pytest.mark.anyio]
ROOT = Path(__file__).resolve().parents[1]
ARQ_PYTHON = ROOT / ".venv-arq" / "bin" / "python"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def sends(fake: FakeHero) -> int:
    return sum(1 for r in fake.requests if r.operation == "send_message")


def slow_fake() -> FakeHero:
    fake = FakeHero()
    fake.slow_after_action("send_message", seconds=3.0)  # accepted, then answered after the client gave up
    return fake


def worker_env(url: str, redis_url: str) -> dict[str, str]:
    return os.environ | {
        "HEROHEALTH_API_KEY": API_KEY,
        "HEROHEALTH_PRACTICE_GROUP_ID": "1",
        "HEROHEALTH_BASE_URL": url,
        "REMINDER_TIMEOUT": "1",
        "REDIS_URL": redis_url,
        "PYTHONPATH": str(ROOT),
    }


async def test_arq_retries_the_job_and_the_patient_gets_one_message(redis_url: str) -> None:
    fake = slow_fake()
    redis.Redis.from_url(redis_url).flushdb()
    async with fake.serve() as url:
        await _arq(url, redis_url)
    assert sends(fake) == 1 and len(fake.messages) == 1  # the retry reached the record, not the patient


async def _arq(url: str, redis_url: str) -> None:
    assert ARQ_PYTHON.exists(), "arq runs in .venv-arq (it pins redis<6): run `make install`"
    env = worker_env(url, redis_url)
    await anyio.run_process([str(ARQ_PYTHON), "-m", "examples.jobs.arq_worker", "5521", "55"], env=env, cwd=ROOT)
    worker = [str(ARQ_PYTHON), "-m", "arq", "examples.jobs.arq_worker.WorkerSettings", "--burst"]
    done = await anyio.run_process(worker, env=env, cwd=ROOT, check=False)
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    output = done.stderr.decode() + done.stdout.decode()
    assert "'unknown'" in output  # the job's result: left in the outbox for a person


@pytest.mark.parametrize("pool", ["prefork", "solo"])
async def test_celery_retries_the_task_and_the_patient_gets_one_message(redis_url: str, pool: str) -> None:
    fake = slow_fake()
    redis.Redis.from_url(redis_url).flushdb()
    async with fake.serve() as url:
        await _celery(url, redis_url, pool)
    # The first reminder: sent once, timed out, retried into the outbox. The second: sent once.
    assert sends(fake) == 2 and len(fake.messages) == 2


async def _celery(url: str, redis_url: str, pool: str) -> None:
    env = worker_env(url, redis_url)
    command = [sys.executable, "-m", "celery", "-A", "examples.jobs.celery_worker", "worker", f"--pool={pool}"]
    command += ["--concurrency=2", "--loglevel=WARNING", "--without-gossip", "--without-mingle"]
    worker = await anyio.open_process(command, env=env, cwd=ROOT)
    try:
        sender = [sys.executable, "-c", CELERY_SEND]
        sent = await anyio.run_process(sender, env=env, cwd=ROOT, check=False)
        assert sent.returncode == 0, sent.stderr.decode()[-2000:]
        assert sent.stdout.decode().split() == ["unknown", "sent"]
    finally:
        worker.terminate()
        with anyio.fail_after(20):
            await worker.wait()


CELERY_SEND = """
from examples.jobs.celery_worker import reminder
print(reminder.delay("5521", "55").get(timeout=60))
print(reminder.delay("5522", "56").get(timeout=60))
"""


@pytest.mark.parametrize("anyio_backend", ["asyncio", "trio"])
async def test_an_anyio_worker_loop_retries_the_job_and_the_patient_gets_one_message() -> None:
    fake = FakeHero()
    fake.slow_after_action("send_message", seconds=3.0)
    async with fake.client(timeout=1, idempotency_store=InMemoryIdempotencyStore()) as hero:
        outcomes = await run_jobs(hero, [("5521", "55"), ("5522", "56")])
    assert outcomes == {"5521": "unknown", "5522": "sent"}
    assert sends(fake) == 2 and len(fake.messages) == 2
