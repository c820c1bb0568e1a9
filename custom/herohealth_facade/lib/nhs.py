"""NHS numbers: 10 digits, the last a Modulus 11 check digit."""

from __future__ import annotations

import re

from herohealth_facade._exceptions import RequestValidationError

_SEPARATORS = re.compile(r"[\s-]")
_WEIGHTS = range(10, 1, -1)


def normalize_nhs_number(value: str, *, field: str = "nhs_number") -> str:
    """``value`` as 10 digits, spaces and hyphens removed, after the Modulus 11 check.

    Raises :class:`RequestValidationError` naming ``field`` if it is not a valid NHS number.
    """
    if not isinstance(value, str):
        raise RequestValidationError(field, f"must be a string, not {type(value).__name__}")
    digits = _SEPARATORS.sub("", value)
    if not (len(digits) == 10 and digits.isascii() and digits.isdigit()):
        raise RequestValidationError(field, "an NHS number has 10 digits (spaces and hyphens allowed)")
    remainder = sum(int(d) * w for d, w in zip(digits, _WEIGHTS, strict=False)) % 11
    check = 11 - remainder
    if check == 11:
        check = 0
    if check == 10 or check != int(digits[9]):
        raise RequestValidationError(field, "the NHS number's check digit is wrong (Modulus 11)")
    return digits
