from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Drift, ResponseFieldError, Unset

if TYPE_CHECKING:
    from ..models.coupon_applies_to import CouponAppliesTo


T = TypeVar("T", bound="Coupon")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "applies_to",
        "amount_off",
        "percent_off",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class Coupon:
    """
    Fields:

    - id (str): required.
    - name (str): required.
    - applies_to (CouponAppliesTo): optional, UNSET when absent.
    - amount_off (float): optional, UNSET when absent.
    - percent_off (float): optional, UNSET when absent.
    """

    id: str
    name: str
    applies_to: CouponAppliesTo | Unset = UNSET
    amount_off: float | Unset = UNSET
    percent_off: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_not_null: ClassVar[frozenset[str]] = frozenset({"id", "name"})
    """Required attributes the document does not allow to be null (checked before sending)."""
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {
        "id": (str,),
        "name": (str,),
        "amount_off": (int, float),
        "percent_off": (int, float),
    }
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        applies_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.applies_to, Unset):
            applies_to = self.applies_to.to_dict()

        amount_off = self.amount_off

        percent_off = self.percent_off

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if applies_to is not UNSET:
            field_dict["applies_to"] = applies_to
        if amount_off is not UNSET:
            field_dict["amount_off"] = amount_off
        if percent_off is not UNSET:
            field_dict["percent_off"] = percent_off

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], drift: Drift | None = None) -> T:
        """The model for ``src_dict`` (a decoded JSON object), checked field by field against the document.

        A field that breaks it raises :class:`ResponseFieldError` naming the field; with ``drift``, it is
        recorded there instead and kept as it arrived (``None`` for strict parsing, the default).
        """
        from ..models.coupon_applies_to import CouponAppliesTo  # noqa: PLC0415

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
            name = src_dict["name"]
            if not isinstance(name, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("name", exc) from None
            name = drift.keep("name", exc, src_dict, "string, required")

        try:
            _applies_to = src_dict.get("applies_to", UNSET)
            applies_to: CouponAppliesTo | Unset
            if _applies_to is UNSET:
                applies_to = UNSET
            else:
                applies_to = CouponAppliesTo.from_dict(_applies_to, None if drift is None else drift.at("applies_to"))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("applies_to", exc) from None
            applies_to = drift.keep("applies_to", exc, src_dict, "object")

        try:
            amount_off = src_dict.get("amount_off", UNSET)
            if not isinstance(amount_off, (int, float)) and amount_off is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("amount_off", exc) from None
            amount_off = drift.keep("amount_off", exc, src_dict, "number")

        try:
            percent_off = src_dict.get("percent_off", UNSET)
            if not isinstance(percent_off, (int, float)) and percent_off is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("percent_off", exc) from None
            percent_off = drift.keep("percent_off", exc, src_dict, "number")

        coupon = cls(
            id,
            name,
            applies_to,
            amount_off,
            percent_off,
        )

        if not _JSON_KEYS.issuperset(src_dict):  # a third faster than keys() <= _JSON_KEYS (no view made)
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            if drift is not None:
                drift.unknown_fields(d)
            coupon.additional_properties = d
        return coupon

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
