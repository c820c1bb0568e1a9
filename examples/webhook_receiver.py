"""Receiving Hero webhook deliveries: verify the signature on the raw body, acknowledge at once,
do the work after answering.

    HEROHEALTH_WEBHOOK_SIGNING_KEY=... uvicorn examples.webhook_receiver:app
"""

from __future__ import annotations

import logging
import os

from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from herohealth_async import WebhookVerificationError, verify_webhook
from herohealth_async.models import WebhookEvent

logger = logging.getLogger("webhook_receiver")
RECEIVED: list[WebhookEvent] = []  # stands in for a queue or a database table


async def handle(event: WebhookEvent) -> None:
    # Deliveries are thin: fetch the record by event.id through the API if more is needed.
    RECEIVED.append(event)
    logger.info("received %s for %s %s", event.event, event.object_, event.id)


async def hero_webhook(request: Request) -> Response:
    body = await request.body()  # the exact bytes: the signature covers them, not a re-serialisation
    try:
        event = verify_webhook(body, request.headers, os.environ["HEROHEALTH_WEBHOOK_SIGNING_KEY"])
    except WebhookVerificationError as exc:
        return JSONResponse({"error": exc.reason}, status_code=400)
    return Response(status_code=204, background=BackgroundTask(handle, event))


app = Starlette(routes=[Route("/hero/webhooks", hero_webhook, methods=["POST"])])
