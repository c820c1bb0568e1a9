"""``hero.webhooks``: the Webhooks operations, and receiving deliveries with the client's signing key."""

from __future__ import annotations

import secrets
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import TYPE_CHECKING, Any, TypeVar

import anyio
import anyio.to_thread
import attrs

from herohealth_async.api.webhooks import WebhooksResource
from herohealth_async.models.appointment import Appointment
from herohealth_async.models.form_response import FormResponse
from herohealth_async.models.patient import Patient
from herohealth_async.models.webhook_event import WebhookEvent
from herohealth_facade._exceptions import RequestValidationError
from herohealth_facade._logs import logger
from herohealth_facade.lib.replay import ReplayGuard
from herohealth_facade.lib.threads import ThreadLimit
from herohealth_facade.lib.webhook_event import ReceivedEvent
from herohealth_facade.lib.webhook_signature import (
    DEFAULT_TOLERANCE,
    Delivery,
    WebhookVerificationError,
    guard_call,
    mark_done,
    refuse_unless_claimed,
    verify_delivery,
)

if TYPE_CHECKING:
    from herohealth_facade._client import HeroHealth

T = TypeVar("T")


@attrs.frozen
class UnknownObject:
    """What :meth:`Webhooks.fetch_object` returns for an event about a kind it cannot fetch."""

    kind: str
    id: str = attrs.field(repr=False)  # an ID of a patient's record: kept out of logs


FetchedObject = Appointment | Patient | FormResponse | UnknownObject
_FETCHERS: dict[str, Callable[[HeroHealth, str], Awaitable[FetchedObject]]] = {
    "Appointment": lambda hero, id: hero.booking.get_appointment(id),
    "Patient": lambda hero, id: hero.patients.get_patient_by_id(id),
    "FormSubmission": lambda hero, id: hero.form_response.get_form_response(id),
}
"""How to fetch each kind of object a delivery names (``object``), from the documented kinds."""
DEFAULT_HOLD = timedelta(minutes=1)
_GUARD_THREADS = ThreadLimit(8)


class Webhooks(WebhooksResource):
    """The Webhooks operations, plus :meth:`receive` (two-phase) and :meth:`unwrap` (verify only)."""

    def __init__(self, client: HeroHealth) -> None:
        super().__init__(client)
        self._client = client

    @asynccontextmanager
    async def receive(
        self,
        body: bytes,
        headers: Mapping[str, str],
        *,
        key: str | bytes | None = None,
        tolerance: timedelta = DEFAULT_TOLERANCE,
        hold: timedelta = DEFAULT_HOLD,
        now: Callable[[], float] = time.time,
        replay_guard: ReplayGuard | None = None,
    ) -> AsyncIterator[ReceivedEvent]:
        """Verify a delivery, claim it, and give its event to the ``async with`` block: store, then
        acknowledge.

        When the block ends normally the delivery is committed (a replay is then refused with
        ``reason="replayed"``); when it raises (or is cancelled) the claim is released, so that Hero's
        redelivery is accepted, and the exception goes on. A claim expires after ``hold``, so a
        process that crashes inside the block blocks the redelivery no longer than that; meanwhile
        the same delivery is refused with ``reason="in_progress"``.

        ``key`` and ``replay_guard`` default to the client's (``webhook_signing_key`` and
        ``webhook_replay_guard``). Claims are scoped to the client's API key and server.
        """
        guard = self._guard(replay_guard)
        delivery = verify_delivery(body, headers, self._key(key), tolerance=tolerance, now=now)
        delivery_id = self._scoped(delivery)
        owner = secrets.token_hex(8)
        refuse_unless_claimed(await _in_thread(guard.claim, delivery_id, owner, hold.total_seconds()))
        try:
            yield delivery.event
        except BaseException:
            with anyio.CancelScope(shield=True):
                await _settle("release", guard.release, delivery_id, owner)
            raise
        with anyio.CancelScope(shield=True):
            await _settle("commit", guard.commit, delivery_id, owner, delivery.keep_seconds)

    def unwrap(
        self,
        body: bytes,
        headers: Mapping[str, str],
        *,
        key: str | bytes | None = None,
        tolerance: timedelta = DEFAULT_TOLERANCE,
        now: Callable[[], float] = time.time,
        replay_guard: ReplayGuard | None = None,
    ) -> ReceivedEvent:
        """Verify a delivery (see ``verify_webhook``), refuse a replay, and return its event.

        The delivery is marked done at once, before your code has acted on it: prefer :meth:`receive`,
        which marks it only once your work succeeded. ``key`` and ``replay_guard`` default to the
        client's. Raises ``WebhookVerificationError`` for a delivery that fails, and
        ``RequestValidationError`` when no key is configured.
        """
        delivery = verify_delivery(body, headers, self._key(key), tolerance=tolerance, now=now)
        mark_done(self._guard(replay_guard), self._scoped(delivery), delivery.keep_seconds)
        return delivery.event

    async def fetch_object(self, event: WebhookEvent) -> FetchedObject:
        """The record a (thin) event is about, fetched for the event's practice group.

        Hero's deliveries carry only ``{object, id, practice_group_id, event}``. For the kinds this
        version knows (``Appointment``, ``Patient``, ``FormSubmission``) this returns the typed record
        (``Appointment``, the patient object, ``FormResponse``); for any other kind (``Prescription``,
        the write-to-record events' objects, kinds newer than this document) an :class:`UnknownObject`
        carrying the kind and the ID, so the caller decides. API errors raise as for any call.
        """
        fetch = _FETCHERS.get(event.object_)
        if fetch is None:
            return UnknownObject(kind=event.object_, id=event.id)
        hero = self._client.for_practice_group(event.practice_group_id)
        return await fetch(hero, event.id)

    def _key(self, key: str | bytes | None) -> str | bytes:
        chosen = key if key is not None else self._client._config.webhook_signing_key
        if chosen is None:
            raise RequestValidationError(
                "webhook_signing_key",
                "pass HeroHealth(webhook_signing_key=...), set HEROHEALTH_WEBHOOK_SIGNING_KEY, or pass key=",
            )
        return chosen

    def _scoped(self, delivery: Delivery) -> str:
        return f"{self._client._config.scope}:{delivery.delivery_id}"

    def _guard(self, replay_guard: ReplayGuard | None) -> ReplayGuard:
        return replay_guard if replay_guard is not None else self._client._replay_guard


async def _in_thread(method: Callable[..., T], *args: Any) -> T:
    # A guard may block (Redis): its calls get worker threads of their own.
    return await anyio.to_thread.run_sync(guard_call, method, *args, limiter=_GUARD_THREADS.limiter())


async def _settle(what: str, method: Callable[..., None], *args: Any) -> None:
    try:
        await _in_thread(method, *args)
    except WebhookVerificationError:
        # Nothing is lost: the claim expires after its hold, and a redelivery is then accepted (and
        # processed again, if this was the commit).
        logger.warning("could not %s a webhook delivery's claim; it expires after its hold", what)
