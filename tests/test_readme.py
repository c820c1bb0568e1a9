"""Every example of the README and the manual runs as pasted: a block is a complete program (run against
the in-memory fake, served over HTTP, with the credentials in the environment), a pair of pytest files
(run with pytest), or starts with ``# Fragment:`` (compiled, and its imports run)."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from herohealth_async.testing import FakeHero
from tests.helpers import doc_pages, python_blocks
from tests.servers import fake_process, fake_server, free_port, stop_process, wait_until_answers

ROOT = Path(__file__).resolve().parent.parent
BLOCKS = [(page, index, block) for page in doc_pages() for index, block in enumerate(python_blocks(page))]
PROGRAMS = [b for b in BLOCKS if "anyio.run(" in b[2] or "asyncio.run(" in b[2]]
# The staging guide's receiver program runs against a served fake and the example receiver, each in its process.
WITH_RECEIVER = [b for b in PROGRAMS if "RECEIVER_URL" in b[2]]
FRAGMENTS = [b for b in BLOCKS if b[2].startswith("# Fragment:")]
PYTEST_FILES = [b for b in BLOCKS if b[2].startswith(("# conftest.py", "# test_"))]


def _id(block: tuple[Path, int, str]) -> str:
    return f"{block[0].relative_to(ROOT)}#{block[1]}"


def test_every_block_is_a_program_a_test_file_or_a_marked_fragment() -> None:
    kinds = {_id(b) for b in PROGRAMS} | {_id(b) for b in FRAGMENTS} | {_id(b) for b in PYTEST_FILES}
    assert [_id(b) for b in BLOCKS if _id(b) not in kinds] == []
    assert len(PROGRAMS) >= 3 and len(PYTEST_FILES) == 2


def test_the_readme_quick_start_is_the_manuals() -> None:
    """The first page includes the README's quick start (one source), and the README links every guide."""
    index = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    assert ":start-after: <!-- quick-start -->" in index
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    guides = sorted(p.name for p in (ROOT / "docs" / "guides").glob("*.md"))
    assert [g for g in guides if f"docs/guides/{g}" not in readme] == []
    linked = re.findall(r"\]\(((?:docs/)[^)#]+)", readme)
    assert linked and [path for path in linked if not (ROOT / path).exists()] == []


@pytest.fixture(scope="module")
def served_fake() -> Iterator[str]:
    with fake_server(FakeHero()) as url:
        yield url


@pytest.mark.parametrize("block", [b for b in PROGRAMS if b not in WITH_RECEIVER], ids=_id)
def test_every_program_runs_as_pasted_against_the_fake(block: tuple[Path, int, str], served_fake: str) -> None:
    env = {
        **os.environ,
        "HEROHEALTH_API_KEY": "docs-key",
        "HEROHEALTH_PRACTICE_GROUP_ID": "1",
        "HEROHEALTH_BASE_URL": served_fake,
    }
    result = subprocess.run(
        [sys.executable, "-c", block[2]], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip()


@pytest.mark.parametrize("block", FRAGMENTS, ids=_id)
def test_every_fragment_compiles_and_its_imports_work(block: tuple[Path, int, str]) -> None:
    compile(block[2], _id(block), "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    imports = "\n".join(line for line in block[2].splitlines() if re.match(r"(from \S+ )?import \S", line))
    exec(compile(imports, _id(block), "exec"), {})


def test_the_testing_guides_files_run_with_pytest(pytester: pytest.Pytester) -> None:
    conftest, tests = (b[2] for b in sorted(PYTEST_FILES, key=lambda b: not b[2].startswith("# conftest.py")))
    pytester.makeconftest(conftest)
    pytester.makepyfile(test_booking_service=tests)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=6)  # three tests, each on asyncio and on trio (anyio runs both when trio is here)


def test_the_staging_guides_program_runs_against_the_fake_and_the_example_receiver(tmp_path: Path) -> None:
    """Three processes, as a user runs them: the served fake, uvicorn with the example receiver, the program."""
    (block,) = WITH_RECEIVER
    port = free_port()
    with fake_process() as fake_url:
        env = {
            **os.environ,
            "HEROHEALTH_API_KEY": "staging",
            "HEROHEALTH_PRACTICE_GROUP_ID": "1",
            "HEROHEALTH_BASE_URL": fake_url,
            "HEROHEALTH_WEBHOOK_SIGNING_KEY": "whsec_staging",
            "RECEIVER_DB": str(tmp_path / "webhooks.db"),
            "RECEIVER_URL": f"http://127.0.0.1:{port}/hero/webhooks",
        }
        command = [sys.executable, "-m", "uvicorn", "examples.webhook_receiver:app", "--port", str(port)]
        receiver = subprocess.Popen([*command, "--log-level", "warning"], env=env, cwd=ROOT)
        try:
            wait_until_answers(f"http://127.0.0.1:{port}/")
            result = subprocess.run(
                [sys.executable, "-c", block[2]], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120
            )
        finally:
            stop_process(receiver)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.splitlines() == [
        "stored: [('appointment.confirmed', 1)]",
        "second delivery, attempts: [503, 204]",
        "stored: [('appointment.confirmed', 2), ('appointment.confirmed', 1)]",
    ]
