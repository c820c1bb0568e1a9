"""``ReceivedEvent``: a verified delivery's event, with ``key``, what makes two deliveries the same news.

Hero's deliveries are thin and carry no event ID, and a redelivery is signed again (its timestamp is
when it was sent), so the replay guard, which knows a delivery by its signed bytes and timestamp, sees
a redelivery as a new delivery. ``key`` is what a receiver coalesces on instead: the event says "this
object changed", so two deliveries with the same key ask for the same work (fetch the record, upsert it).
"""

from __future__ import annotations

import attrs

from herohealth_async.models.webhook_event import WebhookEvent


@attrs.frozen
class EventKey:
    """(object, id, practice group, event): equal for every delivery of the same news; hashable.

    Its repr leaves out the record's ID and the practice group (they stay out of logs); :attr:`text`
    spells all four out, for a database or queue key.
    """

    object_: str
    id: str = attrs.field(repr=False)
    practice_group_id: str = attrs.field(repr=False)
    event: str

    @property
    def text(self) -> str:
        """``"{object}|{id}|{practice_group_id}|{event}"``."""
        return f"{self.object_}|{self.id}|{self.practice_group_id}|{self.event}"


@attrs.define
class ReceivedEvent(WebhookEvent):
    """The generated :class:`~herohealth_async.models.WebhookEvent` of a verified delivery, plus :attr:`key`."""

    @property
    def key(self) -> EventKey:
        """The event's :class:`EventKey`, equal for every delivery of the same news (coalesce and upsert by it)."""
        return EventKey(self.object_, self.id, self.practice_group_id, self.event)
