"""The README's complete programs run as written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import readme_python_blocks

ROOT = Path(__file__).resolve().parent.parent


def _program(marker: str) -> str:
    (program,) = [b for b in readme_python_blocks() if marker in b]
    return program


def test_the_explicit_call_program_runs_as_written(prism_url: str) -> None:
    env = {
        **os.environ,
        "HEROHEALTH_API_KEY": "readme-key",
        "HEROHEALTH_PRACTICE_GROUP_ID": "42",
        "HEROHEALTH_BASE_URL": prism_url,
    }
    result = subprocess.run(
        [sys.executable, "-c", _program("hero.call_raw(get_appointment.operation(")],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    status, _start_time, _request_id = result.stdout.split(" ", 2)
    assert status == "200"


def test_the_testing_your_app_module_runs_as_written(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(_program("# conftest.py"))
    pytester.makepyfile(test_booking_service=_program("# test_booking_service.py"))
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=6)  # three tests, each on asyncio and on trio (anyio runs both when trio is here)
