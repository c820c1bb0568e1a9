from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Drift, ResponseFieldError, Unset

# Looked up once: parsing a page calls them for every date-time of every item.
_datetime_fromisoformat = datetime.datetime.fromisoformat
_date_fromisoformat = datetime.date.fromisoformat

if TYPE_CHECKING:
    from ..models.message_campaign import MessageCampaign
    from ..models.message_patient import MessagePatient
    from ..models.message_sent_by_admin import MessageSentByAdmin
    from ..models.message_short_link import MessageShortLink
    from ..models.message_write_to_record import MessageWriteToRecord


T = TypeVar("T", bound="Message")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "patient",
        "write_to_record",
        "short_link",
        "campaign",
        "created_at",
        "sent_at",
        "scheduled_at",
        "status",
        "sent_by_admin",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class Message:
    """
    Fields:

    - id (str): optional, UNSET when absent.
    - patient (MessagePatient): optional, UNSET when absent.
    - write_to_record (MessageWriteToRecord): optional, UNSET when absent.
    - short_link (MessageShortLink): optional, UNSET when absent.
    - campaign (MessageCampaign): optional, UNSET when absent.
    - created_at (datetime.datetime): optional, UNSET when absent, format date-time.
    - sent_at (datetime.datetime): optional, UNSET when absent, format date-time.
    - scheduled_at (datetime.datetime): optional, UNSET when absent, format date-time.
    - status (str): optional, UNSET when absent.
    - sent_by_admin (MessageSentByAdmin): optional, UNSET when absent.
    """

    id: str | Unset = UNSET
    patient: MessagePatient | Unset = UNSET
    write_to_record: MessageWriteToRecord | Unset = UNSET
    short_link: MessageShortLink | Unset = UNSET
    campaign: MessageCampaign | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    sent_at: datetime.datetime | Unset = UNSET
    scheduled_at: datetime.datetime | Unset = UNSET
    status: str | Unset = UNSET
    sent_by_admin: MessageSentByAdmin | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {
        "id": (str,),
        "created_at": (datetime.datetime,),
        "sent_at": (datetime.datetime,),
        "scheduled_at": (datetime.datetime,),
        "status": (str,),
    }
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        patient: dict[str, Any] | Unset = UNSET
        if not isinstance(self.patient, Unset):
            patient = self.patient.to_dict()

        write_to_record: dict[str, Any] | Unset = UNSET
        if not isinstance(self.write_to_record, Unset):
            write_to_record = self.write_to_record.to_dict()

        short_link: dict[str, Any] | Unset = UNSET
        if not isinstance(self.short_link, Unset):
            short_link = self.short_link.to_dict()

        campaign: dict[str, Any] | Unset = UNSET
        if not isinstance(self.campaign, Unset):
            campaign = self.campaign.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        sent_at: str | Unset = UNSET
        if not isinstance(self.sent_at, Unset):
            sent_at = self.sent_at.isoformat()

        scheduled_at: str | Unset = UNSET
        if not isinstance(self.scheduled_at, Unset):
            scheduled_at = self.scheduled_at.isoformat()

        status = self.status

        sent_by_admin: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sent_by_admin, Unset):
            sent_by_admin = self.sent_by_admin.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if patient is not UNSET:
            field_dict["patient"] = patient
        if write_to_record is not UNSET:
            field_dict["write_to_record"] = write_to_record
        if short_link is not UNSET:
            field_dict["short_link"] = short_link
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if sent_at is not UNSET:
            field_dict["sent_at"] = sent_at
        if scheduled_at is not UNSET:
            field_dict["scheduled_at"] = scheduled_at
        if status is not UNSET:
            field_dict["status"] = status
        if sent_by_admin is not UNSET:
            field_dict["sent_by_admin"] = sent_by_admin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], drift: Drift | None = None) -> T:
        """The model for ``src_dict`` (a decoded JSON object), checked field by field against the document.

        A field that breaks it raises :class:`ResponseFieldError` naming the field; with ``drift``, it is
        recorded there instead and kept as it arrived (``None`` for strict parsing, the default).
        """
        from ..models.message_campaign import MessageCampaign  # noqa: PLC0415
        from ..models.message_patient import MessagePatient  # noqa: PLC0415
        from ..models.message_sent_by_admin import MessageSentByAdmin  # noqa: PLC0415
        from ..models.message_short_link import MessageShortLink  # noqa: PLC0415
        from ..models.message_write_to_record import MessageWriteToRecord  # noqa: PLC0415

        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: it is faster
            raise ResponseFieldError("", "must be a JSON object")
        # Each field is read under its name, so an error names the field (never its value). Fields are
        # read in place (no copy of the object); the keys left over are collected only when there are any.
        try:
            id = src_dict.get("id", UNSET)
            if not isinstance(id, str) and id is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("id", exc) from None
            id = drift.keep("id", exc, src_dict, "string")

        try:
            _patient = src_dict.get("patient", UNSET)
            patient: MessagePatient | Unset
            if _patient is UNSET:
                patient = UNSET
            else:
                patient = MessagePatient.from_dict(_patient, None if drift is None else drift.at("patient"))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("patient", exc) from None
            patient = drift.keep("patient", exc, src_dict, "object")

        try:
            _write_to_record = src_dict.get("write_to_record", UNSET)
            write_to_record: MessageWriteToRecord | Unset
            if _write_to_record is UNSET:
                write_to_record = UNSET
            else:
                write_to_record = MessageWriteToRecord.from_dict(
                    _write_to_record, None if drift is None else drift.at("write_to_record")
                )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("write_to_record", exc) from None
            write_to_record = drift.keep("write_to_record", exc, src_dict, "object")

        try:
            _short_link = src_dict.get("short_link", UNSET)
            short_link: MessageShortLink | Unset
            if _short_link is UNSET:
                short_link = UNSET
            else:
                short_link = MessageShortLink.from_dict(_short_link, None if drift is None else drift.at("short_link"))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("short_link", exc) from None
            short_link = drift.keep("short_link", exc, src_dict, "object")

        try:
            _campaign = src_dict.get("campaign", UNSET)
            campaign: MessageCampaign | Unset
            if _campaign is UNSET:
                campaign = UNSET
            else:
                campaign = MessageCampaign.from_dict(_campaign, None if drift is None else drift.at("campaign"))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("campaign", exc) from None
            campaign = drift.keep("campaign", exc, src_dict, "object")

        try:
            _created_at = src_dict.get("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if _created_at is UNSET:
                created_at = UNSET
            else:
                created_at = _datetime_fromisoformat(_created_at)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("created_at", exc) from None
            created_at = drift.keep("created_at", exc, src_dict, "string (date-time)")

        try:
            _sent_at = src_dict.get("sent_at", UNSET)
            sent_at: datetime.datetime | Unset
            if _sent_at is UNSET:
                sent_at = UNSET
            else:
                sent_at = _datetime_fromisoformat(_sent_at)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("sent_at", exc) from None
            sent_at = drift.keep("sent_at", exc, src_dict, "string (date-time)")

        try:
            _scheduled_at = src_dict.get("scheduled_at", UNSET)
            scheduled_at: datetime.datetime | Unset
            if _scheduled_at is UNSET:
                scheduled_at = UNSET
            else:
                scheduled_at = _datetime_fromisoformat(_scheduled_at)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("scheduled_at", exc) from None
            scheduled_at = drift.keep("scheduled_at", exc, src_dict, "string (date-time)")

        try:
            status = src_dict.get("status", UNSET)
            if not isinstance(status, str) and status is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("status", exc) from None
            status = drift.keep("status", exc, src_dict, "string")

        try:
            _sent_by_admin = src_dict.get("sent_by_admin", UNSET)
            sent_by_admin: MessageSentByAdmin | Unset
            if _sent_by_admin is UNSET:
                sent_by_admin = UNSET
            else:
                sent_by_admin = MessageSentByAdmin.from_dict(
                    _sent_by_admin, None if drift is None else drift.at("sent_by_admin")
                )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("sent_by_admin", exc) from None
            sent_by_admin = drift.keep("sent_by_admin", exc, src_dict, "object")

        message = cls(
            id,
            patient,
            write_to_record,
            short_link,
            campaign,
            created_at,
            sent_at,
            scheduled_at,
            status,
            sent_by_admin,
        )

        if not _JSON_KEYS.issuperset(src_dict):  # a third faster than keys() <= _JSON_KEYS (no view made)
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            if drift is not None:
                drift.unknown_fields(d)
            message.additional_properties = d
        return message

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
