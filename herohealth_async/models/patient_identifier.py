from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.patient_identifier_label import PatientIdentifierLabel, check_patient_identifier_label
from ..models.patient_identifier_name import PatientIdentifierName, check_patient_identifier_name
from ..models.patient_identifier_role import PatientIdentifierRole, check_patient_identifier_role
from ..models.patient_identifier_source import PatientIdentifierSource, check_patient_identifier_source
from ..types import ResponseFieldError

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
        source (PatientIdentifierSource): required.
        name (PatientIdentifierName): required.
        role (PatientIdentifierRole): required.
        label (PatientIdentifierLabel): required.
        value (str): required.
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: it is faster
            raise ResponseFieldError("", "must be a JSON object")
        # Each field is read under its name, so an error names the field (never its value). Fields are
        # read in place (no copy of the object); the keys left over are collected only when there are any.
        _at = ""
        try:
            _at = "source"
            source = check_patient_identifier_source(src_dict["source"])

            if not isinstance(source, str):
                raise TypeError

            _at = "name"
            name = check_patient_identifier_name(src_dict["name"])

            if not isinstance(name, str):
                raise TypeError

            _at = "role"
            role = check_patient_identifier_role(src_dict["role"])

            if not isinstance(role, str):
                raise TypeError

            _at = "label"
            label = check_patient_identifier_label(src_dict["label"])

            if not isinstance(label, str):
                raise TypeError

            _at = "value"
            value = src_dict["value"]
            if not isinstance(value, str):
                raise TypeError

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError.wrap(_at, exc) from None
        patient_identifier = cls(
            source,
            name,
            role,
            label,
            value,
        )

        if not src_dict.keys() <= _JSON_KEYS:
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
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
