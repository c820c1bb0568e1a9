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


T = TypeVar("T", bound="MessageWriteToRecord")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "write_to_record_at",
        "status",
        "failure_reason",
        "snomed_code",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class MessageWriteToRecord:
    """
    Fields:

    - write_to_record_at (datetime.datetime): optional, UNSET when absent, format date-time.
    - status (str): optional, UNSET when absent.
    - failure_reason (str): optional, UNSET when absent.
    - snomed_code (str): optional, UNSET when absent.
    """

    write_to_record_at: datetime.datetime | Unset = UNSET
    status: str | Unset = UNSET
    failure_reason: str | Unset = UNSET
    snomed_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {
        "write_to_record_at": (datetime.datetime,),
        "status": (str,),
        "failure_reason": (str,),
        "snomed_code": (str,),
    }
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        write_to_record_at: str | Unset = UNSET
        if not isinstance(self.write_to_record_at, Unset):
            write_to_record_at = self.write_to_record_at.isoformat()

        status = self.status

        failure_reason = self.failure_reason

        snomed_code = self.snomed_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if write_to_record_at is not UNSET:
            field_dict["write_to_record_at"] = write_to_record_at
        if status is not UNSET:
            field_dict["status"] = status
        if failure_reason is not UNSET:
            field_dict["failure_reason"] = failure_reason
        if snomed_code is not UNSET:
            field_dict["snomed_code"] = snomed_code

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
            _write_to_record_at = src_dict.get("write_to_record_at", UNSET)
            write_to_record_at: datetime.datetime | Unset
            if _write_to_record_at is UNSET:
                write_to_record_at = UNSET
            else:
                write_to_record_at = _datetime_fromisoformat(_write_to_record_at)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("write_to_record_at", exc) from None
            write_to_record_at = drift.keep("write_to_record_at", exc, src_dict, "string (date-time)")

        try:
            status = src_dict.get("status", UNSET)
            if not isinstance(status, str) and status is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("status", exc) from None
            status = drift.keep("status", exc, src_dict, "string")

        try:
            failure_reason = src_dict.get("failure_reason", UNSET)
            if not isinstance(failure_reason, str) and failure_reason is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("failure_reason", exc) from None
            failure_reason = drift.keep("failure_reason", exc, src_dict, "string")

        try:
            snomed_code = src_dict.get("snomed_code", UNSET)
            if not isinstance(snomed_code, str) and snomed_code is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("snomed_code", exc) from None
            snomed_code = drift.keep("snomed_code", exc, src_dict, "string")

        message_write_to_record = cls(
            write_to_record_at,
            status,
            failure_reason,
            snomed_code,
        )

        if not _JSON_KEYS.issuperset(src_dict):  # a third faster than keys() <= _JSON_KEYS (no view made)
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            if drift is not None:
                drift.unknown_fields(d)
            message_write_to_record.additional_properties = d
        return message_write_to_record

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
