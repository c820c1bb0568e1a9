from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAppointmentBody")


@_attrs_define
class CreateAppointmentBody:
    appointment_type_id: str
    location_id: str
    practitioner_id: str
    duration: float
    start_time: datetime.datetime | None
    patient_id: str | Unset = UNSET
    billpayer_id: str | Unset = UNSET
    reason: str | Unset = UNSET
    suppress_mail: bool | Unset = UNSET
    suppress_availability_check: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_not_null: ClassVar[frozenset[str]] = frozenset(
        {"appointment_type_id", "location_id", "practitioner_id", "duration"}
    )
    """Required attributes the document does not allow to be null (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        appointment_type_id = self.appointment_type_id

        location_id = self.location_id

        practitioner_id = self.practitioner_id

        duration = self.duration

        start_time: None | str
        if isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat()
        else:
            start_time = self.start_time

        patient_id = self.patient_id

        billpayer_id = self.billpayer_id

        reason = self.reason

        suppress_mail = self.suppress_mail

        suppress_availability_check = self.suppress_availability_check

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appointment_type_id": appointment_type_id,
                "location_id": location_id,
                "practitioner_id": practitioner_id,
                "duration": duration,
                "start_time": start_time,
            }
        )
        if patient_id is not UNSET:
            field_dict["patient_id"] = patient_id
        if billpayer_id is not UNSET:
            field_dict["billpayer_id"] = billpayer_id
        if reason is not UNSET:
            field_dict["reason"] = reason
        if suppress_mail is not UNSET:
            field_dict["suppress_mail"] = suppress_mail
        if suppress_availability_check is not UNSET:
            field_dict["suppress_availability_check"] = suppress_availability_check

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        appointment_type_id = d.pop("appointment_type_id")

        location_id = d.pop("location_id")

        practitioner_id = d.pop("practitioner_id")

        duration = d.pop("duration")

        def _parse_start_time(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_time_type_0 = datetime.datetime.fromisoformat(data)

                return start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        start_time = _parse_start_time(d.pop("start_time"))

        patient_id = d.pop("patient_id", UNSET)

        billpayer_id = d.pop("billpayer_id", UNSET)

        reason = d.pop("reason", UNSET)

        suppress_mail = d.pop("suppress_mail", UNSET)

        suppress_availability_check = d.pop("suppress_availability_check", UNSET)

        create_appointment_body = cls(
            appointment_type_id=appointment_type_id,
            location_id=location_id,
            practitioner_id=practitioner_id,
            duration=duration,
            start_time=start_time,
            patient_id=patient_id,
            billpayer_id=billpayer_id,
            reason=reason,
            suppress_mail=suppress_mail,
            suppress_availability_check=suppress_availability_check,
        )

        create_appointment_body.additional_properties = d
        return create_appointment_body

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
