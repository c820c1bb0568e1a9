from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assignee_type import AssigneeType, check_assignee_type
from ..types import Drift, NoneType, ResponseFieldError

T = TypeVar("T", bound="EpisodeAssigneesItem")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "name",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class EpisodeAssigneesItem:
    """
    Fields:

    - type (AssigneeType | None): required, nullable (None). Attribute ``type_``.
    - name (None | str): required, nullable (None).
    """

    type_: AssigneeType | None
    name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {"type_": (str, NoneType), "name": (str, NoneType)}
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        type_: None | str
        if isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        name: None | str
        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
            }
        )

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

            def _parse_type_(data: object) -> AssigneeType | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    type_type_0 = check_assignee_type(data)

                    return type_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AssigneeType | None, data)

            type_ = _parse_type_(src_dict["type"])

            if not isinstance(type_, (str, NoneType)):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("type", exc) from None
            type_ = drift.keep("type", exc, src_dict, "AssigneeType | None, required")

        try:

            def _parse_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            name = _parse_name(src_dict["name"])

            if not isinstance(name, (str, NoneType)):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("name", exc) from None
            name = drift.keep("name", exc, src_dict, "None | str, required")

        episode_assignees_item = cls(
            type_,
            name,
        )

        if not _JSON_KEYS.issuperset(src_dict):  # a third faster than keys() <= _JSON_KEYS (no view made)
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            if drift is not None:
                drift.unknown_fields(d)
            episode_assignees_item.additional_properties = d
        return episode_assignees_item

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
