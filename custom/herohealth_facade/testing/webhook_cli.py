"""``herohealth webhooks``: send a signed delivery to a receiver on demand, and work a served fake's deliveries.

    herohealth webhooks trigger EVENT --to URL [--key KEY] [--object-id ID] [--practice-group-id PG]
                                [--object KIND] [--unsigned] [--ca-bundle PEM]
    herohealth webhooks deliveries [--fake URL]
    herohealth webhooks resend DELIVERY_ID [--fake URL] [--timeout S]
    python -m herohealth_async webhooks ...

``trigger`` POSTs one delivery of EVENT, the thin payload Hero sends, signed as Hero signs with the key
from ``--key`` or ``HEROHEALTH_WEBHOOK_SIGNING_KEY`` (prefer the variable: a command line is visible to
other users of the machine); the key is never printed. It exits 0 when the receiver answers 2xx, and 1
otherwise, printing the status (or why there was no answer).

``deliveries`` lists a served fake's delivery attempts (``--fake`` or ``HEROHEALTH_BASE_URL``);
``resend`` sends one of them again, signed anew, and waits up to ``--timeout`` seconds for the
receiver's answer, with the same exit status as ``trigger``.
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys
import time
from typing import Any

import anyio
import httpx

from herohealth_facade.testing.control import FakeControl, FakeControlError
from herohealth_facade.testing.deliveries import WebhookDelivery, sender, signed, thin_payload


def add_command(commands: Any) -> None:
    """Add ``webhooks`` to the ``herohealth`` command's subcommands (``commands``: argparse's)."""
    webhooks = commands.add_parser(
        "webhooks",
        help="send signed deliveries to a receiver; list and resend a served fake's",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    actions = webhooks.add_subparsers(dest="action", required=True)
    trigger = actions.add_parser("trigger", help="send one signed delivery of EVENT to a receiver")
    trigger.add_argument("event", metavar="EVENT", help="such as appointment.confirmed")
    trigger.add_argument("--to", required=True, metavar="URL", help="the receiver's URL")
    trigger.add_argument("--key", help="the signing key (default: HEROHEALTH_WEBHOOK_SIGNING_KEY)")
    trigger.add_argument("--unsigned", action="store_true", help="send without signature headers")
    trigger.add_argument("--object-id", help="the record the event is about (default: a new random ID)")
    trigger.add_argument("--practice-group-id", default=os.environ.get("HEROHEALTH_PRACTICE_GROUP_ID", "1"))
    trigger.add_argument("--object", dest="kind", help="the payload's object (for events the document shows none)")
    trigger.add_argument("--ca-bundle", help="a PEM file of the CA to trust for an https receiver")
    trigger.set_defaults(run=_trigger)
    fake = {"default": os.environ.get("HEROHEALTH_BASE_URL"), "help": "the served fake (default: HEROHEALTH_BASE_URL)"}
    listing = actions.add_parser("deliveries", help="list a served fake's delivery attempts")
    listing.add_argument("--fake", **fake)
    listing.set_defaults(run=_deliveries)
    resend = actions.add_parser("resend", help="send a served fake's delivery again, signed anew")
    resend.add_argument("delivery_id", metavar="DELIVERY_ID")
    resend.add_argument("--fake", **fake)
    resend.add_argument("--timeout", type=float, default=10.0, help="seconds to wait for the receiver's answer")
    resend.set_defaults(run=_resend)


def _trigger(args: argparse.Namespace) -> int:
    key = None if args.unsigned else (args.key or os.environ.get("HEROHEALTH_WEBHOOK_SIGNING_KEY"))
    if not key and not args.unsigned:
        return _fail("no signing key: pass --key, set HEROHEALTH_WEBHOOK_SIGNING_KEY, or pass --unsigned")
    object_id = args.object_id or f"trigger-{secrets.token_hex(6)}"
    try:
        body = thin_payload(args.event, object_id, args.practice_group_id, args.kind)
    except ValueError as exc:
        return _fail(f"{exc} (--object)")
    return anyio.run(_post, args.to, body, key, args.ca_bundle or True)


async def _post(url: str, body: bytes, key: str | None, verify: str | bool) -> int:
    async with sender(verify=verify) as http:
        try:
            response = await http.post(url, content=body, headers=signed(body, key, time.time()))
        except httpx.HTTPError as exc:
            return _fail(f"not delivered: no answer ({type(exc).__name__})")
    return _outcome(response.status_code)


def _deliveries(args: argparse.Namespace) -> int:
    async def listing() -> list[WebhookDelivery]:
        async with FakeControl(_fake_url(args)) as control:
            return await control.deliveries()

    for delivery in anyio.run(listing):
        outcome = f"HTTP {delivery.status}" if delivery.status is not None else delivery.error
        print(f"{delivery.id}  {delivery.event}  attempt {delivery.attempt}  {outcome}")
    return 0


def _resend(args: argparse.Namespace) -> int:
    delivery_id: str = args.delivery_id

    async def resend() -> WebhookDelivery:
        async with FakeControl(_fake_url(args)) as control:
            before = sum(d.id == delivery_id for d in await control.deliveries())
            await control.resend(delivery_id)
            with anyio.fail_after(args.timeout):
                while True:
                    attempts = [d for d in await control.deliveries() if d.id == delivery_id]
                    if len(attempts) > before:
                        return attempts[before]
                    await anyio.sleep(0.05)

    try:
        attempt = anyio.run(resend)
    except FakeControlError as exc:
        return _fail(f"the fake refused: {exc}")
    except TimeoutError:
        return _fail(f"no answer from the receiver within {args.timeout:g} s")
    if attempt.status is None:
        return _fail(f"not delivered: no answer ({attempt.error})")
    return _outcome(attempt.status)


def _fake_url(args: argparse.Namespace) -> str:
    if not args.fake:
        raise SystemExit("herohealth webhooks: pass --fake URL or set HEROHEALTH_BASE_URL")
    return str(args.fake)


def _outcome(status: int) -> int:
    if 200 <= status < 300:
        print(f"delivered: HTTP {status}")
        return 0
    return _fail(f"not delivered: HTTP {status}")


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 1
