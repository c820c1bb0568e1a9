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


T = TypeVar("T", bound="Appointment")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "practitioner_id",
        "location_id",
        "appointment_type_id",
        "start_time",
        "patient_id",
        "duration",
        "video",
        "in_person",
        "telephone",
        "video_url",
        "link_id",
        "reserved_until",
        "booking_confirmed_at",
        "can_be_cancelled",
        "can_be_rescheduled",
        "cancellation_policy_hours",
        "suppress_mail",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class Appointment:
    """
    Example:
        {'id': '88001', 'patient_id': '5521', 'practitioner_id': '204', 'location_id': '3', 'appointment_type_id': '12',
            'duration': 15, 'start_time': '2099-01-05T09:00:00Z', 'in_person': True, 'reserved_until': None,
            'booking_confirmed_at': '2099-01-04T16:20:00Z', 'can_be_cancelled': True, 'can_be_rescheduled': True,
            'cancellation_policy_hours': 24}

    Fields:

    - id (str): required.
    - practitioner_id (str): required.
    - location_id (str): required.
    - appointment_type_id (str): required.
    - start_time (datetime.datetime | None): required, nullable (None).
    - patient_id (None | str): optional, UNSET when absent, nullable (None).
    - duration (float): optional, UNSET when absent.
    - video (bool): optional, False when absent.
    - in_person (bool): optional, False when absent.
    - telephone (bool): optional, False when absent.
    - video_url (str): optional, UNSET when absent.
    - link_id (None | str): optional, UNSET when absent, nullable (None).
    - reserved_until (datetime.datetime | None): optional, UNSET when absent, nullable (None).
    - booking_confirmed_at (datetime.datetime | None): optional, UNSET when absent, nullable (None).
    - can_be_cancelled (bool): optional, False when absent.
    - can_be_rescheduled (bool): optional, False when absent.
    - cancellation_policy_hours (float): optional, UNSET when absent.
    - suppress_mail (bool): optional, False when absent.
    """

    id: str
    practitioner_id: str
    location_id: str
    appointment_type_id: str
    start_time: datetime.datetime | None
    patient_id: None | str | Unset = UNSET
    duration: float | Unset = UNSET
    video: bool | Unset = False
    in_person: bool | Unset = False
    telephone: bool | Unset = False
    video_url: str | Unset = UNSET
    link_id: None | str | Unset = UNSET
    reserved_until: datetime.datetime | None | Unset = UNSET
    booking_confirmed_at: datetime.datetime | None | Unset = UNSET
    can_be_cancelled: bool | Unset = False
    can_be_rescheduled: bool | Unset = False
    cancellation_policy_hours: float | Unset = UNSET
    suppress_mail: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_patterns: ClassVar[dict[str, str]] = {
        "id": "^\\d+$",
        "practitioner_id": "^\\d+$",
        "location_id": "^\\d+$",
        "appointment_type_id": "^\\d+$",
        "patient_id": "^\\d+$",
    }
    """Attribute name -> regular expression the document requires of its value (checked before sending)."""
    _field_not_null: ClassVar[frozenset[str]] = frozenset(
        {"id", "practitioner_id", "location_id", "appointment_type_id"}
    )
    """Required attributes the document does not allow to be null (checked before sending)."""
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {
        "id": (str,),
        "practitioner_id": (str,),
        "location_id": (str,),
        "appointment_type_id": (str,),
        "start_time": (datetime.datetime, NoneType),
        "patient_id": (str, NoneType),
        "duration": (int, float),
        "video": (bool,),
        "in_person": (bool,),
        "telephone": (bool,),
        "video_url": (str,),
        "link_id": (str, NoneType),
        "reserved_until": (datetime.datetime, NoneType),
        "booking_confirmed_at": (datetime.datetime, NoneType),
        "can_be_cancelled": (bool,),
        "can_be_rescheduled": (bool,),
        "cancellation_policy_hours": (int, float),
        "suppress_mail": (bool,),
    }
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        practitioner_id = self.practitioner_id

        location_id = self.location_id

        appointment_type_id = self.appointment_type_id

        start_time: None | str
        if isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat()
        else:
            start_time = self.start_time

        patient_id: None | str | Unset
        if isinstance(self.patient_id, Unset):
            patient_id = UNSET
        else:
            patient_id = self.patient_id

        duration = self.duration

        video = self.video

        in_person = self.in_person

        telephone = self.telephone

        video_url = self.video_url

        link_id: None | str | Unset
        if isinstance(self.link_id, Unset):
            link_id = UNSET
        else:
            link_id = self.link_id

        reserved_until: None | str | Unset
        if isinstance(self.reserved_until, Unset):
            reserved_until = UNSET
        elif isinstance(self.reserved_until, datetime.datetime):
            reserved_until = self.reserved_until.isoformat()
        else:
            reserved_until = self.reserved_until

        booking_confirmed_at: None | str | Unset
        if isinstance(self.booking_confirmed_at, Unset):
            booking_confirmed_at = UNSET
        elif isinstance(self.booking_confirmed_at, datetime.datetime):
            booking_confirmed_at = self.booking_confirmed_at.isoformat()
        else:
            booking_confirmed_at = self.booking_confirmed_at

        can_be_cancelled = self.can_be_cancelled

        can_be_rescheduled = self.can_be_rescheduled

        cancellation_policy_hours = self.cancellation_policy_hours

        suppress_mail = self.suppress_mail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "practitioner_id": practitioner_id,
                "location_id": location_id,
                "appointment_type_id": appointment_type_id,
                "start_time": start_time,
            }
        )
        if patient_id is not UNSET:
            field_dict["patient_id"] = patient_id
        if duration is not UNSET:
            field_dict["duration"] = duration
        if video is not UNSET:
            field_dict["video"] = video
        if in_person is not UNSET:
            field_dict["in_person"] = in_person
        if telephone is not UNSET:
            field_dict["telephone"] = telephone
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if link_id is not UNSET:
            field_dict["link_id"] = link_id
        if reserved_until is not UNSET:
            field_dict["reserved_until"] = reserved_until
        if booking_confirmed_at is not UNSET:
            field_dict["booking_confirmed_at"] = booking_confirmed_at
        if can_be_cancelled is not UNSET:
            field_dict["can_be_cancelled"] = can_be_cancelled
        if can_be_rescheduled is not UNSET:
            field_dict["can_be_rescheduled"] = can_be_rescheduled
        if cancellation_policy_hours is not UNSET:
            field_dict["cancellation_policy_hours"] = cancellation_policy_hours
        if suppress_mail is not UNSET:
            field_dict["suppress_mail"] = suppress_mail

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
            practitioner_id = src_dict["practitioner_id"]
            if not isinstance(practitioner_id, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("practitioner_id", exc) from None
            practitioner_id = drift.keep("practitioner_id", exc, src_dict, "string, required")

        try:
            location_id = src_dict["location_id"]
            if not isinstance(location_id, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("location_id", exc) from None
            location_id = drift.keep("location_id", exc, src_dict, "string, required")

        try:
            appointment_type_id = src_dict["appointment_type_id"]
            if not isinstance(appointment_type_id, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("appointment_type_id", exc) from None
            appointment_type_id = drift.keep("appointment_type_id", exc, src_dict, "string, required")

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

            def _parse_patient_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            patient_id = _parse_patient_id(src_dict.get("patient_id", UNSET))

            if not isinstance(patient_id, (str, NoneType)) and patient_id is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("patient_id", exc) from None
            patient_id = drift.keep("patient_id", exc, src_dict, "None | str")

        try:
            duration = src_dict.get("duration", UNSET)
            if not isinstance(duration, (int, float)) and duration is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("duration", exc) from None
            duration = drift.keep("duration", exc, src_dict, "number")

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
            video_url = src_dict.get("video_url", UNSET)
            if not isinstance(video_url, str) and video_url is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("video_url", exc) from None
            video_url = drift.keep("video_url", exc, src_dict, "string")

        try:

            def _parse_link_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            link_id = _parse_link_id(src_dict.get("link_id", UNSET))

            if not isinstance(link_id, (str, NoneType)) and link_id is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("link_id", exc) from None
            link_id = drift.keep("link_id", exc, src_dict, "None | str")

        try:

            def _parse_reserved_until(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    reserved_until_type_0 = _datetime_fromisoformat(data)

                    return reserved_until_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            reserved_until = _parse_reserved_until(src_dict.get("reserved_until", UNSET))

            if not isinstance(reserved_until, (datetime.datetime, NoneType)) and reserved_until is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("reserved_until", exc) from None
            reserved_until = drift.keep("reserved_until", exc, src_dict, "datetime.datetime | None")

        try:

            def _parse_booking_confirmed_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    booking_confirmed_at_type_0 = _datetime_fromisoformat(data)

                    return booking_confirmed_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            booking_confirmed_at = _parse_booking_confirmed_at(src_dict.get("booking_confirmed_at", UNSET))

            if (
                not isinstance(booking_confirmed_at, (datetime.datetime, NoneType))
                and booking_confirmed_at is not UNSET
            ):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("booking_confirmed_at", exc) from None
            booking_confirmed_at = drift.keep("booking_confirmed_at", exc, src_dict, "datetime.datetime | None")

        try:
            can_be_cancelled = src_dict.get("can_be_cancelled", UNSET)
            if not isinstance(can_be_cancelled, bool) and can_be_cancelled is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("can_be_cancelled", exc) from None
            can_be_cancelled = drift.keep("can_be_cancelled", exc, src_dict, "boolean")

        try:
            can_be_rescheduled = src_dict.get("can_be_rescheduled", UNSET)
            if not isinstance(can_be_rescheduled, bool) and can_be_rescheduled is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("can_be_rescheduled", exc) from None
            can_be_rescheduled = drift.keep("can_be_rescheduled", exc, src_dict, "boolean")

        try:
            cancellation_policy_hours = src_dict.get("cancellation_policy_hours", UNSET)
            if not isinstance(cancellation_policy_hours, (int, float)) and cancellation_policy_hours is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("cancellation_policy_hours", exc) from None
            cancellation_policy_hours = drift.keep("cancellation_policy_hours", exc, src_dict, "number")

        try:
            suppress_mail = src_dict.get("suppress_mail", UNSET)
            if not isinstance(suppress_mail, bool) and suppress_mail is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("suppress_mail", exc) from None
            suppress_mail = drift.keep("suppress_mail", exc, src_dict, "boolean")

        appointment = cls(
            id,
            practitioner_id,
            location_id,
            appointment_type_id,
            start_time,
            patient_id,
            duration,
            video,
            in_person,
            telephone,
            video_url,
            link_id,
            reserved_until,
            booking_confirmed_at,
            can_be_cancelled,
            can_be_rescheduled,
            cancellation_policy_hours,
            suppress_mail,
        )

        if not _JSON_KEYS.issuperset(src_dict):  # a third faster than keys() <= _JSON_KEYS (no view made)
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            if drift is not None:
                drift.unknown_fields(d)
            appointment.additional_properties = d
        return appointment

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
