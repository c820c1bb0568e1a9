"""`make api-diff` lists what a regeneration from another document would break for callers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "herohealth-public-api.yaml"


def _diff(spec: Path) -> list[str]:
    result = subprocess.run(
        [sys.executable, "scripts/api_diff.py", str(spec)], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return result.stdout.strip().splitlines()[1:]


def test_the_committed_document_breaks_nothing() -> None:
    assert _diff(SPEC) == ["no breaking changes"]


def test_a_removed_operation_and_a_renamed_parameter_are_reported(tmp_path: Path) -> None:
    text = SPEC.read_text(encoding="utf-8")
    start = text.index("  /v1/slots/{id}:\n")
    end = text.index("\n  /", start + 5)
    text = text[:start] + text[end + 1 :]
    text = text.replace("      - name: search\n", "      - name: query_text\n", 1)
    changed = tmp_path / "vendor.yaml"
    changed.write_text(text, encoding="utf-8")
    lines = _diff(changed)
    assert any("BookingResource.get_slot" in line and "removed" in line for line in lines), lines
    assert any("get_slot.py" in line for line in lines)
    assert any("search" in line for line in lines), lines
