"""Checks on the caller's own numbers, shared by the client, the pager and the rate limiters."""

from __future__ import annotations

from typing import TypeVar

from herohealth_facade._exceptions import RequestValidationError

T = TypeVar("T")

PAGE_MINIMUMS = {"page_index": 0, "page_size": 1}
"""The smallest ``page_index`` (pages count from zero) and ``page_size`` a paged list takes."""


def whole_number(field: str, value: object, minimum: int) -> int:
    """``value``, if it is an ``int`` (not a bool) of at least ``minimum``.

    Otherwise a :class:`RequestValidationError` naming ``field``.
    """
    if isinstance(value, bool) or not isinstance(value, int):
        raise RequestValidationError(field, f"must be int, not {type(value).__name__}")
    if value < minimum:
        raise RequestValidationError(field, f"must be {minimum} or more")
    return value


def seconds_between(field: str, value: object, low: float, high: float) -> float:
    """``value`` as a float, if it is a number of seconds (not a bool) from ``low`` to ``high``."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise RequestValidationError(field, f"must be a number of seconds from {low:g} to {high:g}")
    return float(value)


def one_of(field: str, value: object, choices: tuple[T, ...]) -> T:
    """The one of ``choices`` that ``value`` equals (typed as the choices are).

    Otherwise a :class:`RequestValidationError` naming ``field`` and listing the choices.
    """
    for choice in choices:
        if value == choice:
            return choice
    raise RequestValidationError(field, f"must be one of {', '.join(map(repr, choices))}")
