"""Bad input is a RequestValidationError naming the field, raised before anything is sent."""

from __future__ import annotations

import datetime
from typing import Any

import httpx
import pytest

from herohealth_async import HeroHealth, RequestValidationError
from herohealth_async.models import CancelAppointmentBody, CreateAppointmentBody, RescheduleAppointmentBody
from herohealth_async.types import Operation, Param
from tests.helpers import API_KEY, APPOINTMENT, PRACTICE_GROUP_ID, Recorder, json_response, mock_client

pytestmark = pytest.mark.anyio

START = datetime.datetime(2026, 12, 1, 9, 30, tzinfo=datetime.UTC)


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        (None, "may not be None"),
        (12345, "must be str, not int"),
        ("", "must not be empty"),
        ("   ", "must not be empty"),
        (".", "must not be '.' or '..'"),
        ("..", "must not be '.' or '..'"),
    ],
)
async def test_a_bad_path_parameter_is_refused_before_sending(value: Any, problem: str) -> None:
    recorder = Recorder(json_response(200, APPOINTMENT))
    async with mock_client(recorder) as hero:
        with pytest.raises(RequestValidationError, match=problem) as caught:
            await hero.booking.get_appointment(value)
        with pytest.raises(RequestValidationError):
            await hero.booking.cancel_appointment(value, body=CancelAppointmentBody())
    assert caught.value.field == "path.id"
    assert isinstance(caught.value, ValueError)
    assert recorder.requests == []


async def test_an_id_with_a_slash_is_refused_not_encoded() -> None:
    recorder = Recorder(json_response(200, APPOINTMENT))
    async with mock_client(recorder) as hero:
        with pytest.raises(RequestValidationError, match="must not contain '/'"):
            await hero.booking.get_appointment("../cancel")
    assert recorder.requests == []


async def test_a_missing_or_none_body_is_refused() -> None:
    recorder = Recorder(json_response(200, APPOINTMENT))
    async with mock_client(recorder) as hero:
        with pytest.raises(RequestValidationError, match="body: is required and may not be None"):
            await hero.booking.create_appointment(body=None)  # type: ignore[arg-type]
        with pytest.raises(RequestValidationError, match="body: must be CreateAppointmentBody, not dict"):
            await hero.booking.create_appointment(body={"location_id": "3"})  # type: ignore[arg-type]
    assert recorder.requests == []


async def test_none_or_a_wrong_type_inside_the_body_names_the_field() -> None:
    recorder = Recorder(json_response(200, APPOINTMENT))
    async with mock_client(recorder) as hero:
        body = RescheduleAppointmentBody(start_time=None, duration=15, practitioner_id="2")  # type: ignore[arg-type]
        with pytest.raises(RequestValidationError) as caught:
            await hero.booking.reschedule_appointment("1001", body=body)
        assert caught.value.field == "body.start_time"
        body = RescheduleAppointmentBody(start_time="2026-12-01T09:30:00Z", duration=15, practitioner_id="2")  # type: ignore[arg-type]
        with pytest.raises(RequestValidationError, match="body.start_time: must be datetime, not str"):
            await hero.booking.reschedule_appointment("1001", body=body)
        body = RescheduleAppointmentBody(start_time=START, duration="fifteen", practitioner_id="2")  # type: ignore[arg-type]
        with pytest.raises(RequestValidationError, match="body.duration: must be int or float, not str"):
            await hero.booking.reschedule_appointment("1001", body=body)
    assert recorder.requests == []


@pytest.mark.parametrize(
    ("filters", "field", "problem"),
    [
        ({"page_size": 0}, "query.page_size", "must be 1 or more"),
        ({"page_index": -1}, "query.page_index", "must be 0 or more"),
        ({"page_size": "10"}, "query.page_size", "must be int, not str"),
        ({"page_size": True}, "query.page_size", "must be int, not bool"),
        ({"start_date": "2026-12-01"}, "query.start_date", "must be date, not str"),
        ({"location_id": 3}, "query.location_id", "must be str or list, not int"),
    ],
)
async def test_query_parameters_are_checked_against_their_schema(
    filters: dict[str, Any], field: str, problem: str
) -> None:
    recorder = Recorder(json_response(200, {"data": [], "count": 0}))
    async with mock_client(recorder) as hero:
        with pytest.raises(RequestValidationError, match=problem) as caught:
            await hero.booking.list_slots(**filters)
    assert caught.value.field == field
    assert recorder.requests == []


async def test_list_items_of_a_list_query_parameter_are_checked() -> None:
    recorder = Recorder(json_response(200, {"data": [], "count": 0}))
    async with mock_client(recorder) as hero:
        with pytest.raises(RequestValidationError, match=r"query.location_ids\[1\]: must be str, not int"):
            await hero.practice_group.list_appointment_types(location_ids=["1", 2])  # type: ignore[list-item]
    assert recorder.requests == []


async def test_a_valid_call_still_goes_through() -> None:
    recorder = Recorder(json_response(200, {"data": [], "count": 0}))
    async with mock_client(recorder) as hero:
        await hero.booking.list_slots(location_id=["3", "4"], start_date=datetime.date(2026, 12, 1), page_size=1)
    assert recorder.requests[0].url.params.get_list("location_id") == ["3", "4"]


async def test_no_request_reaches_a_path_other_than_its_template() -> None:
    # The last guard, behind the argument checks: an operation whose built URL strays is refused.
    recorder = Recorder(json_response(200, APPOINTMENT))
    stray: Operation[object] = Operation(
        operation_id="get_appointment",
        method="GET",
        path="/v1/appointments/{id}",
        arguments={"id": "1"},
        params=(Param("id", "id", "path", (str,), True),),
        build=lambda: {"method": "GET", "url": "/v1/appointments/1/../../cancel"},
        parse=lambda response: response.json(),
    )
    async with mock_client(recorder) as hero:
        with pytest.raises(RequestValidationError, match=r"would not reach /v1/appointments/\{id\}"):
            await hero.call(stray)
    assert recorder.requests == []


@pytest.mark.parametrize(
    ("options", "field"),
    [
        ({"api_key": 123}, "api_key"),
        ({"api_key": ""}, "api_key"),
        ({"practice_group_id": 42}, "practice_group_id"),
        ({"base_url": b"https://x"}, "base_url"),
        ({"base_url": "ftp://hero.test"}, "base_url"),
        ({"timeout": "30"}, "timeout"),
        ({"max_retries": -1}, "max_retries"),
        ({"max_retries": "2"}, "max_retries"),
        ({"limits": 10}, "limits"),
        ({"http_client": object()}, "http_client"),
        ({"elements_min_remaining": 600}, "elements_min_remaining"),
        ({"environment": "prod"}, "environment"),
    ],
)
def test_wrong_client_arguments_name_the_argument(options: dict[str, Any], field: str) -> None:
    arguments: dict[str, Any] = {
        "api_key": API_KEY,
        "practice_group_id": PRACTICE_GROUP_ID,
        "base_url": "https://hero.test",
    }
    if field == "environment":
        del arguments["base_url"]
    arguments.update(options)
    with pytest.raises(RequestValidationError) as caught:
        HeroHealth(**arguments)
    assert caught.value.field == field
    assert API_KEY not in str(caught.value)


@pytest.mark.parametrize("url", ["http://api.herohealth.net", "http://10.0.0.8:8080", "http://hero.internal"])
def test_plain_http_is_refused_unless_loopback_or_opted_in(url: str) -> None:
    with pytest.raises(RequestValidationError, match="clear text") as caught:
        HeroHealth(api_key=API_KEY, practice_group_id=PRACTICE_GROUP_ID, base_url=url)
    assert caught.value.field == "base_url"
    hero = HeroHealth(api_key=API_KEY, practice_group_id=PRACTICE_GROUP_ID, base_url=url, allow_insecure_http=True)
    assert hero.base_url == url


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:4010", "http://localhost:4010", "http://[::1]:4010", "http://127.9.9.9"]
)
def test_plain_http_to_loopback_is_allowed(url: str) -> None:
    assert HeroHealth(api_key=API_KEY, practice_group_id=PRACTICE_GROUP_ID, base_url=url).base_url == url


async def test_per_call_max_retries_is_checked() -> None:
    recorder = Recorder(json_response(200, APPOINTMENT))
    async with mock_client(recorder) as hero:
        from herohealth_async.api.booking import get_appointment

        with pytest.raises(RequestValidationError) as caught:
            await hero.call(get_appointment.operation("1"), max_retries=-1)
    assert caught.value.field == "max_retries"
    assert recorder.requests == []


def test_create_body_with_every_rule_satisfied_passes_validation() -> None:
    from herohealth_async.api.booking import create_appointment
    from herohealth_facade._validation import validate_operation

    body = CreateAppointmentBody(
        appointment_type_id="4", location_id="3", practitioner_id="2", duration=15, start_time=START
    )
    validate_operation(create_appointment.operation(body=body))
    assert isinstance(httpx.URL("https://hero.test"), httpx.URL)
