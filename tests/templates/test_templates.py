"""The templates' golden record: a small fixture document that exercises every template feature is
generated and compared with the committed copy in ``golden/``, type-checked with ``mypy --strict``
and imported to check what the templates promise.

After an intended template change, refresh the copy with ``make golden`` and review its diff.
"""

from __future__ import annotations

import filecmp
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
FIXTURE = HERE / "fixture.openapi.yaml"
GOLDEN = HERE / "golden"
BIN = Path(sys.executable).parent
sys.path.insert(0, str(ROOT / "scripts"))

from generate import generate  # noqa: E402

# A check of the project's own tools (run by the 3.11 suite only: they run on .venv's interpreter).
pytestmark = pytest.mark.tooling


@pytest.fixture(scope="module")
def generated() -> Iterator[Path]:
    # Inside the project (so ruff reads its settings), one folder per process: suites run side by side.
    scratch = ROOT / f".template-check-{os.getpid()}"
    yield generate(FIXTURE, scratch, with_extras=False)
    shutil.rmtree(scratch, ignore_errors=True)


def _differences(left: Path, right: Path) -> list[str]:
    comparison = filecmp.dircmp(left, right, ignore=["__pycache__"])
    found = [f"only in {left.name}: {n}" for n in comparison.left_only]
    found += [f"only in golden: {n}" for n in comparison.right_only]
    found += [f"differs: {left / n}" for n in comparison.diff_files]
    for sub in comparison.common_dirs:
        found += _differences(left / sub, right / sub)
    return found


def test_output_matches_the_golden_copy(generated: Path) -> None:
    assert _differences(generated / "herohealth_async", GOLDEN / "herohealth_async") == []


def test_output_passes_mypy_strict(generated: Path) -> None:
    result = subprocess.run(
        [str(BIN / "mypy"), "--strict", "--no-incremental", "--config-file", os.devnull, "herohealth_async"],
        cwd=generated,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


BEHAVIOUR = r"""
import datetime, json, sys
sys.modules.pop("herohealth_async", None)
import herohealth_async
assert herohealth_async.__file__.startswith(sys.argv[1]), herohealth_async.__file__
from herohealth_async.api import RESOURCE_NAMES, Resources
from herohealth_async.api.widgets import create_widget, get_widget, list_widgets
from herohealth_async.models import CopiedWidget, Key, KeyRequest, NewWidget, Receipt, Widget, WidgetList
from herohealth_async.types import NoneType, ResponseFieldError, Unset

assert RESOURCE_NAMES == ("widgets", "accounts")
import functools
assert all(isinstance(Resources.__dict__[name], functools.cached_property) for name in RESOURCE_NAMES)
assert "herohealth_facade" not in sys.modules

# Path quoting: an ID stays inside its segment; the template, not the ID, is the operation's path.
op = get_widget.operation("a/b")
assert op.build()["url"] == "/v1/widgets/a%2Fb" and op.path == "/v1/widgets/{id}"
assert op.path_params == {"id": "a/b"}

# List query parameters and a union of a string and a list; the declared rules.
op = list_widgets.operation(owner_id=["1", "2"], tags=["x"], since=datetime.date(2026, 1, 2), page_size=5)
assert op.build()["params"] == {"owner_id": ["1", "2"], "tags": ["x"], "since": "2026-01-02", "page_size": 5}
rules = {p.name: p for p in op.params}
assert rules["owner_id"].types == (str, list) and rules["tags"].item_types == (str,)
assert rules["since"].types == (datetime.date,) and not rules["page_size"].required

# A body union: each member is accepted and serialised.
op = create_widget.operation(body=CopiedWidget(source_id="9"))
assert op.build()["json"] == {"source_id": "9"} and op.params[0].types == (NewWidget, CopiedWidget)
assert NewWidget._field_patterns == {"owner_id": r"^\d+$"} and NewWidget._field_min_lengths == {"owner_id": 1}
assert NewWidget._field_not_null == frozenset({"colour", "made_at"})

# A 2xx union: each status parses into its own model.
class R:
    def __init__(self, status, body): self.status_code, self._body = status, body
    content = property(lambda self: json.dumps(self._body).encode())
    def json(self): return self._body
assert isinstance(op.parse(R(201, {"receipt_id": "r", "extra": 3})), Receipt)
assert isinstance(op.parse(R(200, {"id": "1", "colour": "red", "made_at": None})), Widget)
assert Receipt.from_dict({"extra": 3})["extra"] == 3  # additional properties kept

# A literal enum meeting an unknown value keeps it; a pattern is not enforced on responses.
w = Widget.from_dict({"id": "not-digits", "colour": "ultraviolet", "made_at": None, "owner": {"name": "A"}})
assert w.colour == "ultraviolet" and w.id == "not-digits" and isinstance(w.weight, Unset)

# Wrong JSON types name the field (with its path), never the value.
for body, field in [
    ({"id": 1, "colour": "red", "made_at": None}, "id"),
    ({"id": "1", "colour": "red", "made_at": "soon"}, "made_at"),
    ({"id": "1", "colour": "red", "made_at": None, "tags": ["a", 2]}, "tags"),
    ({"id": "1", "colour": "red", "made_at": None, "owner": {"name": 5}}, "owner.name"),
    ({"id": "1", "colour": "red"}, "made_at"),
]:
    try:
        Widget.from_dict(body)
    except ResponseFieldError as exc:
        assert exc.field == field, (exc.field, field)
        assert "soon" not in str(exc)
    else:
        raise AssertionError(body)
try:
    WidgetList.from_dict({"data": [{"id": "1", "colour": "red", "made_at": 7}], "count": 1})
except ResponseFieldError as exc:
    assert exc.field == "data.made_at", exc.field

# Secret fields stay out of repr.
assert "s3cret" not in repr(KeyRequest(signing_key="s3cret")) and "t0ken" not in repr(Key(token="t0ken"))

# The package root serves only the facade's names (none here) and never shadows a submodule.
try:
    herohealth_async.api_that_does_not_exist
except AttributeError:
    pass
else:
    raise AssertionError("closed map")
print("ok")
"""


def test_output_behaves_as_the_templates_promise(generated: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", BEHAVIOUR, str(generated)],
        cwd=generated,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(generated)},
    )
    assert result.stdout.strip() == "ok", result.stdout + result.stderr
