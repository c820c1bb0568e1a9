"""Imports work in any order: every module, and every import line of the README, as the first
import of a fresh interpreter; the generated package never loads the facade by itself; the
package root serves exactly the facade's public names; resources load on first use."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

import herohealth_async
import herohealth_facade
from tests.helpers import readme_python_blocks

ROOT = Path(__file__).resolve().parent.parent


def _modules(package_dir: Path, package: str) -> list[str]:
    names = []
    for path in sorted(package_dir.rglob("*.py")):
        parts = path.relative_to(package_dir).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names.append(".".join((package, *parts)))
    return names


GENERATED = _modules(ROOT / "herohealth_async", "herohealth_async")
FACADE = _modules(ROOT / "custom" / "herohealth_facade", "herohealth_facade")


def _readme_imports() -> list[str]:
    lines = {line.strip() for block in readme_python_blocks() for line in block.splitlines()}
    return sorted(line for line in lines if re.match(r"(from \S+ )?import \S", line) and not line.endswith("("))


# One interpreter with the third-party libraries already imported (never this project's modules) forks a
# child per statement: each statement is still the first import of this project in its process, without
# paying for a fresh interpreter and httpx each time.
FORK_EACH = """
import os, sys, traceback
import anyio, attrs, httpx, sniffio  # third-party only: this project's modules stay unimported
assert not [m for m in sys.modules if m.startswith(("herohealth_async", "herohealth_facade"))]
failed = 0
for statement in sys.stdin.read().split("\\n"):
    pid = os.fork()
    if pid == 0:
        try:
            exec(statement, {})
        except BaseException:
            sys.stderr.write(statement + "\\n" + traceback.format_exc()[-800:] + "\\n")
            os._exit(1)
        os._exit(0)
    _, status = os.waitpid(pid, 0)
    failed += status != 0
print(failed)
"""


def _run_first(statement: str) -> tuple[str, int, str]:
    """``statement`` run alone in a fresh interpreter: (statement, exit status, the end of stderr)."""
    result = subprocess.run([sys.executable, "-c", statement], capture_output=True, text=True, cwd=ROOT)
    return statement, result.returncode, result.stderr[-800:]


def _run_each_first(statements: list[str]) -> tuple[int, str]:
    result = subprocess.run(
        [sys.executable, "-c", FORK_EACH], input="\n".join(statements), capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return int(result.stdout), result.stderr


CHECK_GENERATED_ALONE = """
import importlib, sys
for name in sys.argv[1:]:
    importlib.import_module(name)
loaded = sorted(m for m in sys.modules if m.startswith("herohealth_facade"))
assert loaded == [], loaded
print(len(sys.argv) - 1)
"""


def test_generated_modules_never_load_the_facade() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHECK_GENERATED_ALONE, *GENERATED], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) == len(GENERATED)


CHECK_LAZY = """
import sys
from herohealth_async import HeroHealth
hero = HeroHealth(api_key="k", practice_group_id="1")
before = {m for m in sys.modules if m.startswith("herohealth_async.api.") or m.startswith("herohealth_async.models.")}
hero.booking
after = {m for m in sys.modules if m.startswith("herohealth_async.api.")}
print(sorted(before))
print("herohealth_async.api.booking" in after, "herohealth_async.api.patients" in after)
"""


def test_resources_and_models_load_on_first_use() -> None:
    result = subprocess.run([sys.executable, "-c", CHECK_LAZY], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    before, after = result.stdout.splitlines()
    assert before == "[]"
    assert after == "True False"


def test_the_root_serves_exactly_the_facade_names() -> None:
    assert herohealth_async._FACADE_EXPORTS == set(herohealth_facade.__all__)
    assert set(herohealth_async.__all__) == set(herohealth_facade.__all__)
    for name in herohealth_facade.__all__:
        assert getattr(herohealth_async, name) is getattr(herohealth_facade, name)


@pytest.mark.parametrize("name", ["api", "models", "types", "errors", "client", "Client", "nothing_here"])
def test_anything_else_is_an_attribute_error_that_never_loads_the_facade(name: str) -> None:
    statement = (
        "import sys, herohealth_async\n"
        f"try:\n    herohealth_async.__getattr__({name!r})\nexcept AttributeError:\n    pass\n"
        "else:\n    raise SystemExit('served')\n"
        "assert 'herohealth_facade' not in sys.modules"
    )
    assert _run_first(statement)[1:] == (0, "")


def test_public_names_show_the_import_path_users_type() -> None:
    from herohealth_async import BookingError, HeroHealth, HeroHealthError

    assert HeroHealth.__module__ == HeroHealthError.__module__ == BookingError.__module__ == "herohealth_async"


def test_one_version_source() -> None:
    from herohealth_facade._version import __version__

    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'dynamic = ["version"]' in pyproject and "version =" not in pyproject.split("[project]")[1].split("[")[0]
    assert herohealth_async.__version__ == __version__
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)


def test_the_testing_module_serves_exactly_the_kits_names() -> None:
    import herohealth_async.testing
    import herohealth_facade.testing

    assert herohealth_async.testing._EXPORTS == set(herohealth_facade.testing.__all__)
    assert herohealth_async.testing.FakeHero is herohealth_facade.testing.FakeHero
