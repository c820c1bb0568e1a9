"""Valid example values built from the OpenAPI document's schemas, for driving every operation.

The document is the one the imported ``herohealth_async`` was generated from (its ``openapi.json``);
values are built by the test kit's own builder.
"""

from __future__ import annotations

import inspect
import typing
from typing import Any

from openapi_python_client.strings import snake_case

from herohealth_facade.lib.document import METHODS, operations_in
from herohealth_facade.testing._document import document, example, resolve

__all__ = ["METHODS", "arguments", "document", "example", "operations", "resolve"]


def operations() -> list[tuple[str, str, dict[str, Any]]]:
    """(method, path, operation object) for every operation in the document, in document order."""
    return operations_in(document())


def model_classes(annotation: Any) -> list[type]:
    options = typing.get_args(annotation) or (annotation,)
    return [t for t in options if isinstance(t, type) and hasattr(t, "from_dict")]


def arguments(method: Any, op: dict[str, Any]) -> tuple[list[Any], dict[str, Any]]:
    """Positional and keyword arguments for the resource ``method`` of ``op``: every required one, valid."""
    hints = typing.get_type_hints(method)
    params = {p["name"]: p for p in (resolve(p) for p in op["parameters"])}
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for name, param in inspect.signature(method).parameters.items():
        if name == "body":
            schema = op["requestBody"]["content"]["application/json"]["schema"]
            kwargs["body"] = model_classes(hints["body"])[0].from_dict(example(schema))
        elif param.default is inspect.Parameter.empty:
            spec_param = params.get(name) or next(p for p in params.values() if snake_case(p["name"]) == name)
            value = example(spec_param["schema"])
            if param.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
                args.append(value)
            else:
                kwargs[name] = value
    return args, kwargs
