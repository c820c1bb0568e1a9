"""The README's sections that the document determines, rewritten from it (`make generate` runs this).

Each sits between ``<!-- name -->`` and ``<!-- /name -->``: ``spec-report`` (the per-tag table of
scripts/spec_report.py) and ``operation-counts`` (how many operations, tags and unplaced operations).
A test compares the committed README with what this would write, so a regenerated document never
leaves a stale number behind.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import spec_report  # noqa: E402
from sections import replaced  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"


def operation_counts(document: dict[str, Any]) -> str:
    """The sentence of counts, from the same per-tag table as the spec report."""
    table = spec_report.counts(document).values()
    callable_per_tag = [sum(row.values()) - row["unplaced"] for row in table]
    unplaced = sum(row["unplaced"] for row in table)
    tags = sum(count > 0 for count in callable_per_tag)
    return f"{sum(callable_per_tag)} callable operations across {tags} tags, and {unplaced} more"


def sections(document: dict[str, Any]) -> dict[str, str]:
    return {"spec-report": "\n" + spec_report.report(document) + "\n", "operation-counts": operation_counts(document)}


def rewritten(text: str, document: dict[str, Any]) -> str:
    """``text`` with every generated section replaced by what ``document`` gives."""
    return replaced(text, sections(document), "README.md")


def rewrite(document: dict[str, Any], readme: Path = README) -> None:
    readme.write_text(rewritten(readme.read_text(encoding="utf-8"), document), encoding="utf-8")
