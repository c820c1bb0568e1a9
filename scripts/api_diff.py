"""`make api-diff`: what regenerating from another OpenAPI document would change for callers.

    python scripts/api_diff.py [path/to/new-openapi.yaml] [--changelog]
    (default: openapi/herohealth-public-api.yaml; exits 1 when anything breaks callers)

Two views, merged: the documents themselves (scripts/spec_diff.py: operations, parameters, fields,
types, required/optional/nullable, enum values, models) and the generated Python API (the package
generated from the new document into a scratch folder, with the project's generator, config and
templates, compared with the committed `herohealth_async/` by griffe: removed or renamed modules,
classes, methods and attributes, removed or changed parameters). Prints one line per finding, breaking
first, then additions; `--changelog` also prints a CHANGELOG entry drafted from them and the version
bump they call for.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
from pathlib import Path

import griffe
import yaml
from generate import generate
from spec_diff import Finding, changes

from herohealth_facade._version import __version__

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "herohealth-public-api.yaml"
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


def findings(spec: Path) -> list[Finding]:
    """Everything regenerating from ``spec`` would change for callers of the committed package."""
    with SPEC.open(encoding="utf-8") as f:
        old = yaml.safe_load(f)
    with spec.open(encoding="utf-8") as f:
        new = yaml.safe_load(f)
    scratch = Path(tempfile.mkdtemp(prefix="herohealth-api-diff-"))
    try:
        generate(spec, scratch)
        python_api = [Finding(True, f"python API: {line}") for line in breaking_changes(ROOT, scratch)]
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return changes(old, new) + python_api


def changelog(found: list[Finding], version: str) -> str:
    """A CHANGELOG entry drafted from ``found``, under the version the findings call for."""
    breaking = [f.text for f in found if f.breaking]
    added = [f.text for f in found if not f.breaking]
    lines = [f"## [{bumped(version, bool(breaking), bool(added))}] - (date)", ""]
    if added:
        lines += ["### Added", *(f"- {text}" for text in added), ""]
    if breaking:
        lines += ["### Changed (breaking)", *(f"- {text}" for text in breaking), ""]
    return "\n".join(lines)


def bumped(version: str, breaking: bool, added: bool) -> str:
    """Semver: breaking -> major (minor while below 1.0), additions -> minor (patch below 1.0), else patch."""
    major, minor, patch = (int(part) for part in version.split(".")[:3])
    if major == 0:
        return f"0.{minor + 1}.0" if breaking else f"0.{minor}.{patch + 1}"
    if breaking:
        return f"{major + 1}.0.0"
    return f"{major}.{minor + 1}.0" if added else f"{major}.{minor}.{patch + 1}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("spec", type=Path, nargs="?", default=SPEC)
    parser.add_argument("--changelog", action="store_true", help="also print a drafted CHANGELOG entry")
    args = parser.parse_args()
    found = findings(args.spec.resolve())
    breaking = sum(f.breaking for f in found)
    print(f"API diff: committed herohealth_async/ vs a package generated from {args.spec.name}")
    for finding in found:
        print(finding.line())
    print(f"{breaking} breaking, {len(found) - breaking} added" if found else "no changes")
    if args.changelog:
        print("\n" + changelog(found, __version__))
    sys.exit(1 if breaking else 0)


if __name__ == "__main__":
    main()
