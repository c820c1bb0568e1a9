"""``FakeHero``: a stateful, in-memory Hero Health API for testing the apps and workers built on the SDK.

It answers through the client's ``transport=`` seam, so the code under test runs unchanged: the same
client, validation, retries and errors; or over real HTTP on a loopback port (:meth:`FakeHero.serve`,
or ``python -m herohealth_async.testing``), so that several processes can share one fake. It keeps
state per practice group, as Hero does (a slot booked in one practice is still free in another): a
slot once booked is gone, a reservation expires on the fake's clock, a cancelled appointment stays
cancelled. It reads requests and builds answers with the generated models (so it follows
regeneration), answers errors in Hero's shapes, and signs webhook deliveries as Hero does.
"""

from __future__ import annotations

import contextlib
import datetime
import json
from collections.abc import AsyncIterator, Callable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import anyio
import httpx

from herohealth_async.api import OPERATIONS
from herohealth_async.models.appointment_type import AppointmentType
from herohealth_async.models.slot import Slot
from herohealth_async.types import ResponseFieldError
from herohealth_facade._client import HeroHealth
from herohealth_facade.testing import _control_api
from herohealth_facade.testing._booking import bad_request
from herohealth_facade.testing._document import documented_answer
from herohealth_facade.testing._practice import FakePractice
from herohealth_facade.testing._routes import BUILTIN, error_response, json_response, route_of
from herohealth_facade.testing._services import PRACTICE_GROUP_ID, Answer
from herohealth_facade.testing.deliveries import (
    RETRY_SCHEDULE,
    Courier,
    WebhookDelivery,
    sender,
    signed,
    thin_payload,
)
from herohealth_facade.testing.faults import FakeClock, Faults, RecordedRequest, Steering, slow
from herohealth_facade.testing.server import serve, throwaway_tls

BASE_URL = "https://fake.herohealth.test"
API_KEY = "fake-api-key"
RESERVATION_HOLD = datetime.timedelta(minutes=15)
"""How long a reservation holds its slot: 15 minutes, as Hero holds slots for patients booking online."""

Handler = Callable[["FakePractice", RecordedRequest], Answer]
"""A test's own answer to an operation: ``(practice, request) -> (status, JSON body)``."""


class FakeHero(Steering):
    """An in-memory Hero API. ``client()`` gives a ``HeroHealth`` wired to it.

    It implements the operations in :data:`ROUTES` (the practice group and its locations, the booking
    flow, Elements tokens, messages, webhooks, PDS registration) with state, for each practice group
    in ``practices`` (``"1"`` by default, seeded). Every other operation of the document answers
    its documented success: the status and a body built from the document (its examples, else values
    that satisfy the schema), so an operation added by regeneration is callable at once.
    :meth:`route` adds or replaces the answer to any operation. A path the document does not have
    answers 404, and a practice group the fake does not know, 403.

    ``slots``, ``appointments``, :meth:`add_slots` and the like are those of the first practice.
    ``requests`` records what was sent. ``deliveries`` records the webhook deliveries that booking and
    cancelling (and :meth:`emit`) produce for the practice group's webhooks, one
    :class:`~herohealth_async.testing.WebhookDelivery` per attempt: in process they are signed and
    recorded, not sent; a served fake also POSTs them to the webhooks' URLs in the background,
    retrying on ``retry_schedule`` (see :data:`~herohealth_async.testing.RETRY_SCHEDULE`).

    The clock (:class:`~herohealth_async.testing.FakeClock`) stands still unless moved; while the fake
    is served it follows the wall clock, unless the test passed a ``clock`` of its own.
    """

    def __init__(
        self,
        *,
        clock: FakeClock | None = None,
        reservation_hold: float = RESERVATION_HOLD.total_seconds(),
        practices: tuple[str, ...] = (PRACTICE_GROUP_ID,),
        retry_schedule: Sequence[float] = RETRY_SCHEDULE,
    ) -> None:
        self.clock = clock or FakeClock()
        self._clock_given = clock is not None
        self.faults = Faults()
        self.requests: list[RecordedRequest] = []
        self.deliveries: list[WebhookDelivery] = []
        self.retry_schedule = tuple(retry_schedule)
        self._courier: Courier | None = None
        self._sent: dict[str, tuple[str, str, bytes, str | None]] = {}  # delivery id -> url, event, body, key
        self.reservation_hold = datetime.timedelta(seconds=reservation_hold)
        self.practices: dict[str, FakePractice] = {}
        self._handlers: dict[str, Handler] = {}
        self._ids = iter(range(9000, 10**9))
        self.ca_bundle: Path | None = None
        """The PEM file of the CA that issued the fake's certificate, while it is served over TLS (else None)."""
        for practice_group_id in practices:
            self.add_practice(practice_group_id)

    # ------------------------------------------------------------------ set-up

    def add_practice(self, practice_group_id: str, *, seed: bool = True) -> FakePractice:
        """Another practice group the fake answers for (seeded unless ``seed=False``), with its own state."""
        practice = self.practices[practice_group_id] = FakePractice(self, practice_group_id, seed=seed)
        return practice

    def practice(self, practice_group_id: str) -> FakePractice:
        """The state of one practice group (KeyError if the fake does not know it)."""
        return self.practices[practice_group_id]

    @property
    def default(self) -> FakePractice:
        """The first practice group (``"1"`` unless ``practices=`` said otherwise)."""
        return next(iter(self.practices.values()))

    @property
    def slots(self) -> dict[str, Slot]:
        return self.default.slots

    @property
    def appointments(self) -> dict[str, dict[str, Any]]:
        return self.default.appointments

    @property
    def messages(self) -> dict[str, dict[str, Any]]:
        return self.default.messages

    @property
    def webhooks(self) -> dict[str, dict[str, Any]]:
        return self.default.webhooks

    @property
    def appointment_types(self) -> list[AppointmentType]:
        return self.default.appointment_types

    def add_slots(self, start: datetime.datetime, **options: Any) -> list[Slot]:
        """:meth:`FakePractice.add_slots` of the first practice group."""
        return self.default.add_slots(start, **options)

    def add_pds_patient(
        self, nhs_number: str, dob: datetime.date, *, identity_verified: bool = True, patient_id: str | None = None
    ) -> str:
        """:meth:`FakePractice.add_pds_patient` of the first practice group."""
        return self.default.add_pds_patient(nhs_number, dob, identity_verified=identity_verified, patient_id=patient_id)

    def route(self, operation: str, handler: Handler | None) -> None:
        """Answer ``operation`` (its generated name, such as ``list_invoices``) with ``handler`` from now
        on, replacing the fake's own answer if it has one; ``None`` restores it."""
        if operation not in OPERATIONS:
            raise KeyError(f"the document has no operation {operation!r}")
        if handler is None:
            self._handlers.pop(operation, None)
        else:
            self._handlers[operation] = handler

    def client(self, **options: Any) -> HeroHealth:
        """A ``HeroHealth`` that talks to this fake (options as for ``HeroHealth``)."""
        options.setdefault("api_key", API_KEY)
        options.setdefault("practice_group_id", next(iter(self.practices), PRACTICE_GROUP_ID))
        options.setdefault("base_url", BASE_URL)
        return HeroHealth(transport=self.transport, **options)

    @property
    def transport(self) -> httpx.AsyncBaseTransport:
        """The transport to pass as ``HeroHealth(transport=...)``."""
        return httpx.MockTransport(self.handle)

    @contextlib.asynccontextmanager
    async def serve(self, *, host: str = "127.0.0.1", port: int = 0, tls: bool = False) -> AsyncIterator[str]:
        """Serve the fake over HTTP on ``host``:``port`` (0: a free port) while the block runs; yields
        its base URL, for clients in other processes (``HeroHealth(base_url=url)``). With ``tls``, over
        HTTPS, and :attr:`ca_bundle` is the throwaway CA to trust (``verify=fake.ca_bundle``).

        While served, the fake sends its webhook deliveries, answers its control API under ``/_fake/``
        (to loopback clients only: :class:`~herohealth_async.testing.FakeControl`), and its clock
        follows the wall clock unless the fake was given a ``clock``."""
        with contextlib.ExitStack() as stack:
            context = None
            if tls:
                context, self.ca_bundle = stack.enter_context(throwaway_tls(host))
                stack.callback(setattr, self, "ca_bundle", None)  # runs before the CA's directory is removed
            if not self._clock_given:
                self.clock.resume()
            async with sender() as http, anyio.create_task_group() as tasks:
                self._courier = Courier(tasks, http, self.deliveries, self._timestamp, self.retry_schedule)
                try:
                    async with serve(self._serve_one, host=host, port=port, tls=context) as url:
                        yield url
                finally:
                    self._courier = None
                    tasks.cancel_scope.cancel()

    async def _serve_one(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.startswith(_control_api.PREFIX):
            return _control_api.answer(self, request)
        return await self.handle(request)

    # ------------------------------------------------------------------ webhooks

    def emit(
        self, event: str, object_id: str, *, practice_group_id: str | None = None, object_kind: str | None = None
    ) -> list[str]:
        """Produce ``event`` about ``object_id`` for the practice group's webhooks (the first practice by
        default), as if the platform had; returns the IDs of the deliveries it made. ``object_kind`` is
        the payload's ``object``, needed for events whose payload the document does not show (the
        write-to-record events)."""
        practice = self.practice(practice_group_id) if practice_group_id else self.default
        return self._deliver(practice.practice_group_id, event, object_id, object_kind)

    def resend(self, delivery_id: str) -> None:
        """Send a recorded delivery again, signed anew (a served fake only), with retries as at first."""
        if self._courier is None:
            raise RuntimeError("only a served fake sends deliveries (FakeHero.serve)")
        if delivery_id not in self._sent:
            raise KeyError(f"no delivery {delivery_id!r}")
        self._courier.send(delivery_id, *self._sent[delivery_id])

    def _deliver(self, practice_group_id: str, event: str, object_id: str, kind: str | None = None) -> list[str]:
        body = thin_payload(event, object_id, practice_group_id, kind)
        made = []
        for webhook in self.practices[practice_group_id].webhooks.values():
            if webhook["event_type"] != event:
                continue
            delivery_id = f"dlv_{self._next_id()}"
            url, key = webhook["url"], webhook["signing_key"]
            self._sent[delivery_id] = (url, event, body, key)
            made.append(delivery_id)
            if self._courier is not None:
                self._courier.send(delivery_id, url, event, body, key)
            else:
                headers = signed(body, key, self._timestamp())
                self.deliveries.append(WebhookDelivery(delivery_id, url, event, body, headers, 1, None, "not served"))
        return made

    def _timestamp(self) -> float:
        return self.clock.now().timestamp()

    # ------------------------------------------------------------------ serving

    async def handle(self, request: httpx.Request) -> httpx.Response:
        """The fake's answer to ``request`` (what both the transport and the HTTP server serve)."""
        if self.faults.latency:
            await slow(request, self.faults.latency)
        operation, template, params = route_of(request.method, request.url.path)
        practice_group_id = request.headers.get("x-practice-group-id")
        recorded = RecordedRequest(
            operation,
            request.method,
            template or request.url.path,
            params,
            parse_qs(request.url.query.decode(), keep_blank_values=True),
            json.loads(request.content) if request.content else None,
            practice_group_id,
        )
        self.requests.append(recorded)
        if not request.headers.get("x-api-key") or not practice_group_id:
            return error_response(401, "Unauthorized")
        if self.faults.over_rate_limit():
            return json_response(
                429, {"error": True, "statusCode": 429, "message": "Too Many Requests"}, {"retry-after": "1"}
            )
        fault = self.faults.take(operation)
        if fault is not None and not fault.acts:
            headers = {"retry-after": f"{fault.retry_after:g}"} if fault.retry_after is not None else {}
            status = fault.status or 500
            return json_response(status, {"error": True, "statusCode": status, "message": "injected"}, headers)
        practice = self.practices.get(practice_group_id)
        if practice is None:
            return error_response(403, "This key cannot act for that practice group")
        status, answer = self._answer(operation, practice, recorded, request)
        if fault is not None and fault.delay_after_action:
            await slow(request, fault.delay_after_action)
        elif fault is not None:  # drop_after_action: it acted; the answer never arrives
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
        if answer is None:
            return httpx.Response(status)
        return json_response(status, answer)

    def _answer(
        self, operation: str, practice: FakePractice, recorded: RecordedRequest, request: httpx.Request
    ) -> Answer:
        handler = self._handlers.get(operation)
        builtin = BUILTIN.get(operation)
        try:
            if handler is not None:
                return handler(practice, recorded)
            if builtin is not None:
                return builtin(practice, recorded.path_params, recorded.query, recorded.body)
        except ResponseFieldError as exc:
            return 400, bad_request(exc.field, exc.problem)
        if operation not in OPERATIONS:
            return 404, {"error": True, "statusCode": 404, "message": "Not Found"}
        return documented_answer(operation)

    def _next_id(self) -> str:
        return str(next(self._ids))
