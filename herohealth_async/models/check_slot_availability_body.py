from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Drift, ResponseFieldError, Unset

T = TypeVar("T", bound="CheckSlotAvailabilityBody")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "practitioner_id",
        "appointment_type_id",
        "location_id",
        "start_time",
        "duration",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class CheckSlotAvailabilityBody:
    """
    Fields:

    - practitioner_id (str): optional, UNSET when absent.
    - appointment_type_id (str): optional, UNSET when absent.
    - location_id (str): optional, UNSET when absent.
    - start_time (str): optional, UNSET when absent.
    - duration (float): optional, UNSET when absent.
    """

    practitioner_id: str | Unset = UNSET
    appointment_type_id: str | Unset = UNSET
    location_id: str | Unset = UNSET
    start_time: str | Unset = UNSET
    duration: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {
        "practitioner_id": (str,),
        "appointment_type_id": (str,),
        "location_id": (str,),
        "start_time": (str,),
        "duration": (int, float),
    }
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""

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
            practitioner_id = src_dict.get("practitioner_id", UNSET)
            if not isinstance(practitioner_id, str) and practitioner_id is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("practitioner_id", exc) from None
            practitioner_id = drift.keep("practitioner_id", exc, src_dict, "string")

        try:
            appointment_type_id = src_dict.get("appointment_type_id", UNSET)
            if not isinstance(appointment_type_id, str) and appointment_type_id is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("appointment_type_id", exc) from None
            appointment_type_id = drift.keep("appointment_type_id", exc, src_dict, "string")

        try:
            location_id = src_dict.get("location_id", UNSET)
            if not isinstance(location_id, str) and location_id is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("location_id", exc) from None
            location_id = drift.keep("location_id", exc, src_dict, "string")

        try:
            start_time = src_dict.get("start_time", UNSET)
            if not isinstance(start_time, str) and start_time is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("start_time", exc) from None
            start_time = drift.keep("start_time", exc, src_dict, "string")

        try:
            duration = src_dict.get("duration", UNSET)
            if not isinstance(duration, (int, float)) and duration is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("duration", exc) from None
            duration = drift.keep("duration", exc, src_dict, "number")

        check_slot_availability_body = cls(
            practitioner_id,
            appointment_type_id,
            location_id,
            start_time,
            duration,
        )

        if not _JSON_KEYS.issuperset(src_dict):  # a third faster than keys() <= _JSON_KEYS (no view made)
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            if drift is not None:
                drift.unknown_fields(d)
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
