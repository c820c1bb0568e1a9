"""Drift turned into a proposed change of the document: a unified diff a maintainer reviews and applies.

Each finding is placed on the component schema that holds the field (followed from the operation's
success response through ``$ref``s and array items); a field in an inline schema is returned as
unplaced. The document's text is edited in place, in its own layout (two-space indentation, block
lists, as written by this project), so the diff shows only the change:

- an unknown field is added with its observed JSON type;
- a field of the wrong type gets the observed type (``null`` is added to the types it had);
- a required field that arrived absent leaves the ``required`` list;
- each changed field gets an ``x-observed`` marker with the date and what was seen (never a value).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

from herohealth_async.api import OPERATIONS
from herohealth_facade.lib.document import Schema, resolve, success_schema
from herohealth_facade.lib.drift import DriftRecord

JSON_TYPES = frozenset({"string", "number", "boolean", "array", "object", "null"})


def locate(record: DriftRecord) -> tuple[str, str] | None:
    """(component schema, field) that ``record`` is about, or None when the field sits in an inline schema."""
    if record.operation not in OPERATIONS:
        return None
    method, path, _tag = OPERATIONS[record.operation]
    _status, schema = success_schema(method, path)
    if schema is None or not record.field:
        return None
    node: Schema = schema
    component: str | None = None
    parts = record.field.split(".")
    for index, part in enumerate(parts):
        node, component = _object(node, component)
        if index == len(parts) - 1:
            return (component, part) if component is not None else None
        child = node.get("properties", {}).get(part)
        if child is None:
            return None
        node, component = child, None
    return None


def _object(node: Schema, component: str | None) -> tuple[Schema, str | None]:
    """Follow ``$ref``s and array items down to an object schema, keeping the last component name."""
    while True:
        if "$ref" in node:
            component = node["$ref"].rsplit("/", 1)[-1]
            node = resolve(node)
        elif "items" in node:
            node, component = node["items"], None
        else:
            return node, component


def document_patch(
    text: str, records: Sequence[DriftRecord], filename: str, today: str
) -> tuple[str, list[DriftRecord]]:
    """A unified diff of ``text`` (the document, at ``filename``) for ``records``; and the records left unplaced."""
    lines = text.splitlines(keepends=True)
    unplaced: list[DriftRecord] = []
    done: set[tuple[str, str, str]] = set()
    for record in records:
        where = locate(record)
        if where is None:
            unplaced.append(record)
            continue
        kind = _kind(record)
        if (*where, kind) in done:
            continue
        done.add((*where, kind))
        if not _apply(lines, where[0], where[1], record, kind, today):
            unplaced.append(record)
    diff = difflib.unified_diff(text.splitlines(keepends=True), lines, fromfile=f"a/{filename}", tofile=f"b/{filename}")
    return "".join(diff), unplaced


def _kind(record: DriftRecord) -> str:
    if record.received.startswith("unknown field"):
        return "new"
    if record.received == "absent":
        return "absent"
    if record.received in JSON_TYPES:
        return "type"
    return "note"


def _apply(lines: list[str], component: str, field: str, record: DriftRecord, kind: str, today: str) -> bool:
    block = _block(lines, "    ", component, _start_of_schemas(lines))
    if block is None:
        return False
    start, end = block
    properties = _find(lines, "      properties:\n", start, end)
    if properties is None:
        return False
    props_end = _end_of(lines, properties, 6, end)
    if kind == "new":
        observed = record.received.split(", ", 1)[1] if ", " in record.received else ""
        new = [f"        {field}:\n"]
        if observed in JSON_TYPES - {"null"}:
            new.append(f"          type: {observed}\n")
        new.append(f"          x-observed: '{today}: in responses of {record.operation}; not in the document before'\n")
        lines[props_end:props_end] = new
        return True
    field_line = _find(lines, f"        {field}:\n", properties, props_end)
    if field_line is None:
        return False
    field_end = _end_of(lines, field_line, 8, props_end)
    note = {
        "type": f"arrived as {record.received} where the document said {record.expected}",
        "absent": "arrived absent although the document said required",
        "note": f"{record.received} arrived",
    }[kind]
    if kind == "type":
        _set_type(lines, field_line, field_end, record.received)
        field_end = _end_of(lines, field_line, 8, len(lines))
    lines.insert(field_end, f"          x-observed: '{today}: {note} (in responses of {record.operation})'\n")
    if kind == "absent":
        _drop_required(lines, start, properties, field)
    return True


def _set_type(lines: list[str], field_line: int, field_end: int, received: str) -> None:
    """Give the field the observed type: replace its ``type`` (a scalar or a block list), or add null to it."""
    at = _find_prefix(lines, "          type:", field_line, field_end)
    if at is None:
        lines.insert(field_line + 1, f"          type: {received}\n")
        return
    end = at + 1
    while end < field_end and lines[end].startswith("          - "):
        end += 1
    current = [lines[at].split(":", 1)[1].strip()] if lines[at].strip() != "type:" else []
    current += [line.strip()[2:].strip("'\"") for line in lines[at + 1 : end]]
    types = [t for t in current if t] + ["null"] if received == "null" else [received]
    if len(types) == 1:
        lines[at:end] = [f"          type: {types[0]}\n"]
    else:
        lines[at:end] = ["          type:\n", *(f"          - {_quoted(t)}\n" for t in types)]


def _quoted(kind: str) -> str:
    return "'null'" if kind == "null" else kind


def _drop_required(lines: list[str], start: int, properties: int, field: str) -> None:
    required = _find(lines, "      required:\n", start, properties)
    if required is not None:
        end = _end_of(lines, required, 6, properties, list_items=True)
        for index in range(required + 1, end):
            if lines[index].strip() == f"- {field}":
                del lines[index]
                return
        return
    flow = _find_prefix(lines, "      required: [", start, properties)
    if flow is not None:
        names = [n.strip() for n in re.sub(r".*\[(.*)\].*", r"\1", lines[flow].strip()).split(",") if n.strip()]
        lines[flow] = "      required: [" + ", ".join(n for n in names if n != field) + "]\n"


def _start_of_schemas(lines: list[str]) -> int:
    components = next((i for i, line in enumerate(lines) if line == "components:\n"), 0)
    return next((i for i in range(components, len(lines)) if lines[i] == "  schemas:\n"), components)


def _block(lines: list[str], indent: str, name: str, start: int) -> tuple[int, int] | None:
    at = _find(lines, f"{indent}{name}:\n", start, len(lines))
    if at is None:
        return None
    return at, _end_of(lines, at, len(indent), len(lines))


def _end_of(lines: list[str], at: int, indent: int, limit: int, *, list_items: bool = False) -> int:
    """The index after the block that starts at line ``at`` (indented ``indent``): the next line as shallow."""
    for index in range(at + 1, limit):
        line = lines[index]
        if not line.strip():
            continue
        depth = len(line) - len(line.lstrip(" "))
        if depth < indent or (depth == indent and not (list_items and line.lstrip().startswith("- "))):
            return index
    return limit


def _find(lines: list[str], wanted: str, start: int, end: int) -> int | None:
    return next((i for i in range(start, end) if lines[i] == wanted), None)


def _find_prefix(lines: list[str], prefix: str, start: int, end: int) -> int | None:
    return next((i for i in range(start, end) if lines[i].startswith(prefix)), None)
