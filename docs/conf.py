"""Sphinx configuration: the API reference and guides of herohealth-async (`make docs`).

Built offline (no inventories are fetched) with warnings as errors. The page listing what the vendored
OpenAPI document assumes is written from the document's markers at each build.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "custom"), str(ROOT / "scripts")]

from document_page import write_document_page  # noqa: E402
from sphinx.util.nodes import make_refnode  # noqa: E402

import herohealth_async  # noqa: E402
import herohealth_async.models as models  # noqa: E402

project = "herohealth-async"
author = "herohealth-async contributors"
release = version = herohealth_async.__version__
extensions = ["sphinx.ext.autodoc", "sphinx.ext.napoleon", "myst_parser", "sphinx_copybutton"]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
exclude_patterns = ["_build"]
html_theme = "furo"
html_title = f"herohealth-async {release}"
autodoc_member_order = "bysource"
# Headings show `HeroHealth`, not the module that happens to define it (users import from herohealth_async).
add_module_names = False
autodoc_typehints = "description"
autodoc_typehints_format = "short"
autodoc_default_options = {"members": True, "undoc-members": False, "show-inheritance": True}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
myst_heading_anchors = 3
# Every reference to a name of this project must resolve (`make docs` builds with -n -W). The build is
# offline, so names of other libraries (httpx, anyio, attrs, the standard library's typing) cannot.
nitpicky = True
# A generated method's docstring starts with its operation name (get_slot): not a signature to read.
autodoc_docstring_signature = False
nitpick_ignore_regex = [
    (
        r"py:.*",
        r"(httpx|anyio|attrs|attr|redis|opentelemetry|datetime|collections|typing|types|enum|ssl|io|pathlib|os)\..*",
    ),
    (r"py:.*", r"(Any|Literal|Awaitable|Callable|Mapping|Sequence|Iterable|AsyncIterator|Iterator|Generator)"),
    (r"py:.*", r"(.*\.)?(T|T_co|PageT|ItemT|ModelT|Self|NoneType|BinaryIO|TextIO|IO)"),
    (r"py:.*", r"(timedelta|contextlib\..*)"),
    # Type aliases, shown by name in signatures (their definitions are in the guides).
    (
        r"py:.*",
        r"(.*\.)?(TimeoutTypes|ResponseValidation|Middleware|KeyProvider|HttpBackend|VerifyTypes|AnyRedis|Verify|Fetch|Step|Outcome|CallNext|_Owner)",
    ),
]
nitpick_ignore = [("py:class", "required")]  # napoleon's "(str, required)" in the resources' Args
copybutton_exclude = ".linenos, .gp"


def resolve_short_name(app: Any, env: Any, node: Any, contnode: Any) -> Any:
    """Resolve a bare or private-module name (``Unset``, ``herohealth_facade.x.FakePractice``) to the one
    documented object of that name, if there is exactly one: annotations name types as their modules do."""
    if node.get("refdomain") != "py":
        return None
    short = node["reftarget"].rsplit(".", 1)[-1]
    domain = env.get_domain("py")
    # An object documented as herohealth_async.models.X is also known by its module's path: one object.
    matches = sorted({name for name in domain.objects if name.rsplit(".", 1)[-1] == short}, key=len)
    if not matches or len({domain.objects[name].node_id for name in matches}) != 1:
        return None
    obj = domain.objects[matches[0]]
    return make_refnode(app.builder, node["refdoc"], obj.docname, obj.node_id, contnode, matches[0])


def setup(app: Any) -> None:
    app.connect("missing-reference", resolve_short_name)
    write_document_page(ROOT / "openapi" / "herohealth-public-api.yaml", Path(__file__).parent / "document.md")
    write_models_page(Path(__file__).parent / "reference" / "models.md")


def write_models_page(path: Path) -> None:
    """Every generated model, with the fields its docstring lists (written at each build, from the package)."""
    lines = [
        "# Models",
        "",
        "Every object of the document, generated as an attrs class in `herohealth_async.models`. Each lists its",
        "fields: the name on the wire, the Python type, whether it may be absent (`UNSET`) or null (`None`), and",
        "the document's description. `from_dict(data)` parses a decoded JSON object, `to_dict()` writes one.",
        "",
        "```{eval-rst}",
    ]
    for name in sorted(models.__all__):
        lines += [f".. autoclass:: herohealth_async.models.{name}", "   :no-members:", "   :no-show-inheritance:", ""]
    lines.append("```")
    text = "\n".join(lines) + "\n"
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        aside = path.with_name(f".{path.name}.{os.getpid()}")  # renamed into place: parallel builds see it whole
        aside.write_text(text, encoding="utf-8")
        os.replace(aside, path)
