from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateInvoiceBodyInvoiceItemsAttributesItem")


@_attrs_define
class CreateInvoiceBodyInvoiceItemsAttributesItem:
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        quantity = d.pop("quantity")

        price = d.pop("price", UNSET)

        product = d.pop("product", UNSET)

        description = d.pop("description", UNSET)

        unit_amount = d.pop("unit_amount", UNSET)

        unit_amount_in_pounds = d.pop("unit_amount_in_pounds", UNSET)

        create = d.pop("create", UNSET)

        stripe_id = d.pop("stripe_id", UNSET)

        create_invoice_body_invoice_items_attributes_item = cls(
            quantity=quantity,
            price=price,
            product=product,
            description=description,
            unit_amount=unit_amount,
            unit_amount_in_pounds=unit_amount_in_pounds,
            create=create,
            stripe_id=stripe_id,
        )

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
