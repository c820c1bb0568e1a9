"""Remembering webhook deliveries already accepted, so that a replay inside the tolerance is refused.

A delivery has no unique id; its timestamp and signature identify it. A guard remembers each for as
long as the verifier would still accept it (until its timestamp plus the tolerance).
"""

from __future__ import annotations

import threading
import time
from typing import Protocol, runtime_checkable


@runtime_checkable
class ReplayGuard(Protocol):
    """Answers whether a delivery is seen for the first time, remembering it for ``ttl_seconds``."""

    def first_delivery(self, delivery_id: str, ttl_seconds: float) -> bool: ...


class InMemoryReplayGuard:
    """Remembers deliveries in this process (a receiver with several processes needs ``RedisReplayGuard``)."""

    def __init__(self) -> None:
        self._seen: dict[str, float] = {}
        self._lock = threading.Lock()  # receivers may verify from worker threads

    def first_delivery(self, delivery_id: str, ttl_seconds: float) -> bool:
        now = time.monotonic()
        with self._lock:
            if len(self._seen) > 1024:
                self._seen = {k: until for k, until in self._seen.items() if until > now}
            until = self._seen.get(delivery_id)
            if until is not None and until > now:
                return False
            self._seen[delivery_id] = now + ttl_seconds
            return True
