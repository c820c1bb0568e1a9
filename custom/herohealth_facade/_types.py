"""Small types shared by the facade's modules."""

from __future__ import annotations

from typing import Final

import httpx


class NotGiven:
    """The type of ``NOT_GIVEN``: an option the caller did not pass (``None`` is a real timeout)."""

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> bool:
        return False


NOT_GIVEN: Final = NotGiven()
"""Marks an option the caller did not pass."""

TimeoutTypes = float | httpx.Timeout | None
