from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.colour import Colour, check_colour
from ..types import UNSET, Drift, NoneType, ResponseFieldError, Unset

# Looked up once: parsing a page calls them for every date-time of every item.
_datetime_fromisoformat = datetime.datetime.fromisoformat
_date_fromisoformat = datetime.date.fromisoformat

if TYPE_CHECKING:
    from ..models.owner import Owner


T = TypeVar("T", bound="Widget")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "colour",
        "made_at",
        "weight",
        "tags",
        "owner",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class Widget:
    """
    Fields:

    - id (str): required.
    - colour (Colour): required.
    - made_at (datetime.datetime | None): required, nullable (None).
    - weight (float): optional, UNSET when absent.
    - tags (list[str]): optional, UNSET when absent.
    - owner (Owner): optional, UNSET when absent.
    """

    id: str
    colour: Colour
    made_at: datetime.datetime | None
    weight: float | Unset = UNSET
    tags: list[str] | Unset = UNSET
    owner: Owner | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_patterns: ClassVar[dict[str, str]] = {"id": "^\\d+$"}
    """Attribute name -> regular expression the document requires of its value (checked before sending)."""
    _field_not_null: ClassVar[frozenset[str]] = frozenset({"id", "colour"})
    """Required attributes the document does not allow to be null (checked before sending)."""
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {
        "id": (str,),
        "colour": (str,),
        "made_at": (datetime.datetime, NoneType),
        "weight": (int, float),
        "tags": (list,),
    }
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        colour: str = self.colour

        made_at: None | str
        if isinstance(self.made_at, datetime.datetime):
            made_at = self.made_at.isoformat()
        else:
            made_at = self.made_at

        weight = self.weight

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "colour": colour,
                "made_at": made_at,
            }
        )
        if weight is not UNSET:
            field_dict["weight"] = weight
        if tags is not UNSET:
            field_dict["tags"] = tags
        if owner is not UNSET:
            field_dict["owner"] = owner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], drift: Drift | None = None) -> T:
        """The model for ``src_dict`` (a decoded JSON object), checked field by field against the document.

        A field that breaks it raises :class:`ResponseFieldError` naming the field; with ``drift``, it is
        recorded there instead and kept as it arrived (``None`` for strict parsing, the default).
        """
        from ..models.owner import Owner  # noqa: PLC0415

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
            colour = check_colour(src_dict["colour"])

            if not isinstance(colour, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("colour", exc) from None
            colour = drift.keep("colour", exc, src_dict, "string (enum), required")
        if drift is not None:
            from ..models.colour import COLOUR_VALUES  # noqa: PLC0415

            if colour not in COLOUR_VALUES:
                drift.record("colour", "one of the document's values", "a value the document lacks")

        try:

            def _parse_made_at(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    made_at_type_0 = _datetime_fromisoformat(data)

                    return made_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None, data)

            made_at = _parse_made_at(src_dict["made_at"])

            if not isinstance(made_at, (datetime.datetime, NoneType)):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("made_at", exc) from None
            made_at = drift.keep("made_at", exc, src_dict, "datetime.datetime | None, required")

        try:
            weight = src_dict.get("weight", UNSET)
            if not isinstance(weight, (int, float)) and weight is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("weight", exc) from None
            weight = drift.keep("weight", exc, src_dict, "number")

        try:
            tags = cast(list[str], src_dict.get("tags", UNSET))

            if not isinstance(tags, list) and tags is not UNSET:
                raise TypeError
            if not isinstance(tags, Unset) and not all(isinstance(_item, str) for _item in tags):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("tags", exc) from None
            tags = drift.keep("tags", exc, src_dict, "array")

        try:
            _owner = src_dict.get("owner", UNSET)
            owner: Owner | Unset
            if _owner is UNSET:
                owner = UNSET
            else:
                owner = Owner.from_dict(_owner, None if drift is None else drift.at("owner"))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("owner", exc) from None
            owner = drift.keep("owner", exc, src_dict, "object")

        widget = cls(
            id,
            colour,
            made_at,
            weight,
            tags,
            owner,
        )

        if not _JSON_KEYS.issuperset(src_dict):  # a third faster than keys() <= _JSON_KEYS (no view made)
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            if drift is not None:
                drift.unknown_fields(d)
            widget.additional_properties = d
        return widget

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
