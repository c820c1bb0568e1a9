"""`make api-diff` reports what a regeneration from another document changes for callers, one line per
finding, and exits 1 when anything breaks them. One document variant per kind of change."""

from __future__ import annotations

import copy
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "herohealth-public-api.yaml"
sys.path.insert(0, str(ROOT / "scripts"))

import api_diff  # noqa: E402
import spec_diff  # noqa: E402

# A check of the project's own tools (run by the 3.11 suite only: they run on .venv's interpreter).
pytestmark = pytest.mark.tooling

Document = dict[str, Any]


def _document() -> Document:
    with SPEC.open(encoding="utf-8") as f:
        loaded: Document = yaml.safe_load(f)
    return loaded


ORIGINAL = _document()


def _schemas(d: Document) -> dict[str, Any]:
    schemas: dict[str, Any] = d["components"]["schemas"]
    return schemas


def _send_body(d: Document) -> dict[str, Any]:
    body: dict[str, Any] = d["paths"]["/v1/messages/send"]["post"]["requestBody"]["content"]["application/json"]
    return body["schema"]


def _slots_params(d: Document) -> list[dict[str, Any]]:
    params: list[dict[str, Any]] = d["paths"]["/v1/slots"]["get"]["parameters"]
    return params


def remove_operation(d: Document) -> None:
    del d["paths"]["/v1/slots/{id}"]["get"]


def move_operation(d: Document) -> None:
    d["paths"]["/v1/slots/by_id/{id}"] = d["paths"].pop("/v1/slots/{id}")


def remove_model(d: Document) -> None:
    _schemas(d)["Unused"] = {"type": "object"}  # added to the old side below, so it reads as removed


def remove_field(d: Document) -> None:
    del _schemas(d)["Appointment"]["properties"]["video_url"]


def rename_field(d: Document) -> None:
    props = _schemas(d)["Appointment"]["properties"]
    props["meeting_url"] = props.pop("video_url")


def remove_enum_value(d: Document) -> None:
    _send_body(d)["properties"]["message_type"]["enum"].remove("nhs_app")


def parameter_required(d: Document) -> None:
    next(p for p in _slots_params(d) if p.get("name") == "location_id")["required"] = True


def body_field_required(d: Document) -> None:
    _send_body(d)["required"].append("send_at")


def response_type_changed(d: Document) -> None:
    _schemas(d)["Appointment"]["properties"]["duration"] = {"type": "string"}


def response_field_optional(d: Document) -> None:
    _schemas(d)["Appointment"]["required"].remove("start_time")


def response_field_nullable(d: Document) -> None:
    _schemas(d)["Appointment"]["properties"]["duration"]["type"] = ["number", "null"]


def request_type_narrowed(d: Document) -> None:
    _send_body(d)["properties"]["encrypted"] = {"type": "boolean", "default": False}


def parameter_removed(d: Document) -> None:
    _slots_params(d)[:] = [p for p in _slots_params(d) if p.get("name") != "practitioner_id"]


BREAKING: list[tuple[Callable[[Document], None], str]] = [
    (remove_operation, "operation getSlot (GET /v1/slots/{id}) removed"),
    (move_operation, "operation getSlot moved: GET /v1/slots/{id} -> GET /v1/slots/by_id/{id}"),
    (remove_field, "field Appointment.video_url removed"),
    (rename_field, "field Appointment.video_url removed"),
    (remove_enum_value, "field request body of sendMessage.message_type: enum value 'nhs_app' removed"),
    (parameter_required, "parameter location_id (query) of listSlots became required"),
    (body_field_required, "field request body of sendMessage.send_at became required"),
    (response_type_changed, "field Appointment.duration: type changed number -> string"),
    (response_field_optional, "field Appointment.start_time became optional (callers must handle UNSET)"),
    (response_field_nullable, "field Appointment.duration became nullable"),
    (request_type_narrowed, "field request body of sendMessage.encrypted: type narrowed boolean | string -> boolean"),
    (parameter_removed, "parameter practitioner_id (query) of listSlots removed"),
]


@pytest.mark.parametrize(("change", "expected"), BREAKING, ids=[c.__name__ for c, _ in BREAKING])
def test_each_kind_of_breaking_change_is_found(change: Callable[[Document], None], expected: str) -> None:
    old, new = copy.deepcopy(ORIGINAL), copy.deepcopy(ORIGINAL)
    if change is remove_model:
        change(old)
    else:
        change(new)
    found = spec_diff.changes(old, new)
    assert spec_diff.Finding(True, expected) in found, [f.line() for f in found]


def test_a_removed_model_is_breaking() -> None:
    old = copy.deepcopy(ORIGINAL)
    remove_model(old)
    assert spec_diff.Finding(True, "model Unused removed") in spec_diff.changes(old, ORIGINAL)


def test_additions_are_listed_and_do_not_break() -> None:
    new = copy.deepcopy(ORIGINAL)
    new["paths"]["/v1/widgets"] = {
        "get": {"operationId": "listWidgets", "tags": ["Booking"], "responses": {"200": {"description": "ok"}}}
    }
    _schemas(new)["Appointment"]["properties"]["room"] = {"type": "string"}
    _send_body(new)["properties"]["priority"] = {"type": "string"}
    _send_body(new)["properties"]["message_type"]["enum"].append("letter")
    found = spec_diff.changes(ORIGINAL, new)
    assert not [f.line() for f in found if f.breaking]
    texts = {f.text for f in found}
    assert "operation listWidgets (GET /v1/widgets)" in texts
    assert "field Appointment.room added" in texts
    assert "field request body of sendMessage.priority added" in texts
    assert "field request body of sendMessage.message_type: enum value 'letter'" in texts


def test_the_same_document_changes_nothing() -> None:
    assert spec_diff.changes(ORIGINAL, copy.deepcopy(ORIGINAL)) == []


def _run(spec: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "scripts/api_diff.py", str(spec), *options], cwd=ROOT, capture_output=True, text=True
    )


def test_the_committed_document_changes_nothing_and_exits_0() -> None:
    result = _run(SPEC)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[1:] == ["no changes"]


def test_breaking_changes_exit_1_with_the_python_api_view_and_a_changelog_draft(tmp_path: Path) -> None:
    new = copy.deepcopy(ORIGINAL)
    remove_operation(new)
    response_type_changed(new)
    new["paths"]["/v1/widgets"] = {
        "get": {"operationId": "listWidgets", "tags": ["Booking"], "responses": {"200": {"description": "ok"}}}
    }
    changed = tmp_path / "vendor.yaml"
    changed.write_text(yaml.safe_dump(new, sort_keys=False), encoding="utf-8")
    result = _run(changed, "--changelog")
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert "BREAKING  operation getSlot (GET /v1/slots/{id}) removed" in lines
    assert "BREAKING  field Appointment.duration: type changed number -> string" in lines
    assert any(line.startswith("BREAKING  python API:") and "get_slot" in line for line in lines), lines
    assert "added     operation listWidgets (GET /v1/widgets)" in lines
    assert "### Changed (breaking)" in lines and "### Added" in lines
    assert lines.index("### Added") < lines.index("### Changed (breaking)")


@pytest.mark.parametrize(
    ("version", "breaking", "added", "expected"),
    [
        ("0.10.0", True, True, "0.11.0"),
        ("0.10.0", False, True, "0.10.1"),
        ("1.4.2", True, False, "2.0.0"),
        ("1.4.2", False, True, "1.5.0"),
        ("1.4.2", False, False, "1.4.3"),
    ],
)
def test_the_version_bump_follows_semver(version: str, breaking: bool, added: bool, expected: str) -> None:
    assert api_diff.bumped(version, breaking, added) == expected
