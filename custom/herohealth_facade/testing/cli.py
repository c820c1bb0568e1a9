"""``python -m herohealth_async.testing``: serve a seeded :class:`FakeHero` as a staging server.

It prints its base URL on one line (with ``--tls``, a second line ``HEROHEALTH_CA_BUNDLE=<path>``
names the throwaway CA to trust) and serves until interrupted: the API, signed webhook deliveries to
the URLs registered through it (retried), a clock that follows the wall clock, and the control API
under ``/_fake/`` for loopback clients (``FakeControl``).

A ``--seed`` file is JSON: ``{"practices": {"<id>": {"slots": [...], "patients": [...]}}}`` where a
slot entry is ``{"start": "<ISO date-time>", "count": 8, "every": 900}`` (``every`` in seconds) and a
patient entry is ``{"nhs_number": "...", "dob": "YYYY-MM-DD", "identity_verified": true}``; each
practice it names is served (with those slots instead of the default ones, and those PDS patients).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import json
from pathlib import Path
from typing import Any

import anyio

from herohealth_facade.testing._control_api import BadControlRequest, add_slots
from herohealth_facade.testing.deliveries import RETRY_SCHEDULE
from herohealth_facade.testing.fake import FakeHero


def main(argv: list[str] | None = None) -> None:
    args = _parser().parse_args(argv)
    fake = build(args)

    async def run() -> None:
        async with fake.serve(host=args.host, port=args.port, tls=args.tls) as url:
            print(url, flush=True)
            if fake.ca_bundle is not None:
                print(f"HEROHEALTH_CA_BUNDLE={fake.ca_bundle}", flush=True)
            await anyio.sleep_forever()

    with contextlib.suppress(KeyboardInterrupt):
        anyio.run(run)


def build(args: argparse.Namespace) -> FakeHero:
    """The fake the command's options describe."""
    seed = _read_seed(args.seed) if args.seed else {}
    practices = tuple(args.practice or seed or ["1"])
    fake = FakeHero(practices=practices, retry_schedule=args.retry_schedule)
    for practice_group_id in practices:
        practice = fake.practice(practice_group_id)
        practice.clear()
        practice.seed(slots=0 if "slots" in seed.get(practice_group_id, {}) else args.slots)
        _apply(fake, practice_group_id, seed.get(practice_group_id, {}))
    fake.rate_limit(args.rate_limit)
    fake.latency = args.latency
    return fake


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m herohealth_async.testing",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 (the default): a free port")
    parser.add_argument("--practice", action="append", help="a practice group ID to serve (repeatable; default 1)")
    parser.add_argument("--tls", action="store_true", help="serve HTTPS with a certificate from a throwaway CA")
    parser.add_argument("--slots", type=_count, default=8, help="15-minute slots seeded per practice (default 8)")
    parser.add_argument("--seed", type=Path, help="a JSON file of practices, slots and PDS patients (see above)")
    parser.add_argument("--rate-limit", type=_count, help="answer 429 beyond N requests a second")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds every answer waits")
    parser.add_argument(
        "--retry-schedule",
        type=_schedule,
        default=RETRY_SCHEDULE,
        help="seconds between delivery attempts, comma-separated (default 1,5,30,120,600)",
    )
    return parser


def _read_seed(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text())
        practices = data["practices"]
        if not isinstance(practices, dict):
            raise TypeError("practices must be an object")
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise SystemExit(f"--seed {path}: not a seed file ({type(exc).__name__}: {exc})") from None
    return practices


def _apply(fake: FakeHero, practice_group_id: str, seed: dict[str, Any]) -> None:
    practice = fake.practice(practice_group_id)
    try:
        for slots in seed.get("slots", []):
            add_slots(practice, slots)
        for patient in seed.get("patients", []):
            dob = datetime.date.fromisoformat(patient["dob"])
            verified = patient.get("identity_verified", True)
            practice.add_pds_patient(patient["nhs_number"], dob, identity_verified=verified)
    except BadControlRequest as exc:
        raise SystemExit(f"--seed: practice {practice_group_id}: slot {exc.field!r}: expected {exc.expected}") from None
    except (KeyError, ValueError, TypeError) as exc:
        raise SystemExit(f"--seed: practice {practice_group_id}: {type(exc).__name__}: {exc}") from None


def _count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def _schedule(text: str) -> tuple[float, ...]:
    try:
        return tuple(float(part) for part in text.split(",") if part.strip())
    except ValueError:
        raise argparse.ArgumentTypeError("seconds, comma-separated (such as 1,5,30)") from None
