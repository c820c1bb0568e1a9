"""The commands around the served fake, run as users run them (separate processes): ``python -m
herohealth_async.testing`` with its flags, and ``herohealth webhooks trigger|deliveries|resend``."""

from __future__ import annotations

import datetime
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest

from herohealth_async import HeroHealth, RateLimitError, verify_webhook
from herohealth_async.models import CreateWebhookBody
from tests.servers import asgi_server, fake_process, free_port

KEY = "whsec_cli_secret_5b1e"
HERO = Path(sys.executable).parent / "herohealth"


RECEIVED: list[tuple[str, bytes, dict[str, str]]] = []


async def receiver_app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """Records each delivery; answers 500 under ``/fail``, else 204."""
    if scope["type"] != "http":
        return
    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if not message.get("more_body"):
            break
    headers = {k.decode(): v.decode() for k, v in scope["headers"]}
    RECEIVED.append((scope["path"], body, headers))
    status = 500 if scope["path"].startswith("/fail") else 204
    await send({"type": "http.response.start", "status": status, "headers": []})
    await send({"type": "http.response.body", "body": b""})


@pytest.fixture
def receiver() -> Iterator[str]:
    RECEIVED.clear()
    with asgi_server(receiver_app) as url:
        yield url


def herohealth(*args: str, key: str | None = KEY, via: str = "script") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HEROHEALTH_")}
    if key is not None:
        env["HEROHEALTH_WEBHOOK_SIGNING_KEY"] = key
    command = [str(HERO)] if via == "script" else [sys.executable, "-m", "herohealth_async"]
    return subprocess.run([*command, *args], capture_output=True, text=True, env=env, timeout=60)


@pytest.mark.parametrize("via", ["script", "module"])
def test_trigger_sends_one_signed_delivery_and_exits_0_on_a_2xx(receiver: str, via: str) -> None:
    result = herohealth(
        "webhooks", "trigger", "appointment.cancelled", "--to", f"{receiver}/hero",
        "--object-id", "88001", "--practice-group-id", "42", via=via,
    )  # fmt: skip
    assert (result.returncode, result.stdout.strip()) == (0, "delivered: HTTP 204"), result.stderr
    ((path, body, headers),) = RECEIVED
    event = verify_webhook(body, headers, KEY)
    assert (path, event.object_, event.id, event.practice_group_id, event.event) == (
        "/hero", "Appointment", "88001", "42", "appointment.cancelled",
    )  # fmt: skip
    assert KEY not in result.stdout + result.stderr


def test_trigger_exits_non_zero_with_the_status_and_never_prints_the_key(receiver: str) -> None:
    refused = herohealth("webhooks", "trigger", "appointment.confirmed", "--to", f"{receiver}/fail", "--key", KEY)
    nobody = herohealth("webhooks", "trigger", "appointment.confirmed", "--to", f"http://127.0.0.1:{free_port()}/")
    keyless = herohealth("webhooks", "trigger", "appointment.confirmed", "--to", f"{receiver}/hero", key=None)
    unknown = herohealth("webhooks", "trigger", "write-to-record.failed", "--to", f"{receiver}/hero")
    assert (refused.returncode, refused.stderr.strip()) == (1, "not delivered: HTTP 500")
    assert (nobody.returncode, nobody.stderr.strip()) == (1, "not delivered: no answer (ConnectError)")
    assert keyless.returncode == 1 and "HEROHEALTH_WEBHOOK_SIGNING_KEY" in keyless.stderr
    assert unknown.returncode == 1 and "--object" in unknown.stderr
    assert [path for path, _, _ in RECEIVED] == ["/fail"]  # nothing was sent unsigned or half-formed
    for result in (refused, nobody, keyless, unknown):
        assert KEY not in result.stdout + result.stderr


def test_the_served_fake_command_takes_its_flags(tmp_path: Path) -> None:
    start = datetime.datetime(2031, 3, 4, 10, tzinfo=datetime.UTC)
    seed = {
        "practices": {
            "7": {"slots": [{"start": start.isoformat(), "count": 2, "every": 600}]},
            "8": {"patients": [{"nhs_number": "9434765919", "dob": "1980-01-01"}]},
        }
    }
    (tmp_path / "seed.json").write_text(json.dumps(seed))
    with fake_process("--seed", str(tmp_path / "seed.json"), "--slots", "3", "--rate-limit", "1") as url:

        async def run() -> tuple[list[datetime.datetime], int, int]:
            async with HeroHealth(api_key="k", practice_group_id="7", base_url=url, max_retries=0) as hero:
                seeded = [s.start_time for s in (await hero.booking.list_slots()).data]
                await anyio.sleep(1)  # a new calendar second for the rate limit's count
                other = await hero.for_practice_group("8").booking.list_slots()
                refused = 0

                async def one() -> None:
                    nonlocal refused
                    try:
                        await hero.booking.list_slots()
                    except RateLimitError:
                        refused += 1

                async with anyio.create_task_group() as tg:  # six at once: they arrive within a second or two
                    for _ in range(6):
                        tg.start_soon(one)
                return seeded, other.count, refused

        seeded, others, refused = anyio.run(run)
    assert seeded == [start, start + datetime.timedelta(minutes=10)]  # the seed's slots, not the default ones
    assert others == 3  # --slots for a practice whose seed names none
    assert refused >= 4  # six at once, within at most two calendar seconds: one allowed in each


def test_bad_seed_files_and_flags_are_refused_by_name(tmp_path: Path) -> None:
    (tmp_path / "seed.json").write_text('{"practices": {"1": {"slots": [{"count": 2}]}}}')
    bad_seed = subprocess.run(
        [sys.executable, "-m", "herohealth_async.testing", "--seed", str(tmp_path / "seed.json")],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    bad_flag = subprocess.run(
        [sys.executable, "-m", "herohealth_async.testing", "--slots", "-1"], capture_output=True, text=True, timeout=60
    )
    assert bad_seed.returncode != 0 and "practice 1" in bad_seed.stderr and "'start'" in bad_seed.stderr
    assert bad_flag.returncode == 2 and "--slots" in bad_flag.stderr


def test_deliveries_and_resend_work_a_served_fakes_record(receiver: str) -> None:
    with fake_process("--retry-schedule", "0.2") as url:

        async def book() -> None:
            async with HeroHealth(api_key="k", practice_group_id="1", base_url=url) as hero:
                body = CreateWebhookBody(event_type="appointment.confirmed", url=f"{receiver}/hero", signing_key=KEY)  # type: ignore[arg-type]
                await hero.webhooks.create_webhook(body=body)
                slot = (await hero.booking.list_slots()).data[0]
                await hero.booking.book_slot(slot, patient_id="55")
            with anyio.fail_after(10):
                while not RECEIVED:  # noqa: ASYNC110 (another process delivers)
                    await anyio.sleep(0.05)

        anyio.run(book)
        listed = herohealth("webhooks", "deliveries", "--fake", url)
        delivery_id = listed.stdout.split()[0]
        resent = herohealth("webhooks", "resend", delivery_id, "--fake", url)
        missing = herohealth("webhooks", "resend", "dlv_nope", "--fake", url)
    assert listed.returncode == 0 and "appointment.confirmed  attempt 1  HTTP 204" in listed.stdout
    assert (resent.returncode, resent.stdout.strip()) == (0, "delivered: HTTP 204"), resent.stderr
    assert missing.returncode == 1 and "HTTP 404" in missing.stderr
    first, again = RECEIVED
    assert first[1] == again[1]  # the same event, signed again
    assert verify_webhook(again[1], again[2], KEY).event == "appointment.confirmed"


def test_the_fake_command_prints_a_url_that_answers() -> None:
    with fake_process("--practice", "5") as url:
        answer = httpx.get(f"{url}/_fake/clock", timeout=5)
    assert answer.status_code == 200 and answer.json()["live"] is True  # the staging fake keeps real time
