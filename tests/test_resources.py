"""Resources are the whole surface: per-call options, raw twins, paging on the operation itself,
the transport seam, and every resource method documented with its document line."""

from __future__ import annotations

import inspect
import json
import os
from datetime import timedelta
from typing import Any

import httpx
import pytest

from herohealth_async import APIResponse, AsyncPager, HeroHealth, RequestValidationError, sign_webhook
from herohealth_async.api import RESOURCE_NAMES
from herohealth_async.models import CreateAppointmentBody
from tests.helpers import API_KEY, APPOINTMENT, PRACTICE_GROUP_ID, Recorder, json_response, mock_client
from tests.spec_examples import operations

pytestmark = pytest.mark.anyio
BODY = CreateAppointmentBody(
    appointment_type_id="4", location_id="3", practitioner_id="2", duration=15, start_time=None
)
OPTIONS = ("timeout", "max_retries", "extra_headers", "extra_query", "extra_body")


def _methods() -> list[tuple[str, str]]:
    hero = HeroHealth(api_key=API_KEY, practice_group_id=PRACTICE_GROUP_ID)
    return [
        (tag, name)
        for tag in RESOURCE_NAMES
        for name, _ in inspect.getmembers(type(getattr(hero, tag)).__mro__[-2], inspect.isfunction)
        if not name.startswith("_")
    ]


def test_every_operation_has_a_documented_method_with_options_and_a_raw_twin() -> None:
    hero = HeroHealth(api_key=API_KEY, practice_group_id=PRACTICE_GROUP_ID)
    methods = _methods()
    assert len(methods) == len(operations())  # one method per operation of the document
    lines = {f"``{method.upper()} {path}``" for method, path, _ in operations()}
    for tag, name in methods:
        method = getattr(getattr(hero, tag), name)
        twin = getattr(getattr(hero, tag).with_raw_response, name)
        doc = inspect.getdoc(method) or ""
        assert any(line in doc for line in lines), (tag, name)
        signature = inspect.signature(method)
        for parameter in signature.parameters.values():
            assert parameter.name in doc, (tag, name, parameter.name)
        for option in OPTIONS:
            assert signature.parameters[option].kind is inspect.Parameter.KEYWORD_ONLY
        shared = {k: v for k, v in signature.parameters.items() if k not in ("max_items", "prefetch")}
        assert dict(inspect.signature(twin).parameters) == shared, (tag, name)


async def test_per_call_options_reach_the_request() -> None:
    recorder = Recorder(json_response(200, {"id": "9000", "reserved_until": "2026-12-01T09:10:00Z"}))
    async with mock_client(recorder) as hero:
        await hero.booking.create_appointment(
            body=BODY,
            timeout=3.5,
            extra_headers={"x-correlation-id": "abc"},
            extra_query={"dry_run": "1"},
            extra_body={"not_in_the_document": True},
        )
    request = recorder.requests[0]
    assert request.extensions["timeout"] == httpx.Timeout(3.5).as_dict()
    assert request.headers["x-correlation-id"] == "abc"
    assert request.url.params["dry_run"] == "1"
    sent = json.loads(request.content)
    assert sent["not_in_the_document"] is True and sent["location_id"] == "3"
    assert request.headers["x-api-key"] == API_KEY


async def test_extra_body_on_an_operation_without_a_body_becomes_the_body() -> None:
    recorder = Recorder(json_response(200, APPOINTMENT))
    async with mock_client(recorder) as hero:
        await hero.booking.get_appointment("1", extra_body={"k": "v"})
    assert json.loads(recorder.requests[0].content) == {"k": "v"}


@pytest.mark.parametrize("header", ["x-api-key", "X-Practice-Group-Id"])
async def test_extra_headers_cannot_replace_the_auth_headers(header: str) -> None:
    recorder = Recorder(json_response(200, APPOINTMENT))
    async with mock_client(recorder) as hero:
        with pytest.raises(RequestValidationError, match="cannot replace the auth headers") as caught:
            await hero.booking.get_appointment("1", extra_headers={header: "someone-else"})
    assert caught.value.field == f"extra_headers.{header.lower()}"
    assert recorder.requests == []


async def test_per_call_max_retries_on_a_resource_method() -> None:
    recorder = Recorder(json_response(503, {}), json_response(200, APPOINTMENT))
    async with mock_client(recorder) as hero:
        with pytest.raises(Exception, match="503"):
            await hero.booking.get_appointment("1", max_retries=0)
        assert len(recorder.requests) == 1
        await hero.booking.get_appointment("1", max_retries=1)


async def test_the_raw_twin_returns_status_headers_request_id_and_model() -> None:
    recorder = Recorder(json_response(200, APPOINTMENT, headers={"x-request-id": "req-42"}))
    async with mock_client(recorder) as hero:
        raw = await hero.booking.with_raw_response.get_appointment("1001", timeout=2)
    assert isinstance(raw, APIResponse)
    assert (raw.status_code, raw.request_id, raw.parsed.id) == (200, "req-42", "1001")
    assert raw.headers["content-type"] == "application/json"
    assert recorder.requests[0].extensions["timeout"] == httpx.Timeout(2).as_dict()


async def test_awaiting_a_paged_method_is_its_first_page_as_asked() -> None:
    recorder = Recorder(json_response(200, {"data": [{"id": "1"}], "count": 1}))
    async with mock_client(recorder) as hero:
        pager = hero.booking.list_slots(location_id="3")
        assert isinstance(pager, AsyncPager)
        page = await pager
    assert [slot.id for slot in page.data] == ["1"]
    assert dict(recorder.requests[0].url.params) == {"location_id": "3"}  # no page parameters added


@pytest.mark.parametrize(
    ("options", "field"),
    [({"max_items": -1}, "max_items"), ({"page_size": 0}, "query.page_size"), ({"page_index": -2}, "query.page_index")],
)
async def test_bad_paging_arguments_are_request_validation_errors(options: dict[str, Any], field: str) -> None:
    async with mock_client(Recorder(json_response(200, {"data": [], "count": 0}))) as hero:
        with pytest.raises(RequestValidationError) as caught:
            hero.booking.list_slots(**options)
    assert caught.value.field == field and isinstance(caught.value, ValueError)


def test_elements_min_remaining_outside_the_token_life_is_a_request_validation_error() -> None:
    with pytest.raises(RequestValidationError) as caught:
        HeroHealth(api_key=API_KEY, practice_group_id=PRACTICE_GROUP_ID, elements_min_remaining=timedelta(minutes=31))
    assert caught.value.field == "elements_min_remaining"


async def test_a_transport_keeps_the_clients_timeouts_limits_and_queue() -> None:
    recorder = Recorder(json_response(200, APPOINTMENT))
    limits = httpx.Limits(max_connections=7)
    hero = HeroHealth(
        api_key=API_KEY,
        practice_group_id=PRACTICE_GROUP_ID,
        base_url="https://hero.test",
        transport=httpx.MockTransport(recorder),
        timeout=4.0,
        limits=limits,
    )
    async with hero:
        await hero.booking.get_appointment("1")
        assert hero._pool.first.gate is not None and hero._pool.first.gate.value == 7
    assert recorder.requests[0].extensions["timeout"] == httpx.Timeout(4.0).as_dict()


def test_transport_and_http_client_together_are_refused() -> None:
    with pytest.raises(RequestValidationError, match="not both"):
        HeroHealth(
            api_key=API_KEY,
            practice_group_id=PRACTICE_GROUP_ID,
            http_client=httpx.AsyncClient(),
            transport=httpx.MockTransport(lambda r: httpx.Response(200)),
        )


DELIVERY = b'{"object": "Appointment", "id": "1", "practice_group_id": "2", "event": "appointment.confirmed"}'


async def test_unwrap_verifies_with_the_clients_signing_key() -> None:
    async with mock_client(Recorder(json_response(200, {})), webhook_signing_key="whsec_client") as hero:
        event = hero.webhooks.unwrap(DELIVERY, sign_webhook(DELIVERY, "whsec_client"))
        assert event.event == "appointment.confirmed"
        assert hero.webhooks.unwrap(DELIVERY, sign_webhook(DELIVERY, "other"), key="other").id == "1"
    assert "whsec_client" not in repr(hero)


async def test_unwrap_reads_the_key_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(os.environ, "HEROHEALTH_WEBHOOK_SIGNING_KEY", "whsec_env")
    async with mock_client(Recorder(json_response(200, {}))) as hero:
        assert hero.webhooks.unwrap(DELIVERY, sign_webhook(DELIVERY, "whsec_env")).id == "1"


async def test_unwrap_without_any_key_names_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(os.environ, "HEROHEALTH_WEBHOOK_SIGNING_KEY", raising=False)
    async with mock_client(Recorder(json_response(200, {}))) as hero:
        with pytest.raises(RequestValidationError) as caught:
            hero.webhooks.unwrap(DELIVERY, sign_webhook(DELIVERY, "k"))
    assert caught.value.field == "webhook_signing_key"


def test_an_empty_signing_key_in_the_environment_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(os.environ, "HEROHEALTH_WEBHOOK_SIGNING_KEY", " ")
    with pytest.raises(RequestValidationError) as caught:
        HeroHealth(api_key=API_KEY, practice_group_id=PRACTICE_GROUP_ID)
    assert caught.value.field == "webhook_signing_key"
