"""Sphinx configuration: the API reference and guides of herohealth-async (`make docs`).

Built offline (no inventories are fetched) with warnings as errors. The page listing what the vendored
OpenAPI document assumes is written from the document's markers at each build.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "custom"), str(ROOT / "scripts")]

from document_page import write_document_page  # noqa: E402

import herohealth_async  # noqa: E402

project = "herohealth-async"
author = "herohealth-async contributors"
release = version = herohealth_async.__version__
extensions = ["sphinx.ext.autodoc", "sphinx.ext.napoleon", "myst_parser"]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
exclude_patterns = ["_build"]
html_theme = "furo"
html_title = f"herohealth-async {release}"
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_typehints_format = "short"
autodoc_default_options = {"members": True, "undoc-members": False, "show-inheritance": True}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
myst_heading_anchors = 3
nitpicky = False


def setup(app: Any) -> None:
    write_document_page(ROOT / "openapi" / "herohealth-public-api.yaml", Path(__file__).parent / "document.md")
