"""What changed between two OpenAPI documents, judged by what it does to code that calls the SDK.

``changes(old, new)`` returns :class:`Finding`s, breaking or not:

- operations (by ``operationId``): removed, or moved to another method or path (breaking); added;
- parameters: removed, added as required, or made required (breaking); added as optional;
  a type that changed (breaking unless it only widened);
- request bodies and the objects in them: a field removed, added as required or made required, a
  type narrowed or changed, an enum value removed (breaking); an optional field or an enum value added;
- responses and the objects in them: a field removed, made optional (callers must narrow ``Unset``),
  made nullable, a type changed, an enum value removed (breaking); a field or an enum value added;
- component schemas (the models): removed (breaking) or added.

Objects are compared where they are used: one reached from a request body by the request rules, one
reached from a response by the response rules, one reached from both by both.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import attrs

from herohealth_facade.lib.document import operations_in, resolve_in

Schema = dict[str, Any]


@attrs.frozen(order=True)
class Finding:
    """One change: ``breaking`` for callers or not, and one line saying what and where."""

    breaking: bool
    text: str

    def line(self) -> str:
        return f"{'BREAKING' if self.breaking else 'added   '}  {self.text}"


def changes(old: dict[str, Any], new: dict[str, Any]) -> list[Finding]:
    """Every change from ``old`` to ``new``, breaking ones first, each once."""
    return sorted(set(_Diff(old, new).run()), key=lambda f: (not f.breaking, f.text))


class _Diff:
    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old, self.new = old, new
        self.seen: set[tuple[str, str]] = set()
        self.request_old, self.response_old = _schema_uses(old)
        self.request_new, self.response_new = _schema_uses(new)

    def run(self) -> Iterator[Finding]:
        old_ops, new_ops = _operations(self.old), _operations(self.new)
        for op_id, (method, path, op) in old_ops.items():
            if op_id not in new_ops:
                yield Finding(True, f"operation {op_id} ({method.upper()} {path}) removed")
                continue
            new_method, new_path, new_op = new_ops[op_id]
            if (method, path) != (new_method, new_path):
                yield Finding(
                    True, f"operation {op_id} moved: {method.upper()} {path} -> {new_method.upper()} {new_path}"
                )
            yield from self._parameters(op_id, op, new_op)
            yield from self._body(op_id, op, new_op)
            yield from self._responses(op_id, op, new_op)
        for op_id, (method, path, _) in new_ops.items():
            if op_id not in old_ops:
                yield Finding(False, f"operation {op_id} ({method.upper()} {path})")
        old_models = self.old.get("components", {}).get("schemas", {})
        new_models = self.new.get("components", {}).get("schemas", {})
        for name in old_models:
            if name not in new_models:
                yield Finding(True, f"model {name} removed")
            else:
                yield from self._component(name)
        for name in new_models:
            if name not in old_models:
                yield Finding(False, f"model {name}")

    # ------------------------------------------------------------------ operations

    def _parameters(self, op_id: str, old_op: dict[str, Any], new_op: dict[str, Any]) -> Iterator[Finding]:
        old_params = _parameters(self.old, old_op)
        new_params = _parameters(self.new, new_op)
        for key, param in old_params.items():
            where = f"parameter {key[1]} ({key[0]}) of {op_id}"
            if key not in new_params:
                yield Finding(True, f"{where} removed")
                continue
            changed = new_params[key]
            if changed.get("required") and not param.get("required"):
                yield Finding(True, f"{where} became required")
            yield from self._compare(param.get("schema", {}), changed.get("schema", {}), where, {"request"})
        for key, param in new_params.items():
            if key not in old_params:
                where = f"parameter {key[1]} ({key[0]}) of {op_id}"
                required = bool(param.get("required"))
                yield Finding(required, f"{where} added{' as required' if required else ''}")

    def _body(self, op_id: str, old_op: dict[str, Any], new_op: dict[str, Any]) -> Iterator[Finding]:
        old_schema, new_schema = _body_schema(self.old, old_op), _body_schema(self.new, new_op)
        where = f"request body of {op_id}"
        if old_schema is None and new_schema is not None:
            required = bool(resolve_in(self.new, new_op["requestBody"]).get("required"))
            yield Finding(required, f"{where} added{' as required' if required else ''}")
        elif old_schema is not None and new_schema is None:
            yield Finding(True, f"{where} removed")
        elif old_schema is not None and new_schema is not None:
            yield from self._compare(old_schema, new_schema, where, {"request"})

    def _responses(self, op_id: str, old_op: dict[str, Any], new_op: dict[str, Any]) -> Iterator[Finding]:
        old_answers, new_answers = _success_schemas(self.old, old_op), _success_schemas(self.new, new_op)
        for status, schema in old_answers.items():
            where = f"{status} response of {op_id}"
            if status not in new_answers:
                yield Finding(True, f"{where} removed")
            elif schema is not None and new_answers[status] is not None:
                yield from self._compare(schema, new_answers[status], where, {"response"})
        for status in new_answers:
            if status not in old_answers:
                yield Finding(False, f"{status} response of {op_id}")

    # ------------------------------------------------------------------ schemas

    def _component(self, name: str) -> Iterator[Finding]:
        directions = set()
        if name in self.request_old or name in self.request_new:
            directions.add("request")
        if name in self.response_old or name in self.response_new:
            directions.add("response")
        old = self.old["components"]["schemas"][name]
        new = self.new["components"]["schemas"][name]
        yield from self._compare(old, new, name, directions or {"request", "response"})

    def _compare(self, old: Schema, new: Schema, where: str, directions: set[str]) -> Iterator[Finding]:
        """``old`` and ``new`` at ``where``; a named model is compared once, by :meth:`_component`."""
        old_types, new_types = _types(self.old, old), _types(self.new, new)
        if old_types != new_types:
            yield from self._type_change(old_types, new_types, where, directions)
        if "$ref" in old and "$ref" in new:
            return  # the same model both sides (else the type change said so): compared as a component
        old, new = resolve_in(self.old, old), resolve_in(self.new, new)
        yield from self._enum(old, new, where, directions)
        if "properties" in old or "properties" in new:
            yield from self._object(old, new, where, directions)
        if "items" in old and "items" in new:
            yield from self._compare(old["items"], new["items"], f"{where}[]", directions)

    def _type_change(
        self, old: frozenset[str], new: frozenset[str], where: str, directions: set[str]
    ) -> Iterator[Finding]:
        gained, lost = new - old, old - new
        if gained == {"null"} and not lost:
            if "response" in directions:
                yield Finding(True, f"{where} became nullable")
            else:
                yield Finding(False, f"{where} may be null")
            return
        show = f"{_show(old)} -> {_show(new)}"
        if "response" in directions and gained:
            yield Finding(True, f"{where}: type changed {show}")
        elif "request" in directions and lost:
            yield Finding(True, f"{where}: type narrowed {show}")
        else:
            yield Finding(False, f"{where}: type widened {show}" if "request" in directions else f"{where}: {show}")

    def _enum(self, old: Schema, new: Schema, where: str, directions: set[str]) -> Iterator[Finding]:
        if "enum" not in old or "enum" not in new:
            return
        old_values, new_values = set(map(repr, old["enum"])), set(map(repr, new["enum"]))
        for value in sorted(old_values - new_values):
            yield Finding(True, f"{where}: enum value {value} removed")
        for value in sorted(new_values - old_values):
            yield Finding(False, f"{where}: enum value {value}")

    def _object(self, old: Schema, new: Schema, where: str, directions: set[str]) -> Iterator[Finding]:
        key = (where, ",".join(sorted(directions)))
        if key in self.seen:
            return
        self.seen.add(key)
        old_props, new_props = old.get("properties", {}), new.get("properties", {})
        old_required, new_required = set(old.get("required", [])), set(new.get("required", []))
        for name, schema in old_props.items():
            field = f"{where}.{name}"
            if name not in new_props:
                yield Finding(True, f"field {field} removed")
                continue
            if "request" in directions and name in new_required and name not in old_required:
                yield Finding(True, f"field {field} became required")
            if "response" in directions and name in old_required and name not in new_required:
                yield Finding(True, f"field {field} became optional (callers must handle UNSET)")
            yield from self._compare(schema, new_props[name], f"field {field}", directions)
        for name in new_props:
            if name not in old_props:
                required = "request" in directions and name in new_required
                yield Finding(required, f"field {where}.{name} added{' as required' if required else ''}")


# ---------------------------------------------------------------------- reading a document


def _operations(document: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    """Every operation of ``document`` by its ``operationId`` (else by method and path)."""
    found = operations_in(document)
    return {op.get("operationId", f"{method} {path}"): (method, path, op) for method, path, op in found}


def _parameters(document: dict[str, Any], op: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    params = (resolve_in(document, p) for p in op.get("parameters", []))
    return {(p.get("in", "query"), p["name"]): p for p in params}


def _body_schema(document: dict[str, Any], op: dict[str, Any]) -> Schema | None:
    if "requestBody" not in op:
        return None
    content = resolve_in(document, op["requestBody"]).get("content", {})
    media = content.get("application/json") or next(iter(content.values()), {})
    schema: Schema | None = media.get("schema")
    return schema


def _success_schemas(document: dict[str, Any], op: dict[str, Any]) -> dict[str, Schema | None]:
    found: dict[str, Schema | None] = {}
    for status, response in op.get("responses", {}).items():
        if str(status).startswith("2"):
            content = resolve_in(document, response).get("content", {})
            found[str(status)] = content.get("application/json", {}).get("schema") if content else None
    return found


def _types(document: dict[str, Any], schema: Schema) -> frozenset[str]:
    """The kinds of value ``schema`` allows: JSON types (with their format), models by name, ``null``."""
    if "$ref" in schema:
        return frozenset({"model " + schema["$ref"].rsplit("/", 1)[-1]})
    kinds: set[str] = set()
    for key in ("oneOf", "anyOf"):
        for option in schema.get(key, []):
            kinds |= _types(document, option)
    declared = schema.get("type")
    if declared is not None:
        for kind in [declared] if isinstance(declared, str) else declared:
            fmt = schema.get("format") if kind != "null" else None
            kinds.add(f"{kind} ({fmt})" if fmt else kind)
    if schema.get("nullable"):
        kinds.add("null")
    return frozenset(kinds) if kinds else frozenset({"any"})


def _show(kinds: frozenset[str]) -> str:
    return " | ".join(sorted(kinds))


def _schema_uses(document: dict[str, Any]) -> tuple[set[str], set[str]]:
    """The component schemas reached from request bodies and parameters, and from success responses."""
    request: set[str] = set()
    response: set[str] = set()
    for _, _, op in _operations(document).values():
        body = _body_schema(document, op)
        if body is not None:
            _reach(document, body, request)
        for param in _parameters(document, op).values():
            _reach(document, param.get("schema", {}), request)
        for schema in _success_schemas(document, op).values():
            if schema is not None:
                _reach(document, schema, response)
    return request, response


def _reach(document: dict[str, Any], node: Any, found: set[str]) -> None:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            name = ref.rsplit("/", 1)[-1]
            if name in found:
                return
            found.add(name)
            _reach(document, resolve_in(document, node), found)
            return
        for value in node.values():
            _reach(document, value, found)
    elif isinstance(node, list):
        for value in node:
            _reach(document, value, found)
