from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Drift, ResponseFieldError, Unset

T = TypeVar("T", bound="AttachmentLink")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "attachment_link",
        "attachment_uuid",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class AttachmentLink:
    """
    Fields:

    - attachment_link (str): optional, UNSET when absent.
    - attachment_uuid (str): optional, UNSET when absent.
    """

    attachment_link: str | Unset = UNSET
    attachment_uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {"attachment_link": (str,), "attachment_uuid": (str,)}
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        attachment_link = self.attachment_link

        attachment_uuid = self.attachment_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attachment_link is not UNSET:
            field_dict["attachment_link"] = attachment_link
        if attachment_uuid is not UNSET:
            field_dict["attachment_uuid"] = attachment_uuid

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
            attachment_link = src_dict.get("attachment_link", UNSET)
            if not isinstance(attachment_link, str) and attachment_link is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("attachment_link", exc) from None
            attachment_link = drift.keep("attachment_link", exc, src_dict, "string")

        try:
            attachment_uuid = src_dict.get("attachment_uuid", UNSET)
            if not isinstance(attachment_uuid, str) and attachment_uuid is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("attachment_uuid", exc) from None
            attachment_uuid = drift.keep("attachment_uuid", exc, src_dict, "string")

        attachment_link = cls(
            attachment_link,
            attachment_uuid,
        )

        if not _JSON_KEYS.issuperset(src_dict):  # a third faster than keys() <= _JSON_KEYS (no view made)
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            if drift is not None:
                drift.unknown_fields(d)
            attachment_link.additional_properties = d
        return attachment_link

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
