"""The slot -> reserve -> book flow against a scripted Hero server on loopback."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import Any

import anyio
import attrs
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from herohealth_async import BookingError, FullyBookedError, HeroHealth
from tests.helpers import API_KEY, FAST_RETRIES, PRACTICE_GROUP_ID
from tests.servers import asgi_server

pytestmark = pytest.mark.anyio
DAY = datetime.datetime(2026, 12, 1, 9, 0, tzinfo=datetime.UTC)


def _slot(n: int) -> dict[str, Any]:
    start = DAY + datetime.timedelta(minutes=15 * n)
    return {
        "id": str(100 + n),
        "practitioner_id": "7",
        "appointment_type_id": "3",
        "location_id": "1",
        "start_time": start.isoformat(),
        "finish_time": (start + datetime.timedelta(minutes=15)).isoformat(),
    }


@attrs.define
class Script:
    """What the server does; tests set it, the server records what it was asked."""

    slots: list[dict[str, Any]] = attrs.Factory(lambda: [_slot(2), _slot(0), _slot(1)])  # unordered on purpose
    taken: set[str] = attrs.Factory(set)  # start times whose reservation answers 409
    unavailable: set[str] = attrs.Factory(set)  # start times the availability check refuses
    book_status: int = 200
    book_delay: float = 0.0
    book_then_drop: bool = False  # book, then break the connection before answering
    get_status: int = 200
    reserve_delay: float = 0.0
    booked: set[str] = attrs.Factory(set)
    cancel_status: int = 200
    reserved_for: datetime.timedelta = datetime.timedelta(minutes=5)
    calls: list[str] = attrs.Factory(list)
    reservations: dict[str, dict[str, Any]] = attrs.Factory(dict)


SCRIPT = Script()


def _appointment(reservation_id: str, **extra: Any) -> dict[str, Any]:
    body = SCRIPT.reservations[reservation_id]
    return {
        "id": reservation_id,
        **{k: body[k] for k in ("practitioner_id", "location_id", "appointment_type_id", "start_time")},
        **extra,
    }


async def list_slots(request: Request) -> JSONResponse:
    SCRIPT.calls.append("list")
    index, size = int(request.query_params["page_index"]), int(request.query_params["page_size"])
    return JSONResponse({"data": SCRIPT.slots[index * size : (index + 1) * size], "count": len(SCRIPT.slots)})


async def get_slot(request: Request) -> JSONResponse:
    SCRIPT.calls.append("get_slot")
    found = [s for s in SCRIPT.slots if s["id"] == request.path_params["id"]]
    return JSONResponse(found[0]) if found else JSONResponse({"error": True}, status_code=404)


async def availability(request: Request) -> JSONResponse:
    body = await request.json()
    SCRIPT.calls.append("availability")
    return JSONResponse({"available": _start(body["start_time"]) not in SCRIPT.unavailable})


async def reserve(request: Request) -> JSONResponse:
    body = await request.json()
    SCRIPT.calls.append("reserve")
    await anyio.sleep(SCRIPT.reserve_delay)
    if _start(body["start_time"]) in SCRIPT.taken:
        return JSONResponse({"error": True, "statusCode": 409}, status_code=409)
    reservation_id = str(9000 + len(SCRIPT.reservations))
    SCRIPT.reservations[reservation_id] = body
    until = datetime.datetime.now(datetime.UTC) + SCRIPT.reserved_for
    return JSONResponse({"id": reservation_id, "reserved_until": until.isoformat()})


async def book(request: Request) -> JSONResponse:
    SCRIPT.calls.append("book")
    await anyio.sleep(SCRIPT.book_delay)
    if SCRIPT.book_status != 200:
        return JSONResponse({"error": True}, status_code=SCRIPT.book_status)
    SCRIPT.booked.add(request.path_params["id"])
    return JSONResponse(_appointment(request.path_params["id"], booking_confirmed_at=_confirmed()))


async def get_appointment(request: Request) -> JSONResponse:
    SCRIPT.calls.append("get")
    if SCRIPT.get_status != 200:
        return JSONResponse({"error": True}, status_code=SCRIPT.get_status)
    appointment_id = request.path_params["id"]
    confirmed = _confirmed() if appointment_id in SCRIPT.booked else None
    return JSONResponse(_appointment(appointment_id, booking_confirmed_at=confirmed))


def _confirmed() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat()


async def cancel(request: Request) -> JSONResponse:
    SCRIPT.calls.append("cancel")
    if SCRIPT.cancel_status != 200:
        return JSONResponse({"error": True}, status_code=SCRIPT.cancel_status)
    return JSONResponse(_appointment(request.path_params["id"]))


def _start(value: str) -> str:
    return datetime.datetime.fromisoformat(value.replace("Z", "+00:00")).isoformat()


STARLETTE = Starlette(
    routes=[
        Route("/v1/slots", list_slots),
        Route("/v1/slots/availability", availability, methods=["POST"]),
        Route("/v1/slots/{id}", get_slot),
        Route("/v1/appointments", reserve, methods=["POST"]),
        Route("/v1/appointments/{id}/book", book, methods=["PATCH"]),
        Route("/v1/appointments/{id}/cancel", cancel, methods=["PATCH"]),
        Route("/v1/appointments/{id}", get_appointment),
    ]
)


async def APP(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """The scripted API; with ``book_then_drop``, the book call books and then breaks the connection."""
    if scope["type"] == "http" and SCRIPT.book_then_drop and scope["path"].endswith("/book"):
        SCRIPT.calls.append("book")
        SCRIPT.booked.add(scope["path"].split("/")[3])
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"500")]})
        await send({"type": "http.response.body", "body": b'{"id": "9', "more_body": True})
        raise RuntimeError("connection dropped after booking")
    await STARLETTE(scope, receive, send)


@pytest.fixture(scope="module")
def server_url() -> Iterator[str]:
    with asgi_server(APP) as url:
        yield url


@pytest.fixture
def script() -> Script:
    global SCRIPT
    SCRIPT = Script()
    return SCRIPT


@pytest.fixture
def hero(server_url: str, script: Script) -> HeroHealth:
    return HeroHealth(
        api_key=API_KEY, practice_group_id=PRACTICE_GROUP_ID, base_url=server_url, retry_policy=FAST_RETRIES
    )


async def test_book_slot_reserves_then_books(hero: HeroHealth) -> None:
    async with hero:
        appointment = await hero.booking.book_slot("100", patient_id="55", reason="review")
    assert SCRIPT.calls == ["get_slot", "availability", "reserve", "book"]
    assert appointment.id == "9000"
    assert appointment.booking_confirmed_at
    sent = SCRIPT.reservations["9000"]
    assert (sent["patient_id"], sent["reason"], sent["duration"]) == ("55", "review", 15)


async def test_slot_taken_then_next_one_booked(hero: HeroHealth) -> None:
    SCRIPT.taken.add(_start(_slot(0)["start_time"]))
    async with hero:
        appointment = await hero.booking.book_first_available(
            location_id="1",
            appointment_type_id="3",
            start_date=DAY.date(),
            end_date=DAY.date(),
            patient_id="55",
        )
    assert appointment.start_time == datetime.datetime.fromisoformat(_slot(1)["start_time"])  # the next in time order
    assert SCRIPT.calls == ["list", "availability", "reserve", "availability", "reserve", "book"]


async def test_unavailable_slot_moves_on_without_reserving(hero: HeroHealth) -> None:
    SCRIPT.unavailable.add(_start(_slot(0)["start_time"]))
    async with hero:
        await hero.booking.book_first_available(
            location_id="1", appointment_type_id="3", start_date=DAY.date(), end_date=DAY.date(), patient_id="55"
        )
    assert SCRIPT.calls == ["list", "availability", "availability", "reserve", "book"]


async def test_no_bookable_slot_after_max_attempts(hero: HeroHealth) -> None:
    SCRIPT.taken.update(_start(s["start_time"]) for s in SCRIPT.slots)
    async with hero:
        with pytest.raises(FullyBookedError, match=r"taken meanwhile \(3 found, 2 tried\)") as caught:
            await hero.booking.book_first_available(
                location_id="1",
                appointment_type_id="3",
                start_date=DAY.date(),
                end_date=DAY.date(),
                patient_id="55",
                max_attempts=2,
            )
    assert SCRIPT.calls.count("reserve") == 2
    assert (caught.value.reason, caught.value.outcome) == ("all_taken", "not_reserved")


async def test_no_slot_in_the_range_is_fully_booked_not_an_outage(hero: HeroHealth) -> None:
    SCRIPT.slots = []
    async with hero:
        with pytest.raises(FullyBookedError) as caught:
            await hero.booking.book_first_available(
                location_id="1", appointment_type_id="3", start_date=DAY.date(), end_date=DAY.date(), patient_id="55"
            )
    assert caught.value.reason == "no_slots"
    assert SCRIPT.calls == ["list"]


async def test_an_api_failure_while_booking_first_available_is_not_fully_booked(hero: HeroHealth) -> None:
    SCRIPT.book_status, SCRIPT.get_status = 500, 500
    async with hero:
        with pytest.raises(BookingError) as caught:
            await hero.booking.book_first_available(
                location_id="1", appointment_type_id="3", start_date=DAY.date(), end_date=DAY.date(), patient_id="55"
            )
    assert not isinstance(caught.value, FullyBookedError)
    assert caught.value.outcome == "unknown"


async def test_a_5xx_on_book_reads_back_then_releases_an_unbooked_reservation(hero: HeroHealth) -> None:
    SCRIPT.book_status = 500
    async with hero:
        with pytest.raises(BookingError) as caught:
            await hero.booking.book_slot("100", patient_id="55")
    error = caught.value
    assert (error.step, error.outcome, error.reservation_id, error.reservation_released) == (
        "book",
        "released",
        "9000",
        True,
    )
    assert "reservation was released" in str(error)
    assert type(error.__cause__).__name__ == "InternalServerError"
    assert SCRIPT.calls[-3:] == ["book", "get", "cancel"]


async def test_booked_then_dropped_connection_returns_the_booking_and_cancels_nothing(hero: HeroHealth) -> None:
    SCRIPT.book_then_drop = True
    async with hero:
        appointment = await hero.booking.book_slot("100", patient_id="55")
    assert appointment.id == "9000" and isinstance(appointment.booking_confirmed_at, datetime.datetime)
    assert SCRIPT.calls[-2:] == ["book", "get"]
    assert "cancel" not in SCRIPT.calls


async def test_an_unclear_book_whose_read_back_fails_cancels_nothing(hero: HeroHealth) -> None:
    SCRIPT.book_status, SCRIPT.get_status = 503, 500
    async with hero:
        with pytest.raises(BookingError) as caught:
            await hero.booking.book_slot("100", patient_id="55")
    error = caught.value
    assert (error.outcome, error.reservation_id, error.reservation_released) == ("unknown", "9000", False)
    assert isinstance(error.reserved_until, datetime.datetime)
    assert "may be booked, or held until 20" in str(error)
    assert "cancel" not in SCRIPT.calls


async def test_a_clear_refusal_of_book_releases_without_reading_back(hero: HeroHealth) -> None:
    SCRIPT.book_status = 409
    async with hero:
        with pytest.raises(BookingError) as caught:
            await hero.booking.book_slot("100", patient_id="55")
    assert (caught.value.outcome, caught.value.slot_unavailable) == ("released", True)
    assert SCRIPT.calls[-2:] == ["book", "cancel"]


async def test_a_reserve_that_times_out_says_a_reservation_may_exist(server_url: str, script: Script) -> None:
    SCRIPT.reserve_delay = 2.0
    async with HeroHealth(
        api_key=API_KEY, practice_group_id=PRACTICE_GROUP_ID, base_url=server_url, timeout=0.5, max_retries=0
    ) as hero:
        with pytest.raises(BookingError) as caught:
            await hero.booking.book_slot("100", patient_id="55")
    error = caught.value
    assert (error.step, error.outcome, error.reservation_id, error.reservation_released) == (
        "reserve",
        "unknown",
        None,
        False,
    )
    assert "a reservation may exist until it expires" in str(error)
    assert type(error.__cause__).__name__ == "APITimeoutError"


async def test_cancelled_task_between_reserve_and_book_reads_back_and_releases(hero: HeroHealth) -> None:
    SCRIPT.book_delay = 5.0
    async with hero:
        with anyio.move_on_after(0.5) as scope:
            await hero.booking.book_slot("100", patient_id="55")
    assert scope.cancelled_caught
    assert SCRIPT.calls[-3:] == ["book", "get", "cancel"]


async def test_failed_release_says_the_reservation_may_still_be_held(hero: HeroHealth) -> None:
    SCRIPT.book_status = 409
    SCRIPT.cancel_status = 500
    async with hero:
        with pytest.raises(BookingError) as caught:
            await hero.booking.book_slot("100", patient_id="55")
    assert (caught.value.outcome, caught.value.reservation_released) == ("held", False)
    assert "may still be held until 20" in str(caught.value)
    assert SCRIPT.calls.count("cancel") == 3  # the release is retried like any safe call


async def test_expired_reservation_is_not_booked(hero: HeroHealth) -> None:
    SCRIPT.reserved_for = datetime.timedelta(seconds=-1)
    async with hero:
        with pytest.raises(BookingError, match="expired"):
            await hero.booking.book_slot("100", patient_id="55")
    assert "book" not in SCRIPT.calls
    assert SCRIPT.calls[-1] == "cancel"


async def test_reserve_conflict_is_a_booking_error_without_reservation(hero: HeroHealth) -> None:
    SCRIPT.taken.add(_start(_slot(0)["start_time"]))
    async with hero:
        with pytest.raises(BookingError) as caught:
            await hero.booking.book_slot("100", patient_id="55", check_availability=False)
    assert (caught.value.step, caught.value.reservation_id, caught.value.slot_unavailable) == ("reserve", None, True)
    assert (caught.value.outcome, caught.value.reservation_released) == ("not_reserved", None)
    assert "nothing was reserved" in str(caught.value)


async def test_bad_input_is_not_a_booking_error(hero: HeroHealth) -> None:
    from herohealth_async import RequestValidationError

    async with hero:
        with pytest.raises(RequestValidationError, match="path.id"):
            await hero.booking.book_slot("", patient_id="55")
    assert SCRIPT.calls == []
