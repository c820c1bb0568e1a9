"""The OpenAPI document the package was generated from (``herohealth_async/openapi.json``)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

Schema = dict[str, Any]


@cache
def document() -> dict[str, Any]:
    """The document, as ``make generate`` wrote it next to the generated code (read once)."""
    text = resources.files("herohealth_async").joinpath("openapi.json").read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def resolve(node: Schema) -> Schema:
    """``node`` with its ``$ref`` (and any chain of them) followed."""
    while "$ref" in node:
        target: Any = document()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def success_schema(method: str, path: str) -> tuple[int, Schema | None]:
    """The first success status the document gives ``method path``, and its JSON schema (None: no body)."""
    responses = document()["paths"][path][method.lower()]["responses"]
    status = min(code for code in responses if str(code).startswith("2"))
    media = resolve(responses[status]).get("content", {}).get("application/json")
    return int(status), None if media is None else media.get("schema", {})
