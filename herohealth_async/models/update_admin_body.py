from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Drift, NoneType, ResponseFieldError, Unset

if TYPE_CHECKING:
    from ..models.prescriber_details import PrescriberDetails


T = TypeVar("T", bound="UpdateAdminBody")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "external_prescriber_id",
        "prescriber_details",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class UpdateAdminBody:
    """
    Fields:

    - external_prescriber_id (None | str): optional, UNSET when absent, nullable (None).
    - prescriber_details (None | PrescriberDetails): optional, UNSET when absent, nullable (None).
    """

    external_prescriber_id: None | str | Unset = UNSET
    prescriber_details: None | PrescriberDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {"external_prescriber_id": (str, NoneType)}
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""
    _field_min_lengths: ClassVar[dict[str, int]] = {"external_prescriber_id": 1}
    """Attribute name -> shortest length the document allows (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.prescriber_details import PrescriberDetails  # noqa: PLC0415

        external_prescriber_id: None | str | Unset
        if isinstance(self.external_prescriber_id, Unset):
            external_prescriber_id = UNSET
        else:
            external_prescriber_id = self.external_prescriber_id

        prescriber_details: dict[str, Any] | None | Unset
        if isinstance(self.prescriber_details, Unset):
            prescriber_details = UNSET
        elif isinstance(self.prescriber_details, PrescriberDetails):
            prescriber_details = self.prescriber_details.to_dict()
        else:
            prescriber_details = self.prescriber_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_prescriber_id is not UNSET:
            field_dict["external_prescriber_id"] = external_prescriber_id
        if prescriber_details is not UNSET:
            field_dict["prescriber_details"] = prescriber_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], drift: Drift | None = None) -> T:
        """The model for ``src_dict`` (a decoded JSON object), checked field by field against the document.

        A field that breaks it raises :class:`ResponseFieldError` naming the field; with ``drift``, it is
        recorded there instead and kept as it arrived (``None`` for strict parsing, the default).
        """
        from ..models.prescriber_details import PrescriberDetails  # noqa: PLC0415

        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: it is faster
            raise ResponseFieldError("", "must be a JSON object")
        # Each field is read under its name, so an error names the field (never its value). Fields are
        # read in place (no copy of the object); the keys left over are collected only when there are any.
        try:

            def _parse_external_prescriber_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            external_prescriber_id = _parse_external_prescriber_id(src_dict.get("external_prescriber_id", UNSET))

            if not isinstance(external_prescriber_id, (str, NoneType)) and external_prescriber_id is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("external_prescriber_id", exc) from None
            external_prescriber_id = drift.keep("external_prescriber_id", exc, src_dict, "None | str")

        try:

            def _parse_prescriber_details(data: object) -> None | PrescriberDetails | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    prescriber_details_type_0 = PrescriberDetails.from_dict(data)

                    return prescriber_details_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | PrescriberDetails | Unset, data)

            prescriber_details = _parse_prescriber_details(src_dict.get("prescriber_details", UNSET))

            if not isinstance(prescriber_details, (PrescriberDetails, NoneType)) and prescriber_details is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("prescriber_details", exc) from None
            prescriber_details = drift.keep("prescriber_details", exc, src_dict, "None | PrescriberDetails")

        update_admin_body = cls(
            external_prescriber_id,
            prescriber_details,
        )

        if not _JSON_KEYS.issuperset(src_dict):  # a third faster than keys() <= _JSON_KEYS (no view made)
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            if drift is not None:
                drift.unknown_fields(d)
            update_admin_body.additional_properties = d
        return update_admin_body

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
