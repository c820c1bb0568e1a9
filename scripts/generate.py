"""The project's generator run, for scripts and tests that generate outside `make generate`.

Same pinned openapi-python-client, config, templates and flags as the Makefile's GENERATE, with the
project's tools first on PATH (the post hooks run its ruff).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

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
        for extra in (ROOT / "templates" / "extra").glob("*.py"):
            shutil.copy(extra, package / extra.name)
    return into
