"""``FakeHero`` answers every operation of the document: with state where it models one, else with the
documented success (a body built from the document), valid against the response schema and parsed
into the operation's documented model by the client users run."""

from __future__ import annotations

import typing
from typing import Any

import httpx
import pytest
from jsonschema import Draft202012Validator
from openapi_python_client.strings import snake_case
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

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
