from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assignee_type import AssigneeType, check_assignee_type
from ..types import UNSET, Drift, ResponseFieldError, Unset

T = TypeVar("T", bound="UpdateEpisodeBodyAssigneesItem")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "name",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class UpdateEpisodeBodyAssigneesItem:
    """
    Fields:

    - type (AssigneeType): optional, UNSET when absent. Attribute ``type_``.
    - id (str): optional, UNSET when absent.
    - name (str): optional, UNSET when absent.
    """

    type_: AssigneeType | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {"type_": (str,), "id": (str,), "name": (str,)}
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        id = self.id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name

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
            _type_ = src_dict.get("type", UNSET)
            type_: AssigneeType | Unset
            if _type_ is UNSET:
                type_ = UNSET
            else:
                type_ = check_assignee_type(_type_)

            if not isinstance(type_, str) and type_ is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("type", exc) from None
            type_ = drift.keep("type", exc, src_dict, "string (enum)")
        if drift is not None and type_ is not UNSET:
            from ..models.assignee_type import ASSIGNEE_TYPE_VALUES  # noqa: PLC0415

            if type_ not in ASSIGNEE_TYPE_VALUES:
                drift.record("type", "one of the document's values", "a value the document lacks")

        try:
            id = src_dict.get("id", UNSET)
            if not isinstance(id, str) and id is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("id", exc) from None
            id = drift.keep("id", exc, src_dict, "string")

        try:
            name = src_dict.get("name", UNSET)
            if not isinstance(name, str) and name is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("name", exc) from None
            name = drift.keep("name", exc, src_dict, "string")

        update_episode_body_assignees_item = cls(
            type_,
            id,
            name,
        )

        if not _JSON_KEYS.issuperset(src_dict):  # a third faster than keys() <= _JSON_KEYS (no view made)
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            if drift is not None:
                drift.unknown_fields(d)
            update_episode_body_assignees_item.additional_properties = d
        return update_episode_body_assignees_item

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
