"""A 2xx that breaks the document raises ResponseValidationError naming the field (never its value);
what a newer server may add (enum values, fields) and what the vendor's own examples break
(``pattern``) is still accepted."""

from __future__ import annotations

from typing import Any

import pytest

import herohealth_async.types
from herohealth_async import ResponseValidationError
from tests.helpers import APPOINTMENT, Recorder, json_response, mock_client

pytestmark = pytest.mark.anyio


@pytest.fixture(autouse=True, params=["orjson", "json"])
def decoder(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every check here holds whichever decoder reads the body (orjson where installed, else json)."""
    if request.param == "json":
        monkeypatch.setattr(herohealth_async.types, "orjson", None)
    else:
        assert herohealth_async.types._orjson() is not None  # a dependency on CPython
    return str(request.param)


@pytest.mark.parametrize(
    ("changes", "field", "problem"),
    [
        ({"id": 1001}, "id", "has the wrong JSON type"),
        ({"start_time": "not-a-date"}, "start_time", "wrong JSON type or format"),
        ({"start_time": 20261124}, "start_time", "wrong JSON type"),
        ({"reserved_until": "tomorrow"}, "reserved_until", "wrong JSON type"),
        ({"duration": "fifteen"}, "duration", "has the wrong JSON type"),
        ({"video": "yes"}, "video", "has the wrong JSON type"),
        ({"practitioner_id": None}, "practitioner_id", "has the wrong JSON type"),
    ],
)
async def test_a_field_of_the_wrong_type_names_the_field_not_the_value(
    changes: dict[str, Any], field: str, problem: str
) -> None:
    body = {**APPOINTMENT, **changes}
    async with mock_client(Recorder(json_response(200, body)), response_validation="strict") as hero:
        with pytest.raises(ResponseValidationError, match=problem) as caught:
            await hero.booking.get_appointment("1001")
    assert caught.value.field == field
    assert f"({field} " in str(caught.value)
    for value in changes.values():
        if value is not None:
            assert str(value) not in str(caught.value)
    assert caught.value.response.json() == body  # nothing the server sent is lost
    assert caught.value.__cause__ is None and caught.value.__suppress_context__


async def test_a_nested_field_is_named_with_its_path() -> None:
    page = {"data": [{"id": "1", "start_time": "2026-12-01T09:00:00Z"}, {"id": "2", "start_time": "soon"}], "count": 2}
    async with mock_client(Recorder(json_response(200, page)), response_validation="strict") as hero:
        with pytest.raises(ResponseValidationError) as caught:
            await hero.booking.list_slots()
    assert caught.value.field == "data.start_time"
    assert "soon" not in str(caught.value)


async def test_a_body_that_is_not_an_object_is_refused() -> None:
    async with mock_client(Recorder(json_response(200, ["not", "an", "object"]))) as hero:
        with pytest.raises(ResponseValidationError, match="must be a JSON object"):
            await hero.booking.get_appointment("1001")


async def test_new_enum_values_new_fields_and_unmatched_patterns_are_kept() -> None:
    body = {**APPOINTMENT, "practitioner_id": "dr-who", "brand_new": {"x": 1}}
    batch = {
        "id": "9",
        "name": "Flu",
        "status": "PAUSED_BY_A_NEWER_SERVER",
        "channel": "CARRIER_PIGEON",
        "content": "Hi",
    }
    recorder = Recorder(json_response(200, body))
    async with mock_client(recorder) as hero:
        appointment = await hero.booking.get_appointment("1001")
    assert appointment.practitioner_id == "dr-who"  # the document's ^\d+$ is not enforced on responses
    assert appointment["brand_new"] == {"x": 1}
    async with mock_client(Recorder(json_response(200, batch))) as hero:
        message = await hero.messages.get_batch_message("9")
    assert (message.status, message.channel) == ("PAUSED_BY_A_NEWER_SERVER", "CARRIER_PIGEON")
