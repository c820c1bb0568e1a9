"""Contains methods for accessing the API"""

from typing import Literal, cast

Colour = Literal["green", "red"]

COLOUR_VALUES: set[Colour] = {
    "green",
    "red",
}


def check_colour(value: str) -> Colour:
    """Return ``value`` typed as ``Colour``.

    A value the document does not list is kept as it is, so that a server newer than this document
    cannot break the parsing of a whole response. Test ``value in COLOUR_VALUES``
    to tell known values from new ones.
    """
    return cast(Colour, value)
