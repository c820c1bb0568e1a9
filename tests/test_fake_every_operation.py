"""``FakeHero`` answers every operation of the document: with state where it models one, else with the
documented success (a body built from the document), valid against the response schema and parsed
into the operation's documented model by the client users run."""

from __future__ import annotations

import datetime
import logging
import typing
from typing import Any

import httpx
import pytest
from jsonschema import Draft202012Validator
from openapi_python_client.strings import snake_case
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from herohealth_async import HeroHealth
from herohealth_async.models import (
    CancelAppointmentBody,
    CheckSlotAvailabilityBody,
    CreateWebhookBody,
    PdsLookupByNhsNumber,
    SendMessageBody,
)
from herohealth_async.testing import ROUTES, FakeHero
from herohealth_async.types import Pager
from tests.helpers import API_KEY
from tests.spec_examples import arguments, document, operations

OPERATIONS = operations()
STATEFUL = {name for _, _, name, _ in ROUTES}
# The ones modelled with state are driven with meaningful arguments by their own tests.
DOCUMENTED = [o for o in OPERATIONS if snake_case(o[2]["operationId"]) not in STATEFUL]
HEADERS = {"x-api-key": API_KEY, "x-practice-group-id": "1"}
REGISTRY = Registry().with_resource("urn:document", Resource.from_contents(document(), DRAFT202012))


def _pointer(*parts: str) -> str:
    return "/".join(part.replace("~", "~0").replace("/", "~1") for part in parts)


@pytest.mark.anyio
@pytest.mark.parametrize(("method", "path", "op"), DOCUMENTED, ids=[o[2]["operationId"] for o in DOCUMENTED])
async def test_every_other_operation_answers_its_documented_success(method: str, path: str, op: dict[str, Any]) -> None:
    fake = FakeHero()
    async with fake.client(response_validation="strict") as hero:
        resource = getattr(hero, snake_case(op["tags"][0]))
        name = snake_case(op["operationId"])
        bound = getattr(resource, name)
        args, kwargs = arguments(bound, op)
        raw = await getattr(resource.with_raw_response, name)(*args, **kwargs)
    assert 200 <= raw.status_code < 300
    expected = typing.get_type_hints(bound)["return"]
    if typing.get_origin(expected) is Pager:
        expected = typing.get_args(expected)[0]
    if expected is not type(None):
        assert isinstance(raw.parsed, typing.get_args(expected) or expected)
    status = str(raw.status_code)
    content = op["responses"][status].get("content", {}).get("application/json")
    if content is not None:
        pointer = _pointer("paths", path, method, "responses", status, "content", "application/json", "schema")
        validator = Draft202012Validator({"$ref": f"urn:document#/{pointer}"}, registry=REGISTRY)
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(raw.http_response.json())]
        assert errors == []


def test_every_operation_is_either_stateful_or_answered_from_the_document() -> None:
    names = {snake_case(op["operationId"]) for _, _, op in OPERATIONS}
    assert STATEFUL <= names  # no stateful route names an operation the document lacks
    assert len(DOCUMENTED) + len(STATEFUL) == len(OPERATIONS)


@pytest.mark.anyio
async def test_a_path_the_document_lacks_answers_404() -> None:
    fake = FakeHero()
    answer = await fake.handle(httpx.Request("GET", "https://fake.herohealth.test/v1/nowhere", headers=HEADERS))
    assert answer.status_code == 404


@pytest.mark.anyio
async def test_nothing_the_fake_answers_is_drift(caplog: pytest.LogCaptureFixture) -> None:
    """Every operation, the stateful ones driven through their flows, parsed in report mode: the fake
    answers as the document says, so not one drift record, and no WARNING from the SDK's loggers."""
    caplog.set_level(logging.WARNING, logger="herohealth_async")
    fake = FakeHero()
    nhs_number = "9434765919"
    fake.add_pds_patient(nhs_number, datetime.date(1980, 1, 1))
    async with fake.client(response_validation="report") as hero:
        for _method, _path, op in DOCUMENTED:
            name = snake_case(op["operationId"])
            bound = getattr(getattr(hero, snake_case(op["tags"][0])), name)
            args, kwargs = arguments(bound, op)
            await bound(*args, **kwargs)
        answered = await _stateful_flow(hero, fake, nhs_number)
    assert hero.drift == []
    assert [r.getMessage() for r in caplog.records] == []
    assert answered == STATEFUL  # every stateful operation was answered (with a success)


async def _stateful_flow(hero: HeroHealth, fake: FakeHero, nhs_number: str) -> set[str]:
    await hero.practice_group.list_appointment_types()
    slots = await hero.booking.list_slots()
    slot = slots.data[0]
    await hero.booking.get_slot(str(slot.id))
    await hero.booking.check_slot_availability(
        body=CheckSlotAvailabilityBody(
            practitioner_id=str(slot.practitioner_id), start_time=slot.start_time.isoformat()
        )
    )
    appointment = await hero.booking.book_slot(slot, patient_id="55")
    await hero.booking.get_appointment(appointment.id)
    await hero.booking.list_appointments()
    await hero.booking.cancel_appointment(appointment.id, body=CancelAppointmentBody())
    await hero.practice_group.create_access_token()
    sent = await hero.messages.send_message(
        body=SendMessageBody(patient_id="55", message_type="sms", message_string="hi")  # type: ignore[arg-type]
    )
    await hero.messages.get_message(str(sent.message_id))
    webhook = await hero.webhooks.create_webhook(
        body=CreateWebhookBody(event_type="appointment.confirmed", url="https://app.test/hero")  # type: ignore[arg-type]
    )
    await hero.webhooks.delete_webhook(str(webhook.id))
    await hero.patients.register_patient_pds(body=PdsLookupByNhsNumber(nhs_number, datetime.date(1980, 1, 1)))
    return {r.operation for r in fake.requests} & STATEFUL
