"""``FakePractice``: one practice group's state on the fake (a part of ``FakeHero``)."""

from __future__ import annotations

import datetime
from typing import Any, Protocol

from herohealth_async.models.appointment_type import AppointmentType
from herohealth_async.models.slot import Slot
from herohealth_facade.testing import _patients
from herohealth_facade.testing._booking import _Booking
from herohealth_facade.testing._services import _Services
from herohealth_facade.testing.faults import FakeClock


class _Owner(Protocol):
    """What a practice reads from the fake that holds it."""

    clock: FakeClock
    reservation_hold: datetime.timedelta

    def _next_id(self) -> str: ...

    def _deliver(self, practice_group_id: str, event: str, object_id: str, kind: str | None) -> list[str]: ...


class FakePractice(_Booking, _Services):
    """One practice group's state on the fake: its slots, appointments, messages, webhooks and PDS.

    Seeded (unless ``seed=False``) with one location (``"1"``), one practitioner (``"7"``), one
    15-minute appointment type (``"3"``) and eight slots from 09:00 on the clock's day.
    """

    def __init__(self, fake: _Owner, practice_group_id: str, *, seed: bool = True) -> None:
        self.practice_group_id = practice_group_id
        self._fake = fake
        self.clock = fake.clock
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

    def seed(self, *, slots: int = 8) -> None:
        """Add the default appointment type and ``slots`` 15-minute slots from 09:00 on the clock's day."""
        self.appointment_types.append(_appointment_type())
        day = self.clock.now().replace(hour=9, minute=0, second=0, microsecond=0)
        self.add_slots(day, count=slots)

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

    def _deliver(self, event: str, object_id: str, kind: str | None = None) -> list[str]:
        return self._fake._deliver(self.practice_group_id, event, object_id, kind)


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
