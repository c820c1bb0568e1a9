from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.patient_identifier_label import PatientIdentifierLabel, check_patient_identifier_label
from ..models.patient_identifier_name import PatientIdentifierName, check_patient_identifier_name
from ..models.patient_identifier_role import PatientIdentifierRole, check_patient_identifier_role
from ..models.patient_identifier_source import PatientIdentifierSource, check_patient_identifier_source
from ..types import Drift, ResponseFieldError

T = TypeVar("T", bound="PatientIdentifier")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "source",
        "name",
        "role",
        "label",
        "value",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class PatientIdentifier:
    """
    Fields:

    - source (PatientIdentifierSource): required.
    - name (PatientIdentifierName): required.
    - role (PatientIdentifierRole): required.
    - label (PatientIdentifierLabel): required.
    - value (str): required.
    """

    source: PatientIdentifierSource
    name: PatientIdentifierName
    role: PatientIdentifierRole
    label: PatientIdentifierLabel
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_not_null: ClassVar[frozenset[str]] = frozenset({"source", "name", "role", "label", "value"})
    """Required attributes the document does not allow to be null (checked before sending)."""
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {
        "source": (str,),
        "name": (str,),
        "role": (str,),
        "label": (str,),
        "value": (str,),
    }
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        source: str = self.source

        name: str = self.name

        role: str = self.role

        label: str = self.label

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "name": name,
                "role": role,
                "label": label,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], drift: Drift | None = None) -> T:
        """The model for ``src_dict`` (a decoded JSON object), checked field by field against the document.

        A field that breaks it raises :class:`ResponseFieldError` naming the field; with ``drift``, it is
        recorded there instead and kept as it arrived (``None`` for strict parsing, the default).
        """
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: it is faster
            raise ResponseFieldError("", "must be a JSON object")
        # Each field is read under its name, so an error names the field (never its value). Fields are
        # read in place (no copy of the object); the keys left over are collected only when there are any.
        try:
            source = check_patient_identifier_source(src_dict["source"])

            if not isinstance(source, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("source", exc) from None
            source = drift.keep("source", exc, src_dict, "string (enum), required")
        if drift is not None:
            from ..models.patient_identifier_source import PATIENT_IDENTIFIER_SOURCE_VALUES  # noqa: PLC0415

            if source not in PATIENT_IDENTIFIER_SOURCE_VALUES:
                drift.record("source", "one of the document's values", "a value the document lacks")

        try:
            name = check_patient_identifier_name(src_dict["name"])

            if not isinstance(name, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("name", exc) from None
            name = drift.keep("name", exc, src_dict, "string (enum), required")
        if drift is not None:
            from ..models.patient_identifier_name import PATIENT_IDENTIFIER_NAME_VALUES  # noqa: PLC0415

            if name not in PATIENT_IDENTIFIER_NAME_VALUES:
                drift.record("name", "one of the document's values", "a value the document lacks")

        try:
            role = check_patient_identifier_role(src_dict["role"])

            if not isinstance(role, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("role", exc) from None
            role = drift.keep("role", exc, src_dict, "string (enum), required")
        if drift is not None:
            from ..models.patient_identifier_role import PATIENT_IDENTIFIER_ROLE_VALUES  # noqa: PLC0415

            if role not in PATIENT_IDENTIFIER_ROLE_VALUES:
                drift.record("role", "one of the document's values", "a value the document lacks")

        try:
            label = check_patient_identifier_label(src_dict["label"])

            if not isinstance(label, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("label", exc) from None
            label = drift.keep("label", exc, src_dict, "string (enum), required")
        if drift is not None:
            from ..models.patient_identifier_label import PATIENT_IDENTIFIER_LABEL_VALUES  # noqa: PLC0415

            if label not in PATIENT_IDENTIFIER_LABEL_VALUES:
                drift.record("label", "one of the document's values", "a value the document lacks")

        try:
            value = src_dict["value"]
            if not isinstance(value, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("value", exc) from None
            value = drift.keep("value", exc, src_dict, "string, required")

        patient_identifier = cls(
            source,
            name,
            role,
            label,
            value,
        )

        if not _JSON_KEYS.issuperset(src_dict):  # a third faster than keys() <= _JSON_KEYS (no view made)
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            if drift is not None:
                drift.unknown_fields(d)
            patient_identifier.additional_properties = d
        return patient_identifier

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
