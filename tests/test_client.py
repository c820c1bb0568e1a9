"""The client over httpx.MockTransport: construction, headers, typed results and errors, retries,
per-call options, derived clients, validation before sending, raw access."""

from __future__ import annotations

import datetime
import email.utils
import time
from typing import Any

import httpcore
import httpx
import pytest

import herohealth_async.api
from herohealth_async import (
    APIConnectionError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    HeroHealth,
    HeroHealthError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestValidationError,
    ResponseValidationError,
    UnprocessableEntityError,
)
from herohealth_async.api.booking import get_appointment
from herohealth_async.models import Appointment, CreateAppointmentBody, EditAppointmentBody
from tests.helpers import API_KEY, APPOINTMENT, PRACTICE_GROUP_ID, Recorder, json_response, mock_client

pytestmark = pytest.mark.anyio

RESERVATION_BODY = CreateAppointmentBody(
    appointment_type_id="4",
    location_id="3",
    practitioner_id="2",
    duration=15,
    start_time=datetime.datetime(2026, 11, 24, 9, 30, tzinfo=datetime.UTC),
)


# ------------------------------------------------------------------ construction


def test_missing_api_key_fails_at_construction(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HEROHEALTH_API_KEY", raising=False)
    with pytest.raises(HeroHealthError, match="api_key: is required.*HEROHEALTH_API_KEY"):
        HeroHealth(practice_group_id="1")


def test_an_empty_practice_group_fails_at_construction(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEROHEALTH_PRACTICE_GROUP_ID", "  ")
    with pytest.raises(HeroHealthError, match="practice_group_id: is required"):
        HeroHealth(api_key="k")
    with pytest.raises(HeroHealthError, match="practice_group_id: is required"):
        HeroHealth(api_key="k", practice_group_id="")


async def test_environment_variables_are_the_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEROHEALTH_API_KEY", API_KEY)
    monkeypatch.setenv("HEROHEALTH_PRACTICE_GROUP_ID", PRACTICE_GROUP_ID)
    monkeypatch.setenv("HEROHEALTH_BASE_URL", "https://env.example/")
    async with HeroHealth() as hero:
        assert hero.base_url == "https://env.example"
        assert hero.practice_group_id == PRACTICE_GROUP_ID


@pytest.mark.parametrize(
    ("environment", "url"),
    [
        ("production", "https://api.herohealth.net"),
        ("staging", "https://api.staging.htech.app"),
        ("mock", "https://developer.herohealth.net/_mock/apis/public-api/openapi"),
    ],
)
async def test_environments_choose_the_server(environment: str, url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HEROHEALTH_BASE_URL", raising=False)
    async with HeroHealth(api_key="k", practice_group_id="1", environment=environment) as hero:  # type: ignore[arg-type]
        assert hero.base_url == url


def test_unknown_environment_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HEROHEALTH_BASE_URL", raising=False)
    with pytest.raises(HeroHealthError, match="environment: must be one of"):
        HeroHealth(api_key="k", practice_group_id="1", environment="prod")  # type: ignore[arg-type]


def test_negative_max_retries_is_refused() -> None:
    with pytest.raises(HeroHealthError, match="max_retries"):
        HeroHealth(api_key="k", practice_group_id="1", max_retries=-1)


async def test_default_client_has_explicit_timeouts_and_limits() -> None:
    async with HeroHealth(api_key="k", practice_group_id="1", http_backend="httpx") as hero:
        timeout = httpx.Timeout(hero._config.timeout)
        assert (timeout.connect, timeout.read, timeout.pool) == (5.0, 30.0, 30.0)
        pool: httpcore.AsyncConnectionPool = hero._pool.first.transport._pool  # type: ignore[union-attr]
        assert (pool._max_connections, pool._max_keepalive_connections) == (100, 20)


def test_every_generated_tag_has_a_resource_on_the_client() -> None:
    import pkgutil

    tags = {m.name for m in pkgutil.iter_modules(herohealth_async.api.__path__)}
    hero = HeroHealth(api_key="k", practice_group_id="1")
    assert {t for t in tags if hasattr(hero, t)} == tags


# ------------------------------------------------------------------ requests and results


async def test_call_sends_both_auth_headers_and_returns_the_model() -> None:
    recorder = Recorder(json_response(200, APPOINTMENT))
    async with mock_client(recorder) as hero:
        appointment = await hero.booking.get_appointment("1001")
    assert isinstance(appointment, Appointment)
    assert appointment.start_time == datetime.datetime(2026, 11, 24, 9, 30, tzinfo=datetime.UTC)
    sent = recorder.requests[0]
    assert sent.url == "https://hero.test/v1/appointments/1001"
    assert sent.headers["x-api-key"] == API_KEY
    assert sent.headers["x-practice-group-id"] == PRACTICE_GROUP_ID


async def test_call_raw_exposes_status_headers_and_body() -> None:
    recorder = Recorder(json_response(200, APPOINTMENT, {"x-request-id": "req-1"}))
    async with mock_client(recorder) as hero:
        raw = await hero.call_raw(get_appointment.operation("1001"))
    assert raw.status_code == 200
    assert raw.headers["x-request-id"] == "req-1"
    assert b'"1001"' in raw.content
    assert raw.parsed.id == "1001"


async def test_for_practice_group_shares_the_pool_and_changes_only_the_header() -> None:
    recorder = Recorder(json_response(200, APPOINTMENT))
    async with mock_client(recorder) as hero:
        hub = hero.for_practice_group("555")
        await hub.booking.get_appointment("1")
        await hero.booking.get_appointment("1")
        assert hub._pool is hero._pool
        await hub.aclose()  # a derived client closes nothing
        await hero.booking.get_appointment("1")
    assert [r.headers["x-practice-group-id"] for r in recorder.requests] == [
        "555",
        PRACTICE_GROUP_ID,
        PRACTICE_GROUP_ID,
    ]
    assert {r.headers["x-api-key"] for r in recorder.requests} == {API_KEY}


async def test_closed_client_refuses_calls() -> None:
    hero = mock_client(Recorder(json_response(200, APPOINTMENT)))
    await hero.aclose()
    with pytest.raises(HeroHealthError, match="closed"):
        await hero.booking.get_appointment("1")


async def test_per_call_timeout_reaches_httpx() -> None:
    seen: list[object] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return json_response(200, APPOINTMENT)

    async with mock_client(handler, timeout=12.0) as hero:
        await hero.booking.get_appointment("1")
        await hero.call(get_appointment.operation("1"), timeout=3.0)
        await hero.with_options(timeout=7.0).booking.get_appointment("1")
    assert [t["read"] for t in seen] == [12.0, 3.0, 7.0]  # type: ignore[index]


# ------------------------------------------------------------------ typed errors


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (500, InternalServerError),
        (520, InternalServerError),
    ],
)
async def test_status_maps_to_typed_error(status: int, error: type[Exception]) -> None:
    recorder = Recorder(json_response(status, {"error": True}, {"x-request-id": "req-9"}))
    async with mock_client(recorder, max_retries=0) as hero:
        with pytest.raises(error) as caught:
            await hero.booking.get_appointment("1001")
    exc = caught.value
    assert exc.status_code == status  # type: ignore[attr-defined]
    assert exc.request_id == "req-9"  # type: ignore[attr-defined]
    assert "GET /v1/appointments/{id}" in str(exc)
    assert "1001" not in str(exc)


async def test_bad_request_names_each_issue() -> None:
    body = {
        "error": True,
        "statusCode": 400,
        "message": [{"code": "invalid_type", "expected": "string", "path": ["body", "start_time"]}],
    }
    async with mock_client(Recorder(json_response(400, body))) as hero:
        with pytest.raises(BadRequestError) as caught:
            await hero.booking.create_appointment(body=RESERVATION_BODY)
    issue = caught.value.issues[0]
    assert (issue.path, issue.code, issue.expected) == (("body", "start_time"), "invalid_type", "string")
    assert "body.start_time: invalid_type (expected string)" in str(caught.value)
    assert caught.value.body == body


async def test_rate_limit_error_carries_retry_after() -> None:
    async with mock_client(Recorder(json_response(429, {}, {"retry-after": "7"})), max_retries=0) as hero:
        with pytest.raises(RateLimitError) as caught:
            await hero.booking.get_appointment("1")
    assert caught.value.retry_after == 7.0


@pytest.mark.parametrize(
    ("response", "fragment"),
    [
        (
            httpx.Response(200, content=b"<html>oops</html>", headers={"content-type": "text/html"}),
            "expected a JSON body",
        ),
        (httpx.Response(200, content=b'{"id": ', headers={"content-type": "application/json"}), "does not match"),
        (json_response(200, {"id": "1"}), "practitioner_id is required but missing"),
    ],
)
async def test_bad_success_bodies_raise_response_validation_error(response: httpx.Response, fragment: str) -> None:
    async with mock_client(Recorder(response), response_validation="strict") as hero:
        with pytest.raises(ResponseValidationError, match=fragment) as caught:
            await hero.booking.get_appointment("1")
    assert caught.value.response.content == response.content  # nothing lost


async def test_unknown_enum_values_and_fields_are_kept() -> None:
    body = {"id": "5", "name": "Batch", "status": "ARCHIVED_IN_FUTURE", "channel": "PIGEON", "content": "x", "new": 1}
    async with mock_client(Recorder(json_response(200, body)), response_validation="strict") as hero:
        batch = await hero.messages.get_batch_message("5")
    assert batch.status == "ARCHIVED_IN_FUTURE"
    assert batch.channel == "PIGEON"
    assert batch.additional_properties == {"new": 1}


# ------------------------------------------------------------------ retries


async def test_get_is_retried_on_503_then_succeeds() -> None:
    recorder = Recorder(json_response(503, {}), json_response(503, {}), json_response(200, APPOINTMENT))
    async with mock_client(recorder, max_retries=2) as hero:
        appointment = await hero.booking.get_appointment("1")
    assert appointment.id == "1001"
    assert len(recorder.requests) == 3


async def test_retries_stop_at_max_retries() -> None:
    recorder = Recorder(json_response(503, {}))
    async with mock_client(recorder, max_retries=2) as hero:
        with pytest.raises(InternalServerError):
            await hero.booking.get_appointment("1")
        assert len(recorder.requests) == 3
        with pytest.raises(InternalServerError):
            await hero.call(get_appointment.operation("1"), max_retries=0)
        assert len(recorder.requests) == 4


async def test_post_is_not_retried_on_503_unless_the_caller_opts_in() -> None:
    recorder = Recorder(json_response(503, {}), json_response(200, {"id": "9", "reserved_until": None}))
    async with mock_client(recorder) as hero:
        with pytest.raises(InternalServerError):
            await hero.booking.create_appointment(body=RESERVATION_BODY)
        assert len(recorder.requests) == 1
        recorder.script = [json_response(503, {}), json_response(200, {"id": "9", "reserved_until": None})]
        from herohealth_async.api.booking import create_appointment

        reservation = await hero.call(create_appointment.operation(body=RESERVATION_BODY), retry_non_idempotent=True)
    assert reservation.id == "9"
    assert len(recorder.requests) == 3


@pytest.mark.parametrize("method", ["POST", "PATCH"])
async def test_a_429_is_retried_for_every_method_exactly_once_more(method: str) -> None:
    """The rate limit refused the request before acting on it: resending cannot act twice."""
    from herohealth_async.models import CancelAppointmentBody

    ok = {"id": "9", "reserved_until": None} if method == "POST" else APPOINTMENT
    recorder = Recorder(json_response(429, {}, {"retry-after": "0"}), json_response(200, ok))
    async with mock_client(recorder) as hero:
        if method == "POST":
            await hero.booking.create_appointment(body=RESERVATION_BODY)
        else:
            await hero.booking.cancel_appointment("9", body=CancelAppointmentBody())
    assert [r.method for r in recorder.requests] == [method, method]


async def test_a_429_on_post_still_respects_max_retries() -> None:
    recorder = Recorder(json_response(429, {}, {"retry-after": "0"}))
    async with mock_client(recorder, max_retries=1) as hero:
        with pytest.raises(RateLimitError):
            await hero.booking.create_appointment(body=RESERVATION_BODY)
    assert len(recorder.requests) == 2


async def test_post_is_retried_when_the_connection_never_opened() -> None:
    recorder = Recorder(httpx.ConnectError("refused"), json_response(200, {"id": "9", "reserved_until": None}))
    async with mock_client(recorder) as hero:
        reservation = await hero.booking.create_appointment(body=RESERVATION_BODY)
    assert reservation.id == "9"
    assert len(recorder.requests) == 2


async def test_post_is_not_retried_when_the_connection_broke_mid_way() -> None:
    recorder = Recorder(httpx.ReadError("reset"), json_response(200, {"id": "9", "reserved_until": None}))
    async with mock_client(recorder) as hero:
        with pytest.raises(APIConnectionError, match="ReadError"):
            await hero.booking.create_appointment(body=RESERVATION_BODY)
    assert len(recorder.requests) == 1


class _NoPause:
    """A RateLimiter that never pauses: these tests look at the retry's own wait alone."""

    async def acquire(self, scope: str, max_wait: float | None) -> None:
        pass

    async def cool_down(self, scope: str, seconds: float) -> None:
        pass


@pytest.mark.parametrize("header", ["2", "date"])
async def test_retry_after_is_honoured(header: str, monkeypatch: pytest.MonkeyPatch) -> None:
    value = "2" if header == "2" else email.utils.formatdate(time.time() + 2, usegmt=True)
    waits: list[float] = []

    async def fake_sleep(delay: float) -> None:
        waits.append(delay)

    monkeypatch.setattr("herohealth_facade._base_client.anyio.sleep", fake_sleep)
    recorder = Recorder(json_response(429, {}, {"retry-after": value}), json_response(200, APPOINTMENT))
    async with mock_client(recorder, rate_limiter=_NoPause()) as hero:
        await hero.booking.get_appointment("1")
    assert len(waits) == 1 and 0.5 <= waits[0] <= 2.0


async def test_retry_after_beyond_the_cap_is_not_waited_for(monkeypatch: pytest.MonkeyPatch) -> None:
    async def no_sleep(delay: float) -> None:
        raise AssertionError("must not wait")

    monkeypatch.setattr("herohealth_facade._base_client.anyio.sleep", no_sleep)
    recorder = Recorder(json_response(429, {}, {"retry-after": "3600"}))
    async with mock_client(recorder) as hero:
        with pytest.raises(RateLimitError) as caught:
            await hero.booking.get_appointment("1")
    assert caught.value.retry_after == 3600.0
    assert len(recorder.requests) == 1


def test_backoff_grows_exponentially_with_jitter_and_a_cap() -> None:
    from herohealth_async import RetryPolicy

    policy = RetryPolicy(initial_delay=0.5, max_delay=4.0)
    for retry, ceiling in [(1, 0.5), (2, 1.0), (3, 2.0), (4, 4.0), (9, 4.0)]:
        delays = {policy.backoff(retry) for _ in range(50)}
        assert all(ceiling / 2 <= d <= ceiling for d in delays)
        assert len(delays) > 1  # jittered


# ------------------------------------------------------------------ validation before sending


async def test_none_for_a_required_field_is_refused_before_sending() -> None:
    recorder = Recorder(json_response(200, {"id": "9", "reserved_until": None}))
    body = CreateAppointmentBody(
        appointment_type_id="4",
        location_id=None,  # type: ignore[arg-type]
        practitioner_id="2",
        duration=15,
        start_time=None,  # nullable in the document: allowed
    )
    async with mock_client(recorder) as hero:
        with pytest.raises(RequestValidationError, match="body.location_id: is required") as caught:
            await hero.booking.create_appointment(body=body)
    assert caught.value.field == "body.location_id"
    assert recorder.requests == []


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda hero: hero.booking.get_appointment(""), "path.id"),
        (
            lambda hero: hero.booking.create_appointment(
                body=CreateAppointmentBody(
                    appointment_type_id="4",
                    location_id="3",
                    practitioner_id="2",
                    duration=15,
                    start_time=datetime.datetime(2026, 11, 24, 9, 30),
                )
            ),
            "body.start_time",
        ),
        (
            lambda hero: hero.booking.edit_appointment(
                "1",
                body=EditAppointmentBody(
                    start_time=datetime.datetime(2026, 11, 24, 9, 30, tzinfo=datetime.UTC),
                    duration=15,
                    practitioner_id="Dr Smith",
                ),
            ),
            "body.practitioner_id",
        ),
    ],
)
async def test_invalid_requests_are_refused_before_sending(call, field: str) -> None:  # type: ignore[no-untyped-def]
    recorder = Recorder(json_response(200, APPOINTMENT))
    async with mock_client(recorder) as hero:
        with pytest.raises(RequestValidationError) as caught:
            await call(hero)
    assert caught.value.field == field
    assert str(caught.value).startswith(field)
    assert recorder.requests == []


async def test_an_http_clients_own_base_url_is_honoured_when_nothing_else_is_given(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("HEROHEALTH_BASE_URL", raising=False)
    recorder = Recorder(json_response(200, APPOINTMENT))
    http = httpx.AsyncClient(base_url="http://127.0.0.1:4010", transport=httpx.MockTransport(recorder))
    async with http, HeroHealth(api_key=API_KEY, practice_group_id=PRACTICE_GROUP_ID, http_client=http) as hero:
        assert hero.base_url == "http://127.0.0.1:4010"
        await hero.booking.get_appointment("1")
    assert str(recorder.requests[0].url) == "http://127.0.0.1:4010/v1/appointments/1"


@pytest.mark.parametrize(
    "options", [{"base_url": "https://api.herohealth.net"}, {"environment": "production"}, {"environment": "staging"}]
)
def test_an_http_client_whose_base_url_disagrees_is_refused(options: dict[str, Any]) -> None:
    http = httpx.AsyncClient(base_url="http://127.0.0.1:4010")
    with pytest.raises(RequestValidationError, match="differs") as caught:
        HeroHealth(api_key=API_KEY, practice_group_id=PRACTICE_GROUP_ID, http_client=http, **options)
    assert caught.value.field == "http_client"


def test_an_http_client_base_url_that_agrees_is_accepted() -> None:
    http = httpx.AsyncClient(base_url="https://api.staging.htech.app/")
    hero = HeroHealth(api_key=API_KEY, practice_group_id=PRACTICE_GROUP_ID, http_client=http, environment="staging")
    assert hero.base_url == "https://api.staging.htech.app"


def test_without_base_url_anywhere_the_client_talks_to_production(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HEROHEALTH_BASE_URL", raising=False)
    assert HeroHealth(api_key=API_KEY, practice_group_id=PRACTICE_GROUP_ID).base_url == "https://api.herohealth.net"
