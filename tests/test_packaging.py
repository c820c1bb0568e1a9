"""The wheel holds both import packages, typed, and the root re-exports the facade from it alone."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import herohealth_async
import herohealth_facade

ROOT = Path(__file__).resolve().parent.parent


def test_root_reexports_every_facade_name() -> None:
    assert set(herohealth_facade.__all__) <= set(dir(herohealth_async))
    assert herohealth_async.HeroHealth is herohealth_facade.HeroHealth


def test_the_wheel_works_on_its_own(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("herohealth_async-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"herohealth_async/py.typed", "herohealth_facade/py.typed", "herohealth_facade/_client.py"} <= names
    assert not any(name.startswith(("custom/", "tests/")) for name in names)
    code = (
        "import herohealth_async, herohealth_facade\n"
        "from herohealth_async import HeroHealth, BookingError\n"
        "print(herohealth_async.__file__)\nprint(herohealth_facade.__file__)\n"
    )
    # The wheel first on the path, run from elsewhere: nothing may come from the source tree.
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env={"PYTHONPATH": str(wheel)},
        capture_output=True,
        text=True,
        check=True,
    )
    assert all(line.startswith(str(wheel)) for line in result.stdout.splitlines()), result.stdout
