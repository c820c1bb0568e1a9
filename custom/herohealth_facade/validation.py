"""Checks on a prepared operation before anything is sent.

The rules come from the document through the generated models (``_field_patterns``,
``_field_min_lengths`` and ``_field_not_null``, written by the model template) plus two that hold
everywhere: a path
parameter may not be empty (it would silently address another endpoint), and a datetime must
carry a timezone (a naive one would be read in the server's zone).
"""

from __future__ import annotations

import datetime
import re
from typing import Any

import attrs

from herohealth_async.types import Operation, Unset
from herohealth_facade.errors import RequestValidationError


def validate_operation(operation: Operation[Any]) -> None:
    """Raise :class:`RequestValidationError` naming the first field that breaks a rule."""
    for name, value in operation.path_params.items():
        if not str(value).strip():
            raise RequestValidationError(f"path.{name}", "must not be empty")
    if operation.body is not None:
        _check_value(operation.body, "body")


def _check_value(value: object, where: str) -> None:
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise RequestValidationError(where, "datetime must be timezone-aware (for example UTC)")
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            _check_value(item, f"{where}[{index}]")
    elif attrs.has(type(value)):
        _check_model(value, where)


def _check_model(model: Any, where: str) -> None:
    patterns: dict[str, str] = getattr(model, "_field_patterns", {})
    min_lengths: dict[str, int] = getattr(model, "_field_min_lengths", {})
    not_null: frozenset[str] = getattr(model, "_field_not_null", frozenset())
    for field in attrs.fields(type(model)):
        value = getattr(model, field.name)
        here = f"{where}.{field.name}"
        if value is None and field.name in not_null:
            raise RequestValidationError(here, "is required and may not be None")
        if value is None or isinstance(value, Unset):
            continue
        if isinstance(value, str):
            pattern = patterns.get(field.name)
            if pattern is not None and re.search(pattern, value) is None:
                raise RequestValidationError(here, f"must match {pattern}")
            if len(value) < min_lengths.get(field.name, 0):
                raise RequestValidationError(here, f"must be at least {min_lengths[field.name]} characters")
        else:
            _check_value(value, here)
