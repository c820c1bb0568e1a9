"""The manual builds offline, nitpicky, with warnings as errors (every reference and link resolves), and
its inventory holds every public name, every client method (inherited ones included), every resource
method and every generated model, under ``herohealth_async`` paths."""

from __future__ import annotations

import inspect
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import herohealth_async
import herohealth_async.models as models
import herohealth_facade
from herohealth_async import HeroHealth
from herohealth_async.api import RESOURCE_NAMES

# A check of the project's own tools (run by the 3.11 suite only: they run on .venv's interpreter).
pytestmark = pytest.mark.tooling

ROOT = Path(__file__).resolve().parent.parent


def _inventory(built: Path) -> set[str]:
    from sphinx.util.inventory import InventoryFile

    with (built / "objects.inv").open("rb") as f:
        inventory = InventoryFile.load(f, "", lambda base, uri: uri)
    return (
        {name for entries in inventory.data.values() for name in entries}
        if hasattr(inventory, "data")
        else {name for entries in inventory.values() for name in entries}
    )


def test_the_reference_documents_every_public_name_and_resource_method(tmp_path: Path) -> None:
    build = subprocess.run(
        [sys.executable, "-m", "sphinx", "-E", "-n", "-W", "--keep-going", "-q", "-b", "html", "docs", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert build.returncode == 0, build.stderr
    documented = _inventory(tmp_path)
    short = {name.rsplit(".", 1)[-1] for name in documented}
    missing = [name for name in herohealth_facade.__all__ if name not in short and not name.startswith("__")]
    assert missing == []
    hero = HeroHealth(api_key="k", practice_group_id="1")
    for tag in RESOURCE_NAMES:
        resource = type(getattr(hero, tag))
        for name, _ in inspect.getmembers(resource, inspect.isfunction):
            if not name.startswith("_"):
                assert any(d.endswith(f".{name}") for d in documented), (tag, name)
    assert (tmp_path / "document.html").exists()
    client_methods = [n for n, _ in inspect.getmembers(HeroHealth, callable) if not n.startswith("_")]
    assert {"call", "call_raw", "for_practice_group", "with_options", "aclose"} <= set(client_methods)
    assert [n for n in client_methods if f"herohealth_async.HeroHealth.{n}" not in documented] == []
    assert [m for m in models.__all__ if f"herohealth_async.models.{m}" not in documented] == []
    assert len(models.__all__) > 100
    assert (tmp_path / "_static" / "copybutton.js").exists()
    # Each method is shown with its parameters (a generated docstring's first line is its name, not a signature).
    page = (tmp_path / "reference" / "resources.html").read_text(encoding="utf-8")
    for name in ("get_slot", "check_slot_availability"):
        shown = re.search(rf'id="herohealth_async\.api\.booking\.BookingResource\.{name}">(.*?)</dt>', page, re.S)
        assert shown is not None and "timeout" in re.sub("<[^>]+>", "", shown.group(1)), name


def test_the_readme_and_the_performance_guide_show_the_committed_bench_run() -> None:
    from bench import run  # the bench's own rendering (imports only what .venv holds)

    record = json.loads((ROOT / "bench" / "results.json").read_text(encoding="utf-8"))
    shown = "<!-- bench-peers -->\n" + run.peer_markdown(record["results"]["peers"]) + "\n<!-- /bench-peers -->"
    for page in run.SHOWN_IN:
        assert shown in page.read_text(encoding="utf-8"), page.name


def test_the_client_guide_lists_every_constructor_argument() -> None:
    guide = (ROOT / "docs" / "guides" / "client.md").read_text(encoding="utf-8")
    arguments = list(inspect.signature(HeroHealth.__init__).parameters)[1:]
    assert len(arguments) > 20
    assert [a for a in arguments if f"| `{a}=` |" not in guide] == []


def test_list_appointments_takes_no_paging_parameters_as_the_paging_guide_says() -> None:
    guide = (ROOT / "docs" / "guides" / "paging.md").read_text(encoding="utf-8")
    hero = HeroHealth(api_key="k", practice_group_id="1")
    parameters = set(inspect.signature(hero.booking.list_appointments).parameters)
    assert "`list_appointments` takes no parameters in the document" in guide
    assert parameters == {"timeout", "max_retries", "extra_headers", "extra_query", "extra_body"}


def test_the_install_instructions_name_the_wheel_of_this_version() -> None:
    wheel = f"dist/herohealth_async-{herohealth_async.__version__}-py3-none-any.whl"
    for page in ("README.md", "docs/index.md"):
        assert wheel in (ROOT / page).read_text(encoding="utf-8"), page
