from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Drift, ResponseFieldError, Unset

T = TypeVar("T", bound="KeyRequest")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "signing_key",
        "label",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class KeyRequest:
    """
    Fields:

    - signing_key (str): required.
    - label (str): optional, UNSET when absent.
    """

    signing_key: str = _attrs_field(repr=False)
    label: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_not_null: ClassVar[frozenset[str]] = frozenset({"signing_key"})
    """Required attributes the document does not allow to be null (checked before sending)."""
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {"signing_key": (str,), "label": (str,)}
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        signing_key = self.signing_key

        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "signing_key": signing_key,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label

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
            signing_key = src_dict["signing_key"]
            if not isinstance(signing_key, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("signing_key", exc) from None
            signing_key = drift.keep("signing_key", exc, src_dict, "string, required")

        try:
            label = src_dict.get("label", UNSET)
            if not isinstance(label, str) and label is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("label", exc) from None
            label = drift.keep("label", exc, src_dict, "string")

        key_request = cls(
            signing_key,
            label,
        )

        if not _JSON_KEYS.issuperset(src_dict):  # a third faster than keys() <= _JSON_KEYS (no view made)
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            if drift is not None:
                drift.unknown_fields(d)
            key_request.additional_properties = d
        return key_request

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
