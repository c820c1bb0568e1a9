from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Drift, ResponseFieldError

T = TypeVar("T", bound="CreatePharmacyBody")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "email",
        "mobile",
        "prescriber_id",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class CreatePharmacyBody:
    """
    Fields:

    - name (str): required.
    - email (str): required.
    - mobile (str): required.
    - prescriber_id (str): required.
    """

    name: str
    email: str
    mobile: str
    prescriber_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_patterns: ClassVar[dict[str, str]] = {"prescriber_id": "^\\d+$"}
    """Attribute name -> regular expression the document requires of its value (checked before sending)."""
    _field_not_null: ClassVar[frozenset[str]] = frozenset({"name", "email", "mobile", "prescriber_id"})
    """Required attributes the document does not allow to be null (checked before sending)."""
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {
        "name": (str,),
        "email": (str,),
        "mobile": (str,),
        "prescriber_id": (str,),
    }
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        email = self.email

        mobile = self.mobile

        prescriber_id = self.prescriber_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "email": email,
                "mobile": mobile,
                "prescriber_id": prescriber_id,
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
            name = src_dict["name"]
            if not isinstance(name, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("name", exc) from None
            name = drift.keep("name", exc, src_dict, "string, required")

        try:
            email = src_dict["email"]
            if not isinstance(email, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("email", exc) from None
            email = drift.keep("email", exc, src_dict, "string, required")

        try:
            mobile = src_dict["mobile"]
            if not isinstance(mobile, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("mobile", exc) from None
            mobile = drift.keep("mobile", exc, src_dict, "string, required")

        try:
            prescriber_id = src_dict["prescriber_id"]
            if not isinstance(prescriber_id, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("prescriber_id", exc) from None
            prescriber_id = drift.keep("prescriber_id", exc, src_dict, "string, required")

        create_pharmacy_body = cls(
            name,
            email,
            mobile,
            prescriber_id,
        )

        if not _JSON_KEYS.issuperset(src_dict):  # a third faster than keys() <= _JSON_KEYS (no view made)
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            if drift is not None:
                drift.unknown_fields(d)
            create_pharmacy_body.additional_properties = d
        return create_pharmacy_body

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
