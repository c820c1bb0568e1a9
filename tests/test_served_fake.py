"""The served fake as a staging server: it POSTs signed deliveries to registered receivers in the
background, retries them on its schedule (signed anew each time), follows the wall clock, and is
steered from outside through its loopback control API (``FakeControl``)."""

from __future__ import annotations

import datetime
import json
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

import anyio
import attrs
import httpx
import pytest

from herohealth_async import HeroHealth, RateLimitError, verify_webhook
from herohealth_async.models import CreateWebhookBody, SendMessageBody
from herohealth_async.testing import FakeClock, FakeControl, FakeControlError, FakeHero
from herohealth_facade.testing import _control_api, deliveries
from herohealth_facade.testing.server import PEER, serve
from tests.helpers import top_of_the_second
from tests.servers import free_port

pytestmark = pytest.mark.anyio
KEY = "whsec_staging"


@attrs.define
class Receiver:
    """A webhook receiver on a loopback port: answers ``statuses`` in turn (then 204), records what came."""

    statuses: list[int] = attrs.Factory(list)
    received: list[httpx.Request] = attrs.Factory(list)
    gate: anyio.Event | None = None  # when set, answers wait for it

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        self.received.append(request)
        if self.gate is not None:
            await self.gate.wait()
        return httpx.Response(self.statuses.pop(0) if self.statuses else 204)


@asynccontextmanager
async def served(fake: FakeHero, receiver: Receiver) -> AsyncIterator[tuple[HeroHealth, str, str]]:
    """The fake served, a client of it, the receiver's URL, and the fake's URL."""
    async with fake.serve() as url, serve(receiver) as receiver_url:
        async with HeroHealth(api_key="k", practice_group_id="1", base_url=url) as hero:
            yield hero, f"{receiver_url}/hero/webhooks", url


async def until(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    with anyio.fail_after(timeout):
        while True:
            if condition():
                return
            await anyio.sleep(0.02)


async def subscribe(hero: HeroHealth, url: str, event: str = "appointment.confirmed") -> None:
    await hero.webhooks.create_webhook(body=CreateWebhookBody(event_type=event, url=url, signing_key=KEY))  # type: ignore[arg-type]


async def test_a_booking_is_posted_to_the_receiver_signed_and_never_blocks_the_call() -> None:
    fake, receiver = FakeHero(), Receiver(gate=anyio.Event())
    async with served(fake, receiver) as (hero, receiver_url, url):
        await subscribe(hero, receiver_url)
        with anyio.fail_after(10):
            booked = await hero.booking.book_slot(next(iter(fake.slots.values())), patient_id="55")
        # The receiver has not answered yet (its gate is shut): the booking did not wait for it.
        assert fake.deliveries == []
        receiver.gate.set()  # type: ignore[union-attr]
        async with FakeControl(url) as control:
            delivery = await control.wait_for_delivery()
    (request,) = receiver.received
    event = verify_webhook(request.content, request.headers, KEY)  # the wall clock: a live fake's signature
    assert (event.event, event.id, event.practice_group_id, event.object_) == (
        "appointment.confirmed",
        booked.id,
        "1",
        "Appointment",
    )
    assert (delivery.url, delivery.attempt, delivery.status, delivery.event) == (receiver_url, 1, 204, event.event)


async def test_a_failed_delivery_is_retried_on_the_schedule_and_signed_anew() -> None:
    fake, receiver = FakeHero(retry_schedule=(1.1, 0.1)), Receiver(statuses=[503])
    async with served(fake, receiver) as (hero, receiver_url, url):
        await subscribe(hero, receiver_url)
        await hero.booking.book_slot(next(iter(fake.slots.values())), patient_id="55")
        async with FakeControl(url) as control:
            delivered = await control.wait_for_delivery()
    first, second = receiver.received
    assert first.content == second.content  # the same thin payload
    assert int(second.headers["x-herohealth-timestamp"]) > int(first.headers["x-herohealth-timestamp"])
    assert first.headers["x-herohealth-signature"] != second.headers["x-herohealth-signature"]
    assert [(d.attempt, d.status) for d in fake.deliveries] == [(1, 503), (2, 204)]
    assert delivered.id == fake.deliveries[0].id  # both attempts are one delivery
    assert fake.deliveries[1].at - fake.deliveries[0].at >= 1.1


async def test_a_receiver_that_never_answers_gets_every_attempt_of_the_schedule_then_no_more() -> None:
    fake = FakeHero(retry_schedule=(0.05, 0.05, 0.05))
    async with fake.serve() as url, HeroHealth(api_key="k", practice_group_id="1", base_url=url) as hero:
        await subscribe(hero, f"http://127.0.0.1:{free_port()}/nobody-listens")
        await hero.booking.book_slot(next(iter(fake.slots.values())), patient_id="55")
        await until(lambda: len(fake.deliveries) == 4)
        await anyio.sleep(0.3)  # longer than the whole schedule: a fifth attempt would have come
    assert [(d.attempt, d.status, d.error) for d in fake.deliveries] == [
        (n, None, "ConnectError") for n in (1, 2, 3, 4)
    ]


async def test_resend_and_emit_send_signed_anew_and_are_recorded_per_attempt() -> None:
    fake, receiver = FakeHero(), Receiver()
    async with served(fake, receiver) as (hero, receiver_url, url):
        await subscribe(hero, receiver_url, "write-to-record.succeeded")
        async with FakeControl(url) as control:
            (made,) = await control.emit("write-to-record.succeeded", "m-1", object_kind="Message")
            await control.wait_for_delivery(made)
            await control.resend(made)
            await until(lambda: len(fake.deliveries) == 2)
            with pytest.raises(FakeControlError) as unknown_event:
                await control.emit("write-to-record.failed", "m-1")  # no payload in the document: name the object
    assert [(d.id, d.attempt, d.status) for d in fake.deliveries] == [(made, 1, 204), (made, 2, 204)]
    assert [json.loads(r.content)["object"] for r in receiver.received] == ["Message", "Message"]
    assert unknown_event.value.status == 400


async def test_a_served_fake_follows_the_wall_clock_unless_the_test_gave_it_a_clock() -> None:
    live, frozen = FakeHero(), FakeHero(clock=FakeClock(datetime.datetime(2030, 1, 1, tzinfo=datetime.UTC)))
    async with live.serve() as live_url, frozen.serve() as frozen_url:
        async with FakeControl(live_url) as control, FakeControl(frozen_url) as still:
            before = await control.now()
            await anyio.sleep(1.1)
            after = await control.now()
            await control.advance_clock(datetime.timedelta(hours=1))
            ahead = await control.now()
            await control.freeze_clock()
            stopped = await control.now()
            await anyio.sleep(0.05)
            assert await control.now() == stopped
            assert await still.now() == datetime.datetime(2030, 1, 1, tzinfo=datetime.UTC)
    assert after - before >= datetime.timedelta(seconds=1)
    assert ahead - after >= datetime.timedelta(hours=1)
    assert (live.clock.live, frozen.clock.live) == (False, False)  # frozen by the test; never started


async def test_faults_and_slots_are_steered_from_outside() -> None:
    fake = FakeHero()
    async with fake.serve() as url, FakeControl(url) as control:
        async with HeroHealth(api_key="k", practice_group_id="1", base_url=url, max_retries=0) as hero:
            await control.fail_next("list_slots", status=429, retry_after=0)
            with pytest.raises(RateLimitError):
                await hero.booking.list_slots()
            start = datetime.datetime(2031, 5, 6, 14, tzinfo=datetime.UTC)
            added = await control.add_slots(start, count=3)
            listed = await hero.booking.list_slots(start_date=start.date(), end_date=start.date())
            await control.rate_limit(1)
            await top_of_the_second()  # both calls in one of the seconds the fake counts
            with pytest.raises(RateLimitError):
                await hero.booking.list_slots()
                await hero.booking.list_slots()
            await control.clear_faults()
            await hero.booking.list_slots()
            recorded = await control.requests()
            with pytest.raises(FakeControlError) as typo:
                await control.fail_next("lst_slots")
            with pytest.raises(FakeControlError) as wrong_type:
                await control.set_latency("slow")  # type: ignore[arg-type]
    assert [s.id for s in listed.data] == [s.id for s in added]
    assert recorded[0].operation == "list_slots" and recorded[0].practice_group_id == "1"
    assert typo.value.status == 400 and "lst_slots" in typo.value.expected
    assert (wrong_type.value.field, wrong_type.value.expected) == ("seconds", "int or float")


RATE_LIMIT_0 = {"fault": "rate_limit", "per_second": 0}


@pytest.mark.parametrize("peer", ["10.1.2.3", "192.168.0.9", "::ffff:10.0.0.1", None, "not-an-address"])
def test_the_control_api_answers_loopback_clients_only(peer: str | None) -> None:
    fake = FakeHero()
    request = httpx.Request("POST", "http://127.0.0.1:8800/_fake/faults", json=RATE_LIMIT_0)
    if peer is not None:
        request.extensions[PEER] = peer
    answer = _control_api.answer(fake, request)
    assert answer.status_code == 403
    assert fake.faults.over_rate_limit() is False  # nothing was changed


@pytest.mark.parametrize(
    ("host", "content_type", "status"),
    [
        ("127.0.0.1:8800", "application/json", 200),
        ("localhost:8800", "application/json; charset=utf-8", 200),
        ("[::1]:8800", "application/json", 200),
        ("evil.example:8800", "application/json", 403),  # a DNS name rebound to 127.0.0.1 by a web page
        ("127.0.0.1:8800", "text/plain", 415),  # what a page can send across origins without asking
        ("127.0.0.1:8800", None, 415),
    ],
)
def test_a_web_page_on_the_developers_machine_cannot_steer_the_fake(
    host: str, content_type: str | None, status: int
) -> None:
    fake = FakeHero()
    headers = {"host": host, **({"content-type": content_type} if content_type else {})}
    request = httpx.Request(
        "POST", "http://127.0.0.1:8800/_fake/faults", content=json.dumps(RATE_LIMIT_0), headers=headers
    )
    request.extensions[PEER] = "127.0.0.1"
    assert _control_api.answer(fake, request).status_code == status
    assert fake.faults.over_rate_limit() is (status == 200)  # steered only when allowed


async def test_the_control_api_is_not_reachable_in_process() -> None:
    fake = FakeHero()
    headers = {"x-api-key": "k", "x-practice-group-id": "1"}
    answer = await fake.handle(httpx.Request("POST", "https://fake.herohealth.test/_fake/clock", headers=headers))
    assert answer.status_code == 404  # only the served fake has a control API


def test_a_delivery_record_keeps_the_body_and_signature_out_of_its_repr() -> None:
    fake = FakeHero()
    fake.default.webhooks["1"] = {
        "id": "1",
        "event_type": "appointment.cancelled",
        "url": "https://a",
        "signing_key": KEY,
    }
    (made,) = fake.emit("appointment.cancelled", "patient-record-77")
    (delivery,) = fake.deliveries
    assert delivery.id == made and delivery.payload["id"] == "patient-record-77"
    assert "patient-record-77" not in repr(delivery) and "x-herohealth-signature" not in repr(delivery)


async def test_a_message_written_to_the_record_produces_a_write_to_record_delivery() -> None:
    fake, receiver = FakeHero(), Receiver()
    async with served(fake, receiver) as (hero, receiver_url, url):
        await subscribe(hero, receiver_url, "write-to-record.succeeded")
        body = SendMessageBody(patient_id="55", message_type="sms", message_string="hi", write_to_record=True)  # type: ignore[arg-type]
        sent = await hero.messages.send_message(body=body)
        await hero.messages.send_message(body=attrs.evolve(body, write_to_record=False))  # no delivery for this one
        async with FakeControl(url) as control:
            await control.wait_for_delivery()
    (request,) = receiver.received
    event = verify_webhook(request.content, request.headers, KEY)
    assert (event.event, event.object_, event.id) == ("write-to-record.succeeded", "Message", sent.message_id)


async def test_a_receiver_that_answers_too_late_is_a_failed_attempt(monkeypatch: pytest.MonkeyPatch) -> None:
    assert (deliveries.RETRY_SCHEDULE, deliveries.SEND_TIMEOUT) == ((1, 5, 30, 120, 600), 10)  # as documented
    monkeypatch.setattr(deliveries, "SEND_TIMEOUT", 0.2)
    fake, receiver = FakeHero(retry_schedule=()), Receiver(gate=anyio.Event())
    async with served(fake, receiver) as (hero, receiver_url, url):
        await subscribe(hero, receiver_url)
        await hero.booking.book_slot(next(iter(fake.slots.values())), patient_id="55")
        await until(lambda: len(fake.deliveries) == 1)
        receiver.gate.set()  # type: ignore[union-attr]
    assert [(d.attempt, d.status, d.error) for d in fake.deliveries] == [(1, None, "ReadTimeout")]


async def test_deliveries_reach_a_receiver_on_this_machine_whatever_proxy_the_environment_names(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dead_proxy = f"http://127.0.0.1:{free_port()}"  # nothing listens: a delivery sent through it would fail
    proxies = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY")
    monkeypatch.delenv("NO_PROXY", raising=False)
    for variable in proxies:
        monkeypatch.setenv(variable, dead_proxy)
    fake, receiver = FakeHero(retry_schedule=()), Receiver()
    async with fake.serve() as url, serve(receiver) as receiver_url:  # the fake's sender reads the proxy now
        for variable in proxies:
            monkeypatch.delenv(variable)  # (the test's own client goes straight to the fake)
        async with HeroHealth(api_key="k", practice_group_id="1", base_url=url) as hero:
            await subscribe(hero, f"{receiver_url}/hero/webhooks")
            await hero.booking.book_slot(next(iter(fake.slots.values())), patient_id="55")
            await until(lambda: len(fake.deliveries) == 1)
    assert [(d.status, d.error) for d in fake.deliveries] == [(204, None)]
