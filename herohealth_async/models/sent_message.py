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


T = TypeVar("T", bound="SentMessage")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "message_id",
        "content",
        "created_at",
        "snomed_code",
        "write_to_record",
        "auth_token",
        "confirm_write_to_record_url",
        "submitted_by",
        "send_at",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class SentMessage:
    """
    Example:
        {'message_id': '70001', 'content': 'Your appointment is confirmed.', 'created_at': '2099-01-04T16:21:00Z'}

    Fields:

    - message_id (str): required.
    - content (str): required.
    - created_at (str): required.
    - snomed_code (str): optional, UNSET when absent.
    - write_to_record (bool): optional, UNSET when absent.
    - auth_token (str): optional, UNSET when absent.
    - confirm_write_to_record_url (str): optional, UNSET when absent.
    - submitted_by (str): optional, UNSET when absent.
    - send_at (datetime.datetime): optional, UNSET when absent, format date-time.
    """

    message_id: str
    content: str
    created_at: str
    snomed_code: str | Unset = UNSET
    write_to_record: bool | Unset = UNSET
    auth_token: str | Unset = UNSET
    confirm_write_to_record_url: str | Unset = UNSET
    submitted_by: str | Unset = UNSET
    send_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_not_null: ClassVar[frozenset[str]] = frozenset({"message_id", "content", "created_at"})
    """Required attributes the document does not allow to be null (checked before sending)."""
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {
        "message_id": (str,),
        "content": (str,),
        "created_at": (str,),
        "snomed_code": (str,),
        "write_to_record": (bool,),
        "auth_token": (str,),
        "confirm_write_to_record_url": (str,),
        "submitted_by": (str,),
        "send_at": (datetime.datetime,),
    }
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        content = self.content

        created_at = self.created_at

        snomed_code = self.snomed_code

        write_to_record = self.write_to_record

        auth_token = self.auth_token

        confirm_write_to_record_url = self.confirm_write_to_record_url

        submitted_by = self.submitted_by

        send_at: str | Unset = UNSET
        if not isinstance(self.send_at, Unset):
            send_at = self.send_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_id": message_id,
                "content": content,
                "created_at": created_at,
            }
        )
        if snomed_code is not UNSET:
            field_dict["snomed_code"] = snomed_code
        if write_to_record is not UNSET:
            field_dict["write_to_record"] = write_to_record
        if auth_token is not UNSET:
            field_dict["auth_token"] = auth_token
        if confirm_write_to_record_url is not UNSET:
            field_dict["confirm_write_to_record_url"] = confirm_write_to_record_url
        if submitted_by is not UNSET:
            field_dict["submitted_by"] = submitted_by
        if send_at is not UNSET:
            field_dict["send_at"] = send_at

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
            message_id = src_dict["message_id"]
            if not isinstance(message_id, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("message_id", exc) from None
            message_id = drift.keep("message_id", exc, src_dict, "string, required")

        try:
            content = src_dict["content"]
            if not isinstance(content, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("content", exc) from None
            content = drift.keep("content", exc, src_dict, "string, required")

        try:
            created_at = src_dict["created_at"]
            if not isinstance(created_at, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("created_at", exc) from None
            created_at = drift.keep("created_at", exc, src_dict, "string, required")

        try:
            snomed_code = src_dict.get("snomed_code", UNSET)
            if not isinstance(snomed_code, str) and snomed_code is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("snomed_code", exc) from None
            snomed_code = drift.keep("snomed_code", exc, src_dict, "string")

        try:
            write_to_record = src_dict.get("write_to_record", UNSET)
            if not isinstance(write_to_record, bool) and write_to_record is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("write_to_record", exc) from None
            write_to_record = drift.keep("write_to_record", exc, src_dict, "boolean")

        try:
            auth_token = src_dict.get("auth_token", UNSET)
            if not isinstance(auth_token, str) and auth_token is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("auth_token", exc) from None
            auth_token = drift.keep("auth_token", exc, src_dict, "string")

        try:
            confirm_write_to_record_url = src_dict.get("confirm_write_to_record_url", UNSET)
            if not isinstance(confirm_write_to_record_url, str) and confirm_write_to_record_url is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("confirm_write_to_record_url", exc) from None
            confirm_write_to_record_url = drift.keep("confirm_write_to_record_url", exc, src_dict, "string")

        try:
            submitted_by = src_dict.get("submitted_by", UNSET)
            if not isinstance(submitted_by, str) and submitted_by is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("submitted_by", exc) from None
            submitted_by = drift.keep("submitted_by", exc, src_dict, "string")

        try:
            _send_at = src_dict.get("send_at", UNSET)
            send_at: datetime.datetime | Unset
            if _send_at is UNSET:
                send_at = UNSET
            else:
                send_at = _datetime_fromisoformat(_send_at)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("send_at", exc) from None
            send_at = drift.keep("send_at", exc, src_dict, "string (date-time)")

        sent_message = cls(
            message_id,
            content,
            created_at,
            snomed_code,
            write_to_record,
            auth_token,
            confirm_write_to_record_url,
            submitted_by,
            send_at,
        )

        if not _JSON_KEYS.issuperset(src_dict):  # a third faster than keys() <= _JSON_KEYS (no view made)
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            if drift is not None:
                drift.unknown_fields(d)
            sent_message.additional_properties = d
        return sent_message

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
