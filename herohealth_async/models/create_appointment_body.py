from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Drift, NoneType, ResponseFieldError, Unset

# Looked up once: parsing a page calls them for every date-time of every item.
_datetime_fromisoformat = datetime.datetime.fromisoformat
_date_fromisoformat = datetime.date.fromisoformat


T = TypeVar("T", bound="CreateAppointmentBody")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "appointment_type_id",
        "location_id",
        "practitioner_id",
        "duration",
        "start_time",
        "patient_id",
        "billpayer_id",
        "reason",
        "suppress_mail",
        "suppress_availability_check",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class CreateAppointmentBody:
    """
    Fields:

    - appointment_type_id (str): required.
    - location_id (str): required.
    - practitioner_id (str): required.
    - duration (float): required.
    - start_time (datetime.datetime | None): required, nullable (None).
    - patient_id (str): optional, UNSET when absent.
    - billpayer_id (str): optional, UNSET when absent.
    - reason (str): optional, UNSET when absent.
    - suppress_mail (bool): optional, UNSET when absent.
    - suppress_availability_check (bool): optional, UNSET when absent.
    """

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
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {
        "appointment_type_id": (str,),
        "location_id": (str,),
        "practitioner_id": (str,),
        "duration": (int, float),
        "start_time": (datetime.datetime, NoneType),
        "patient_id": (str,),
        "billpayer_id": (str,),
        "reason": (str,),
        "suppress_mail": (bool,),
        "suppress_availability_check": (bool,),
    }
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""

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
            appointment_type_id = src_dict["appointment_type_id"]
            if not isinstance(appointment_type_id, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("appointment_type_id", exc) from None
            appointment_type_id = drift.keep("appointment_type_id", exc, src_dict, "string, required")

        try:
            location_id = src_dict["location_id"]
            if not isinstance(location_id, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("location_id", exc) from None
            location_id = drift.keep("location_id", exc, src_dict, "string, required")

        try:
            practitioner_id = src_dict["practitioner_id"]
            if not isinstance(practitioner_id, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("practitioner_id", exc) from None
            practitioner_id = drift.keep("practitioner_id", exc, src_dict, "string, required")

        try:
            duration = src_dict["duration"]
            if not isinstance(duration, (int, float)):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("duration", exc) from None
            duration = drift.keep("duration", exc, src_dict, "number, required")

        try:

            def _parse_start_time(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    start_time_type_0 = _datetime_fromisoformat(data)

                    return start_time_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None, data)

            start_time = _parse_start_time(src_dict["start_time"])

            if not isinstance(start_time, (datetime.datetime, NoneType)):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("start_time", exc) from None
            start_time = drift.keep("start_time", exc, src_dict, "datetime.datetime | None, required")

        try:
            patient_id = src_dict.get("patient_id", UNSET)
            if not isinstance(patient_id, str) and patient_id is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("patient_id", exc) from None
            patient_id = drift.keep("patient_id", exc, src_dict, "string")

        try:
            billpayer_id = src_dict.get("billpayer_id", UNSET)
            if not isinstance(billpayer_id, str) and billpayer_id is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("billpayer_id", exc) from None
            billpayer_id = drift.keep("billpayer_id", exc, src_dict, "string")

        try:
            reason = src_dict.get("reason", UNSET)
            if not isinstance(reason, str) and reason is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("reason", exc) from None
            reason = drift.keep("reason", exc, src_dict, "string")

        try:
            suppress_mail = src_dict.get("suppress_mail", UNSET)
            if not isinstance(suppress_mail, bool) and suppress_mail is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("suppress_mail", exc) from None
            suppress_mail = drift.keep("suppress_mail", exc, src_dict, "boolean")

        try:
            suppress_availability_check = src_dict.get("suppress_availability_check", UNSET)
            if not isinstance(suppress_availability_check, bool) and suppress_availability_check is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("suppress_availability_check", exc) from None
            suppress_availability_check = drift.keep("suppress_availability_check", exc, src_dict, "boolean")

        create_appointment_body = cls(
            appointment_type_id,
            location_id,
            practitioner_id,
            duration,
            start_time,
            patient_id,
            billpayer_id,
            reason,
            suppress_mail,
            suppress_availability_check,
        )

        if not _JSON_KEYS.issuperset(src_dict):  # a third faster than keys() <= _JSON_KEYS (no view made)
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            if drift is not None:
                drift.unknown_fields(d)
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
