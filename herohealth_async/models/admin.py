from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Drift, NoneType, ResponseFieldError, Unset

if TYPE_CHECKING:
    from ..models.prescriber_details import PrescriberDetails


T = TypeVar("T", bound="Admin")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "first_name",
        "last_name",
        "email",
        "external_prescriber_id",
        "prescriber_details",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class Admin:
    """An admin (staff user) of the practice group.

    Fields:

    - id (str): required.
    - first_name (str): required.
    - last_name (str): required.
    - email (str): required.
    - external_prescriber_id (None | str): required, nullable (None).
    - prescriber_details (None | PrescriberDetails): optional, UNSET when absent, nullable (None).
    """

    id: str
    first_name: str
    last_name: str
    email: str
    external_prescriber_id: None | str
    prescriber_details: None | PrescriberDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_patterns: ClassVar[dict[str, str]] = {"id": "^\\d+$"}
    """Attribute name -> regular expression the document requires of its value (checked before sending)."""
    _field_not_null: ClassVar[frozenset[str]] = frozenset({"id", "first_name", "last_name", "email"})
    """Required attributes the document does not allow to be null (checked before sending)."""
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {
        "id": (str,),
        "first_name": (str,),
        "last_name": (str,),
        "email": (str,),
        "external_prescriber_id": (str, NoneType),
    }
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.prescriber_details import PrescriberDetails  # noqa: PLC0415

        id = self.id

        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        external_prescriber_id: None | str
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
        field_dict.update(
            {
                "id": id,
                "first_name": first_name,
                "last_name": last_name,
                "email": email,
                "external_prescriber_id": external_prescriber_id,
            }
        )
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
            id = src_dict["id"]
            if not isinstance(id, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("id", exc) from None
            id = drift.keep("id", exc, src_dict, "string, required")

        try:
            first_name = src_dict["first_name"]
            if not isinstance(first_name, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("first_name", exc) from None
            first_name = drift.keep("first_name", exc, src_dict, "string, required")

        try:
            last_name = src_dict["last_name"]
            if not isinstance(last_name, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("last_name", exc) from None
            last_name = drift.keep("last_name", exc, src_dict, "string, required")

        try:
            email = src_dict["email"]
            if not isinstance(email, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("email", exc) from None
            email = drift.keep("email", exc, src_dict, "string, required")

        try:

            def _parse_external_prescriber_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            external_prescriber_id = _parse_external_prescriber_id(src_dict["external_prescriber_id"])

            if not isinstance(external_prescriber_id, (str, NoneType)):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("external_prescriber_id", exc) from None
            external_prescriber_id = drift.keep("external_prescriber_id", exc, src_dict, "None | str, required")

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

        admin = cls(
            id,
            first_name,
            last_name,
            email,
            external_prescriber_id,
            prescriber_details,
        )

        if not _JSON_KEYS.issuperset(src_dict):  # a third faster than keys() <= _JSON_KEYS (no view made)
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            if drift is not None:
                drift.unknown_fields(d)
            admin.additional_properties = d
        return admin

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
