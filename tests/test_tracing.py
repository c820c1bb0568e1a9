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
