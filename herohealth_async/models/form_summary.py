from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.form_type import FormType, check_form_type

T = TypeVar("T", bound="FormSummary")


@_attrs_define
class FormSummary:
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
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        description = d.pop("description")

        def _parse_patient_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        patient_title = _parse_patient_title(d.pop("patient_title"))

        def _parse_patient_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        patient_description = _parse_patient_description(d.pop("patient_description"))

        reply_form = d.pop("reply_form")

        form_type = check_form_type(d.pop("form_type"))

        def _parse_snomed_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        snomed_code = _parse_snomed_code(d.pop("snomed_code"))

        form_summary = cls(
            id=id,
            title=title,
            description=description,
            patient_title=patient_title,
            patient_description=patient_description,
            reply_form=reply_form,
            form_type=form_type,
            snomed_code=snomed_code,
        )

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
