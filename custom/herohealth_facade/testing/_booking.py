"""The fake's booking operations: slots, reservations expiring on the clock, booking, cancelling
(a part of ``FakeHero``)."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

from herohealth_async.models.appointment import Appointment
from herohealth_async.models.appointment_type import AppointmentType
from herohealth_async.models.book_appointment_body import BookAppointmentBody
from herohealth_async.models.cancel_appointment_body import CancelAppointmentBody
from herohealth_async.models.check_slot_availability_body import CheckSlotAvailabilityBody
from herohealth_async.models.create_appointment_body import CreateAppointmentBody
from herohealth_async.models.slot import Slot
from herohealth_async.types import UNSET
from herohealth_facade.testing._services import Answer, _not_found
from herohealth_facade.testing.faults import FakeClock


class _Booking:
    """Slots, reservations, appointments; their state lives on the fake."""

    clock: FakeClock
    slots: dict[str, Slot]
    appointments: dict[str, dict[str, Any]]
    appointment_types: list[AppointmentType]
    reservation_hold: datetime.timedelta
    _next_id: Callable[[], str]  # the fake's own, shared by its parts
    _deliver: Callable[[str, str], object]

    def _list_appointment_types(self, params: dict[str, str], query: dict[str, list[str]], body: Any) -> Answer:
        return 200, {"data": [t.to_dict() for t in self.appointment_types], "count": len(self.appointment_types)}

    def _list_slots(self, params: dict[str, str], query: dict[str, list[str]], body: Any) -> Answer:
        free = [s for s in sorted(self.slots.values(), key=_starts) if self._is_free(s, query)]
        index, size = int(query.get("page_index", ["0"])[0]), int(query.get("page_size", ["100"])[0])
        page = free[index * size : (index + 1) * size]
        return 200, {"data": [s.to_dict() for s in page], "count": len(free)}

    def _get_slot(self, params: dict[str, str], query: dict[str, list[str]], body: Any) -> Answer:
        slot = self.slots.get(params["id"])
        return (200, slot.to_dict()) if slot else _not_found("slot")

    def _check_slot_availability(self, params: dict[str, str], query: dict[str, list[str]], body: Any) -> Answer:
        asked = CheckSlotAvailabilityBody.from_dict(body)
        start = asked.start_time if isinstance(asked.start_time, str) else ""
        slot = self._slot_at(str(asked.practitioner_id), datetime.datetime.fromisoformat(start) if start else None)
        return 200, {"available": slot is not None and self._holder(slot) is None}

    def _create_appointment(self, params: dict[str, str], query: dict[str, list[str]], body: Any) -> Answer:
        asked = CreateAppointmentBody.from_dict(body)
        start = asked.start_time if isinstance(asked.start_time, datetime.datetime) else None
        slot = self._slot_at(asked.practitioner_id, start)
        if slot is None:
            return 400, bad_request("start_time", "no slot starts then for this practitioner")
        if self._holder(slot) is not None:
            return 409, {"error": True, "statusCode": 409, "message": "Slot is no longer available"}
        appointment_id = self._next_id()
        until = self.clock.now() + self.reservation_hold
        self.appointments[appointment_id] = {
            "slot": slot,
            "status": "reserved",
            "patient_id": asked.patient_id,
            "reserved_until": until,
            "confirmed_at": None,
        }
        return 200, {"id": appointment_id, "reserved_until": until.isoformat()}

    def _book_appointment(self, params: dict[str, str], query: dict[str, list[str]], body: Any) -> Answer:
        record = self.appointments.get(params["id"])
        if record is None:
            return _not_found("appointment")
        asked = BookAppointmentBody.from_dict(body or {})
        if record["status"] != "reserved" or record["reserved_until"] <= self.clock.now():
            return 409, {"error": True, "statusCode": 409, "message": "Reservation is no longer held"}
        record.update(status="booked", confirmed_at=self.clock.now())
        if asked.patient_id is not UNSET:
            record["patient_id"] = asked.patient_id
        self._deliver("appointment.confirmed", params["id"])
        return 200, self._appointment(params["id"])

    def _cancel_appointment(self, params: dict[str, str], query: dict[str, list[str]], body: Any) -> Answer:
        record = self.appointments.get(params["id"])
        if record is None:
            return _not_found("appointment")
        CancelAppointmentBody.from_dict(body or {})
        was_booked = record["status"] == "booked"
        record["status"] = "cancelled"
        if was_booked:
            self._deliver("appointment.cancelled", params["id"])
        return 200, self._appointment(params["id"])

    def _get_appointment(self, params: dict[str, str], query: dict[str, list[str]], body: Any) -> Answer:
        if params["id"] not in self.appointments:
            return _not_found("appointment")
        return 200, self._appointment(params["id"])

    def _list_appointments(self, params: dict[str, str], query: dict[str, list[str]], body: Any) -> Answer:
        data = [self._appointment(i) for i, r in self.appointments.items() if r["status"] != "cancelled"]
        return 200, {"data": data, "count": len(data)}

    def _appointment(self, appointment_id: str) -> dict[str, Any]:
        record = self.appointments[appointment_id]
        slot: Slot = record["slot"]
        assert isinstance(slot.start_time, datetime.datetime) and isinstance(slot.finish_time, datetime.datetime)
        appointment = Appointment(
            id=appointment_id,
            practitioner_id=str(slot.practitioner_id),
            location_id=str(slot.location_id),
            appointment_type_id=str(slot.appointment_type_id),
            start_time=slot.start_time,
            patient_id=record["patient_id"],
            duration=(slot.finish_time - slot.start_time).total_seconds() / 60,
            reserved_until=record["reserved_until"] if record["status"] == "reserved" else None,
            booking_confirmed_at=record["confirmed_at"],
            can_be_cancelled=record["status"] != "cancelled",
        )
        data = appointment.to_dict()
        return data

    def _is_free(self, slot: Slot, query: dict[str, list[str]]) -> bool:
        for name in ("location_id", "practitioner_id", "appointment_type_id"):
            wanted = query.get(name)
            if wanted and getattr(slot, name) not in wanted:
                return False
        day = slot.start_time.date() if isinstance(slot.start_time, datetime.datetime) else None
        if day is not None and "start_date" in query and day < datetime.date.fromisoformat(query["start_date"][0]):
            return False
        if day is not None and "end_date" in query and day > datetime.date.fromisoformat(query["end_date"][0]):
            return False
        return self._holder(slot) is None

    def _slot_at(self, practitioner_id: str, start: datetime.datetime | None) -> Slot | None:
        for slot in self.slots.values():
            if slot.practitioner_id == practitioner_id and slot.start_time == start:
                return slot
        return None

    def _holder(self, slot: Slot) -> str | None:
        """The appointment holding ``slot``: booked, or reserved and not yet expired."""
        for appointment_id, record in self.appointments.items():
            if record["slot"] is not slot:
                continue
            if record["status"] == "booked":
                return appointment_id
            if record["status"] == "reserved" and record["reserved_until"] > self.clock.now():
                return appointment_id
        return None


def bad_request(field: str, problem: str) -> dict[str, Any]:
    """Hero's 400 body for one problem at ``field`` (a dotted path)."""
    issue = {"code": "invalid", "expected": problem, "path": [p for p in field.split(".") if p]}
    return {"error": True, "statusCode": 400, "message": [issue]}


def _starts(slot: Slot) -> datetime.datetime:
    return slot.start_time if isinstance(slot.start_time, datetime.datetime) else _NEVER


_NEVER = datetime.datetime.max.replace(tzinfo=datetime.UTC)
