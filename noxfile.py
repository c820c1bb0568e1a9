"""The test suite on Python 3.12 and 3.13 (3.11 runs in the project's own .venv): `make test` runs both.

Each session makes its own virtualenv from that interpreter, installs the package (editable) with the
`test` dependency group, and runs the whole pytest suite. A missing interpreter fails the run.
"""

from __future__ import annotations

import glob
import os
import shutil

import nox

nox.options.error_on_missing_interpreters = True
nox.options.reuse_venv = "yes"
nox.options.default_venv_backend = "venv"

VERSIONS = ("3.12", "3.13")


def interpreter(version: str) -> str:
    """The interpreter for ``version``: pyenv's own build first (its shims may be inactive), then PATH."""
    roots = [os.environ.get("PYENV_ROOT", ""), os.path.expanduser("~/.pyenv"), "/root/.pyenv"]
    for root in filter(None, roots):
        for candidate in sorted(glob.glob(os.path.join(root, "versions", f"{version}.*", "bin", f"python{version}"))):
            return candidate
    return shutil.which(f"python{version}") or f"python{version}"


def _tests(session: nox.Session) -> None:
    session.install("--quiet", "--upgrade", "pip")
    # docs and release: the suite builds the reference and runs the API diff too.
    session.install(
        "--quiet",
        "-e",
        ".[redis,otel,examples,aiohttp,truststore,testing]",
        "--group",
        "test",
        "--group",
        "docs",
        "--group",
        "release",
    )
    # The project's own tools run on .venv's 3.11 (make docs, make generate...): their checks run there only, and
    # so do the Redis topology tests (see tests/test_redis_topologies.py).
    session.run(
        "python",
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "-m",
        "not tooling and not topologies",
        *session.posargs,
    )


for _version in VERSIONS:
    nox.session(name=f"tests-{_version}", python=interpreter(_version))(_tests)
