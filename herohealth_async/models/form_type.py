"""Contains methods for accessing the API"""

from typing import Literal, cast

FormType = Literal["appointment", "care_navigation", "questionnaire", "response"]

FORM_TYPE_VALUES: set[FormType] = {
    "appointment",
    "care_navigation",
    "questionnaire",
    "response",
}


def check_form_type(value: str) -> FormType:
    """Return ``value`` typed as ``FormType``.

    A value the document does not list is kept as it is, so that a server newer than this document
    cannot break the parsing of a whole response. Test ``value in FORM_TYPE_VALUES``
    to tell known values from new ones.
    """
    return cast(FormType, value)
