"""Remembering webhook deliveries, so that each is processed once: claimed, then committed or released.

A delivery has no unique id; its timestamp and signature identify it. Receiving one is two-phase:
a receiver *claims* it (for ``hold_seconds``, so a receiver that crashes blocks Hero's redelivery no
longer than that), does its work, then *commits* it (remembered for as long as the verifier would
still accept it) or, when the work failed, *releases* it so that Hero's redelivery is accepted.
"""

from __future__ import annotations

import threading
import time
from typing import Literal, Protocol, runtime_checkable

ClaimState = Literal["claimed", "in_progress", "done"]
"""``claimed``: this caller now holds the delivery; ``in_progress``: another receiver holds it;
``done``: it was processed already (a replay)."""


@runtime_checkable
class ReplayGuard(Protocol):
    """Where claims and commits are kept. Methods may block (they run in worker threads)."""

    def claim(self, delivery_id: str, owner: str, hold_seconds: float) -> ClaimState:
        """Claim ``delivery_id`` for ``owner`` for ``hold_seconds``, unless it is held or done."""
        ...

    def commit(self, delivery_id: str, owner: str, keep_seconds: float) -> None:
        """Mark ``delivery_id`` done for ``keep_seconds``."""
        ...

    def release(self, delivery_id: str, owner: str) -> None:
        """Drop ``owner``'s claim on ``delivery_id`` (nothing if another owner holds it, or it is done)."""
        ...


class InMemoryReplayGuard:
    """Deliveries of this process (a receiver with several processes needs ``RedisReplayGuard``)."""

    def __init__(self) -> None:
        self._entries: dict[str, tuple[str | None, float]] = {}  # id -> (claim owner, or None once done; until)
        self._lock = threading.Lock()  # called from worker threads

    def claim(self, delivery_id: str, owner: str, hold_seconds: float) -> ClaimState:
        now = time.monotonic()
        with self._lock:
            if len(self._entries) > 1024:
                self._entries = {k: v for k, v in self._entries.items() if v[1] > now}
            entry = self._entries.get(delivery_id)
            if entry is not None and entry[1] > now:
                return "in_progress" if entry[0] is not None else "done"
            self._entries[delivery_id] = (owner, now + hold_seconds)
            return "claimed"

    def commit(self, delivery_id: str, owner: str, keep_seconds: float) -> None:
        with self._lock:
            self._entries[delivery_id] = (None, time.monotonic() + keep_seconds)

    def release(self, delivery_id: str, owner: str) -> None:
        with self._lock:
            entry = self._entries.get(delivery_id)
            if entry is not None and entry[0] == owner:
                del self._entries[delivery_id]
