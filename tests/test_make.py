"""The Makefile's promises: `make demo` needs only the Python environment (no Node.js, no Debian packages),
`make quick` is lint, types and the 3.11 suite, and `make test` runs the four suites side by side (the 3.11 one in
two halves)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.tooling


def planned(target: str) -> str:
    """What `make -n target` would run, with every prerequisite treated as out of date."""
    return subprocess.run(["make", "-n", "-B", target], cwd=ROOT, capture_output=True, text=True, check=True).stdout


def pytest_arguments(target: str) -> list[str]:
    """The arguments `make target` gives pytest."""
    line = next(line for line in planned(target).splitlines() if " -m pytest" in line)
    return line.split(" -m pytest", 1)[1].split()


def test_demo_installs_only_the_python_environment() -> None:
    plan = planned("demo")
    assert "scripts/demo.py" in plan and "pip install" in plan
    assert "npm" not in plan and "apt-get" not in plan and "redis-server" not in plan


def test_quick_is_lint_types_and_the_311_suite() -> None:
    plan = planned("quick")
    assert "ruff check" in plan and "mypy" in plan and "-m pytest -q" in plan
    assert "nox" not in plan and "release_check" not in plan


def test_test_runs_the_four_suites_side_by_side_then_the_release_check() -> None:
    plan = planned("test")
    # The 3.11 suite in two halves that, together, leave out no test module.
    assert "-j5 --output-sync=target suite-processes suite-rest test-aiohttp matrix-3.12 matrix-3.13" in plan
    processes, rest = pytest_arguments("suite-processes"), pytest_arguments("suite-rest")
    assert processes and all((ROOT / path).exists() for path in processes)
    assert [f"--ignore={path}" for path in processes] == rest
    assert plan.index("matrix-3.13") < plan.index("dist")
