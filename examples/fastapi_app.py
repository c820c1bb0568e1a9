"""A FastAPI backend on herohealth-async: one client per app, slots, booking, Elements tokens.

Run it (with HEROHEALTH_API_KEY, HEROHEALTH_PRACTICE_GROUP_ID and optionally HEROHEALTH_BASE_URL set):

    uvicorn examples.fastapi_app:app
"""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from herohealth_async import (
    APIConnectionError,
    APIStatusError,
    BookingError,
    FullyBookedError,
    HeroHealth,
    HeroHealthError,
    NotFoundError,
    RateLimitError,
    RequestValidationError,
    SlotNotFoundError,
)


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    # One client (one connection pool) for the whole app, closed on shutdown. Tests swap the factory
    # (for example for FakeHero().client) through app.state.make_client.
    make_client: Callable[[], HeroHealth] = getattr(app.state, "make_client", HeroHealth)
    async with make_client() as hero:
        app.state.hero = hero
        yield


app = FastAPI(lifespan=lifespan)


def hero_client(request: Request) -> HeroHealth:
    hero: HeroHealth = request.app.state.hero
    return hero


Hero = Annotated[HeroHealth, Depends(hero_client)]


class BookingRequest(BaseModel):
    slot_id: str
    patient_id: str
    reason: str | None = None


@app.get("/slots")
async def list_slots(hero: Hero, location_id: str, start_date: datetime.date, days: int = 7) -> list[dict[str, Any]]:
    end_date = start_date + datetime.timedelta(days=days)
    pager = hero.booking.list_slots(location_id=location_id, start_date=start_date, end_date=end_date)
    return [slot.to_dict() async for slot in pager]


@app.post("/bookings", status_code=201)
async def book(booking: BookingRequest, hero: Hero) -> dict[str, Any]:
    appointment = await hero.booking.book_slot(booking.slot_id, patient_id=booking.patient_id, reason=booking.reason)
    return appointment.to_dict()


class FirstAvailableRequest(BaseModel):
    location_id: str
    appointment_type_id: str
    start_date: datetime.date
    days: int = 7
    patient_id: str


@app.post("/bookings/first-available", status_code=201)
async def book_first_available(booking: FirstAvailableRequest, hero: Hero) -> dict[str, Any]:
    appointment = await hero.booking.book_first_available(
        location_id=booking.location_id,
        appointment_type_id=booking.appointment_type_id,
        start_date=booking.start_date,
        end_date=booking.start_date + datetime.timedelta(days=booking.days),
        patient_id=booking.patient_id,
    )
    return appointment.to_dict()


@app.post("/elements-token")
async def elements_token(hero: Hero) -> dict[str, str]:
    # For the browser's <hero-...> element (jwt-token attribute); cached and refreshed server side.
    return {"jwt_token": await hero.practice_group.elements_token()}


@app.exception_handler(HeroHealthError)
async def hero_error(request: Request, exc: HeroHealthError) -> JSONResponse:
    """Map SDK errors to answers for this app's own clients; no Hero detail leaks beyond the message."""
    headers: dict[str, str] = {}
    detail: dict[str, Any]
    if isinstance(exc, RequestValidationError):
        status, detail = 422, {"field": exc.field, "problem": exc.problem}
    elif isinstance(exc, SlotNotFoundError):
        status, detail = 404, {"message": "no such slot"}
    elif isinstance(exc, FullyBookedError):
        # The practice is full: an answer for the patient, not an outage.
        status, detail = 409, {"message": "fully booked", "reason": exc.reason}
    elif isinstance(exc, BookingError) and exc.retry_after is not None:
        # The partner rate limit stopped the flow: nothing is held, try again later.
        status, detail = 503, {"step": exc.step, "outcome": exc.outcome, "message": "upstream busy, try again"}
        headers["retry-after"] = str(max(1, int(exc.retry_after)))
    elif isinstance(exc, BookingError):
        status = 409 if exc.slot_unavailable and exc.outcome in ("released", "not_reserved") else 502
        detail = {"step": exc.step, "outcome": exc.outcome, "message": str(exc)}
    elif isinstance(exc, NotFoundError):
        status, detail = 404, {"message": "not found"}
    elif isinstance(exc, RateLimitError):
        status, detail = 503, {"message": "upstream busy, try again"}
        headers["retry-after"] = str(int(exc.retry_after or 1))
    elif isinstance(exc, APIStatusError | APIConnectionError):
        status, detail = 502, {"message": "upstream error"}
    else:
        status, detail = 500, {"message": "unexpected error"}
    return JSONResponse({"error": detail}, status_code=status, headers=headers)
