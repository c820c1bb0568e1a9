"""Valid example values built from the OpenAPI document's schemas, for driving every operation."""

from __future__ import annotations

from functools import cache
from typing import Any

import yaml

from tests.servers import SPEC

METHODS = ("get", "put", "post", "delete", "patch")


@cache
def document() -> dict[str, Any]:
    with SPEC.open(encoding="utf-8") as f:
        loaded: dict[str, Any] = yaml.safe_load(f)
    return loaded


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = document()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def operations() -> list[tuple[str, str, dict[str, Any]]]:
    """(method, path, operation object) for every operation in the document, in document order."""
    found = []
    for path, item in document()["paths"].items():
        for method in METHODS:
            if method in item:
                op = dict(item[method])
                op["parameters"] = [*item.get("parameters", []), *op.get("parameters", [])]
                found.append((method, path, op))
    return found


def example(schema: dict[str, Any]) -> Any:
    """A value that satisfies ``schema`` (first choice of every union, every property filled)."""
    schema = resolve(schema)
    for key in ("oneOf", "anyOf"):
        if key in schema:
            options = [s for s in schema[key] if resolve(s).get("type") != "null"]
            return example(options[0])
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return next(v for v in schema["enum"] if v is not None)
    kind = schema.get("type", "object")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if kind == "object":
        return {name: example(sub) for name, sub in schema.get("properties", {}).items()}
    if kind == "array":
        return [example(schema.get("items", {"type": "string"}))]
    if kind == "boolean":
        return True
    if kind in ("number", "integer"):
        return max(1, schema.get("minimum", 1))
    return _string(schema)


def _string(schema: dict[str, Any]) -> str:
    fmt = schema.get("format")
    if fmt == "date-time":
        return "2026-11-24T09:30:00+00:00"
    if fmt == "date":
        return "2026-11-24"
    if fmt == "email":
        return "patient@example.com"
    if fmt == "uri":
        return "https://example.com/hook"
    if schema.get("pattern") == r"^\d+$":
        return "123"
    return "text"
