"""What a test controls on a :class:`~herohealth_facade.testing.FakeHero`: its clock, the faults it
injects, and the record of what it was sent."""

from __future__ import annotations

import datetime
import time
from collections import Counter
from typing import Any

import attrs


class FakeClock:
    """The fake's idea of now: reservations expire, tokens age and deliveries are signed on it.

    It starts at ``start`` (by default the current time, to the second, so that what the fake signs
    verifies against the wall clock) and moves only with :meth:`advance`.
    """

    def __init__(self, start: datetime.datetime | None = None) -> None:
        self._now = start or datetime.datetime.now(datetime.UTC).replace(microsecond=0)

    def now(self) -> datetime.datetime:
        return self._now

    def advance(self, by: datetime.timedelta | float) -> None:
        """Move time forward by ``by`` (a timedelta, or seconds)."""
        self._now += by if isinstance(by, datetime.timedelta) else datetime.timedelta(seconds=by)


@attrs.frozen
class RecordedRequest:
    """One request the fake received: ``operation`` (the generated name, such as ``create_appointment``,
    or ``unknown``), ``method``, ``path`` (the template, such as ``/v1/appointments/{id}``),
    ``path_params``, ``query``, the JSON ``body`` (None without one), the ``practice_group_id`` it was
    sent for (its ``x-practice-group-id`` header, None without one) and ``at``, the wall-clock time
    it arrived (Unix seconds)."""

    operation: str
    method: str
    path: str
    path_params: dict[str, str]
    query: dict[str, list[str]]
    body: Any
    practice_group_id: str | None = None
    at: float = attrs.field(factory=time.time)


@attrs.define
class Fault:
    """``times`` answers of ``status`` to ``operation`` (or, with ``drop_after_action``, the operation
    acts and the connection then breaks before the answer; with ``delay_after_action``, it acts and
    answers that many seconds later)."""

    operation: str
    times: int
    status: int | None = None
    retry_after: float | None = None
    drop_after_action: bool = False
    delay_after_action: float = 0.0

    @property
    def acts(self) -> bool:
        """Whether the operation is carried out despite the fault."""
        return self.drop_after_action or self.delay_after_action > 0


class Faults:
    """The faults a fake has been asked for, consumed as requests arrive."""

    def __init__(self) -> None:
        self._pending: list[Fault] = []
        self.latency = 0.0
        self._per_second: int | None = None
        self._window: Counter[int] = Counter()

    def add(self, fault: Fault) -> None:
        if fault.times < 1:
            raise ValueError("times must be 1 or more")
        self._pending.append(fault)

    def take(self, operation: str) -> Fault | None:
        """The next fault for ``operation``, counting one use of it."""
        for fault in self._pending:
            if fault.operation in (operation, "*"):
                fault.times -= 1
                if fault.times == 0:
                    self._pending.remove(fault)
                return fault
        return None

    def rate_limit(self, per_second: int | None) -> None:
        self._per_second = per_second
        self._window.clear()

    def over_rate_limit(self) -> bool:
        """True when this request is beyond the partner rate limit of the current (real) second."""
        if self._per_second is None:
            return False
        second = int(time.time())  # calendar seconds, as a server counts them
        self._window[second] += 1
        return self._window[second] > self._per_second
