from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Drift, ResponseFieldError

# Looked up once: parsing a page calls them for every date-time of every item.
_datetime_fromisoformat = datetime.datetime.fromisoformat
_date_fromisoformat = datetime.date.fromisoformat


T = TypeVar("T", bound="RescheduleAppointmentBody")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "start_time",
        "duration",
        "practitioner_id",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class RescheduleAppointmentBody:
    """
    Fields:

    - start_time (datetime.datetime): required, format date-time.
    - duration (float): required.
    - practitioner_id (str): required.
    """

    start_time: datetime.datetime
    duration: float
    practitioner_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_patterns: ClassVar[dict[str, str]] = {"practitioner_id": "^\\d+$"}
    """Attribute name -> regular expression the document requires of its value (checked before sending)."""
    _field_not_null: ClassVar[frozenset[str]] = frozenset({"start_time", "duration", "practitioner_id"})
    """Required attributes the document does not allow to be null (checked before sending)."""
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {
        "start_time": (datetime.datetime,),
        "duration": (int, float),
        "practitioner_id": (str,),
    }
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time.isoformat()

        duration = self.duration

        practitioner_id = self.practitioner_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_time": start_time,
                "duration": duration,
                "practitioner_id": practitioner_id,
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
            start_time = _datetime_fromisoformat(src_dict["start_time"])

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("start_time", exc) from None
            start_time = drift.keep("start_time", exc, src_dict, "string (date-time), required")

        try:
            duration = src_dict["duration"]
            if not isinstance(duration, (int, float)):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("duration", exc) from None
            duration = drift.keep("duration", exc, src_dict, "number, required")

        try:
            practitioner_id = src_dict["practitioner_id"]
            if not isinstance(practitioner_id, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("practitioner_id", exc) from None
            practitioner_id = drift.keep("practitioner_id", exc, src_dict, "string, required")

        reschedule_appointment_body = cls(
            start_time,
            duration,
            practitioner_id,
        )

        if not _JSON_KEYS.issuperset(src_dict):  # a third faster than keys() <= _JSON_KEYS (no view made)
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            if drift is not None:
                drift.unknown_fields(d)
            reschedule_appointment_body.additional_properties = d
        return reschedule_appointment_body

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
