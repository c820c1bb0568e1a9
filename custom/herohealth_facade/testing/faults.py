"""What a test controls on a :class:`~herohealth_facade.testing.FakeHero`: its clock, the faults it
injects, and the record of what it was sent."""

from __future__ import annotations

import datetime
import time
from collections import Counter
from typing import Any

import anyio
import attrs
import httpx

from herohealth_async.api import OPERATIONS


class FakeClock:
    """The fake's idea of now: reservations expire, tokens age and deliveries are signed on it.

    It starts at ``start`` (by default the current time, to the second, so that what the fake signs
    verifies against the wall clock). A frozen clock (the default) moves only with :meth:`advance`;
    a live one (``live=True``, or after :meth:`resume`) follows the wall clock, and :meth:`advance`
    moves it ahead of it. :meth:`freeze` stops it where it is.
    """

    def __init__(self, start: datetime.datetime | None = None, *, live: bool = False) -> None:
        self._now = start or datetime.datetime.now(datetime.UTC).replace(microsecond=0)
        self._since: float | None = None  # the wall-clock time _now was read at, while live
        if live:
            self.resume()

    @property
    def live(self) -> bool:
        """Whether the clock follows the wall clock."""
        return self._since is not None

    def now(self) -> datetime.datetime:
        if self._since is None:
            return self._now
        return self._now + datetime.timedelta(seconds=time.time() - self._since)

    def advance(self, by: datetime.timedelta | float) -> None:
        """Move time forward by ``by`` (a timedelta, or seconds)."""
        self._now += by if isinstance(by, datetime.timedelta) else datetime.timedelta(seconds=by)

    def freeze(self) -> None:
        """Stop the clock at the current time."""
        self._now, self._since = self.now(), None

    def resume(self) -> None:
        """Follow the wall clock from the current time on (keeping any lead :meth:`advance` gave it)."""
        if self._since is None:
            self._since = time.time()


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
        if fault.operation != "*" and fault.operation not in OPERATIONS:
            raise KeyError(f"the document has no operation {fault.operation!r}")
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

    def clear(self) -> None:
        """Forget every pending fault, the latency and the rate limit."""
        self._pending.clear()
        self.latency = 0.0
        self.rate_limit(None)

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


class Steering:
    """The fault API of :class:`~herohealth_async.testing.FakeHero` (a part of it)."""

    faults: Faults

    def fail_next(self, operation: str, *, status: int = 500, times: int = 1, retry_after: float | None = None) -> None:
        """Answer the next ``times`` calls of ``operation`` (``"*"``: any) with ``status``, without acting."""
        self.faults.add(Fault(operation, times, status=status, retry_after=retry_after))

    def drop_after_action(self, operation: str, *, times: int = 1) -> None:
        """Let the next ``times`` calls of ``operation`` act, then break the connection before answering."""
        self.faults.add(Fault(operation, times, drop_after_action=True))

    def slow_after_action(self, operation: str, *, seconds: float, times: int = 1) -> None:
        """Let the next ``times`` calls of ``operation`` act, then answer ``seconds`` later (a client with a
        shorter read timeout gives up on a write that was carried out)."""
        self.faults.add(Fault(operation, times, delay_after_action=seconds))

    def rate_limit(self, per_second: int | None) -> None:
        """Answer 429 (``Retry-After: 1``) to requests beyond ``per_second`` in a calendar second; None: no limit."""
        self.faults.rate_limit(per_second)

    @property
    def latency(self) -> float:
        """Seconds every answer waits before it is sent."""
        return self.faults.latency

    @latency.setter
    def latency(self, seconds: float) -> None:
        self.faults.latency = seconds


async def slow(request: httpx.Request, seconds: float) -> None:
    # No socket enforces the client's read timeout here, so the fake does, as a slow server would.
    read_timeout = request.extensions.get("timeout", {}).get("read")
    if read_timeout is not None and seconds > read_timeout:
        await anyio.sleep(read_timeout)
        raise httpx.ReadTimeout("the fake answered after the read timeout", request=request)
    await anyio.sleep(seconds)
