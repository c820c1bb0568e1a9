"""The API reference builds offline with warnings as errors, and documents every public name of the
facade and every resource method."""

from __future__ import annotations

import inspect
import subprocess
import sys
from pathlib import Path

import herohealth_facade
from herohealth_async import HeroHealth
from herohealth_async.api import RESOURCE_NAMES

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
        [sys.executable, "-m", "sphinx", "-W", "--keep-going", "-q", "-b", "html", "docs", str(tmp_path)],
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
