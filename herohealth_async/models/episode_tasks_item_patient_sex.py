"""Contains methods for accessing the API"""

from typing import Literal, cast

EpisodeTasksItemPatientSex = Literal["female", "male", "other", "unspecified"]

EPISODE_TASKS_ITEM_PATIENT_SEX_VALUES: set[EpisodeTasksItemPatientSex] = {
    "female",
    "male",
    "other",
    "unspecified",
}


def check_episode_tasks_item_patient_sex(value: str) -> EpisodeTasksItemPatientSex:
    """Return ``value`` typed as ``EpisodeTasksItemPatientSex``.

    A value the document does not list is kept as it is, so that a server newer than this document
    cannot break the parsing of a whole response. Test ``value in EPISODE_TASKS_ITEM_PATIENT_SEX_VALUES``
    to tell known values from new ones.
    """
    return cast(EpisodeTasksItemPatientSex, value)
