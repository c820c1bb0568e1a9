"""Marked sections of a text file, rewritten: what sits between ``<!-- name -->`` and ``<!-- /name -->``.

The README's document-derived sections (scripts/readme_sections.py) and the performance guide's
benchmark table (bench/run.py) are kept this way; a test compares each with what would be written.
"""

from __future__ import annotations

import re
from collections.abc import Mapping


def replaced(text: str, sections: Mapping[str, str], where: str) -> str:
    """``text`` with each named section's content replaced (``SystemExit`` naming ``where`` if one is missing)."""
    for name, content in sections.items():
        pattern = re.compile(f"(<!-- {name} -->)(.*?)(<!-- /{name} -->)", re.DOTALL)
        found = pattern.search(text)
        if found is None:
            raise SystemExit(f"{where} has no <!-- {name} --> section")
        text = text[: found.end(1)] + content + text[found.start(3) :]
    return text
