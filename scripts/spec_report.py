"""`make spec-report`: how much of the vendored OpenAPI document is certain, per tag, from its markers.

An operation in `paths` is *confirmed* when the vendor printed its method and path, *inferred* when it
carries `x-placement: inferred` or `x-path-inferred: true`, *assumed* with `x-placement: assumed` (a
decision of this project). *Unplaced* operations are known to exist but sit in `x-unplaced-operations`
because their method or path was never seen. Prints a Markdown table (the README shows it).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

SPEC = Path(__file__).resolve().parent.parent / "openapi" / "herohealth-public-api.yaml"
METHODS = ("get", "put", "post", "delete", "patch")
COLUMNS = ("confirmed", "inferred", "assumed", "unplaced")


def placement(operation: dict[str, Any]) -> str:
    """``confirmed``, ``inferred`` or ``assumed``, from the operation's markers."""
    marked = operation.get("x-placement")
    if marked is not None:
        if marked not in ("inferred", "assumed"):
            raise ValueError(f"{operation.get('operationId')}: x-placement must be inferred or assumed, not {marked!r}")
        return str(marked)
    return "inferred" if operation.get("x-path-inferred") else "confirmed"


def counts(document: dict[str, Any]) -> dict[str, Counter[str]]:
    """Per tag (in the document's order), how many operations fall in each column."""
    table: dict[str, Counter[str]] = {tag["name"]: Counter() for tag in document.get("tags", [])}
    for item in document["paths"].values():
        for method in METHODS:
            if method in item:
                operation = item[method]
                table.setdefault(operation["tags"][0], Counter())[placement(operation)] += 1
    for entry in document.get("x-unplaced-operations", []):
        tag = (entry.get("tags") or [entry.get("tag", "(no tag)")])[0]
        table.setdefault(tag, Counter())["unplaced"] += 1
    return table


def report(document: dict[str, Any]) -> str:
    table = counts(document)
    lines = ["| tag | " + " | ".join(COLUMNS) + " | total |", "| --- |" + " ---: |" * (len(COLUMNS) + 1)]
    totals: Counter[str] = Counter()
    for tag, row in table.items():
        totals.update(row)
        cells = [str(row[column]) for column in COLUMNS]
        lines.append(f"| {tag} | " + " | ".join(cells) + f" | {sum(row.values())} |")
    cells = [f"**{totals[column]}**" for column in COLUMNS]
    lines.append("| **all** | " + " | ".join(cells) + f" | **{sum(totals.values())}** |")
    return "\n".join(lines)


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else SPEC
    with path.open(encoding="utf-8") as f:
        print(report(yaml.safe_load(f)))


if __name__ == "__main__":
    main()
