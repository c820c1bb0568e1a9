from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.form_type import FormType, check_form_type
from ..types import NoneType, ResponseFieldError

T = TypeVar("T", bound="FormSummary")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "title",
        "description",
        "patient_title",
        "patient_description",
        "reply_form",
        "form_type",
        "snomed_code",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class FormSummary:
    """
    Fields:
        id (str): required.
        title (str): required.
        description (str): required.
        patient_title (None | str): required, nullable (None).
        patient_description (None | str): required, nullable (None).
        reply_form (bool): required.
        form_type (FormType): required.
        snomed_code (None | str): required, nullable (None).
    """

    id: str
    title: str
    description: str
    patient_title: None | str
    patient_description: None | str
    reply_form: bool
    form_type: FormType
    snomed_code: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_not_null: ClassVar[frozenset[str]] = frozenset({"id", "title", "description", "reply_form", "form_type"})
    """Required attributes the document does not allow to be null (checked before sending)."""
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {
        "id": (str,),
        "title": (str,),
        "description": (str,),
        "patient_title": (str, NoneType),
        "patient_description": (str, NoneType),
        "reply_form": (bool,),
        "form_type": (str,),
        "snomed_code": (str, NoneType),
    }
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        description = self.description

        patient_title: None | str
        patient_title = self.patient_title

        patient_description: None | str
        patient_description = self.patient_description

        reply_form = self.reply_form

        form_type: str = self.form_type

        snomed_code: None | str
        snomed_code = self.snomed_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "description": description,
                "patient_title": patient_title,
                "patient_description": patient_description,
                "reply_form": reply_form,
                "form_type": form_type,
                "snomed_code": snomed_code,
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
            _at = "id"
            id = src_dict["id"]
            if not isinstance(id, str):
                raise TypeError

            _at = "title"
            title = src_dict["title"]
            if not isinstance(title, str):
                raise TypeError

            _at = "description"
            description = src_dict["description"]
            if not isinstance(description, str):
                raise TypeError

            _at = "patient_title"

            def _parse_patient_title(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            patient_title = _parse_patient_title(src_dict["patient_title"])

            if not isinstance(patient_title, (str, NoneType)):
                raise TypeError

            _at = "patient_description"

            def _parse_patient_description(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            patient_description = _parse_patient_description(src_dict["patient_description"])

            if not isinstance(patient_description, (str, NoneType)):
                raise TypeError

            _at = "reply_form"
            reply_form = src_dict["reply_form"]
            if not isinstance(reply_form, bool):
                raise TypeError

            _at = "form_type"
            form_type = check_form_type(src_dict["form_type"])

            if not isinstance(form_type, str):
                raise TypeError

            _at = "snomed_code"

            def _parse_snomed_code(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            snomed_code = _parse_snomed_code(src_dict["snomed_code"])

            if not isinstance(snomed_code, (str, NoneType)):
                raise TypeError

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError.wrap(_at, exc) from None
        form_summary = cls(
            id,
            title,
            description,
            patient_title,
            patient_description,
            reply_form,
            form_type,
            snomed_code,
        )

        if not src_dict.keys() <= _JSON_KEYS:
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            form_summary.additional_properties = d
        return form_summary

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
