"""`make api-diff`: what regenerating from an OpenAPI document would break for callers.

    python scripts/api_diff.py [path/to/new-openapi.yaml]   (default: openapi/herohealth-public-api.yaml)

Generates the package from the document into a scratch folder (with the project's generator, config
and templates), then compares its public API with the committed `herohealth_async/` using griffe:
removed or renamed modules, classes, functions and attributes, removed or changed parameters, changed
types. Prints one line per breaking change (or "no breaking changes"); exits 0 either way.
"""

from __future__ import annotations

import re
import shutil
import sys
import tempfile
from pathlib import Path

import griffe
from generate import generate

ROOT = Path(__file__).resolve().parent.parent
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def breaking_changes(old_root: Path, new_root: Path) -> list[str]:
    """One line per change in ``new_root``'s herohealth_async that breaks code written for ``old_root``'s."""
    # Loaded by path, statically: the installed package must not stand in for either side.
    old = griffe.load(old_root / "herohealth_async", allow_inspection=False)
    new = griffe.load(
        new_root / "herohealth_async", allow_inspection=False, modules_collection=griffe.ModulesCollection()
    )
    lines = {
        _ANSI.sub("", b.explain(style=griffe.ExplanationStyle.ONE_LINE)) for b in griffe.find_breaking_changes(old, new)
    }
    return sorted(lines)


def main() -> None:
    spec = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else ROOT / "openapi" / "herohealth-public-api.yaml"
    scratch = Path(tempfile.mkdtemp(prefix="herohealth-api-diff-"))
    try:
        generate(spec, scratch)
        changes = breaking_changes(ROOT, scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"API diff: committed herohealth_async/ vs a package generated from {spec.name}")
    print("\n".join(changes) if changes else "no breaking changes")


if __name__ == "__main__":
    main()
