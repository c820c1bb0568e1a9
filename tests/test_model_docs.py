"""Every generated model documents its fields in its docstring: type, required or optional (and the
value when absent), nullable, and the document's description, so an editor shows a regenerated change."""

from __future__ import annotations

import inspect

import attrs

import herohealth_async.models as models
from herohealth_async.models import Appointment, SendMessageBody


def _field_lines(doc: str) -> list[str]:
    """The entries of the docstring's ``Fields:`` section (continuation lines are indented further)."""
    # cleandoc: Python 3.13 strips docstrings' indentation at compile time, earlier versions do not.
    text = "\n" + inspect.cleandoc(doc)
    section = text.split("\nFields:\n", 1)[1] if "\nFields:\n" in text else ""
    # A bullet per field; its continuation lines are indented under the bullet.
    return [line[2:] for line in section.splitlines() if line.startswith("- ")]


def test_every_model_lists_every_field() -> None:
    classes = [m for _, m in inspect.getmembers(models, inspect.isclass) if attrs.has(m)]
    assert len(classes) > 50
    for model in classes:
        fields = [f.name for f in attrs.fields(model) if f.init]
        lines = _field_lines(model.__doc__ or "")
        assert len(lines) == len(fields), model.__name__
        for name, line in zip(fields, lines, strict=True):
            # The wire name leads; a Python name that differs from it is named too.
            assert line.startswith(f"{name} (") or f"Attribute ``{name}``" in line, (model.__name__, line)
            assert ": required" in line or ": optional" in line


def test_a_field_line_says_type_presence_nullability_default_and_description() -> None:
    body = SendMessageBody.__doc__ or ""
    assert "patient_id (str): required. ID of the Hero patient the message concerns." in body
    assert "recipient_contact_detail (str): optional, UNSET when absent. Phone number" in body
    assert "write_to_record (bool): optional, False when absent. Whether to file the message" in body
    appointment = " ".join((Appointment.__doc__ or "").split())
    assert "reserved_until (datetime.datetime | None): optional, UNSET when absent, nullable (None)." in appointment
