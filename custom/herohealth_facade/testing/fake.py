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

import datetime
import json
import re
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
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
from herohealth_facade.testing import _patients
from herohealth_facade.testing._booking import _Booking, bad_request
from herohealth_facade.testing._document import documented_answer
from herohealth_facade.testing._services import PRACTICE_GROUP_ID, Answer, _Services
from herohealth_facade.testing.faults import FakeClock, Fault, Faults, RecordedRequest

BASE_URL = "https://fake.herohealth.test"
API_KEY = "fake-api-key"
RESERVATION_HOLD = datetime.timedelta(minutes=15)
"""How long a reservation holds its slot: 15 minutes, as Hero holds slots for patients booking online."""

Handler = Callable[["FakePractice", RecordedRequest], Answer]
"""A test's own answer to an operation: ``(practice, request) -> (status, JSON body)``."""


class FakePractice(_Booking, _Services):
    """One practice group's state on the fake: its slots, appointments, messages, webhooks and PDS.

    Seeded (unless ``seed=False``) with one location (``"1"``), one practitioner (``"7"``), one
    15-minute appointment type (``"3"``) and eight slots from 09:00 on the clock's day.
    """

    def __init__(self, fake: FakeHero, practice_group_id: str, *, seed: bool = True) -> None:
        self.practice_group_id = practice_group_id
        self._fake = fake
        self.clock = fake.clock
        self.deliveries = fake.deliveries  # one list for the whole fake: each payload names its practice
        self.clear()
        if seed:
            self.seed()

    @property
    def reservation_hold(self) -> datetime.timedelta:  # type: ignore[override]
        return self._fake.reservation_hold

    def clear(self) -> None:
        """Forget every slot, appointment type, appointment, message, webhook and PDS patient."""
        self.slots: dict[str, Slot] = {}
        self.appointments: dict[str, dict[str, Any]] = {}
        self.webhooks: dict[str, dict[str, Any]] = {}
        self.messages: dict[str, dict[str, Any]] = {}
        self.pds = _patients.PdsRegister()
        self.appointment_types: list[AppointmentType] = []

    def seed(self) -> None:
        """Add the default appointment type and eight slots from 09:00 on the clock's day."""
        self.appointment_types.append(_appointment_type())
        day = self.clock.now().replace(hour=9, minute=0, second=0, microsecond=0)
        self.add_slots(day, count=8)

    def add_slots(
        self,
        start: datetime.datetime,
        *,
        count: int = 1,
        every: datetime.timedelta = datetime.timedelta(minutes=15),
        practitioner_id: str = "7",
        location_id: str = "1",
        appointment_type_id: str = "3",
    ) -> list[Slot]:
        """Add ``count`` slots of ``every`` from ``start``; returns them."""
        added = []
        for n in range(count):
            begins = start + n * every
            slot = Slot(
                id=self._next_id(),
                practitioner_id=practitioner_id,
                appointment_type_id=appointment_type_id,
                location_id=location_id,
                start_time=begins,
                finish_time=begins + every,
            )
            self.slots[str(slot.id)] = slot
            added.append(slot)
        return added

    def add_pds_patient(
        self, nhs_number: str, dob: datetime.date, *, identity_verified: bool = True, patient_id: str | None = None
    ) -> str:
        """A patient PDS knows; ``identity_verified=False`` makes registration ask for verification."""
        return self.pds.add(nhs_number, dob, identity_verified=identity_verified, patient_id=patient_id)

    def _next_id(self) -> str:
        return self._fake._next_id()


class FakeHero:
    """An in-memory Hero API. ``client()`` gives a ``HeroHealth`` wired to it.

    It implements the operations in :data:`ROUTES` (the practice group and its locations, the booking
    flow, Elements tokens, messages, webhooks, PDS registration) with state, for each practice group
    in ``practices`` (``"1"`` by default, seeded). Every other operation of the document answers
    its documented success: the status and a body built from the document (its examples, else values
    that satisfy the schema), so an operation added by regeneration is callable at once.
    :meth:`route` adds or replaces the answer to any operation. A path the document does not have
    answers 404, and a practice group the fake does not know, 403.

    ``slots``, ``appointments``, :meth:`add_slots` and the like are those of the first practice.
    ``requests`` records what was sent; ``deliveries`` the signed webhook deliveries produced when
    appointments are booked or cancelled.
    """

    def __init__(
        self,
        *,
        clock: FakeClock | None = None,
        reservation_hold: float = RESERVATION_HOLD.total_seconds(),
        practices: tuple[str, ...] = (PRACTICE_GROUP_ID,),
    ) -> None:
        self.clock = clock or FakeClock()
        self.faults = Faults()
        self.requests: list[RecordedRequest] = []
        self.deliveries: list[tuple[str, bytes, dict[str, str]]] = []
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

    @asynccontextmanager
    async def serve(self, *, host: str = "127.0.0.1", port: int = 0, tls: bool = False) -> AsyncIterator[str]:
        """Serve the fake over HTTP on ``host``:``port`` (0: a free port) while the block runs; yields
        its base URL, for clients in other processes (``HeroHealth(base_url=url)``). With ``tls``, over
        HTTPS, and :attr:`ca_bundle` is the throwaway CA to trust (``verify=fake.ca_bundle``)."""
        from herohealth_facade.testing.server import serve_fake  # noqa: PLC0415 (h11 server, loaded on use)

        async with serve_fake(self, host=host, port=port, tls=tls) as url:
            yield url

    # ------------------------------------------------------------------ faults

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

    # ------------------------------------------------------------------ serving

    async def handle(self, request: httpx.Request) -> httpx.Response:
        """The fake's answer to ``request`` (what both the transport and the HTTP server serve)."""
        if self.faults.latency:
            await _slow(request, self.faults.latency)
        operation, template, params = _route(request.method, request.url.path)
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
            return _error(401, "Unauthorized")
        if self.faults.over_rate_limit():
            return _json(429, {"error": True, "statusCode": 429, "message": "Too Many Requests"}, {"retry-after": "1"})
        fault = self.faults.take(operation)
        if fault is not None and not fault.acts:
            headers = {"retry-after": f"{fault.retry_after:g}"} if fault.retry_after is not None else {}
            status = fault.status or 500
            return _json(status, {"error": True, "statusCode": status, "message": "injected"}, headers)
        practice = self.practices.get(practice_group_id)
        if practice is None:
            return _error(403, "This key cannot act for that practice group")
        status, answer = self._answer(operation, practice, recorded, request)
        if fault is not None and fault.delay_after_action:
            await _slow(request, fault.delay_after_action)
        elif fault is not None:  # drop_after_action: it acted; the answer never arrives
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
        if answer is None:
            return httpx.Response(status)
        return _json(status, answer)

    def _answer(
        self, operation: str, practice: FakePractice, recorded: RecordedRequest, request: httpx.Request
    ) -> Answer:
        handler = self._handlers.get(operation)
        builtin = _BUILTIN.get(operation)
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


async def _slow(request: httpx.Request, seconds: float) -> None:
    # No socket enforces the client's read timeout here, so the fake does, as a slow server would.
    read_timeout = request.extensions.get("timeout", {}).get("read")
    if read_timeout is not None and seconds > read_timeout:
        await anyio.sleep(read_timeout)
        raise httpx.ReadTimeout("the fake answered after the read timeout", request=request)
    await anyio.sleep(seconds)


def _appointment_type() -> AppointmentType:
    return AppointmentType(
        id="3",
        name="GP appointment",
        partner_slot_name="GP",
        next_available_at=None,
        slot_count=8,
        price=0,
        duration=15,
        use_partner_bookable_slots=False,
        form_id=None,
        practitioner_type="GP",
    )


def _json(status: int, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


def _error(status: int, message: str) -> httpx.Response:
    return _json(status, {"error": True, "statusCode": status, "message": message})


BuiltIn = Callable[[FakePractice, dict[str, str], dict[str, list[str]], Any], Answer]
ROUTES: list[tuple[str, str, str, BuiltIn]] = [
    ("GET", "/v1/me", "get_practice_group_by_id", FakePractice._get_practice_group),
    ("GET", "/v1/locations", "list_locations", FakePractice._list_locations),
    ("GET", "/v1/appointment_types", "list_appointment_types", FakePractice._list_appointment_types),
    ("GET", "/v1/slots", "list_slots", FakePractice._list_slots),
    ("POST", "/v1/slots/availability", "check_slot_availability", FakePractice._check_slot_availability),
    ("GET", "/v1/slots/{id}", "get_slot", FakePractice._get_slot),
    ("POST", "/v1/appointments", "create_appointment", FakePractice._create_appointment),
    ("GET", "/v1/appointments", "list_appointments", FakePractice._list_appointments),
    ("PATCH", "/v1/appointments/{id}/book", "book_appointment", FakePractice._book_appointment),
    ("PATCH", "/v1/appointments/{id}/cancel", "cancel_appointment", FakePractice._cancel_appointment),
    ("GET", "/v1/appointments/{id}", "get_appointment", FakePractice._get_appointment),
    ("POST", "/v1/access_token", "create_access_token", FakePractice._create_access_token),
    ("POST", "/v1/messages/send", "send_message", FakePractice._send_message),
    ("GET", "/v1/messages/{id}", "get_message", FakePractice._get_message),
    ("POST", "/v1/webhooks", "create_webhook", FakePractice._create_webhook),
    ("GET", "/v1/webhooks", "list_webhooks", FakePractice._list_webhooks),
    ("DELETE", "/v1/webhooks/{id}", "delete_webhook", FakePractice._delete_webhook),
    ("POST", "/v1/patients/register_pds", "register_patient_pds", FakePractice._register_patient_pds),
]
"""The operations the fake implements with state (method, path template, generated operation name, handler)."""

_BUILTIN = {name: handler for _, _, name, handler in ROUTES}

# Every operation of the document, literal paths before templated ones (/v1/slots/availability
# before /v1/slots/{id}).
_PATTERNS = sorted(
    (
        (method, re.compile("^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", path) + "$"), name, path)
        for name, (method, path, _tag) in OPERATIONS.items()
    ),
    key=lambda entry: entry[3].count("{"),
)


def _route(method: str, path: str) -> tuple[str, str | None, dict[str, str]]:
    """(operation name or ``unknown``, path template or None, path parameters) of a request."""
    for wanted, pattern, name, template in _PATTERNS:
        match = pattern.match(path)
        if wanted == method and match:
            return name, template, match.groupdict()
    return "unknown", None, {}
