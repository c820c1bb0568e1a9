"""A write sent with ``idempotency_key=``: claimed, sent once, its outcome recorded, a repeat answered
from the record (see :mod:`herohealth_facade.lib.idempotency` for the states)."""

from __future__ import annotations

import datetime
import hashlib
import secrets
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import anyio
import attrs
import httpx

from herohealth_async.types import APIResponse, Operation, OperationCaller, RequestOptions
from herohealth_facade._exceptions import (
    APIStatusError,
    HeroHealthError,
    RequestValidationError,
    ResponseValidationError,
)
from herohealth_facade._logs import logger
from herohealth_facade._pool import SENT_ATTEMPTS
from herohealth_facade._requests import pool_timeout
from herohealth_facade.lib.idempotency import (
    LEASE_S,
    Answer,
    Entry,
    IdempotencyKeyInFlightError,
    IdempotencyKeyReusedError,
    IdempotencyStore,
    OutcomeUnknownError,
)

T = TypeVar("T")
Send = Callable[[], Awaitable[APIResponse[T]]]
Parse = Callable[[httpx.Response], Awaitable[APIResponse[T]]]
ReadBack = Callable[[Operation[Any]], Awaitable["Answer | bool | None"]]
MAX_KEY_LENGTH = 255


def store_key(scope: str, practice_group_id: str, idempotency_key: object) -> str:
    """The store's key for a caller's key: a hash of it, the client's scope and the practice group, so
    that no value the caller chose (it may hold a patient's ID) reaches the store."""
    if not isinstance(idempotency_key, str) or not idempotency_key.strip() or len(idempotency_key) > MAX_KEY_LENGTH:
        raise RequestValidationError("idempotency_key", f"must be a non-empty string of at most {MAX_KEY_LENGTH}")
    return hashlib.sha256(f"{scope}\0{practice_group_id}\0{idempotency_key}".encode()).hexdigest()


def fingerprint(operation: Operation[Any], request: httpx.Request) -> str:
    """A hash of what makes two requests the same write: operation, URL (path and query) and body."""
    digest = hashlib.sha256(f"{operation.operation_id}\0{request.method}\0".encode())
    digest.update(request.url.raw_path + b"\0" + request.content)
    return digest.hexdigest()


@attrs.frozen
class IdempotentCall:
    """One call with a key: where its record lives and how to send, parse and read it back."""

    store: IdempotencyStore
    key: str
    idempotency_key: str
    operation: Operation[Any]
    request: httpx.Request
    read_back: ReadBack | None

    async def run(self, send: Send[T], parse: Parse[T]) -> APIResponse[T]:
        """Send once, or answer from the record (see the module docstring of ``lib.idempotency``)."""
        digest = fingerprint(self.operation, self.request)
        while True:
            owner = secrets.token_hex(16)
            found = await self._claim_or_wait(digest, owner)
            if found is None:
                return await self._send_claimed(digest, owner, send)
            if found.state == "done" and found.answer is not None:
                logger.info(
                    "%s %s answered from the idempotency record (sent at %s)",
                    self.operation.method,
                    self.operation.path,
                    _when(found.sent_at),
                )
                return await parse(self._response(found.answer))
            settled = await self._read_back(found)
            if isinstance(settled, Answer):
                await _quietly(self.store.finish(self.key, attrs.evolve(found, state="done", answer=settled)))
                return await parse(self._response(settled))
            # Read back and not carried out: the key is free for this call to send.
            await self.store.forget(self.key)

    async def _claim_or_wait(self, digest: str, owner: str) -> Entry | None:
        """None once this call holds the key; the entry when it is done or unknown. A claim in flight is
        waited for, at most this call's pool timeout."""
        max_wait = pool_timeout(self.request)
        deadline = None if max_wait is None else time.monotonic() + max_wait
        pause = 0.05
        while True:
            now = time.time()
            found = await self.store.claim(self.key, Entry("in_flight", digest, owner, now, now + LEASE_S))
            if found is None:
                return None
            if found.fingerprint != digest:
                raise IdempotencyKeyReusedError()
            found = found.seen_now()
            if found.state != "in_flight":
                return found
            left = found.lease_until - now
            if deadline is not None and time.monotonic() + pause > deadline:
                raise IdempotencyKeyInFlightError(
                    operation_id=self.operation.operation_id,
                    method=self.operation.method,
                    path=self.operation.path,
                    retry_after=min(left, 10.0),
                )
            await anyio.sleep(min(pause, left))
            pause = min(pause * 2, 0.5)

    async def _send_claimed(self, digest: str, owner: str, send: Send[T]) -> APIResponse[T]:
        attempts: list[bool] = []  # one item per attempt that may have reached the server
        token = SENT_ATTEMPTS.set(attempts)
        try:
            answered = await send()
        except ResponseValidationError as exc:
            await self._finish(digest, owner, exc.response)  # a success the server sent: it acted
            raise
        except APIStatusError as exc:
            # An answer that is not a 5xx says nothing was done, unless an earlier attempt may have acted.
            acted_maybe = exc.status_code >= 500 or len(attempts) > 1
            await self._end(digest, owner, unknown=acted_maybe)
            raise
        except BaseException:
            await self._end(digest, owner, unknown=bool(attempts))
            raise
        finally:
            SENT_ATTEMPTS.reset(token)
        await self._finish(digest, owner, answered.http_response)
        return answered

    async def _finish(self, digest: str, owner: str, response: httpx.Response) -> None:
        await _quietly(self.store.finish(self.key, Entry("done", digest, owner, time.time(), 0.0, Answer.of(response))))

    async def _end(self, digest: str, owner: str, *, unknown: bool) -> None:
        with anyio.CancelScope(shield=True):  # a cancelled job must still leave its key settled
            if unknown:
                await _quietly(self.store.finish(self.key, Entry("unknown", digest, owner, time.time(), 0.0)))
            else:
                await _quietly(self.store.release(self.key, owner))

    async def _read_back(self, found: Entry) -> Answer | None:
        """The answer of an unknown outcome read back from the API (None: not carried out); raise
        :class:`OutcomeUnknownError` when no read-back can tell."""
        settled = None if self.read_back is None else await self.read_back(self.operation)
        if isinstance(settled, Answer):
            return settled
        if settled is False:
            return None
        raise OutcomeUnknownError(
            idempotency_key=self.idempotency_key,
            operation_id=self.operation.operation_id,
            method=self.operation.method,
            path=self.operation.path,
            sent_at=found.sent_at,
        )

    def _response(self, answer: Answer) -> httpx.Response:
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content, request=self.request)


async def _quietly(record: Awaitable[None]) -> None:
    """Write a call's outcome to the store, never raising: the call's own outcome is what its caller gets."""
    try:
        await record
    except HeroHealthError as exc:
        # The claim stays; past its lease it reads as unknown, so nothing is ever sent twice.
        logger.warning("could not record the outcome of an idempotent call (%s)", type(exc).__name__)


def _when(timestamp: float) -> str:
    return datetime.datetime.fromtimestamp(timestamp, datetime.UTC).isoformat(timespec="seconds")


def read_back_for(caller: OperationCaller, operation: Operation[Any]) -> ReadBack | None:
    """How the API can tell whether ``operation`` was carried out, when it can (booking alone)."""
    if operation.operation_id != "book_appointment":
        return None

    async def booked(sent: Operation[Any]) -> Answer | bool | None:
        """The appointment as read back if it is confirmed; False if not; None if it cannot be read."""
        from herohealth_async.api.booking import get_appointment  # noqa: PLC0415 (loaded on use)

        read = get_appointment.operation(str(sent.path_params["id"]))
        try:
            current = await caller.send_operation(read, RequestOptions(max_retries=2))
        except HeroHealthError as exc:
            logger.warning("could not read back the appointment (%s)", type(exc).__name__)
            return None
        if not isinstance(current.parsed.booking_confirmed_at, datetime.datetime):
            return False
        return Answer.of(current.http_response)

    return booked
