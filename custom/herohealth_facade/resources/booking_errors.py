"""What a stopped booking flow tells its caller: the step, what is left held, and why."""

from __future__ import annotations

import datetime
from typing import Literal

from herohealth_async.models.reservation import Reservation
from herohealth_facade._exceptions import HeroHealthError

Step = Literal["slot", "availability", "reserve", "book"]
Outcome = Literal["not_reserved", "released", "held", "unknown"]


class BookingError(HeroHealthError):
    """The booking flow stopped at ``step`` (``slot``, ``availability``, ``reserve`` or ``book``).

    ``outcome`` says what is left behind:

    - ``not_reserved``: nothing was reserved;
    - ``released``: the reservation was cancelled;
    - ``held``: the reservation could not be cancelled and is held until ``reserved_until``;
    - ``unknown``: the server may have acted without a clear answer (a timeout, a dropped connection,
      a 5xx): a reservation may exist until it expires, or the appointment may have been booked.
      With a ``reservation_id``, read it back with ``hero.booking.get_appointment``.

    ``__cause__`` is the error that stopped it. The flow raises it; code never builds one.
    """

    step: Step
    """Where the flow stopped: ``slot``, ``availability``, ``reserve`` or ``book``."""
    outcome: Outcome
    """What is left behind: ``not_reserved``, ``released``, ``held`` or ``unknown`` (above)."""
    reservation_id: str | None
    """The reservation the flow made (the appointment's ID), None when it made none."""
    reserved_until: datetime.datetime | None
    """When that reservation's hold ends (15 minutes after it was made), None without one."""
    reservation_released: bool | None
    """True when the reservation was cancelled, False when one is or may be held, None when there was none."""
    slot_unavailable: bool
    """True when the answer means the slot exists but cannot be booked (taken); a slot ID that does not
    exist raises :class:`SlotNotFoundError` instead."""
    retry_after: float | None
    """Seconds to wait when the partner rate limit (a 429) stopped the flow, else None."""

    def __init__(
        self,
        step: Step,
        message: str,
        *,
        outcome: Outcome = "not_reserved",
        reservation: Reservation | None = None,
        slot_unavailable: bool = False,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(f"{message}; {_describe(outcome, reservation)}")
        self.retry_after = retry_after
        self.step = step
        self.outcome = outcome
        self.reservation_id = reservation.id if reservation is not None else None
        until = reservation.reserved_until if reservation is not None else None
        self.reserved_until = until if isinstance(until, datetime.datetime) else None
        self.reservation_released = {"released": True, "not_reserved": None}.get(outcome, False)
        self.slot_unavailable = slot_unavailable

    @property
    def retryable(self) -> bool:
        """True when nothing is left held and the failure behind it is transient (see ``__cause__``)."""
        cause = self.__cause__
        return self.outcome in ("not_reserved", "released") and isinstance(cause, HeroHealthError) and cause.retryable


class SlotNotFoundError(BookingError):
    """The slot ID given to ``book_slot`` does not exist (a 404 at ``step="slot"``): nothing was
    reserved. Not the same as a slot that exists and is taken (``slot_unavailable``)."""

    def __init__(self, message: str) -> None:
        super().__init__("slot", message)


class FullyBookedError(BookingError):
    """``book_first_available`` found nothing to book: not an outage, the practice is full.

    ``reason`` is ``no_slots`` (no slot matched in the range) or ``all_taken`` (every slot tried was
    taken meanwhile, and each reservation made on the way was released). A failure of the API is a
    plain :class:`BookingError` instead, never this.
    """

    def __init__(self, reason: Literal["no_slots", "all_taken"], message: str) -> None:
        super().__init__("reserve", message, slot_unavailable=True)
        self.reason = reason

    @property
    def retryable(self) -> bool:
        return False  # not a failure: new slots appear when the practice adds them


def _describe(outcome: Outcome, reservation: Reservation | None) -> str:
    if outcome == "released":
        return "the reservation was released"
    if outcome == "held":
        return f"the reservation may still be held until {until(reservation)}"
    if outcome == "unknown" and reservation is None:
        return "a reservation may exist until it expires (the server did not answer clearly)"
    if outcome == "unknown":
        return f"the appointment may be booked, or held until {until(reservation)}: read it back"
    return "nothing was reserved"


def until(reservation: Reservation | None) -> str:
    """When ``reservation`` stops being held, for messages."""
    until = reservation.reserved_until if reservation is not None else None
    return until.isoformat() if isinstance(until, datetime.datetime) else "the end of the hold period"
