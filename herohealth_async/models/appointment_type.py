from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.appointment_type_assignee_type import AppointmentTypeAssigneeType, check_appointment_type_assignee_type
from ..models.appointment_type_sector import AppointmentTypeSector, check_appointment_type_sector
from ..types import UNSET, Drift, NoneType, ResponseFieldError, Unset

# Looked up once: parsing a page calls them for every date-time of every item.
_datetime_fromisoformat = datetime.datetime.fromisoformat
_date_fromisoformat = datetime.date.fromisoformat


T = TypeVar("T", bound="AppointmentType")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "partner_slot_name",
        "next_available_at",
        "slot_count",
        "price",
        "duration",
        "use_partner_bookable_slots",
        "form_id",
        "practitioner_type",
        "assignee_id",
        "assignee_type",
        "sector",
        "video",
        "in_person",
        "telephone",
        "admin_booking_invoice_required",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class AppointmentType:
    """
    Fields:

    - id (str): required.
    - name (str): required.
    - partner_slot_name (str): required.
    - next_available_at (datetime.datetime | None): required, nullable (None).
    - slot_count (float): required.
    - price (float): required.
    - duration (float): required.
    - use_partner_bookable_slots (bool): required.
    - form_id (None | str): required, nullable (None).
    - practitioner_type (str): required.
    - assignee_id (None | str): optional, UNSET when absent, nullable (None).
    - assignee_type (AppointmentTypeAssigneeType | None): optional, UNSET when absent, nullable (None).
    - sector (AppointmentTypeSector): optional, UNSET when absent.
    - video (bool): optional, False when absent.
    - in_person (bool): optional, False when absent.
    - telephone (bool): optional, False when absent.
    - admin_booking_invoice_required (bool): optional, UNSET when absent.
    """

    id: str
    name: str
    partner_slot_name: str
    next_available_at: datetime.datetime | None
    slot_count: float
    price: float
    duration: float
    use_partner_bookable_slots: bool
    form_id: None | str
    practitioner_type: str
    assignee_id: None | str | Unset = UNSET
    assignee_type: AppointmentTypeAssigneeType | None | Unset = UNSET
    sector: AppointmentTypeSector | Unset = UNSET
    video: bool | Unset = False
    in_person: bool | Unset = False
    telephone: bool | Unset = False
    admin_booking_invoice_required: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_patterns: ClassVar[dict[str, str]] = {"assignee_id": "^\\d+$"}
    """Attribute name -> regular expression the document requires of its value (checked before sending)."""
    _field_not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "name",
            "partner_slot_name",
            "slot_count",
            "price",
            "duration",
            "use_partner_bookable_slots",
            "practitioner_type",
        }
    )
    """Required attributes the document does not allow to be null (checked before sending)."""
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {
        "id": (str,),
        "name": (str,),
        "partner_slot_name": (str,),
        "next_available_at": (datetime.datetime, NoneType),
        "slot_count": (int, float),
        "price": (int, float),
        "duration": (int, float),
        "use_partner_bookable_slots": (bool,),
        "form_id": (str, NoneType),
        "practitioner_type": (str,),
        "assignee_id": (str, NoneType),
        "assignee_type": (str, NoneType),
        "sector": (str,),
        "video": (bool,),
        "in_person": (bool,),
        "telephone": (bool,),
        "admin_booking_invoice_required": (bool,),
    }
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        partner_slot_name = self.partner_slot_name

        next_available_at: None | str
        if isinstance(self.next_available_at, datetime.datetime):
            next_available_at = self.next_available_at.isoformat()
        else:
            next_available_at = self.next_available_at

        slot_count = self.slot_count

        price = self.price

        duration = self.duration

        use_partner_bookable_slots = self.use_partner_bookable_slots

        form_id: None | str
        form_id = self.form_id

        practitioner_type = self.practitioner_type

        assignee_id: None | str | Unset
        if isinstance(self.assignee_id, Unset):
            assignee_id = UNSET
        else:
            assignee_id = self.assignee_id

        assignee_type: None | str | Unset
        if isinstance(self.assignee_type, Unset):
            assignee_type = UNSET
        elif isinstance(self.assignee_type, str):
            assignee_type = self.assignee_type
        else:
            assignee_type = self.assignee_type

        sector: str | Unset = UNSET
        if not isinstance(self.sector, Unset):
            sector = self.sector

        video = self.video

        in_person = self.in_person

        telephone = self.telephone

        admin_booking_invoice_required = self.admin_booking_invoice_required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "partner_slot_name": partner_slot_name,
                "next_available_at": next_available_at,
                "slot_count": slot_count,
                "price": price,
                "duration": duration,
                "use_partner_bookable_slots": use_partner_bookable_slots,
                "form_id": form_id,
                "practitioner_type": practitioner_type,
            }
        )
        if assignee_id is not UNSET:
            field_dict["assignee_id"] = assignee_id
        if assignee_type is not UNSET:
            field_dict["assignee_type"] = assignee_type
        if sector is not UNSET:
            field_dict["sector"] = sector
        if video is not UNSET:
            field_dict["video"] = video
        if in_person is not UNSET:
            field_dict["in_person"] = in_person
        if telephone is not UNSET:
            field_dict["telephone"] = telephone
        if admin_booking_invoice_required is not UNSET:
            field_dict["admin_booking_invoice_required"] = admin_booking_invoice_required

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
            id = src_dict["id"]
            if not isinstance(id, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("id", exc) from None
            id = drift.keep("id", exc, src_dict, "string, required")

        try:
            name = src_dict["name"]
            if not isinstance(name, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("name", exc) from None
            name = drift.keep("name", exc, src_dict, "string, required")

        try:
            partner_slot_name = src_dict["partner_slot_name"]
            if not isinstance(partner_slot_name, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("partner_slot_name", exc) from None
            partner_slot_name = drift.keep("partner_slot_name", exc, src_dict, "string, required")

        try:

            def _parse_next_available_at(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    next_available_at_type_0 = _datetime_fromisoformat(data)

                    return next_available_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None, data)

            next_available_at = _parse_next_available_at(src_dict["next_available_at"])

            if not isinstance(next_available_at, (datetime.datetime, NoneType)):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("next_available_at", exc) from None
            next_available_at = drift.keep("next_available_at", exc, src_dict, "datetime.datetime | None, required")

        try:
            slot_count = src_dict["slot_count"]
            if not isinstance(slot_count, (int, float)):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("slot_count", exc) from None
            slot_count = drift.keep("slot_count", exc, src_dict, "number, required")

        try:
            price = src_dict["price"]
            if not isinstance(price, (int, float)):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("price", exc) from None
            price = drift.keep("price", exc, src_dict, "number, required")

        try:
            duration = src_dict["duration"]
            if not isinstance(duration, (int, float)):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("duration", exc) from None
            duration = drift.keep("duration", exc, src_dict, "number, required")

        try:
            use_partner_bookable_slots = src_dict["use_partner_bookable_slots"]
            if not isinstance(use_partner_bookable_slots, bool):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("use_partner_bookable_slots", exc) from None
            use_partner_bookable_slots = drift.keep("use_partner_bookable_slots", exc, src_dict, "boolean, required")

        try:

            def _parse_form_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            form_id = _parse_form_id(src_dict["form_id"])

            if not isinstance(form_id, (str, NoneType)):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("form_id", exc) from None
            form_id = drift.keep("form_id", exc, src_dict, "None | str, required")

        try:
            practitioner_type = src_dict["practitioner_type"]
            if not isinstance(practitioner_type, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("practitioner_type", exc) from None
            practitioner_type = drift.keep("practitioner_type", exc, src_dict, "string, required")

        try:

            def _parse_assignee_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            assignee_id = _parse_assignee_id(src_dict.get("assignee_id", UNSET))

            if not isinstance(assignee_id, (str, NoneType)) and assignee_id is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("assignee_id", exc) from None
            assignee_id = drift.keep("assignee_id", exc, src_dict, "None | str")

        try:

            def _parse_assignee_type(data: object) -> AppointmentTypeAssigneeType | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    assignee_type_type_0 = check_appointment_type_assignee_type(data)

                    return assignee_type_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AppointmentTypeAssigneeType | None | Unset, data)

            assignee_type = _parse_assignee_type(src_dict.get("assignee_type", UNSET))

            if not isinstance(assignee_type, (str, NoneType)) and assignee_type is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("assignee_type", exc) from None
            assignee_type = drift.keep("assignee_type", exc, src_dict, "AppointmentTypeAssigneeType | None")

        try:
            _sector = src_dict.get("sector", UNSET)
            sector: AppointmentTypeSector | Unset
            if _sector is UNSET:
                sector = UNSET
            else:
                sector = check_appointment_type_sector(_sector)

            if not isinstance(sector, str) and sector is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("sector", exc) from None
            sector = drift.keep("sector", exc, src_dict, "string (enum)")
        if drift is not None and sector is not UNSET:
            from ..models.appointment_type_sector import APPOINTMENT_TYPE_SECTOR_VALUES  # noqa: PLC0415

            if sector not in APPOINTMENT_TYPE_SECTOR_VALUES:
                drift.record("sector", "one of the document's values", "a value the document lacks")

        try:
            video = src_dict.get("video", UNSET)
            if not isinstance(video, bool) and video is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("video", exc) from None
            video = drift.keep("video", exc, src_dict, "boolean")

        try:
            in_person = src_dict.get("in_person", UNSET)
            if not isinstance(in_person, bool) and in_person is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("in_person", exc) from None
            in_person = drift.keep("in_person", exc, src_dict, "boolean")

        try:
            telephone = src_dict.get("telephone", UNSET)
            if not isinstance(telephone, bool) and telephone is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("telephone", exc) from None
            telephone = drift.keep("telephone", exc, src_dict, "boolean")

        try:
            admin_booking_invoice_required = src_dict.get("admin_booking_invoice_required", UNSET)
            if not isinstance(admin_booking_invoice_required, bool) and admin_booking_invoice_required is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("admin_booking_invoice_required", exc) from None
            admin_booking_invoice_required = drift.keep("admin_booking_invoice_required", exc, src_dict, "boolean")

        appointment_type = cls(
            id,
            name,
            partner_slot_name,
            next_available_at,
            slot_count,
            price,
            duration,
            use_partner_bookable_slots,
            form_id,
            practitioner_type,
            assignee_id,
            assignee_type,
            sector,
            video,
            in_person,
            telephone,
            admin_booking_invoice_required,
        )

        if not _JSON_KEYS.issuperset(src_dict):  # a third faster than keys() <= _JSON_KEYS (no view made)
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            if drift is not None:
                drift.unknown_fields(d)
            appointment_type.additional_properties = d
        return appointment_type

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
