from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Drift, ResponseFieldError, Unset

if TYPE_CHECKING:
    from ..models.update_practice_group_body_address import UpdatePracticeGroupBodyAddress
    from ..models.update_practice_group_body_prescription_partner_credentials import (
        UpdatePracticeGroupBodyPrescriptionPartnerCredentials,
    )


T = TypeVar("T", bound="UpdatePracticeGroupBody")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "prescription_partner_enabled",
        "prescription_partner",
        "prescription_partner_credentials",
        "address",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class UpdatePracticeGroupBody:
    """
    Fields:

    - name (str): optional, UNSET when absent.
    - prescription_partner_enabled (bool): optional, UNSET when absent.
    - prescription_partner (str): optional, UNSET when absent.
    - prescription_partner_credentials (UpdatePracticeGroupBodyPrescriptionPartnerCredentials): optional, UNSET when
      absent.
    - address (UpdatePracticeGroupBodyAddress): optional, UNSET when absent.
    """

    name: str | Unset = UNSET
    prescription_partner_enabled: bool | Unset = UNSET
    prescription_partner: str | Unset = UNSET
    prescription_partner_credentials: UpdatePracticeGroupBodyPrescriptionPartnerCredentials | Unset = UNSET
    address: UpdatePracticeGroupBodyAddress | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {
        "name": (str,),
        "prescription_partner_enabled": (bool,),
        "prescription_partner": (str,),
    }
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        prescription_partner_enabled = self.prescription_partner_enabled

        prescription_partner = self.prescription_partner

        prescription_partner_credentials: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prescription_partner_credentials, Unset):
            prescription_partner_credentials = self.prescription_partner_credentials.to_dict()

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if prescription_partner_enabled is not UNSET:
            field_dict["prescription_partner_enabled"] = prescription_partner_enabled
        if prescription_partner is not UNSET:
            field_dict["prescription_partner"] = prescription_partner
        if prescription_partner_credentials is not UNSET:
            field_dict["prescription_partner_credentials"] = prescription_partner_credentials
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], drift: Drift | None = None) -> T:
        """The model for ``src_dict`` (a decoded JSON object), checked field by field against the document.

        A field that breaks it raises :class:`ResponseFieldError` naming the field; with ``drift``, it is
        recorded there instead and kept as it arrived (``None`` for strict parsing, the default).
        """
        from ..models.update_practice_group_body_address import UpdatePracticeGroupBodyAddress  # noqa: PLC0415
        from ..models.update_practice_group_body_prescription_partner_credentials import (
            UpdatePracticeGroupBodyPrescriptionPartnerCredentials,  # noqa: PLC0415
        )

        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: it is faster
            raise ResponseFieldError("", "must be a JSON object")
        # Each field is read under its name, so an error names the field (never its value). Fields are
        # read in place (no copy of the object); the keys left over are collected only when there are any.
        try:
            name = src_dict.get("name", UNSET)
            if not isinstance(name, str) and name is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("name", exc) from None
            name = drift.keep("name", exc, src_dict, "string")

        try:
            prescription_partner_enabled = src_dict.get("prescription_partner_enabled", UNSET)
            if not isinstance(prescription_partner_enabled, bool) and prescription_partner_enabled is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("prescription_partner_enabled", exc) from None
            prescription_partner_enabled = drift.keep("prescription_partner_enabled", exc, src_dict, "boolean")

        try:
            prescription_partner = src_dict.get("prescription_partner", UNSET)
            if not isinstance(prescription_partner, str) and prescription_partner is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("prescription_partner", exc) from None
            prescription_partner = drift.keep("prescription_partner", exc, src_dict, "string")

        try:
            _prescription_partner_credentials = src_dict.get("prescription_partner_credentials", UNSET)
            prescription_partner_credentials: UpdatePracticeGroupBodyPrescriptionPartnerCredentials | Unset
            if _prescription_partner_credentials is UNSET:
                prescription_partner_credentials = UNSET
            else:
                prescription_partner_credentials = UpdatePracticeGroupBodyPrescriptionPartnerCredentials.from_dict(
                    _prescription_partner_credentials,
                    None if drift is None else drift.at("prescription_partner_credentials"),
                )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("prescription_partner_credentials", exc) from None
            prescription_partner_credentials = drift.keep("prescription_partner_credentials", exc, src_dict, "object")

        try:
            _address = src_dict.get("address", UNSET)
            address: UpdatePracticeGroupBodyAddress | Unset
            if _address is UNSET:
                address = UNSET
            else:
                address = UpdatePracticeGroupBodyAddress.from_dict(
                    _address, None if drift is None else drift.at("address")
                )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("address", exc) from None
            address = drift.keep("address", exc, src_dict, "object")

        update_practice_group_body = cls(
            name,
            prescription_partner_enabled,
            prescription_partner,
            prescription_partner_credentials,
            address,
        )

        if not _JSON_KEYS.issuperset(src_dict):  # a third faster than keys() <= _JSON_KEYS (no view made)
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            if drift is not None:
                drift.unknown_fields(d)
            update_practice_group_body.additional_properties = d
        return update_practice_group_body

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
