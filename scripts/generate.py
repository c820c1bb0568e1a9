"""The project's generator run, for scripts and tests that generate outside `make generate`.

Same pinned openapi-python-client, config, templates and flags as the Makefile's GENERATE, with the
project's tools first on PATH (the post hooks run its ruff).

    python scripts/generate.py finish SPEC PACKAGE [--readme]

is what `make generate` runs after the generator: copies `templates/extra/` into PACKAGE, writes the
document into it as `openapi.json` (the test kit answers from it), and with ``--readme`` rewrites the
README's sections generated from the document.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def generate(spec: Path, into: Path, *, with_extras: bool = True) -> Path:
    """Generate ``herohealth_async`` from ``spec`` into the folder ``into`` (emptied first); return ``into``.

    ``with_extras`` also copies ``templates/extra/`` into the package, as ``make generate`` does.
    """
    shutil.rmtree(into, ignore_errors=True)
    into.mkdir(parents=True)
    package = into / "herohealth_async"
    subprocess.run(
        [
            str(BIN / "openapi-python-client"),
            "generate",
            "--path",
            str(spec),
            "--config",
            str(ROOT / "generator-config.yaml"),
            "--custom-template-path",
            str(ROOT / "templates"),
            "--meta",
            "none",
            "--overwrite",
            "--fail-on-warning",
            "--output-path",
            str(package),
        ],
        check=True,
        capture_output=True,
        env={**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"},
    )
    if with_extras:
        finish(spec, package)
    return into


def finish(spec: Path, package: Path) -> dict[str, Any]:
    """What follows the generator: the hand-written extras and the document itself, in ``package``.
    Returns the document, read once for every later step."""
    import yaml  # noqa: PLC0415 (a development dependency, only needed here)

    for extra in (ROOT / "templates" / "extra").glob("*.py"):
        shutil.copy(extra, package / extra.name)
    with spec.open(encoding="utf-8") as f:
        document = yaml.safe_load(f)
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"), default=str)
    (package / "openapi.json").write_text(text + "\n", encoding="utf-8")
    return document


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("step", choices=["finish"])
    parser.add_argument("spec", type=Path)
    parser.add_argument("package", type=Path)
    parser.add_argument("--readme", action="store_true", help="rewrite the README's generated sections")
    args = parser.parse_args()
    document = finish(args.spec, args.package)
    if args.readme:
        import readme_sections  # noqa: PLC0415 (a sibling script)

        readme_sections.rewrite(document)


if __name__ == "__main__":
    main()
