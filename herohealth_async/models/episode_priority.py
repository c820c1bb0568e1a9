"""Contains methods for accessing the API"""

from typing import Literal, cast

EpisodePriority = Literal["high", "highest", "low", "lowest", "medium"]

EPISODE_PRIORITY_VALUES: set[EpisodePriority] = {
    "high",
    "highest",
    "low",
    "lowest",
    "medium",
}


def check_episode_priority(value: str) -> EpisodePriority:
    """Return ``value`` typed as ``EpisodePriority``.

    A value the document does not list is kept as it is, so that a server newer than this document
    cannot break the parsing of a whole response. Test ``value in EPISODE_PRIORITY_VALUES``
    to tell known values from new ones.
    """
    return cast(EpisodePriority, value)
