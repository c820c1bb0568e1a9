"""Logging: what is logged, and that no secret reaches a log record, a repr or an exception."""

from __future__ import annotations

import logging
import subprocess
import sys

import httpx
import pytest

from herohealth_async import APIStatusError, HeroHealthError
from tests.helpers import API_KEY, APPOINTMENT, PRACTICE_GROUP_ID, Recorder, json_response, mock_client

pytestmark = pytest.mark.anyio
SECRETS = (API_KEY, PRACTICE_GROUP_ID)


def _assert_no_secret(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text


async def test_requests_and_retries_are_logged_without_secrets(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: ours, httpx, httpcore
    recorder = Recorder(
        json_response(503, {}), json_response(200, APPOINTMENT), json_response(404, {"message": API_KEY})
    )
    async with mock_client(recorder) as hero:
        await hero.booking.get_appointment("1001")
        with pytest.raises(APIStatusError) as caught:
            await hero.booking.get_appointment("1001")
        for_other = hero.for_practice_group("111")
    ours = [r for r in caplog.records if r.name == "herohealth_async"]
    messages = [r.getMessage() for r in ours]
    assert any("GET /v1/appointments/{id} failed (503); retry 1 in" in m for m in messages)
    assert any(m.startswith("GET /v1/appointments/{id} -> 200 in") and m.endswith("(retries: 1)") for m in messages)
    assert all("1001" not in m for m in messages)  # path template, not the ID
    for record in caplog.records:
        _assert_no_secret(record.getMessage())
        _assert_no_secret(str(record.__dict__))
    _assert_no_secret(repr(hero))
    _assert_no_secret(repr(for_other))
    _assert_no_secret(str(caught.value))
    _assert_no_secret(repr(caught.value))


async def test_exceptions_from_transport_failures_carry_no_secret() -> None:
    async with mock_client(Recorder(httpx.ConnectError(f"refused {API_KEY}")), max_retries=0) as hero:
        with pytest.raises(HeroHealthError) as caught:
            await hero.booking.get_appointment("1")
    _assert_no_secret(str(caught.value))


def test_herohealth_log_env_turns_on_a_handler() -> None:
    code = (
        "import httpx, anyio\n"
        "from tests.helpers import mock_client, Recorder, json_response, APPOINTMENT\n"
        "async def main():\n"
        "    async with mock_client(Recorder(json_response(200, APPOINTMENT))) as hero:\n"
        "        await hero.booking.get_appointment('1')\n"
        "anyio.run(main)\n"
    )
    env = {"HEROHEALTH_LOG": "info", "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert "herohealth_async INFO GET /v1/appointments/{id} -> 200" in result.stderr
    _assert_no_secret(result.stderr)
