from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.colour import Colour, check_colour
from ..types import UNSET, ResponseFieldError, Unset

T = TypeVar("T", bound="NewWidget")


@_attrs_define
class NewWidget:
    colour: Colour
    made_at: datetime.datetime
    owner_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_patterns: ClassVar[dict[str, str]] = {"owner_id": "^\\d+$"}
    """Attribute name -> regular expression the document requires of its value (checked before sending)."""
    _field_not_null: ClassVar[frozenset[str]] = frozenset({"colour", "made_at"})
    """Required attributes the document does not allow to be null (checked before sending)."""
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {
        "colour": (str,),
        "made_at": (datetime.datetime,),
        "owner_id": (str,),
    }
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""
    _field_min_lengths: ClassVar[dict[str, int]] = {"owner_id": 1}
    """Attribute name -> shortest length the document allows (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        colour: str = self.colour

        made_at = self.made_at.isoformat()

        owner_id = self.owner_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "colour": colour,
                "made_at": made_at,
            }
        )
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: it is faster
            raise ResponseFieldError("", "must be a JSON object")
        d = dict(src_dict)
        # Each field is read under its name, so an error names the field (never its value).
        _at = ""
        try:
            _at = "colour"
            colour = check_colour(d.pop("colour"))

            if not isinstance(colour, str):
                raise TypeError

            _at = "made_at"
            made_at = datetime.datetime.fromisoformat(d.pop("made_at"))

            _at = "owner_id"
            owner_id = d.pop("owner_id", UNSET)
            if not isinstance(owner_id, str) and owner_id is not UNSET:
                raise TypeError

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError.wrap(_at, exc) from None
        new_widget = cls(
            colour=colour,
            made_at=made_at,
            owner_id=owner_id,
        )

        new_widget.additional_properties = d
        return new_widget

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
