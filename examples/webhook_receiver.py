"""Receiving Hero webhook deliveries: verify the signature on the raw body, store the event, then
acknowledge. A delivery is answered 204 only once it is stored; if storing fails the answer is 503,
its claim is released, and Hero's redelivery is accepted.

    HEROHEALTH_API_KEY=... HEROHEALTH_PRACTICE_GROUP_ID=... HEROHEALTH_WEBHOOK_SIGNING_KEY=... \\
        uvicorn examples.webhook_receiver:app

With several receiver processes, give the client a ``RedisReplayGuard`` so that they share claims.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from herohealth_async import HeroHealth, WebhookVerificationError
from herohealth_async.models import WebhookEvent

logger = logging.getLogger("webhook_receiver")
RECEIVED: list[WebhookEvent] = []  # stands in for a queue or a database table
REFUSED_BY_STATUS = {"in_progress": 409, "replay_check_unavailable": 503}


async def store(event: WebhookEvent) -> None:
    # Deliveries are thin: keep the event, and fetch the record by event.id later (a worker's job).
    RECEIVED.append(event)
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
