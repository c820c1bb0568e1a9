from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Drift, ResponseFieldError, Unset

if TYPE_CHECKING:
    from ..models.note_admin import NoteAdmin


T = TypeVar("T", bound="Note")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "description",
        "admin",
        "practice_group_id",
        "archived_at",
        "created_at",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class Note:
    """
    Fields:

    - id (float): optional, UNSET when absent.
    - description (str): optional, UNSET when absent.
    - admin (NoteAdmin): optional, UNSET when absent.
    - practice_group_id (float): optional, UNSET when absent.
    - archived_at (str): optional, UNSET when absent.
    - created_at (str): optional, UNSET when absent.
    """

    id: float | Unset = UNSET
    description: str | Unset = UNSET
    admin: NoteAdmin | Unset = UNSET
    practice_group_id: float | Unset = UNSET
    archived_at: str | Unset = UNSET
    created_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {
        "id": (int, float),
        "description": (str,),
        "practice_group_id": (int, float),
        "archived_at": (str,),
        "created_at": (str,),
    }
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description = self.description

        admin: dict[str, Any] | Unset = UNSET
        if not isinstance(self.admin, Unset):
            admin = self.admin.to_dict()

        practice_group_id = self.practice_group_id

        archived_at = self.archived_at

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if admin is not UNSET:
            field_dict["admin"] = admin
        if practice_group_id is not UNSET:
            field_dict["practice_group_id"] = practice_group_id
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], drift: Drift | None = None) -> T:
        """The model for ``src_dict`` (a decoded JSON object), checked field by field against the document.

        A field that breaks it raises :class:`ResponseFieldError` naming the field; with ``drift``, it is
        recorded there instead and kept as it arrived (``None`` for strict parsing, the default).
        """
        from ..models.note_admin import NoteAdmin  # noqa: PLC0415

        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: it is faster
            raise ResponseFieldError("", "must be a JSON object")
        # Each field is read under its name, so an error names the field (never its value). Fields are
        # read in place (no copy of the object); the keys left over are collected only when there are any.
        try:
            id = src_dict.get("id", UNSET)
            if not isinstance(id, (int, float)) and id is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("id", exc) from None
            id = drift.keep("id", exc, src_dict, "number")

        try:
            description = src_dict.get("description", UNSET)
            if not isinstance(description, str) and description is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("description", exc) from None
            description = drift.keep("description", exc, src_dict, "string")

        try:
            _admin = src_dict.get("admin", UNSET)
            admin: NoteAdmin | Unset
            if _admin is UNSET:
                admin = UNSET
            else:
                admin = NoteAdmin.from_dict(_admin, None if drift is None else drift.at("admin"))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("admin", exc) from None
            admin = drift.keep("admin", exc, src_dict, "object")

        try:
            practice_group_id = src_dict.get("practice_group_id", UNSET)
            if not isinstance(practice_group_id, (int, float)) and practice_group_id is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("practice_group_id", exc) from None
            practice_group_id = drift.keep("practice_group_id", exc, src_dict, "number")

        try:
            archived_at = src_dict.get("archived_at", UNSET)
            if not isinstance(archived_at, str) and archived_at is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("archived_at", exc) from None
            archived_at = drift.keep("archived_at", exc, src_dict, "string")

        try:
            created_at = src_dict.get("created_at", UNSET)
            if not isinstance(created_at, str) and created_at is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("created_at", exc) from None
            created_at = drift.keep("created_at", exc, src_dict, "string")

        note = cls(
            id,
            description,
            admin,
            practice_group_id,
            archived_at,
            created_at,
        )

        if not _JSON_KEYS.issuperset(src_dict):  # a third faster than keys() <= _JSON_KEYS (no view made)
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            if drift is not None:
                drift.unknown_fields(d)
            note.additional_properties = d
        return note

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
