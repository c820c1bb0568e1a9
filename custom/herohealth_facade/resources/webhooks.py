"""``hero.webhooks``: the Webhooks operations, and verifying deliveries with the client's signing key."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from datetime import timedelta
from typing import TYPE_CHECKING

from herohealth_async.api.webhooks import WebhooksResource
from herohealth_async.models.webhook_event import WebhookEvent
from herohealth_facade._exceptions import RequestValidationError
from herohealth_facade.lib.replay import ReplayGuard
from herohealth_facade.lib.webhook_signature import DEFAULT_TOLERANCE, verify_webhook

if TYPE_CHECKING:
    from herohealth_facade._client import HeroHealth


class Webhooks(WebhooksResource):
    """The Webhooks operations, plus :meth:`unwrap` for a receiver that holds a client."""

    def __init__(self, client: HeroHealth) -> None:
        super().__init__(client)
        self._client = client

    def unwrap(
        self,
        body: bytes,
        headers: Mapping[str, str],
        *,
        key: str | bytes | None = None,
        tolerance: timedelta = DEFAULT_TOLERANCE,
        now: Callable[[], float] = time.time,
        replay_guard: ReplayGuard | None = None,
    ) -> WebhookEvent:
        """Verify a delivery (see ``verify_webhook``), refuse a replay, and return its event.

        ``key`` defaults to the client's ``webhook_signing_key`` (or ``HEROHEALTH_WEBHOOK_SIGNING_KEY``).
        ``replay_guard`` defaults to the client's ``webhook_replay_guard`` (in this process's memory
        unless the client was given another, such as ``RedisReplayGuard`` for several processes).
        Raises ``WebhookVerificationError`` for a delivery that fails, and ``RequestValidationError``
        when no key is configured.
        """
        chosen = key if key is not None else self._client._config.webhook_signing_key
        if chosen is None:
            raise RequestValidationError(
                "webhook_signing_key",
                "pass HeroHealth(webhook_signing_key=...), set HEROHEALTH_WEBHOOK_SIGNING_KEY, or pass key=",
            )
        guard = replay_guard if replay_guard is not None else self._client._replay_guard
        return verify_webhook(body, headers, chosen, tolerance=tolerance, now=now, replay_guard=guard)
