from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ResponseFieldError

T = TypeVar("T", bound="Pharmacy")


@_attrs_define
class Pharmacy:
    id: str
    prescriber_id: str
    name: str
    email: str
    mobile: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_patterns: ClassVar[dict[str, str]] = {"id": "^\\d+$", "prescriber_id": "^\\d+$"}
    """Attribute name -> regular expression the document requires of its value (checked before sending)."""
    _field_not_null: ClassVar[frozenset[str]] = frozenset({"id", "prescriber_id", "name", "email", "mobile"})
    """Required attributes the document does not allow to be null (checked before sending)."""
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {
        "id": (str,),
        "prescriber_id": (str,),
        "name": (str,),
        "email": (str,),
        "mobile": (str,),
    }
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        prescriber_id = self.prescriber_id

        name = self.name

        email = self.email

        mobile = self.mobile

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "prescriber_id": prescriber_id,
                "name": name,
                "email": email,
                "mobile": mobile,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: it is faster
            raise ResponseFieldError("", "must be a JSON object")
        d = dict(src_dict)
        # Each field is read under its name, so an error names the field (never its value).
        _at = ""
        try:
            _at = "id"
            id = d.pop("id")
            if not isinstance(id, str):
                raise TypeError

            _at = "prescriber_id"
            prescriber_id = d.pop("prescriber_id")
            if not isinstance(prescriber_id, str):
                raise TypeError

            _at = "name"
            name = d.pop("name")
            if not isinstance(name, str):
                raise TypeError

            _at = "email"
            email = d.pop("email")
            if not isinstance(email, str):
                raise TypeError

            _at = "mobile"
            mobile = d.pop("mobile")
            if not isinstance(mobile, str):
                raise TypeError

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError.wrap(_at, exc) from None
        pharmacy = cls(
            id=id,
            prescriber_id=prescriber_id,
            name=name,
            email=email,
            mobile=mobile,
        )

        pharmacy.additional_properties = d
        return pharmacy

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
