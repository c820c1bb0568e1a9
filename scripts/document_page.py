"""Writes docs/document.md: what the vendored OpenAPI document is sure of, and what it assumes, from its markers."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml
from spec_report import METHODS, placement, report


def write_document_page(spec: Path, out: Path) -> None:
    with spec.open(encoding="utf-8") as f:
        document: dict[str, Any] = yaml.safe_load(f)
    lines = [
        "# What the OpenAPI document assumes",
        "",
        "Written from the markers of `openapi/herohealth-public-api.yaml` at each build of these pages.",
        "",
        "## How much is certain, per tag",
        "",
        report(document),
        "",
        "## Operations placed by inference or decision",
        "",
        "| operation | method and path | placement | why |",
        "| --- | --- | --- | --- |",
    ]
    for path, item in document["paths"].items():
        for method in METHODS:
            operation = item.get(method)
            if operation is None or placement(operation) == "confirmed":
                continue
            why = operation.get("x-assumed") or operation.get("x-uncertain") or "path inferred from page names"
            lines.append(
                f"| `{operation['operationId']}` | `{method.upper()} {path}` | {placement(operation)} | {_cell(why)} |"
            )
    lines += [
        "",
        "## Known but not callable (unplaced)",
        "",
        "| operation | tag | what is missing |",
        "| --- | --- | --- |",
    ]
    for entry in document.get("x-unplaced-operations", []):
        name = entry.get("operationId") or entry.get("summary") or entry.get("path") or "(unnamed)"
        tag = (entry.get("tags") or [entry.get("tag", "")])[0]
        lines.append(f"| {name} | {tag} | {_cell(entry.get('x-uncertain', ''))} |")
    text = "\n".join(lines) + "\n"
    if not out.exists() or out.read_text(encoding="utf-8") != text:
        # Written aside, then renamed: builds running side by side never read half a page.
        aside = out.with_name(f".{out.name}.{os.getpid()}")
        aside.write_text(text, encoding="utf-8")
        os.replace(aside, out)


def _cell(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")
