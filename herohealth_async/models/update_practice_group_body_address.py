from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Drift, ResponseFieldError, Unset

T = TypeVar("T", bound="UpdatePracticeGroupBodyAddress")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "line_1",
        "line_2",
        "line_3",
        "town",
        "county",
        "postcode",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class UpdatePracticeGroupBodyAddress:
    """
    Fields:

    - line_1 (str): optional, UNSET when absent.
    - line_2 (str): optional, UNSET when absent.
    - line_3 (str): optional, UNSET when absent.
    - town (str): optional, UNSET when absent.
    - county (str): optional, UNSET when absent.
    - postcode (str): optional, UNSET when absent.
    """

    line_1: str | Unset = UNSET
    line_2: str | Unset = UNSET
    line_3: str | Unset = UNSET
    town: str | Unset = UNSET
    county: str | Unset = UNSET
    postcode: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {
        "line_1": (str,),
        "line_2": (str,),
        "line_3": (str,),
        "town": (str,),
        "county": (str,),
        "postcode": (str,),
    }
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        line_1 = self.line_1

        line_2 = self.line_2

        line_3 = self.line_3

        town = self.town

        county = self.county

        postcode = self.postcode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if line_1 is not UNSET:
            field_dict["line_1"] = line_1
        if line_2 is not UNSET:
            field_dict["line_2"] = line_2
        if line_3 is not UNSET:
            field_dict["line_3"] = line_3
        if town is not UNSET:
            field_dict["town"] = town
        if county is not UNSET:
            field_dict["county"] = county
        if postcode is not UNSET:
            field_dict["postcode"] = postcode

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
            line_1 = src_dict.get("line_1", UNSET)
            if not isinstance(line_1, str) and line_1 is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("line_1", exc) from None
            line_1 = drift.keep("line_1", exc, src_dict, "string")

        try:
            line_2 = src_dict.get("line_2", UNSET)
            if not isinstance(line_2, str) and line_2 is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("line_2", exc) from None
            line_2 = drift.keep("line_2", exc, src_dict, "string")

        try:
            line_3 = src_dict.get("line_3", UNSET)
            if not isinstance(line_3, str) and line_3 is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("line_3", exc) from None
            line_3 = drift.keep("line_3", exc, src_dict, "string")

        try:
            town = src_dict.get("town", UNSET)
            if not isinstance(town, str) and town is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("town", exc) from None
            town = drift.keep("town", exc, src_dict, "string")

        try:
            county = src_dict.get("county", UNSET)
            if not isinstance(county, str) and county is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("county", exc) from None
            county = drift.keep("county", exc, src_dict, "string")

        try:
            postcode = src_dict.get("postcode", UNSET)
            if not isinstance(postcode, str) and postcode is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("postcode", exc) from None
            postcode = drift.keep("postcode", exc, src_dict, "string")

        update_practice_group_body_address = cls(
            line_1,
            line_2,
            line_3,
            town,
            county,
            postcode,
        )

        if not _JSON_KEYS.issuperset(src_dict):  # a third faster than keys() <= _JSON_KEYS (no view made)
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            if drift is not None:
                drift.unknown_fields(d)
            update_practice_group_body_address.additional_properties = d
        return update_practice_group_body_address

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
