from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckSlotAvailabilityBody")


@_attrs_define
class CheckSlotAvailabilityBody:
    practitioner_id: str | Unset = UNSET
    appointment_type_id: str | Unset = UNSET
    location_id: str | Unset = UNSET
    start_time: str | Unset = UNSET
    duration: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        practitioner_id = self.practitioner_id

        appointment_type_id = self.appointment_type_id

        location_id = self.location_id

        start_time = self.start_time

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if practitioner_id is not UNSET:
            field_dict["practitioner_id"] = practitioner_id
        if appointment_type_id is not UNSET:
            field_dict["appointment_type_id"] = appointment_type_id
        if location_id is not UNSET:
            field_dict["location_id"] = location_id
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        practitioner_id = d.pop("practitioner_id", UNSET)

        appointment_type_id = d.pop("appointment_type_id", UNSET)

        location_id = d.pop("location_id", UNSET)

        start_time = d.pop("start_time", UNSET)

        duration = d.pop("duration", UNSET)

        check_slot_availability_body = cls(
            practitioner_id=practitioner_id,
            appointment_type_id=appointment_type_id,
            location_id=location_id,
            start_time=start_time,
            duration=duration,
        )

        check_slot_availability_body.additional_properties = d
        return check_slot_availability_body

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
