"""The OpenAPI document the package was generated from (``herohealth_async/openapi.json``), and
values built from its schemas: what the fake answers for an operation it does not model with state."""

from __future__ import annotations

from typing import Any

from herohealth_async.api import OPERATIONS
from herohealth_facade.lib.document import Schema, document, resolve, success_schema

__all__ = ["document", "documented_answer", "example", "resolve"]


def example(schema: Schema, *, documented: bool = False) -> Any:
    """A value that satisfies ``schema``: the first choice of every union, every property filled.

    With ``documented``, a schema's own ``example`` is used where it has one (for answers, which
    then look like the vendor's samples); without, every value is built (for requests, whose
    examples may not satisfy the document's own patterns).
    """
    schema = resolve(schema)
    if documented and "example" in schema:
        return schema["example"]
    for key in ("oneOf", "anyOf"):
        if key in schema:
            options = [s for s in schema[key] if resolve(s).get("type") != "null"]
            return example(options[0], documented=documented)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return next(v for v in schema["enum"] if v is not None)
    kind = schema.get("type", "object")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if kind == "object":
        return {name: example(sub, documented=documented) for name, sub in schema.get("properties", {}).items()}
    if kind == "array":
        return [example(schema.get("items", {"type": "string"}), documented=documented)]
    if kind == "boolean":
        return True
    if kind in ("number", "integer"):
        return max(1, schema.get("minimum", 1))
    return _string(schema)


def _string(schema: Schema) -> str:
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


def documented_answer(operation: str) -> tuple[int, Any]:
    """What the document says ``operation`` answers on success: its status and an example body
    (the document's own examples where it has them, else values built from the schema)."""
    method, path, _tag = OPERATIONS[operation]
    status, schema = success_schema(method, path)
    return status, None if schema is None else example(schema, documented=True)
