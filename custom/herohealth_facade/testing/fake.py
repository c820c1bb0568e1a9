"""``FakeHero``: a stateful, in-memory Hero Health API for testing the apps and workers built on the SDK.

It answers through the client's ``transport=`` seam, so the code under test runs unchanged: the same
client, validation, retries and errors. It keeps state (a slot once booked is gone, a reservation
expires on the fake's clock, a cancelled appointment stays cancelled), reads requests and builds
answers with the generated models (so it follows regeneration), answers errors in Hero's shapes,
and signs webhook deliveries as Hero does.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs

import anyio
import httpx

from herohealth_async.models.appointment_type import AppointmentType
from herohealth_async.models.slot import Slot
from herohealth_async.types import ResponseFieldError
from herohealth_facade._client import HeroHealth
from herohealth_facade.testing import _patients
from herohealth_facade.testing._booking import _Booking, bad_request
from herohealth_facade.testing._services import PRACTICE_GROUP_ID, Answer, _Services
from herohealth_facade.testing.faults import FakeClock, Fault, Faults, RecordedRequest

BASE_URL = "https://fake.herohealth.test"
API_KEY = "fake-api-key"


class FakeHero(_Booking, _Services):
    """An in-memory Hero API. ``client()`` gives a ``HeroHealth`` wired to it.

    It implements the operations in :data:`ROUTES` (the practice group and its locations, the booking
    flow, Elements tokens, messages, webhooks, PDS registration); any other answers 501.

    Seeded with one location (``"1"``), one practitioner (``"7"``), one 15-minute appointment type
    (``"3"``) and eight slots from 09:00 on the clock's day; :meth:`add_slots`, :meth:`add_pds_patient`
    and the clock change that. ``requests`` records what was sent; ``deliveries`` the signed webhook
    deliveries produced when appointments are booked or cancelled.
    """

    def __init__(self, *, clock: FakeClock | None = None, reservation_hold: float = 300.0) -> None:
        self.clock = clock or FakeClock()
        self.faults = Faults()
        self.requests: list[RecordedRequest] = []
        self.deliveries: list[tuple[str, bytes, dict[str, str]]] = []
        self.reservation_hold = datetime.timedelta(seconds=reservation_hold)
        self.slots: dict[str, Slot] = {}
        self.appointments: dict[str, dict[str, Any]] = {}
        self.webhooks: dict[str, dict[str, Any]] = {}
        self.messages: dict[str, dict[str, Any]] = {}
        self.pds = _patients.PdsRegister()
        self.appointment_types = [_appointment_type()]
        self._ids = iter(range(9000, 10**9))
        day = self.clock.now().replace(hour=9, minute=0, second=0, microsecond=0)
        self.add_slots(day, count=8)

    # ------------------------------------------------------------------ set-up

    def client(self, **options: Any) -> HeroHealth:
        """A ``HeroHealth`` that talks to this fake (options as for ``HeroHealth``)."""
        options.setdefault("api_key", API_KEY)
        options.setdefault("practice_group_id", PRACTICE_GROUP_ID)
        options.setdefault("base_url", BASE_URL)
        return HeroHealth(transport=self.transport, **options)

    @property
    def transport(self) -> httpx.AsyncBaseTransport:
        """The transport to pass as ``HeroHealth(transport=...)``."""
        return httpx.MockTransport(self._handle)

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

    # ------------------------------------------------------------------ faults

    def fail_next(self, operation: str, *, status: int = 500, times: int = 1, retry_after: float | None = None) -> None:
        """Answer the next ``times`` calls of ``operation`` (``"*"``: any) with ``status``, without acting."""
        self.faults.add(Fault(operation, times, status=status, retry_after=retry_after))

    def drop_after_action(self, operation: str, *, times: int = 1) -> None:
        """Let the next ``times`` calls of ``operation`` act, then break the connection before answering."""
        self.faults.add(Fault(operation, times, drop_after_action=True))

    def rate_limit(self, per_second: int | None) -> None:
        """Answer 429 (``Retry-After: 1``) to requests beyond ``per_second`` in a second; None: no limit."""
        self.faults.rate_limit(per_second)

    @property
    def latency(self) -> float:
        """Seconds every answer waits before it is sent."""
        return self.faults.latency

    @latency.setter
    def latency(self, seconds: float) -> None:
        self.faults.latency = seconds

    # ------------------------------------------------------------------ serving

    async def _handle(self, request: httpx.Request) -> httpx.Response:
        if self.faults.latency:
            # No socket enforces the client's read timeout here, so the fake does, as a slow server would.
            read_timeout = request.extensions.get("timeout", {}).get("read")
            if read_timeout is not None and self.faults.latency > read_timeout:
                await anyio.sleep(read_timeout)
                raise httpx.ReadTimeout("the fake answered after the read timeout", request=request)
            await anyio.sleep(self.faults.latency)
        route, params = _route(request.method, request.url.path)
        body = json.loads(request.content) if request.content else None
        query = parse_qs(request.url.query.decode(), keep_blank_values=True)
        operation = route[2] if route else "unknown"
        self.requests.append(
            RecordedRequest(operation, request.method, route[1] if route else request.url.path, params, query, body)
        )
        if not request.headers.get("x-api-key") or not request.headers.get("x-practice-group-id"):
            return _json(401, {"error": True, "statusCode": 401, "message": "Unauthorized"})
        if self.faults.over_rate_limit():
            return _json(429, {"error": True, "statusCode": 429, "message": "Too Many Requests"}, {"retry-after": "1"})
        fault = self.faults.take(operation)
        if fault is not None and not fault.drop_after_action:
            headers = {"retry-after": f"{fault.retry_after:g}"} if fault.retry_after is not None else {}
            status = fault.status or 500
            return _json(status, {"error": True, "statusCode": status, "message": "injected"}, headers)
        if route is None:
            message = f"FakeHero does not implement {request.method} {request.url.path}"
            return _json(501, {"error": True, "statusCode": 501, "message": message})
        handler: Callable[[FakeHero, dict[str, str], dict[str, list[str]], Any], Answer] = route[3]
        try:
            status, answer = handler(self, params, query, body)
        except ResponseFieldError as exc:
            status, answer = 400, bad_request(exc.field, exc.problem)
        if fault is not None:  # drop_after_action: it acted; the answer never arrives
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
        return _json(status, answer)

    def _next_id(self) -> str:
        return str(next(self._ids))


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


Handler = Callable[[FakeHero, dict[str, str], dict[str, list[str]], Any], Answer]
ROUTES: list[tuple[str, str, str, Handler]] = [
    ("GET", "/v1/me", "get_practice_group_by_id", FakeHero._get_practice_group),
    ("GET", "/v1/locations", "list_locations", FakeHero._list_locations),
    ("GET", "/v1/appointment_types", "list_appointment_types", FakeHero._list_appointment_types),
    ("GET", "/v1/slots", "list_slots", FakeHero._list_slots),
    ("POST", "/v1/slots/availability", "check_slot_availability", FakeHero._check_slot_availability),
    ("GET", "/v1/slots/{id}", "get_slot", FakeHero._get_slot),
    ("POST", "/v1/appointments", "create_appointment", FakeHero._create_appointment),
    ("GET", "/v1/appointments", "list_appointments", FakeHero._list_appointments),
    ("PATCH", "/v1/appointments/{id}/book", "book_appointment", FakeHero._book_appointment),
    ("PATCH", "/v1/appointments/{id}/cancel", "cancel_appointment", FakeHero._cancel_appointment),
    ("GET", "/v1/appointments/{id}", "get_appointment", FakeHero._get_appointment),
    ("POST", "/v1/access_token", "create_access_token", FakeHero._create_access_token),
    ("POST", "/v1/messages/send", "send_message", FakeHero._send_message),
    ("GET", "/v1/messages/{id}", "get_message", FakeHero._get_message),
    ("POST", "/v1/webhooks", "create_webhook", FakeHero._create_webhook),
    ("GET", "/v1/webhooks", "list_webhooks", FakeHero._list_webhooks),
    ("DELETE", "/v1/webhooks/{id}", "delete_webhook", FakeHero._delete_webhook),
    ("POST", "/v1/patients/register_pds", "register_patient_pds", FakeHero._register_patient_pds),
]
"""The operations the fake implements (method, path template, generated operation name, handler)."""

_PATTERNS = [(route, re.compile("^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", route[1]) + "$")) for route in ROUTES]


def _route(method: str, path: str) -> tuple[tuple[str, str, str, Handler] | None, dict[str, str]]:
    for route, pattern in _PATTERNS:
        match = pattern.match(path)
        if route[0] == method and match:
            return route, match.groupdict()
    return None, {}
