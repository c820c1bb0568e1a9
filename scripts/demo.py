"""Demo: list appointment types and slots, reserve a slot and book it, against a local mock.

`make demo` runs this. It starts Prism (the Node mock server) on the vendored OpenAPI document,
so everything it prints comes from that document's examples, not from Hero Health.
"""

from __future__ import annotations

import sys
from pathlib import Path

import anyio

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from herohealth_async.api.booking import book_appointment, create_appointment, list_slots  # noqa: E402
from herohealth_async.api.practice_group import list_appointment_types  # noqa: E402
from herohealth_async.client import Client  # noqa: E402
from herohealth_async.models import BookAppointmentBody, CreateAppointmentBody  # noqa: E402
from tests.servers import prism_server  # noqa: E402


async def run(base_url: str) -> None:
    headers = {"x-api-key": "demo-key", "x-practice-group-id": "1"}
    async with Client(base_url=base_url, headers=headers) as client:
        types = await list_appointment_types.asyncio(client=client)
        assert types is not None
        print(f"appointment types: {types.count:g} (first: {types.data[0].name})")
        slots = await list_slots.asyncio(client=client, location_id="1", page_size=10)
        assert slots is not None
        slot = slots.data[0]
        print(f"slots: {len(slots.data)}, first at {slot.start_time}")
        reservation = await create_appointment.asyncio(
            client=client,
            body=CreateAppointmentBody(
                appointment_type_id="1",
                location_id="1",
                practitioner_id="1",
                duration=15,
                start_time=None,
                patient_id="1",
            ),
        )
        assert reservation is not None
        print(f"reserved appointment {reservation.id} until {reservation.reserved_until}")
        booked = await book_appointment.asyncio(reservation.id, client=client, body=BookAppointmentBody())
        assert booked is not None
        print(f"booked: confirmed at {booked.booking_confirmed_at}")


def main() -> None:
    with prism_server() as base_url:
        print(f"mock server (Prism) at {base_url}")
        anyio.run(run, base_url)


if __name__ == "__main__":
    main()
