"""Contains methods for accessing the API"""

from typing import Literal, cast

EpisodeStatus = Literal["closed", "in_progress", "open"]

EPISODE_STATUS_VALUES: set[EpisodeStatus] = {
    "closed",
    "in_progress",
    "open",
}


def check_episode_status(value: str) -> EpisodeStatus:
    """Return ``value`` typed as ``EpisodeStatus``.

    A value the document does not list is kept as it is, so that a server newer than this document
    cannot break the parsing of a whole response. Test ``value in EPISODE_STATUS_VALUES``
    to tell known values from new ones.
    """
    return cast(EpisodeStatus, value)
