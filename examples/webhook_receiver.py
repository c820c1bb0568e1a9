"""Receiving Hero webhook deliveries: verify the signature on the raw body, store the event, then
acknowledge. A delivery is answered 204 only once it is stored; if storing fails the answer is 503,
its claim is released, and Hero's redelivery is accepted.

    HEROHEALTH_API_KEY=... HEROHEALTH_PRACTICE_GROUP_ID=... HEROHEALTH_WEBHOOK_SIGNING_KEY=... \\
        RECEIVER_DB=webhooks.db uvicorn examples.webhook_receiver:app

Events are stored in a SQLite table (``RECEIVER_DB``), one row per ``event.key``: a redelivery, signed
again with a new timestamp, passes the replay guard as a new delivery, and adds to that row's
``deliveries`` count instead of adding a row. A worker then fetches each row's record
(``hero.webhooks.fetch_object``) and upserts it by its ID. With several receiver processes, give the
client a ``RedisReplayGuard`` so that they share claims.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import AsyncIterator

import anyio.to_thread
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from herohealth_async import HeroHealth, ReceivedEvent, WebhookVerificationError

logger = logging.getLogger("webhook_receiver")
REFUSED_BY_STATUS = {"in_progress": 409, "replay_check_unavailable": 503}
TABLE = """CREATE TABLE IF NOT EXISTS events (
    key TEXT PRIMARY KEY, object TEXT, id TEXT, practice_group_id TEXT, event TEXT, deliveries INTEGER
)"""
UPSERT = """INSERT INTO events VALUES (?, ?, ?, ?, ?, 1)
    ON CONFLICT (key) DO UPDATE SET deliveries = deliveries + 1"""


def database() -> str:
    return os.environ.get("RECEIVER_DB", "webhooks.db")


def _upsert(event: ReceivedEvent) -> None:
    # A short busy timeout: a database that stays locked fails the delivery (503), and Hero sends it again.
    with contextlib.closing(sqlite3.connect(database(), timeout=0.5)) as db, db:
        db.execute(TABLE)
        key = event.key
        db.execute(UPSERT, (key.text, key.object_, key.id, key.practice_group_id, key.event))


async def store(event: ReceivedEvent) -> None:
    await anyio.to_thread.run_sync(_upsert, event)
    logger.info("stored %s for %s", event.event, event.object_)


async def hero_webhook(request: Request) -> Response:
    hero: HeroHealth = request.app.state.hero
    body = await request.body()  # the exact bytes: the signature covers them, not a re-serialisation
    try:
        async with hero.webhooks.receive(body, request.headers) as event:
            await store(event)  # an exception here releases the claim: Hero's redelivery is accepted
    except WebhookVerificationError as exc:
        status = 200 if exc.reason == "replayed" else REFUSED_BY_STATUS.get(exc.reason, 400)
        return JSONResponse({"error": exc.reason}, status_code=status)
    except Exception:
        logger.exception("could not store a webhook delivery")
        return JSONResponse({"error": "not stored"}, status_code=503)
    return Response(status_code=204)


@contextlib.asynccontextmanager
async def lifespan(app: Starlette) -> AsyncIterator[None]:
    async with HeroHealth() as hero:  # credentials and signing key from the environment
        app.state.hero = hero
        yield


app = Starlette(routes=[Route("/hero/webhooks", hero_webhook, methods=["POST"])], lifespan=lifespan)
