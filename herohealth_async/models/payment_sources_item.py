from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Drift, ResponseFieldError, Unset

T = TypeVar("T", bound="PaymentSourcesItem")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "fingerprint",
        "brand",
        "last4",
        "exp_month",
        "exp_year",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class PaymentSourcesItem:
    """
    Fields:

    - id (str): optional, UNSET when absent.
    - type (str): optional, UNSET when absent. Attribute ``type_``.
    - fingerprint (str): optional, UNSET when absent.
    - brand (str): optional, UNSET when absent.
    - last4 (str): optional, UNSET when absent.
    - exp_month (float): optional, UNSET when absent.
    - exp_year (float): optional, UNSET when absent.
    """

    id: str | Unset = UNSET
    type_: str | Unset = UNSET
    fingerprint: str | Unset = UNSET
    brand: str | Unset = UNSET
    last4: str | Unset = UNSET
    exp_month: float | Unset = UNSET
    exp_year: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {
        "id": (str,),
        "type_": (str,),
        "fingerprint": (str,),
        "brand": (str,),
        "last4": (str,),
        "exp_month": (int, float),
        "exp_year": (int, float),
    }
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        fingerprint = self.fingerprint

        brand = self.brand

        last4 = self.last4

        exp_month = self.exp_month

        exp_year = self.exp_year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if fingerprint is not UNSET:
            field_dict["fingerprint"] = fingerprint
        if brand is not UNSET:
            field_dict["brand"] = brand
        if last4 is not UNSET:
            field_dict["last4"] = last4
        if exp_month is not UNSET:
            field_dict["exp_month"] = exp_month
        if exp_year is not UNSET:
            field_dict["exp_year"] = exp_year

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
            id = src_dict.get("id", UNSET)
            if not isinstance(id, str) and id is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("id", exc) from None
            id = drift.keep("id", exc, src_dict, "string")

        try:
            type_ = src_dict.get("type", UNSET)
            if not isinstance(type_, str) and type_ is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("type", exc) from None
            type_ = drift.keep("type", exc, src_dict, "string")

        try:
            fingerprint = src_dict.get("fingerprint", UNSET)
            if not isinstance(fingerprint, str) and fingerprint is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("fingerprint", exc) from None
            fingerprint = drift.keep("fingerprint", exc, src_dict, "string")

        try:
            brand = src_dict.get("brand", UNSET)
            if not isinstance(brand, str) and brand is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("brand", exc) from None
            brand = drift.keep("brand", exc, src_dict, "string")

        try:
            last4 = src_dict.get("last4", UNSET)
            if not isinstance(last4, str) and last4 is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("last4", exc) from None
            last4 = drift.keep("last4", exc, src_dict, "string")

        try:
            exp_month = src_dict.get("exp_month", UNSET)
            if not isinstance(exp_month, (int, float)) and exp_month is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("exp_month", exc) from None
            exp_month = drift.keep("exp_month", exc, src_dict, "number")

        try:
            exp_year = src_dict.get("exp_year", UNSET)
            if not isinstance(exp_year, (int, float)) and exp_year is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("exp_year", exc) from None
            exp_year = drift.keep("exp_year", exc, src_dict, "number")

        payment_sources_item = cls(
            id,
            type_,
            fingerprint,
            brand,
            last4,
            exp_month,
            exp_year,
        )

        if not _JSON_KEYS.issuperset(src_dict):  # a third faster than keys() <= _JSON_KEYS (no view made)
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            if drift is not None:
                drift.unknown_fields(d)
            payment_sources_item.additional_properties = d
        return payment_sources_item

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
