"""Every operation of the document, sent through the client users run (``hero.<tag>.<method>``)
against Prism, on asyncio and trio.

Prism validates each request against the same document (parameters, body, both auth headers)
and answers from the schema, so a pass means the client's validation lets valid calls through,
sends what the document asks for, and parses what it promises.
"""

from __future__ import annotations

import json
import typing
from typing import Any

import httpx
import pytest
from openapi_python_client.strings import snake_case

from herohealth_async import HeroHealth
from herohealth_async.types import Pager, Unset
from tests.conftest import CONTRACT_PASSED, CONTRACT_TOTAL
from tests.spec_examples import arguments, operations

OPERATIONS = operations()
CONTRACT_TOTAL[0] = len(OPERATIONS)


@pytest.mark.anyio
@pytest.mark.parametrize(("method", "path", "op"), OPERATIONS, ids=[o[2]["operationId"] for o in OPERATIONS])
async def test_operation_against_prism(prism_url: str, method: str, path: str, op: dict[str, Any]) -> None:
    responses: list[httpx.Response] = []

    async def keep(response: httpx.Response) -> None:
        responses.append(response)

    http = httpx.AsyncClient(event_hooks={"response": [keep]})
    async with (
        http,
        HeroHealth(
            api_key="test-key",
            practice_group_id="42",
            base_url=prism_url,
            http_client=http,
            response_validation="strict",
        ) as hero,
    ):
        resource = getattr(hero, snake_case(op["tags"][0]))
        name = snake_case(op["operationId"])
        bound = getattr(resource, name)
        assert f"{method.upper()} {path}" in (bound.__doc__ or "")
        args, kwargs = arguments(bound, op)
        parsed = await bound(*args, **kwargs)

    assert len(responses) == 1
    # Prism also reports its own static examples (which ignore `pattern`); only what we sent counts.
    violations = json.loads(responses[0].headers.get("sl-violations", "[]"))
    assert [v for v in violations if v["location"][0] == "request"] == []
    assert 200 <= responses[0].status_code < 300
    expected = typing.get_type_hints(bound)["return"]
    if typing.get_origin(expected) is Pager:  # a paged list: awaiting it gave its first page
        expected = typing.get_args(expected)[0]
    assert isinstance(parsed, expected), (type(parsed), expected)
    success = next(r for code, r in op["responses"].items() if code.startswith("2"))
    schema = success["content"]["application/json"]["schema"]
    if "$ref" in schema:
        assert type(parsed).__name__ == schema["$ref"].rsplit("/", 1)[-1]
    assert not isinstance(parsed, Unset)
    CONTRACT_PASSED.add(op["operationId"])
