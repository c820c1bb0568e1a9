"""Logging: what is logged, and that no secret reaches a log record, a repr or an exception."""

from __future__ import annotations

import contextlib
import datetime
import logging
import subprocess
import sys

import httpx
import pytest

from herohealth_async import APIStatusError, HeroHealth, HeroHealthError
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


@pytest.mark.anyio
async def test_no_logger_carries_patient_data_or_secrets(caplog: pytest.LogCaptureFixture) -> None:
    """With every logger at DEBUG (httpx's and httpcore's included), nothing from a request's path,
    query or body, and no secret, appears in any record; the path template does."""
    from herohealth_async.models import PdsLookupByNhsNumber
    from tests.servers import appointment_app, asgi_server

    patient_id, surname, nhs_number = "58291037466", "Featherstonehaugh", "9434765919"
    caplog.set_level(logging.DEBUG)
    with asgi_server(appointment_app) as url:
        # The client's own connections, then a user's http_client (whose AsyncClient logs as "httpx").
        async with httpx.AsyncClient(base_url=url) as own_client:
            for hero in (
                HeroHealth(api_key=API_KEY, practice_group_id=PRACTICE_GROUP_ID, base_url=url),
                HeroHealth(api_key=API_KEY, practice_group_id=PRACTICE_GROUP_ID, http_client=own_client),
            ):
                async with hero:
                    await hero.booking.get_appointment(patient_id)
                    # The canned answer is an appointment: whether it parses as these models does not matter.
                    with contextlib.suppress(HeroHealthError):
                        await hero.patients.list_patients_v3(last_name=surname, nhs_number=nhs_number)
                    body = PdsLookupByNhsNumber(nhs_number=nhs_number, dob=datetime.date(1992, 1, 1))
                    with contextlib.suppress(HeroHealthError):
                        await hero.patients.register_patient_pds(body=body)
    names = {r.name for r in caplog.records}
    assert {"httpx", "httpcore.http11", "httpcore.connection", "herohealth_async"} <= names
    text = "\n".join(f"{r.name} {r.getMessage()}" for r in caplog.records)
    assert "GET /v1/appointments/{id}" in text
    for secret in (patient_id, surname, nhs_number, "1992-01-01", API_KEY, PRACTICE_GROUP_ID):
        assert secret not in text


@pytest.mark.anyio
async def test_other_uses_of_httpx_are_logged_as_httpx_logs_them(caplog: pytest.LogCaptureFixture) -> None:
    from tests.servers import appointment_app, asgi_server

    caplog.set_level(logging.INFO)
    with asgi_server(appointment_app) as url:
        async with httpx.AsyncClient() as plain:
            await plain.get(url + "/plain/123")
    assert any(url + "/plain/123" in r.getMessage() for r in caplog.records if r.name == "httpx")
