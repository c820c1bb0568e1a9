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


T = TypeVar("T", bound="CreateAttachmentLinkBody")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "expiry_date",
        "ehr_file_id",
        "file_data",
        "file_name",
        "patient_id",
        "maximum_use_count",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class CreateAttachmentLinkBody:
    """
    Fields:

    - expiry_date (datetime.date): optional, UNSET when absent, format date.
    - ehr_file_id (str): optional, UNSET when absent. id from List Patient Attachments; otherwise give file_data
    - file_data (str): optional, UNSET when absent.
    - file_name (str): optional, UNSET when absent.
    - patient_id (str): optional, UNSET when absent.
    - maximum_use_count (int): optional, UNSET when absent.
    """

    expiry_date: datetime.date | Unset = UNSET
    ehr_file_id: str | Unset = UNSET
    """ id from List Patient Attachments; otherwise give file_data """
    file_data: str | Unset = UNSET
    file_name: str | Unset = UNSET
    patient_id: str | Unset = UNSET
    maximum_use_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {
        "expiry_date": (datetime.date,),
        "ehr_file_id": (str,),
        "file_data": (str,),
        "file_name": (str,),
        "patient_id": (str,),
        "maximum_use_count": (int,),
    }
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        expiry_date: str | Unset = UNSET
        if not isinstance(self.expiry_date, Unset):
            expiry_date = self.expiry_date.isoformat()

        ehr_file_id = self.ehr_file_id

        file_data = self.file_data

        file_name = self.file_name

        patient_id = self.patient_id

        maximum_use_count = self.maximum_use_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expiry_date is not UNSET:
            field_dict["expiry_date"] = expiry_date
        if ehr_file_id is not UNSET:
            field_dict["ehr_file_id"] = ehr_file_id
        if file_data is not UNSET:
            field_dict["file_data"] = file_data
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if patient_id is not UNSET:
            field_dict["patient_id"] = patient_id
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
            ehr_file_id = src_dict.get("ehr_file_id", UNSET)
            if not isinstance(ehr_file_id, str) and ehr_file_id is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("ehr_file_id", exc) from None
            ehr_file_id = drift.keep("ehr_file_id", exc, src_dict, "string")

        try:
            file_data = src_dict.get("file_data", UNSET)
            if not isinstance(file_data, str) and file_data is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("file_data", exc) from None
            file_data = drift.keep("file_data", exc, src_dict, "string")

        try:
            file_name = src_dict.get("file_name", UNSET)
            if not isinstance(file_name, str) and file_name is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("file_name", exc) from None
            file_name = drift.keep("file_name", exc, src_dict, "string")

        try:
            patient_id = src_dict.get("patient_id", UNSET)
            if not isinstance(patient_id, str) and patient_id is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("patient_id", exc) from None
            patient_id = drift.keep("patient_id", exc, src_dict, "string")

        try:
            maximum_use_count = src_dict.get("maximum_use_count", UNSET)
            if not isinstance(maximum_use_count, int) and maximum_use_count is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("maximum_use_count", exc) from None
            maximum_use_count = drift.keep("maximum_use_count", exc, src_dict, "integer")

        create_attachment_link_body = cls(
            expiry_date,
            ehr_file_id,
            file_data,
            file_name,
            patient_id,
            maximum_use_count,
        )

        if not _JSON_KEYS.issuperset(src_dict):  # a third faster than keys() <= _JSON_KEYS (no view made)
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            if drift is not None:
                drift.unknown_fields(d)
            create_attachment_link_body.additional_properties = d
        return create_attachment_link_body

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
