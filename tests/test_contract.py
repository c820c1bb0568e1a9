"""Every operation of the document, called through its generated function against Prism.

Prism validates each request against the same document (parameters, body, both auth headers)
and answers from the schema, so a pass means the generated code sends what the document asks
for and parses what it promises.
"""

from __future__ import annotations

import importlib
import inspect
import json
import types
import typing
from typing import Any

import pytest
from openapi_python_client.strings import snake_case

from herohealth_async.client import Client
from herohealth_async.types import Unset
from tests.conftest import CONTRACT_PASSED, CONTRACT_TOTAL
from tests.spec_examples import example, operations, resolve

OPERATIONS = operations()
CONTRACT_TOTAL[0] = len(OPERATIONS)


def _module(op: dict[str, Any]) -> types.ModuleType:
    tag = snake_case(op["tags"][0])
    return importlib.import_module(f"herohealth_async.api.{tag}.{snake_case(op['operationId'])}")


def _model_classes(annotation: Any) -> list[type]:
    options = typing.get_args(annotation) or (annotation,)
    return [t for t in options if isinstance(t, type) and hasattr(t, "from_dict")]


def _arguments(fn: Any, op: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(fn)
    params = {p["name"]: p for p in (resolve(p) for p in op["parameters"])}
    kwargs: dict[str, Any] = {}
    for name, param in inspect.signature(fn).parameters.items():
        if name == "client":
            continue
        if name == "body":
            schema = op["requestBody"]["content"]["application/json"]["schema"]
            model = _model_classes(hints["body"])[0]
            kwargs["body"] = model.from_dict(example(schema))
        elif param.default is inspect.Parameter.empty:
            spec_param = params.get(name) or next(p for p in params.values() if snake_case(p["name"]) == name)
            kwargs[name] = example(spec_param["schema"])
    return kwargs


@pytest.mark.anyio
@pytest.mark.parametrize(("method", "path", "op"), OPERATIONS, ids=[o[2]["operationId"] for o in OPERATIONS])
async def test_operation_against_prism(prism_url: str, method: str, path: str, op: dict[str, Any]) -> None:
    module = _module(op)
    kwargs = _arguments(module.asyncio_detailed, op)
    client = Client(base_url=prism_url, headers={"x-api-key": "test-key", "x-practice-group-id": "42"})
    async with client:
        response = await module.asyncio_detailed(client=client, **kwargs)

    # Prism also reports its own static examples (which ignore `pattern`); only what we sent counts.
    violations = json.loads(response.headers.get("sl-violations", "[]"))
    assert [v for v in violations if v["location"][0] == "request"] == []
    assert 200 <= response.status_code < 300, (response.status_code, response.content[:500])
    expected = typing.get_type_hints(module._parse_success)["return"]
    assert isinstance(response.parsed, expected), (type(response.parsed), expected)
    success = next(r for code, r in op["responses"].items() if code.startswith("2"))
    schema = success["content"]["application/json"]["schema"]
    if "$ref" in schema:
        assert type(response.parsed).__name__ == schema["$ref"].rsplit("/", 1)[-1]
    assert not isinstance(response.parsed, Unset)
    CONTRACT_PASSED.add(op["operationId"])
