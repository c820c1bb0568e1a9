"""The examples run against the Prism mock, so they cannot rot."""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import importlib
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import anyio
import pytest
from fastapi.testclient import TestClient

from herohealth_async import HeroHealth, sign_webhook
from tests.helpers import top_of_the_second
from tests.servers import free_port


@pytest.fixture
def hero_env(prism_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("HEROHEALTH_API_KEY", "example-key")
    monkeypatch.setenv("HEROHEALTH_PRACTICE_GROUP_ID", "42")
    monkeypatch.setenv("HEROHEALTH_BASE_URL", prism_url)
    return prism_url


@pytest.fixture
def fastapi_app(hero_env: str) -> Iterator[TestClient]:
    module: ModuleType = importlib.import_module("examples.fastapi_app")
    with TestClient(module.app) as client:
        yield client


def test_fastapi_lists_slots(fastapi_app: TestClient) -> None:
    response = fastapi_app.get("/slots", params={"location_id": "3", "start_date": "2099-01-05"})
    assert response.status_code == 200
    assert response.json()[0]["id"] == "31001"


def test_fastapi_books_a_slot(fastapi_app: TestClient) -> None:
    response = fastapi_app.post("/bookings", json={"slot_id": "31001", "patient_id": "5521", "reason": "review"})
    assert response.status_code == 201, response.text
    assert response.json()["booking_confirmed_at"]


def test_fastapi_hands_out_elements_tokens(fastapi_app: TestClient) -> None:
    first = fastapi_app.post("/elements-token").json()["jwt_token"]
    assert first.count(".") == 2
    assert fastapi_app.post("/elements-token").json()["jwt_token"] == first


def test_fastapi_maps_validation_errors_to_422(fastapi_app: TestClient) -> None:
    response = fastapi_app.post("/bookings", json={"slot_id": " ", "patient_id": "5521"})
    assert response.status_code == 422
    assert response.json() == {"error": {"field": "path.id", "problem": "must not be empty"}}


def test_fastapi_maps_an_unreachable_api_to_502(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEROHEALTH_API_KEY", "example-key")
    monkeypatch.setenv("HEROHEALTH_PRACTICE_GROUP_ID", "42")
    monkeypatch.setenv("HEROHEALTH_BASE_URL", f"http://127.0.0.1:{free_port()}")  # nothing listens there
    module = importlib.import_module("examples.fastapi_app")
    with TestClient(module.app) as client:
        response = client.get("/slots", params={"location_id": "3", "start_date": "2099-01-05"})
    assert response.status_code == 502
    assert response.json() == {"error": {"message": "upstream error"}}


def stored(database: Path) -> list[tuple[str, str, str, int]]:
    """The example receiver's rows: (object, id, event, deliveries)."""
    with contextlib.closing(sqlite3.connect(database)) as db:
        return db.execute("SELECT object, id, event, deliveries FROM events ORDER BY key").fetchall()


@pytest.fixture
def receiver(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> ModuleType:
    """The example receiver, configured from the environment, storing in ``tmp_path / "webhooks.db"``."""
    monkeypatch.setenv("HEROHEALTH_API_KEY", "example-key")
    monkeypatch.setenv("HEROHEALTH_PRACTICE_GROUP_ID", "42")
    monkeypatch.setenv("HEROHEALTH_WEBHOOK_SIGNING_KEY", "whsec_example")
    monkeypatch.setenv("RECEIVER_DB", str(tmp_path / "webhooks.db"))
    module = importlib.import_module("examples.webhook_receiver")
    return module


def test_webhook_receiver_stores_then_acknowledges(
    receiver: ModuleType, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    module = receiver
    body = b'{"object":"Appointment","id":"88001","practice_group_id":"42","event":"appointment.cancelled"}'
    stamp = str(int(time.time()))
    signature = hmac.new(b"whsec_example", stamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    signed = {"X-Herohealth-Timestamp": stamp, "X-Herohealth-Signature": signature}
    failures = [RuntimeError("database down")]
    real_store = module.store

    async def flaky_store(event: object) -> None:
        if failures:
            raise failures.pop()
        await real_store(event)

    monkeypatch.setattr(module, "store", flaky_store)
    with TestClient(module.app) as client:
        not_stored = client.post("/hero/webhooks", content=body, headers=signed)
        redelivered = client.post("/hero/webhooks", content=body, headers=signed)  # Hero tries again
        replayed = client.post("/hero/webhooks", content=body, headers=signed)
        bad = client.post("/hero/webhooks", content=body, headers={**signed, "X-Herohealth-Signature": "0" * 64})
    assert not_stored.status_code == 503  # not acknowledged: nothing was stored
    assert redelivered.status_code == 204
    assert (replayed.status_code, replayed.json()) == (200, {"error": "replayed"})
    assert (bad.status_code, bad.json()) == (400, {"error": "bad_signature"})
    assert stored(tmp_path / "webhooks.db") == [("Appointment", "88001", "appointment.cancelled", 1)]


def test_webhook_receiver_absorbs_a_redelivery_signed_anew(receiver: ModuleType, tmp_path: Path) -> None:
    """The replay guard knows a delivery by its signed bytes and timestamp: the same event signed again a
    second later is a new delivery to it, and the receiver coalesces it by event.key (one row)."""
    module = receiver
    body = b'{"object":"Appointment","id":"88002","practice_group_id":"42","event":"appointment.confirmed"}'
    now = time.time()
    with TestClient(module.app) as client:
        answers = [
            client.post("/hero/webhooks", content=body, headers=sign_webhook(body, "whsec_example", timestamp=at))
            for at in (now - 1, now)  # the first delivery, then Hero's redelivery signed when it is sent
        ]
    assert [a.status_code for a in answers] == [204, 204]  # both pass the guard: different timestamps
    assert stored(tmp_path / "webhooks.db") == [("Appointment", "88002", "appointment.confirmed", 2)]


def test_worker_sends_with_bounded_concurrency(hero_env: str) -> None:
    module = importlib.import_module("examples.worker")

    async def run() -> object:
        async with HeroHealth() as hero:
            return await module.send_all(hero, ["5521", "5522", "not-an-id", "5523"], "hello", concurrency=2)

    summary = anyio.run(run)
    assert str(summary) == "3 sent, 1 failed"
    assert summary.failed == {"not-an-id": "RequestValidationError"}  # type: ignore[attr-defined]


class _Upstream:
    """A small Hero stand-in on loopback for what Prism cannot do: no slots, outages, rate limits."""

    def __init__(self) -> None:
        self.slots: list[dict[str, object]] = []
        self.reserve_status = 200
        self.rate_limited_once: set[str] = set()
        self.requests: list[str] = []

    async def __call__(self, scope: dict[str, object], receive: object, send: object) -> None:
        from starlette.requests import Request
        from starlette.responses import JSONResponse

        if scope["type"] != "http":
            return
        request = Request(scope, receive)  # type: ignore[arg-type]
        self.requests.append(f"{request.method} {request.url.path}")
        if request.url.path == "/v1/slots":
            response = JSONResponse({"data": self.slots, "count": len(self.slots)})
        elif request.url.path == "/v1/appointments" and request.method == "POST":
            response = JSONResponse({"error": True}, status_code=self.reserve_status)
        elif request.url.path == "/v1/messages/send":
            body = await request.json()
            if body["patient_id"] not in self.rate_limited_once:
                self.rate_limited_once.add(body["patient_id"])
                response = JSONResponse({"error": "Too Many Requests"}, status_code=429, headers={"retry-after": "0"})
            else:
                sent = {
                    "message_id": "m-" + body["patient_id"],
                    "content": "hello",
                    "created_at": "2026-12-01T09:00:00Z",
                }
                response = JSONResponse(sent)
        else:
            response = JSONResponse({"available": True})
        await response(scope, receive, send)  # type: ignore[arg-type]


@pytest.fixture
def upstream(monkeypatch: pytest.MonkeyPatch) -> Iterator[_Upstream]:
    from tests.servers import asgi_server

    app = _Upstream()
    with asgi_server(app) as url:
        monkeypatch.setenv("HEROHEALTH_API_KEY", "example-key")
        monkeypatch.setenv("HEROHEALTH_PRACTICE_GROUP_ID", "42")
        monkeypatch.setenv("HEROHEALTH_BASE_URL", url)
        yield app


FIRST_AVAILABLE = {"location_id": "1", "appointment_type_id": "3", "start_date": "2026-12-01", "patient_id": "5"}


def test_fastapi_answers_409_when_the_practice_is_fully_booked(upstream: _Upstream) -> None:
    module = importlib.import_module("examples.fastapi_app")
    with TestClient(module.app) as client:
        response = client.post("/bookings/first-available", json=FIRST_AVAILABLE)
    assert response.status_code == 409
    assert response.json() == {"error": {"message": "fully booked", "reason": "no_slots"}}


def test_fastapi_answers_502_when_hero_fails_while_booking(upstream: _Upstream) -> None:
    upstream.slots = [
        {
            "id": "1",
            "practitioner_id": "7",
            "appointment_type_id": "3",
            "location_id": "1",
            "start_time": "2026-12-01T09:00:00Z",
            "finish_time": "2026-12-01T09:15:00Z",
        }
    ]
    upstream.reserve_status = 500
    module = importlib.import_module("examples.fastapi_app")
    with TestClient(module.app) as client:
        response = client.post("/bookings/first-available", json=FIRST_AVAILABLE)
    assert response.status_code == 502
    assert response.json()["error"]["outcome"] == "unknown"


def test_worker_leaves_429s_to_the_sdk(upstream: _Upstream) -> None:
    module = importlib.import_module("examples.worker")

    async def run() -> object:
        async with HeroHealth() as hero:
            return await module.send_all(hero, ["5521", "5522", "5523"], "hello", concurrency=2)

    summary = anyio.run(run)
    assert str(summary) == "3 sent, 0 failed"
    assert upstream.requests.count("POST /v1/messages/send") == 6  # each answered 429 once, sent once more


# ---------------------------------------------------------------------- the same examples on the test kit


@pytest.fixture
def fake_app() -> Iterator[tuple[TestClient, object]]:
    from herohealth_async.testing import FakeHero

    fake = FakeHero()
    module = importlib.import_module("examples.fastapi_app")
    module.app.state.make_client = fake.client
    try:
        with TestClient(module.app) as client:
            yield client, fake
    finally:
        del module.app.state.make_client


def test_fastapi_books_on_the_fake_and_the_slot_is_gone(fake_app: tuple[TestClient, object]) -> None:
    client, fake = fake_app
    day = fake.clock.now().date().isoformat()  # type: ignore[attr-defined]
    listed = client.get("/slots", params={"location_id": "1", "start_date": day, "days": 1}).json()
    booked = client.post("/bookings", json={"slot_id": listed[0]["id"], "patient_id": "55"})
    assert booked.status_code == 201 and booked.json()["booking_confirmed_at"]
    again = client.get("/slots", params={"location_id": "1", "start_date": day, "days": 1}).json()
    assert [s["id"] for s in again] == [s["id"] for s in listed[1:]]
    assert [r.operation for r in fake.requests].count("book_appointment") == 1  # type: ignore[attr-defined]


def test_fastapi_answers_409_fully_booked_on_the_fake(fake_app: tuple[TestClient, object]) -> None:
    client, fake = fake_app
    fake.slots.clear()  # type: ignore[attr-defined]
    day = fake.clock.now().date().isoformat()  # type: ignore[attr-defined]
    body = {"location_id": "1", "appointment_type_id": "3", "start_date": day, "patient_id": "5"}
    response = client.post("/bookings/first-available", json=body)
    assert (response.status_code, response.json()["error"]["reason"]) == (409, "no_slots")


def test_fastapi_answers_404_for_an_unknown_slot_and_409_for_a_taken_one(
    fake_app: tuple[TestClient, object],
) -> None:
    client, fake = fake_app
    unknown = client.post("/bookings", json={"slot_id": "404404", "patient_id": "55"})
    slot_id = next(iter(fake.slots))  # type: ignore[attr-defined]
    first = client.post("/bookings", json={"slot_id": slot_id, "patient_id": "55"})
    taken = client.post("/bookings", json={"slot_id": slot_id, "patient_id": "56"})
    assert (unknown.status_code, unknown.json()) == (404, {"error": {"message": "no such slot"}})
    assert (first.status_code, taken.status_code) == (201, 409)


def test_fastapi_answers_503_with_retry_after_when_the_rate_limit_stops_a_booking(
    fake_app: tuple[TestClient, object],
) -> None:
    client, fake = fake_app
    fake.fail_next("create_appointment", status=429, retry_after=120)  # type: ignore[attr-defined]
    response = client.post("/bookings", json={"slot_id": next(iter(fake.slots)), "patient_id": "55"})  # type: ignore[attr-defined]
    assert (response.status_code, response.headers["retry-after"]) == (503, "120")
    assert response.json()["error"]["outcome"] == "not_reserved"


def test_worker_on_the_fake_leaves_429s_to_the_sdk() -> None:
    from herohealth_async.testing import FakeHero

    fake = FakeHero()
    fake.rate_limit(2)
    module = importlib.import_module("examples.worker")

    async def run() -> object:
        async with fake.client() as hero:
            await top_of_the_second()  # all three in one of the seconds the fake counts
            return await module.send_all(hero, ["1", "2", "3"], "hello", concurrency=3)

    assert str(anyio.run(run)) == "3 sent, 0 failed"
    assert len(fake.messages) == 3 and len(fake.requests) > 3  # some were answered 429 first


def test_webhook_receiver_accepts_the_fakes_signed_deliveries(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from herohealth_async.models import CreateWebhookBody
    from herohealth_async.testing import FakeHero

    fake = FakeHero()

    async def book() -> None:
        async with fake.client() as hero:
            body = CreateWebhookBody(
                event_type="appointment.confirmed", url="https://app.test", signing_key="whsec_e2e"
            )
            await hero.webhooks.create_webhook(body=body)
            await hero.booking.book_slot(next(iter(fake.slots.values())), patient_id="55")

    anyio.run(book)
    monkeypatch.setenv("HEROHEALTH_API_KEY", "example-key")
    monkeypatch.setenv("HEROHEALTH_PRACTICE_GROUP_ID", "42")
    monkeypatch.setenv("HEROHEALTH_WEBHOOK_SIGNING_KEY", "whsec_e2e")
    monkeypatch.setenv("RECEIVER_DB", str(tmp_path / "webhooks.db"))
    module = importlib.import_module("examples.webhook_receiver")
    (delivery,) = fake.deliveries
    url, body, headers = delivery.url, delivery.body, delivery.headers
    with TestClient(module.app) as client:
        response = client.post("/hero/webhooks", content=body, headers=headers)  # exactly what Hero would send
        forged = client.post("/hero/webhooks", content=body.replace(b"confirmed", b"cancelled"), headers=headers)
    assert (url, response.status_code, forged.status_code) == ("https://app.test", 204, 400)
    with contextlib.closing(sqlite3.connect(tmp_path / "webhooks.db")) as db:
        rows = db.execute("SELECT object, event, deliveries FROM events").fetchall()
    assert rows == [("Appointment", "appointment.confirmed", 1)]
