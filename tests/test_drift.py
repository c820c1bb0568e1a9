"""``response_validation="report"`` (the default): a success body that breaks the document still returns
its model, with the value kept as it arrived, and the difference is recorded once per operation and
field, logged once at WARNING, readable from the client, and shareable through Redis. Never a value."""

from __future__ import annotations

import logging
import uuid
from typing import Any

import httpx
import pytest

from herohealth_async import HeroHealth, ResponseValidationError
from herohealth_async.types import UNSET
from herohealth_facade.lib.drift import DriftRecord
from herohealth_facade.redis_backends import RedisDriftStore
from tests.helpers import APPOINTMENT, Recorder, json_response, mock_client

pytestmark = pytest.mark.anyio

SECRET_VALUES = ("fifteen", "PIGEON", "Room 12", "ARCHIVED_IN_FUTURE")


def _records(hero: HeroHealth) -> set[tuple[str, str, str]]:
    return {(r.field, r.expected, r.received) for r in hero.drift}


async def test_a_wrong_type_returns_the_model_with_the_value_kept_and_records_it() -> None:
    body = {**APPOINTMENT, "duration": "fifteen"}
    async with mock_client(Recorder(json_response(200, body))) as hero:
        appointment = await hero.booking.get_appointment("1001")
    assert appointment.duration == "fifteen"  # as it arrived, where the document said number
    assert appointment.id == "1001"
    assert hero.drift == [
        DriftRecord("get_appointment", "GET", "/v1/appointments/{id}", "duration", "number", "string")
    ]


async def test_strict_raises_where_report_returns() -> None:
    body = {**APPOINTMENT, "duration": "fifteen"}
    async with mock_client(Recorder(json_response(200, body)), response_validation="strict") as hero:
        with pytest.raises(ResponseValidationError, match="duration"):
            await hero.booking.get_appointment("1001")
        assert hero.drift == []


async def test_missing_required_fields_unknown_fields_and_new_enum_values_are_recorded() -> None:
    body = {k: v for k, v in APPOINTMENT.items() if k != "practitioner_id"} | {"room": "Room 12"}
    batch = {"id": "5", "name": "Batch", "status": "ARCHIVED_IN_FUTURE", "channel": "SMS", "content": "x"}
    async with mock_client(Recorder(json_response(200, body), json_response(200, batch))) as hero:
        appointment = await hero.booking.get_appointment("1001")
        await hero.messages.get_batch_message("5")
    assert appointment.practitioner_id is UNSET
    assert appointment.additional_properties == {"room": "Room 12"}
    assert _records(hero) == {
        ("practitioner_id", "string, required", "absent"),
        ("room", "not in the document", "unknown field, string"),
        ("status", "one of the document's values", "a value the document lacks"),
    }


async def test_a_nested_field_is_recorded_with_its_path() -> None:
    slot = {"id": "1", "start_time": 20261124}
    async with mock_client(Recorder(json_response(200, {"data": [slot, slot], "count": 2}))) as hero:
        page = await hero.booking.list_slots(page_index=0, page_size=2)
    assert [s.start_time for s in page.data] == [20261124, 20261124]
    assert _records(hero) == {("data.start_time", "string (date-time)", "number")}


async def test_each_operation_and_field_is_logged_once_and_no_value_anywhere(caplog: pytest.LogCaptureFixture) -> None:
    body = {**APPOINTMENT, "duration": "fifteen", "room": "Room 12"}
    caplog.set_level(logging.DEBUG)
    async with mock_client(Recorder(*[json_response(200, body)] * 3)) as hero:
        for _ in range(3):
            await hero.booking.get_appointment("1001")
        derived = hero.with_options(timeout=5)
        await derived.booking.get_appointment("1001")  # shares the log
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert warnings == [
        "response drift: GET /v1/appointments/{id} (get_appointment) field duration: document says number,"
        " received string",
        "response drift: GET /v1/appointments/{id} (get_appointment) field room: document says not in the document,"
        " received unknown field, string",
    ]
    shown = "\n".join(r.getMessage() for r in caplog.records) + repr(hero.drift)
    for value in (*SECRET_VALUES, "1001"):
        assert value not in shown


@pytest.mark.parametrize(
    ("content", "content_type"), [(b"<html>", "text/html"), (b"[1, 2]", "application/json")], ids=["html", "array"]
)
async def test_a_body_that_is_not_a_json_object_still_raises_in_report_mode(content: bytes, content_type: str) -> None:
    answer = httpx.Response(200, content=content, headers={"content-type": content_type})
    async with mock_client(Recorder(answer)) as hero:
        with pytest.raises(ResponseValidationError):
            await hero.booking.get_appointment("1001")


async def test_drift_is_shared_and_logged_once_across_clients_through_redis(
    redis_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    store = RedisDriftStore(redis_url, key_prefix=f"test:{uuid.uuid4().hex}:")
    body: dict[str, Any] = {**APPOINTMENT, "duration": "fifteen"}
    other: dict[str, Any] = {**APPOINTMENT, "video": "yes"}
    caplog.set_level(logging.WARNING)
    async with (
        mock_client(Recorder(json_response(200, body)), drift_store=store) as first,
        mock_client(Recorder(json_response(200, body), json_response(200, other)), drift_store=store) as second,
    ):
        await first.booking.get_appointment("1")
        await second.booking.get_appointment("1")
        await second.booking.get_appointment("1")
        assert len(first.drift) == 1 and len(second.drift) == 2  # what each process met
        shared = await first.shared_drift()
    assert {(r.field, r.received) for r in shared} == {("duration", "string"), ("video", "string")}
    assert len([r for r in caplog.records if "field duration" in r.getMessage()]) == 1


async def test_an_unknown_validation_mode_is_refused_by_name() -> None:
    from herohealth_async import RequestValidationError

    with pytest.raises(RequestValidationError, match="response_validation: must be one of 'strict', 'report'"):
        HeroHealth(api_key="k", practice_group_id="1", response_validation="lenient")  # type: ignore[arg-type]
