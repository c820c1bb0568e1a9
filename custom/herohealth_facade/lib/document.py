"""The OpenAPI document the package was generated from (``herohealth_async/openapi.json``)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

Schema = dict[str, Any]
METHODS = ("get", "put", "post", "delete", "patch")


@cache
def document() -> dict[str, Any]:
    """The document, as ``make generate`` wrote it next to the generated code (read once)."""
    text = resources.files("herohealth_async").joinpath("openapi.json").read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def resolve(node: Schema) -> Schema:
    """``node`` with its ``$ref`` (and any chain of them) followed in the packaged document."""
    return resolve_in(document(), node)


def resolve_in(spec: dict[str, Any], node: Schema) -> Schema:
    """``node`` with its ``$ref`` (and any chain of them) followed in ``spec``."""
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def operations_in(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(method, path, operation) for every operation of ``spec``, in its order; each operation's
    ``parameters`` include those its path item declares for all its methods."""
    found = []
    for path, item in spec.get("paths", {}).items():
        for method in METHODS:
            if method in item:
                operation = {
                    **item[method],
                    "parameters": [*item.get("parameters", []), *item[method].get("parameters", [])],
                }
                found.append((method, path, operation))
    return found


def success_schema(method: str, path: str) -> tuple[int, Schema | None]:
    """The first success status the document gives ``method path``, and its JSON schema (None: no body)."""
    responses = document()["paths"][path][method.lower()]["responses"]
    status = min(code for code in responses if str(code).startswith("2"))
    media = resolve(responses[status]).get("content", {}).get("application/json")
    return int(status), None if media is None else media.get("schema", {})
