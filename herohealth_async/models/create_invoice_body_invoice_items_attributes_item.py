from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Drift, ResponseFieldError, Unset

T = TypeVar("T", bound="CreateInvoiceBodyInvoiceItemsAttributesItem")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "quantity",
        "price",
        "product",
        "description",
        "unit_amount",
        "unit_amount_in_pounds",
        "create",
        "stripe_id",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class CreateInvoiceBodyInvoiceItemsAttributesItem:
    """
    Fields:

    - quantity (int): required.
    - price (str): optional, UNSET when absent.
    - product (str): optional, UNSET when absent.
    - description (str): optional, UNSET when absent.
    - unit_amount (int): optional, UNSET when absent.
    - unit_amount_in_pounds (float): optional, UNSET when absent.
    - create (bool): optional, UNSET when absent.
    - stripe_id (str): optional, UNSET when absent.
    """

    quantity: int
    price: str | Unset = UNSET
    product: str | Unset = UNSET
    description: str | Unset = UNSET
    unit_amount: int | Unset = UNSET
    unit_amount_in_pounds: float | Unset = UNSET
    create: bool | Unset = UNSET
    stripe_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_not_null: ClassVar[frozenset[str]] = frozenset({"quantity"})
    """Required attributes the document does not allow to be null (checked before sending)."""
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {
        "quantity": (int,),
        "price": (str,),
        "product": (str,),
        "description": (str,),
        "unit_amount": (int,),
        "unit_amount_in_pounds": (int, float),
        "create": (bool,),
        "stripe_id": (str,),
    }
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        quantity = self.quantity

        price = self.price

        product = self.product

        description = self.description

        unit_amount = self.unit_amount

        unit_amount_in_pounds = self.unit_amount_in_pounds

        create = self.create

        stripe_id = self.stripe_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quantity": quantity,
            }
        )
        if price is not UNSET:
            field_dict["price"] = price
        if product is not UNSET:
            field_dict["product"] = product
        if description is not UNSET:
            field_dict["description"] = description
        if unit_amount is not UNSET:
            field_dict["unit_amount"] = unit_amount
        if unit_amount_in_pounds is not UNSET:
            field_dict["unit_amount_in_pounds"] = unit_amount_in_pounds
        if create is not UNSET:
            field_dict["create"] = create
        if stripe_id is not UNSET:
            field_dict["stripe_id"] = stripe_id

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
            quantity = src_dict["quantity"]
            if not isinstance(quantity, int):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("quantity", exc) from None
            quantity = drift.keep("quantity", exc, src_dict, "integer, required")

        try:
            price = src_dict.get("price", UNSET)
            if not isinstance(price, str) and price is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("price", exc) from None
            price = drift.keep("price", exc, src_dict, "string")

        try:
            product = src_dict.get("product", UNSET)
            if not isinstance(product, str) and product is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("product", exc) from None
            product = drift.keep("product", exc, src_dict, "string")

        try:
            description = src_dict.get("description", UNSET)
            if not isinstance(description, str) and description is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("description", exc) from None
            description = drift.keep("description", exc, src_dict, "string")

        try:
            unit_amount = src_dict.get("unit_amount", UNSET)
            if not isinstance(unit_amount, int) and unit_amount is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("unit_amount", exc) from None
            unit_amount = drift.keep("unit_amount", exc, src_dict, "integer")

        try:
            unit_amount_in_pounds = src_dict.get("unit_amount_in_pounds", UNSET)
            if not isinstance(unit_amount_in_pounds, (int, float)) and unit_amount_in_pounds is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("unit_amount_in_pounds", exc) from None
            unit_amount_in_pounds = drift.keep("unit_amount_in_pounds", exc, src_dict, "number")

        try:
            create = src_dict.get("create", UNSET)
            if not isinstance(create, bool) and create is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("create", exc) from None
            create = drift.keep("create", exc, src_dict, "boolean")

        try:
            stripe_id = src_dict.get("stripe_id", UNSET)
            if not isinstance(stripe_id, str) and stripe_id is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("stripe_id", exc) from None
            stripe_id = drift.keep("stripe_id", exc, src_dict, "string")

        create_invoice_body_invoice_items_attributes_item = cls(
            quantity,
            price,
            product,
            description,
            unit_amount,
            unit_amount_in_pounds,
            create,
            stripe_id,
        )

        if not _JSON_KEYS.issuperset(src_dict):  # a third faster than keys() <= _JSON_KEYS (no view made)
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            if drift is not None:
                drift.unknown_fields(d)
            create_invoice_body_invoice_items_attributes_item.additional_properties = d
        return create_invoice_body_invoice_items_attributes_item

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
