"""Contains methods for accessing the API"""

from typing import Literal, cast

PatientIdentifierLabel = Literal["EMIS", "GHA", "Hero", "NHS", "Systm One"]

PATIENT_IDENTIFIER_LABEL_VALUES: set[PatientIdentifierLabel] = {
    "EMIS",
    "GHA",
    "Hero",
    "NHS",
    "Systm One",
}


def check_patient_identifier_label(value: str) -> PatientIdentifierLabel:
    """Return ``value`` typed as ``PatientIdentifierLabel``.

    A value the document does not list is kept as it is, so that a server newer than this document
    cannot break the parsing of a whole response. Test ``value in PATIENT_IDENTIFIER_LABEL_VALUES``
    to tell known values from new ones.
    """
    return cast(PatientIdentifierLabel, value)
