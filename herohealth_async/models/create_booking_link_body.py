from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Drift, ResponseFieldError, Unset

# Looked up once: parsing a page calls them for every date-time of every item.
_datetime_fromisoformat = datetime.datetime.fromisoformat
_date_fromisoformat = datetime.date.fromisoformat


T = TypeVar("T", bound="CreateBookingLinkBody")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "appointment_type_id",
        "location_id",
        "patient_id",
        "practitioner_id",
        "from_date",
        "to_date",
        "expiry_date",
        "maximum_use_count",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class CreateBookingLinkBody:
    """
    Fields:

    - appointment_type_id (str): required.
    - location_id (str): required.
    - patient_id (str): optional, UNSET when absent. omit for a generic link
    - practitioner_id (str): optional, UNSET when absent.
    - from_date (datetime.date): optional, UNSET when absent, format date.
    - to_date (datetime.date): optional, UNSET when absent, format date.
    - expiry_date (datetime.date): optional, UNSET when absent, format date.
    - maximum_use_count (int): optional, UNSET when absent.
    """

    appointment_type_id: str
    location_id: str
    patient_id: str | Unset = UNSET
    """ omit for a generic link """
    practitioner_id: str | Unset = UNSET
    from_date: datetime.date | Unset = UNSET
    to_date: datetime.date | Unset = UNSET
    expiry_date: datetime.date | Unset = UNSET
    maximum_use_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_not_null: ClassVar[frozenset[str]] = frozenset({"appointment_type_id", "location_id"})
    """Required attributes the document does not allow to be null (checked before sending)."""
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {
        "appointment_type_id": (str,),
        "location_id": (str,),
        "patient_id": (str,),
        "practitioner_id": (str,),
        "from_date": (datetime.date,),
        "to_date": (datetime.date,),
        "expiry_date": (datetime.date,),
        "maximum_use_count": (int,),
    }
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        appointment_type_id = self.appointment_type_id

        location_id = self.location_id

        patient_id = self.patient_id

        practitioner_id = self.practitioner_id

        from_date: str | Unset = UNSET
        if not isinstance(self.from_date, Unset):
            from_date = self.from_date.isoformat()

        to_date: str | Unset = UNSET
        if not isinstance(self.to_date, Unset):
            to_date = self.to_date.isoformat()

        expiry_date: str | Unset = UNSET
        if not isinstance(self.expiry_date, Unset):
            expiry_date = self.expiry_date.isoformat()

        maximum_use_count = self.maximum_use_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appointment_type_id": appointment_type_id,
                "location_id": location_id,
            }
        )
        if patient_id is not UNSET:
            field_dict["patient_id"] = patient_id
        if practitioner_id is not UNSET:
            field_dict["practitioner_id"] = practitioner_id
        if from_date is not UNSET:
            field_dict["from_date"] = from_date
        if to_date is not UNSET:
            field_dict["to_date"] = to_date
        if expiry_date is not UNSET:
            field_dict["expiry_date"] = expiry_date
        if maximum_use_count is not UNSET:
            field_dict["maximum_use_count"] = maximum_use_count

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
            patient_id = src_dict.get("patient_id", UNSET)
            if not isinstance(patient_id, str) and patient_id is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("patient_id", exc) from None
            patient_id = drift.keep("patient_id", exc, src_dict, "string")

        try:
            practitioner_id = src_dict.get("practitioner_id", UNSET)
            if not isinstance(practitioner_id, str) and practitioner_id is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("practitioner_id", exc) from None
            practitioner_id = drift.keep("practitioner_id", exc, src_dict, "string")

        try:
            _from_date = src_dict.get("from_date", UNSET)
            from_date: datetime.date | Unset
            if _from_date is UNSET:
                from_date = UNSET
            else:
                from_date = _date_fromisoformat(_from_date)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("from_date", exc) from None
            from_date = drift.keep("from_date", exc, src_dict, "string (date)")

        try:
            _to_date = src_dict.get("to_date", UNSET)
            to_date: datetime.date | Unset
            if _to_date is UNSET:
                to_date = UNSET
            else:
                to_date = _date_fromisoformat(_to_date)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("to_date", exc) from None
            to_date = drift.keep("to_date", exc, src_dict, "string (date)")

        try:
            _expiry_date = src_dict.get("expiry_date", UNSET)
            expiry_date: datetime.date | Unset
            if _expiry_date is UNSET:
                expiry_date = UNSET
            else:
                expiry_date = _date_fromisoformat(_expiry_date)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("expiry_date", exc) from None
            expiry_date = drift.keep("expiry_date", exc, src_dict, "string (date)")

        try:
            maximum_use_count = src_dict.get("maximum_use_count", UNSET)
            if not isinstance(maximum_use_count, int) and maximum_use_count is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("maximum_use_count", exc) from None
            maximum_use_count = drift.keep("maximum_use_count", exc, src_dict, "integer")

        create_booking_link_body = cls(
            appointment_type_id,
            location_id,
            patient_id,
            practitioner_id,
            from_date,
            to_date,
            expiry_date,
            maximum_use_count,
        )

        if not _JSON_KEYS.issuperset(src_dict):  # a third faster than keys() <= _JSON_KEYS (no view made)
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            if drift is not None:
                drift.unknown_fields(d)
            create_booking_link_body.additional_properties = d
        return create_booking_link_body

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
