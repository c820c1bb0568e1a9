from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CancelAppointmentBody")


@_attrs_define
class CancelAppointmentBody:
    suppress_mail: bool | Unset = UNSET
    suppress_cancellation_policy: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        suppress_mail = self.suppress_mail

        suppress_cancellation_policy = self.suppress_cancellation_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if suppress_mail is not UNSET:
            field_dict["suppress_mail"] = suppress_mail
        if suppress_cancellation_policy is not UNSET:
            field_dict["suppress_cancellation_policy"] = suppress_cancellation_policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        suppress_mail = d.pop("suppress_mail", UNSET)

        suppress_cancellation_policy = d.pop("suppress_cancellation_policy", UNSET)

        cancel_appointment_body = cls(
            suppress_mail=suppress_mail,
            suppress_cancellation_policy=suppress_cancellation_policy,
        )

        cancel_appointment_body.additional_properties = d
        return cancel_appointment_body

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
