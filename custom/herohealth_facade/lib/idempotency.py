"""Idempotency keys: what a write sent with ``idempotency_key=`` leaves behind, so that the same call
made again (a retried job) never sends it twice.

Hero honours no idempotency header, so the client keeps the record itself, in an
:class:`IdempotencyStore`: the in-process :class:`InMemoryIdempotencyStore` (the default) or
``RedisIdempotencyStore`` (every process and machine). Each key has one :class:`Entry`:

- ``in_flight``: a call claimed the key and is sending (until ``lease_until``; a claim older than its
  lease reads as ``unknown``: its process may have died after sending);
- ``done``: the server answered with a success, recorded in ``answer`` and replayed to a repeat;
- ``unknown``: the request may have reached the server but no answer came (a timeout, a dropped
  connection, a 5xx, a cancellation): a repeat raises :class:`OutcomeUnknownError`.

A key that ended without sending, or with an answer that says nothing was done (a 4xx), is released:
a repeat sends again. Entries are kept for ``ttl`` (24 hours by default) after they were claimed.
"""

from __future__ import annotations

import datetime
import threading
import time
from collections.abc import Mapping
from datetime import timedelta
from typing import Any, Literal, Protocol, runtime_checkable

import attrs
import httpx

from herohealth_facade._exceptions import HeroHealthError, RequestValidationError

State = Literal["in_flight", "done", "unknown"]
DEFAULT_TTL = timedelta(hours=24)
LEASE_S = 300.0
"""How long a claim stays ``in_flight`` at most: longer than any call's timeouts and retries together."""


KEPT_HEADERS = ("content-type", "x-request-id")


@attrs.frozen
class Answer:
    """A recorded success: what is needed to build the typed result again."""

    status_code: int
    headers: Mapping[str, str]
    content: bytes

    @classmethod
    def of(cls, response: httpx.Response) -> Answer:
        """The part of ``response`` worth keeping: status, body and the headers that parsing reads."""
        headers = {name: response.headers[name] for name in KEPT_HEADERS if name in response.headers}
        return cls(response.status_code, headers, response.content)


@attrs.frozen
class Entry:
    """The record of one key. ``fingerprint`` is a hash of the request (operation, URL, body);
    ``owner`` the claim's random token; ``sent_at`` when it was claimed (Unix seconds)."""

    state: State
    fingerprint: str
    owner: str
    sent_at: float
    lease_until: float
    answer: Answer | None = None

    def seen_now(self) -> Entry:
        """This entry as it reads now: a claim past its lease is ``unknown``."""
        if self.state == "in_flight" and time.time() >= self.lease_until:
            return attrs.evolve(self, state="unknown")
        return self

    def to_json(self) -> dict[str, Any]:
        answer = None
        if self.answer is not None:
            answer = {
                "status_code": self.answer.status_code,
                "headers": dict(self.answer.headers),
                "content": self.answer.content.decode("latin-1"),  # bytes as they came, one char per byte
            }
        return {
            "state": self.state,
            "fingerprint": self.fingerprint,
            "owner": self.owner,
            "sent_at": self.sent_at,
            "lease_until": self.lease_until,
            "answer": answer,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Entry:
        raw = data.get("answer")
        answer = None
        if raw is not None:
            answer = Answer(int(raw["status_code"]), dict(raw["headers"]), str(raw["content"]).encode("latin-1"))
        return cls(
            data["state"],
            data["fingerprint"],
            data["owner"],
            float(data["sent_at"]),
            float(data["lease_until"]),
            answer,
        )


@runtime_checkable
class IdempotencyStore(Protocol):
    """Where entries are kept. ``key`` is already a hash (of the client's scope, practice group and the
    caller's key): no patient data reaches the store through it."""

    async def claim(self, key: str, entry: Entry) -> Entry | None:
        """Keep ``entry`` (``in_flight``) under ``key`` if there is none, and return None; else return the
        entry there (untouched)."""
        ...

    async def finish(self, key: str, entry: Entry) -> None:
        """Replace the claim of ``entry.owner`` by ``entry`` (``done`` or ``unknown``); nothing if the key
        is no longer that owner's."""
        ...

    async def release(self, key: str, owner: str) -> None:
        """Drop ``owner``'s claim: nothing was sent, or the server did nothing."""
        ...

    async def forget(self, key: str) -> None:
        """Drop the entry whatever its state (a person settled an unknown outcome)."""
        ...


class InMemoryIdempotencyStore:
    """Entries of this process, each kept for ``ttl`` (a worker fleet needs ``RedisIdempotencyStore``)."""

    def __init__(self, ttl: timedelta = DEFAULT_TTL, max_entries: int = 100_000) -> None:
        self.ttl = check_ttl(ttl)
        self._max_entries = max_entries
        self._entries: dict[str, tuple[Entry, float]] = {}  # key -> (entry, expires at, monotonic)
        self._lock = threading.Lock()  # one store may serve clients in several threads' event loops

    async def claim(self, key: str, entry: Entry) -> Entry | None:
        now = time.monotonic()
        with self._lock:
            found = self._entries.get(key)
            if found is not None and found[1] > now:
                return found[0]
            if len(self._entries) >= self._max_entries:
                self._entries = {k: v for k, v in self._entries.items() if v[1] > now}
            self._entries[key] = (entry, now + self.ttl.total_seconds())
            return None

    async def finish(self, key: str, entry: Entry) -> None:
        with self._lock:
            found = self._entries.get(key)
            if found is not None and found[0].owner == entry.owner:
                self._entries[key] = (entry, found[1])

    async def release(self, key: str, owner: str) -> None:
        with self._lock:
            found = self._entries.get(key)
            if found is not None and found[0].owner == owner:
                del self._entries[key]

    async def forget(self, key: str) -> None:
        with self._lock:
            self._entries.pop(key, None)


def check_ttl(ttl: timedelta) -> timedelta:
    if not isinstance(ttl, timedelta) or ttl.total_seconds() < 1:
        raise RequestValidationError("ttl", "must be a timedelta of at least one second")
    return ttl


class OutcomeUnknownError(HeroHealthError):
    """An earlier call with this idempotency key may have been carried out, and no answer says whether:
    it was sent at ``sent_at`` and then timed out, lost its connection, got a 5xx or was cancelled.
    Nothing was sent now, and sending again could repeat the write (a second message to a patient).

    Not retryable: a person has to find out what happened (in Hero, or by asking the patient), then
    either leave it (it was done) or call ``hero.forget_idempotency_key(key)`` so that the next call
    sends. ``idempotency_key``, ``operation_id``, ``method``, ``path`` (the template) and ``sent_at``
    say which call it was; the message names neither the key nor any value of the request.
    """

    def __init__(self, *, idempotency_key: str, operation_id: str, method: str, path: str, sent_at: float) -> None:
        self.idempotency_key = idempotency_key
        self.operation_id = operation_id
        self.method = method
        self.path = path
        self.sent_at = datetime.datetime.fromtimestamp(sent_at, datetime.UTC)
        super().__init__(
            f"{method} {path} ({operation_id}) was sent with this idempotency key at {self.sent_at.isoformat()} and "
            "its outcome is unknown: not sent again. Check whether it was carried out, then forget the key "
            "(hero.forget_idempotency_key) if it was not"
        )


class IdempotencyKeyInFlightError(HeroHealthError):
    """Another call with this idempotency key is still in flight (in this process or another) and did not
    finish within this call's timeout. Nothing was sent; retry after ``retry_after`` seconds."""

    def __init__(self, *, operation_id: str, method: str, path: str, retry_after: float) -> None:
        self.operation_id = operation_id
        self.method = method
        self.path = path
        self.retry_after = retry_after
        super().__init__(f"{method} {path}: another call with this idempotency key is still in flight")

    @property
    def retryable(self) -> bool:
        return True


class IdempotencyKeyReusedError(RequestValidationError):
    """The idempotency key was first used for a different request (another operation, practice group,
    path or body). Nothing was sent: a key names one write."""

    def __init__(self) -> None:
        super().__init__(
            "idempotency_key", "was first used for a different request (operation, practice group, path or body)"
        )


class IdempotencyStoreUnavailableError(HeroHealthError):
    """The idempotency store did not answer while ``what``: the call was not sent (without its record, it
    could be sent twice). Retryable after ``retry_after`` seconds."""

    def __init__(self, what: str, *, retry_after: float) -> None:
        super().__init__(f"the idempotency store did not answer while {what}: nothing was sent")
        self.retry_after = retry_after

    @property
    def retryable(self) -> bool:
        return True
