"""Demo: list appointment types and slots, then reserve and book a slot, through the client.

`make demo` runs this on FakeHero, the SDK's in-memory fake of the API (no Node.js needed): what it
prints comes from the fake's seeded practice, not from Hero Health. `make demo DEMO_ARGS=--prism`
runs it against Prism (the Node mock server) on the vendored OpenAPI document instead.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import anyio

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from herohealth_async import BookingError, HeroHealth  # noqa: E402
from herohealth_async.testing import FakeHero  # noqa: E402
from tests.servers import prism_server  # noqa: E402


async def run(make_client: Callable[[], HeroHealth]) -> None:
    async with make_client() as hero:
        types = (await hero.practice_group.list_appointment_types()).data
        for kind in types:
            print(f"appointment type {kind.id}: {kind.name} ({kind.duration:g} min, next {kind.next_available_at})")

        slots = [slot async for slot in hero.booking.list_slots(max_items=5)]
        for slot in slots:
            print(f"slot {slot.id}: {slot.start_time} to {slot.finish_time} with practitioner {slot.practitioner_id}")

        try:
            appointment = await hero.booking.book_slot(slots[0], patient_id="5521", reason="Medication review")
        except BookingError as exc:
            print(f"booking stopped at {exc.step}: {exc}")
            raise SystemExit(1) from exc
        confirmed = appointment.booking_confirmed_at
        print(f"booked appointment {appointment.id} at {appointment.start_time}, confirmed {confirmed}")

        token = await hero.practice_group.elements_token()
        reused = token == await hero.practice_group.elements_token()
        print(f"Elements token issued ({len(token)} characters, never printed); second call reused it: {reused}")


def main() -> None:
    if "--prism" in sys.argv[1:]:
        with prism_server() as base_url:
            print(f"mock server (Prism) at {base_url}")
            anyio.run(run, lambda: HeroHealth(api_key="demo-key", practice_group_id="1", base_url=base_url))
    else:
        print("in-memory fake of the API (FakeHero); `make demo DEMO_ARGS=--prism` for the Prism mock")
        anyio.run(run, FakeHero().client)


if __name__ == "__main__":
    main()
