"""Checks on a prepared operation before anything is sent.

The rules come from the document through generated code: each operation's ``params`` (the types
of its path, query and body arguments, and which are required) and each body model's
``_field_patterns``, ``_field_min_lengths`` and ``_field_not_null``. A few hold everywhere: a path
parameter may not be empty, ``.`` or ``..`` (it would address another endpoint), a datetime must
carry a timezone (a naive one would be read in the server's zone), and paging starts at
``page_index`` 0 with pages of at least one item.
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Mapping
from typing import Any

import attrs

from herohealth_async.types import UNSET, NoneType, Operation, Param, Unset
from herohealth_facade._exceptions import RequestValidationError
from herohealth_facade.lib.arguments import PAGE_MINIMUMS, whole_number

_DOT_SEGMENTS = frozenset({".", ".."})
_CONTROL = "\x00-\x1f\x7f"
_NOT_IN_ID = re.compile(f"[/\\\\?#{_CONTROL}]")
_NOT_IN_HEADER_VALUE = re.compile(f"[{_CONTROL}]|[^\x00-\x7f]")
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")


def validate_operation(operation: Operation[Any]) -> None:
    """Raise :class:`RequestValidationError` naming the first argument that breaks a rule."""
    for param in operation.params:
        _check_param(param, operation.arguments.get(param.name, UNSET))


def _check_param(param: Param, value: object) -> None:
    where = "body" if param.location == "body" else f"{param.location}.{param.wire_name}"
    if isinstance(value, Unset):
        if param.required:
            raise RequestValidationError(where, "is required")
        return
    if value is None:
        if NoneType not in param.types:
            raise RequestValidationError(
                where, "is required and may not be None" if param.required else "may not be None"
            )
        return
    _check_type(value, param.types, where)
    if isinstance(value, list) and param.item_types:
        for index, item in enumerate(value):
            _check_type(item, param.item_types, f"{where}[{index}]")
    if param.location == "path":
        _check_path_segment(str(value), where)
    if param.wire_name in PAGE_MINIMUMS and isinstance(value, int):
        whole_number(where, value, PAGE_MINIMUMS[param.wire_name])
    _check_value(value, where)


def _check_type(value: object, types: tuple[type, ...], where: str) -> None:
    # bool is an int to isinstance(), but True is no page size.
    wrong_bool = isinstance(value, bool) and bool not in types
    if wrong_bool or not isinstance(value, types):
        expected = " or ".join(_type_name(t) for t in types if t is not NoneType)
        raise RequestValidationError(where, f"must be {expected}, not {_type_name(type(value))}")


def _check_path_segment(value: str, where: str) -> None:
    if not value.strip():
        raise RequestValidationError(where, "must not be empty")
    if value in _DOT_SEGMENTS:
        raise RequestValidationError(where, "must not be '.' or '..' (it would address another endpoint)")
    if _NOT_IN_ID.search(value):
        # IDs are opaque: one that needs escaping is a mistake, and gateways that decode %2F route it elsewhere.
        raise RequestValidationError(where, "must not contain '/', '\\', '?', '#' or control characters")


def _type_name(t: type) -> str:
    return "date" if t is datetime.date else "datetime" if t is datetime.datetime else t.__name__


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
    field_types: dict[str, tuple[type, ...]] = getattr(model, "_field_types", {})
    for field in attrs.fields(type(model)):
        value = getattr(model, field.name)
        here = f"{where}.{field.name}"
        if value is None and field.name in not_null:
            raise RequestValidationError(here, "is required and may not be None")
        if value is None or isinstance(value, Unset):
            continue
        if field.name in field_types:
            _check_type(value, field_types[field.name], here)
        if isinstance(value, str):
            pattern = patterns.get(field.name)
            if pattern is not None and re.search(pattern, value) is None:
                raise RequestValidationError(here, f"must match {pattern}")
            if len(value) < min_lengths.get(field.name, 0):
                raise RequestValidationError(here, f"must be at least {min_lengths[field.name]} characters")
        else:
            _check_value(value, here)


def check_path(operation: Operation[Any], raw_path: str, base_path: str) -> None:
    """Refuse a built URL whose path is not the operation's template with one segment per parameter.

    The arguments were checked already; this is the last guard that nothing (an encoding quirk, a
    dot segment a server or proxy would resolve) sends a request to a path other than its operation's.
    """
    if not _template_pattern(base_path + operation.path).fullmatch(raw_path):
        raise RequestValidationError("path", f"the request would not reach {operation.path}")


# One path segment that is not "." or "..".
_SEGMENT = r"(?!\.{1,2}(?:/|$))[^/]+"


@functools.lru_cache(maxsize=1024)
def _template_pattern(template: str) -> re.Pattern[str]:
    # Each {name} matches one segment; everything else must be as written.
    return re.compile(re.sub(r"\\\{[^/]+?\\\}", lambda _: _SEGMENT, re.escape(template)))


AUTH_HEADERS = frozenset({"x-api-key", "x-practice-group-id"})


def check_extra_headers(extra: Mapping[str, str] | None) -> Mapping[str, str]:
    """``extra_headers`` as given, refused if it would replace an auth header (the client sets both)
    or if a name or value could not travel as one header line."""
    if not extra:
        return {}
    for name, value in extra.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise RequestValidationError("extra_headers", "names and values must be strings")
        if not _HEADER_NAME.fullmatch(name):
            # The name itself may be what an attacker controls: it is not quoted either.
            raise RequestValidationError("extra_headers", "a header name must be an HTTP token (letters, digits, -)")
        if name.lower() in AUTH_HEADERS:
            raise RequestValidationError(f"extra_headers.{name.lower()}", "cannot replace the auth headers")
        check_header_value(value, f"extra_headers.{name.lower()}")
    return extra


def check_header_value(value: str, field: str) -> str:
    """``value`` if it can be sent as a header value: printable ASCII only. A CR or LF would end the
    header line early (header injection); the value is never quoted in the error, it may be a secret."""
    if _NOT_IN_HEADER_VALUE.search(value):
        raise RequestValidationError(field, "must be printable ASCII: no CR, LF, NUL or other control characters")
    return value


def merge_extra_body(kwargs: Mapping[str, Any], extra: Mapping[str, object]) -> dict[str, object]:
    """The JSON body with ``extra_body``'s keys added (a body-less operation gets ``extra_body`` alone)."""
    if "data" in kwargs or "files" in kwargs or "content" in kwargs:
        raise RequestValidationError("extra_body", "applies to JSON bodies only")
    body = kwargs.get("json", {})
    if not isinstance(body, dict):
        raise RequestValidationError("extra_body", "applies to JSON object bodies only")
    return {**body, **extra}
