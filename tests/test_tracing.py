"""OpenTelemetry: one span per call, named after the path template, with status, retries and request id,
and nothing else: no URL, query, body, header, ID or secret (checked with the SDK's in-memory exporter)."""

from __future__ import annotations

import datetime
from collections.abc import Iterator

import pytest
from opentelemetry import trace
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import StatusCode

from herohealth_async import NotFoundError
from herohealth_async.testing import API_KEY, FakeHero

pytestmark = pytest.mark.anyio
EXPORTER = InMemorySpanExporter()


@pytest.fixture(scope="module", autouse=True)
def provider() -> Iterator[None]:
    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(SimpleSpanProcessor(EXPORTER))
    trace.set_tracer_provider(tracer_provider)
    yield


@pytest.fixture(autouse=True)
def clear() -> None:
    EXPORTER.clear()


def _everything(span: ReadableSpan) -> str:
    attributes = dict(span.attributes or {})
    return " ".join([span.name, *map(str, attributes.keys()), *map(str, attributes.values())])


async def test_one_span_per_call_named_after_the_template() -> None:
    fake = FakeHero()
    fake.fail_next("get_slot", status=503)
    async with fake.client() as hero:
        await hero.booking.get_slot("9001")  # 503, then a retry
        await hero.booking.list_slots(location_id="1", practitioner_id="7")
    spans = EXPORTER.get_finished_spans()
    assert [s.name for s in spans] == ["GET /v1/slots/{id}", "GET /v1/slots"]
    first = dict(spans[0].attributes or {})
    assert first["http.request.method"] == "GET" and first["url.template"] == "/v1/slots/{id}"
    assert (first["http.response.status_code"], first["herohealth.retries"]) == (200, 1)
    assert first["herohealth.operation"] == "get_slot"
    assert spans[0].kind is trace.SpanKind.CLIENT


async def test_a_failed_call_marks_its_span_and_keeps_heros_request_id() -> None:
    fake = FakeHero()
    async with fake.client(max_retries=0) as hero:
        with pytest.raises(NotFoundError):
            await hero.booking.get_appointment("58291037466")
    (span,) = EXPORTER.get_finished_spans()
    assert span.status.status_code is StatusCode.ERROR
    assert dict(span.attributes or {})["http.response.status_code"] == 404


async def test_no_span_carries_an_id_a_query_value_a_body_value_or_a_secret() -> None:
    fake = FakeHero()
    fake.add_pds_patient("9434765919", datetime.date(1992, 1, 1))
    async with fake.client() as hero:
        await hero.booking.get_slot("9001")
        await hero.booking.list_slots(location_id="1", start_date=datetime.date(2026, 12, 1))
        await hero.patients.register_pds(nhs_number="9434765919", dob=datetime.date(1992, 1, 1))
    text = " ".join(_everything(s) for s in EXPORTER.get_finished_spans())
    for secret in ("9001", "2026-12-01", "9434765919", "1992", API_KEY, "fake.herohealth.test"):
        assert secret not in text
    assert "POST /v1/patients/register_pds" in text


async def test_a_span_and_the_log_line_keep_the_wait_for_a_slot_apart_from_the_time_on_the_wire(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """One connection slot, two calls at once, each answered after 0.3 s: the second waits about 0.3 s for the
    slot and then spends about 0.3 s on the wire; neither figure holds the other."""
    import logging

    import anyio
    import httpx

    caplog.set_level(logging.INFO, logger="herohealth_async")
    fake = FakeHero()
    fake.latency = 0.3
    async with fake.client(limits=httpx.Limits(max_connections=1)) as hero, anyio.create_task_group() as tg:
        for _ in range(2):
            tg.start_soon(hero.booking.get_slot, "9001")
    spans = [dict(s.attributes or {}) for s in EXPORTER.get_finished_spans()]
    waits = sorted(s["herohealth.wait_ms"] for s in spans)
    assert waits[0] < 100 <= 250 <= waits[1]  # the first went at once; the second waited for the slot
    assert all(250 <= s["herohealth.wire_ms"] < waits[1] + 250 for s in spans)
    ours = [r for r in caplog.records if r.name == "herohealth_async"]
    logged = sorted((r.herohealth_wait_ms, r.herohealth_wire_ms) for r in ours)
    assert [round(wait) for wait, _ in logged] == [round(w) for w in waits]
    assert all(", waited " in r.getMessage() and r.getMessage().endswith("(retries: 0)") for r in ours)


def test_no_span_is_made_until_an_sdk_is_set_up() -> None:
    """opentelemetry-api alone (no SDK set up, or OTEL_SDK_DISABLED) makes spans that record nothing at a cost
    per call: the client makes none until a tracer provider is set, and picks it up once one is."""
    import subprocess
    import sys

    program = """
from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from herohealth_facade import _tracing

with _tracing.span("GET", "/v1/slots", "list_slots") as before:
    pass
trace.set_tracer_provider(TracerProvider())
with _tracing.span("GET", "/v1/slots", "list_slots") as after:
    recording = after is not None and after.is_recording()
print(before is None, recording)
"""
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=60)
    assert result.stdout.split() == ["True", "True"], result.stderr
