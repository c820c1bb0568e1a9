from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Drift, NoneType, ResponseFieldError, Unset

if TYPE_CHECKING:
    from ..models.episode_tasks_item_patient import EpisodeTasksItemPatient


T = TypeVar("T", bound="EpisodeTasksItem")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "type_label",
        "category",
        "patient",
        "details",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class EpisodeTasksItem:
    """
    Fields:

    - type_label (str): required.
    - category (str): required.
    - patient (EpisodeTasksItemPatient): required.
    - details (None | str): optional, UNSET when absent, nullable (None).
    """

    type_label: str
    category: str
    patient: EpisodeTasksItemPatient
    details: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_not_null: ClassVar[frozenset[str]] = frozenset({"type_label", "category", "patient"})
    """Required attributes the document does not allow to be null (checked before sending)."""
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {
        "type_label": (str,),
        "category": (str,),
        "details": (str, NoneType),
    }
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        type_label = self.type_label

        category = self.category

        patient = self.patient.to_dict()

        details: None | str | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        else:
            details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type_label": type_label,
                "category": category,
                "patient": patient,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], drift: Drift | None = None) -> T:
        """The model for ``src_dict`` (a decoded JSON object), checked field by field against the document.

        A field that breaks it raises :class:`ResponseFieldError` naming the field; with ``drift``, it is
        recorded there instead and kept as it arrived (``None`` for strict parsing, the default).
        """
        from ..models.episode_tasks_item_patient import EpisodeTasksItemPatient  # noqa: PLC0415

        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: it is faster
            raise ResponseFieldError("", "must be a JSON object")
        # Each field is read under its name, so an error names the field (never its value). Fields are
        # read in place (no copy of the object); the keys left over are collected only when there are any.
        try:
            type_label = src_dict["type_label"]
            if not isinstance(type_label, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("type_label", exc) from None
            type_label = drift.keep("type_label", exc, src_dict, "string, required")

        try:
            category = src_dict["category"]
            if not isinstance(category, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("category", exc) from None
            category = drift.keep("category", exc, src_dict, "string, required")

        try:
            _patient = src_dict["patient"]
            patient: EpisodeTasksItemPatient
            patient = EpisodeTasksItemPatient.from_dict(_patient, None if drift is None else drift.at("patient"))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("patient", exc) from None
            patient = drift.keep("patient", exc, src_dict, "object, required")

        try:

            def _parse_details(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            details = _parse_details(src_dict.get("details", UNSET))

            if not isinstance(details, (str, NoneType)) and details is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("details", exc) from None
            details = drift.keep("details", exc, src_dict, "None | str")

        episode_tasks_item = cls(
            type_label,
            category,
            patient,
            details,
        )

        if not _JSON_KEYS.issuperset(src_dict):  # a third faster than keys() <= _JSON_KEYS (no view made)
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            if drift is not None:
                drift.unknown_fields(d)
            episode_tasks_item.additional_properties = d
        return episode_tasks_item

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
