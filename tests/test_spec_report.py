"""`make spec-report` counts operations by their markers, and the README shows its current output."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import readme_sections  # noqa: E402
import spec_report  # noqa: E402

# A check of the project's own tools (run by the 3.11 suite only: they run on .venv's interpreter).
pytestmark = pytest.mark.tooling


def test_the_readme_table_is_the_reports_current_output() -> None:
    output = subprocess.run(
        [sys.executable, "scripts/spec_report.py"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = re.search(r"<!-- spec-report -->\n(.*?)\n<!-- /spec-report -->", readme, re.DOTALL)
    assert shown is not None and shown.group(1) == output


def test_the_readme_sections_are_what_make_generate_writes() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    with (ROOT / "openapi" / "herohealth-public-api.yaml").open(encoding="utf-8") as f:
        document = yaml.safe_load(f)
    assert readme_sections.rewritten(readme, document) == readme
    # One more operation in the document, one more in the README once regenerated.
    counted = readme_sections.operation_counts(document)
    document["paths"]["/v1/widgets"] = {"get": {"operationId": "listWidgets", "tags": ["Booking"], "responses": {}}}
    more = readme_sections.operation_counts(document)
    assert int(more.split()[0]) == int(counted.split()[0]) + 1
    assert more in readme_sections.rewritten(readme, document)


def _document(**operation: Any) -> dict[str, Any]:
    return {
        "tags": [{"name": "T"}],
        "paths": {"/a": {"get": {"tags": ["T"], **operation}}},
        "x-unplaced-operations": [{"tags": ["T"]}, {"tag": "U"}],
    }


@pytest.mark.parametrize(
    ("markers", "column"),
    [
        ({}, "confirmed"),
        ({"x-path-inferred": True}, "inferred"),
        ({"x-placement": "inferred"}, "inferred"),
        ({"x-placement": "assumed", "x-path-inferred": True}, "assumed"),
    ],
)
def test_each_operation_lands_in_one_column(markers: dict[str, Any], column: str) -> None:
    table = spec_report.counts(_document(**markers))
    assert dict(table["T"]) == {column: 1, "unplaced": 1}
    assert dict(table["U"]) == {"unplaced": 1}


def test_an_unknown_placement_is_refused() -> None:
    with pytest.raises(ValueError, match="x-placement"):
        spec_report.counts(_document(**{"x-placement": "guessed"}))


def test_the_new_operations_of_2026_11_25_are_callable() -> None:
    from herohealth_async import HeroHealth

    hero = HeroHealth(api_key="k", practice_group_id="1")
    for resource, method in [
        ("admin", "list_admins"),
        ("admin", "update_admin"),
        ("subscriptions", "list_subscriptions"),
        ("invoicing", "link_invoice"),
    ]:
        assert callable(getattr(getattr(hero, resource), method))
    assert not hasattr(hero.invoicing, "create_membership_policy")  # unplaced: not callable
