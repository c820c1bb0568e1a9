from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceSummary")


@_attrs_define
class InvoiceSummary:
    stripe_id: str
    id: None | str | Unset = UNSET
    status: str | Unset = UNSET
    subtotal: float | Unset = UNSET
    amount_due: float | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    patient_record_id: None | str | Unset = UNSET
    appointment_id: None | str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_not_null: ClassVar[frozenset[str]] = frozenset({"stripe_id"})
    """Required attributes the document does not allow to be null (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        stripe_id = self.stripe_id

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        status = self.status

        subtotal = self.subtotal

        amount_due = self.amount_due

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        patient_record_id: None | str | Unset
        if isinstance(self.patient_record_id, Unset):
            patient_record_id = UNSET
        else:
            patient_record_id = self.patient_record_id

        appointment_id: None | str | Unset
        if isinstance(self.appointment_id, Unset):
            appointment_id = UNSET
        else:
            appointment_id = self.appointment_id

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stripe_id": stripe_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if subtotal is not UNSET:
            field_dict["subtotal"] = subtotal
        if amount_due is not UNSET:
            field_dict["amount_due"] = amount_due
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if patient_record_id is not UNSET:
            field_dict["patient_record_id"] = patient_record_id
        if appointment_id is not UNSET:
            field_dict["appointment_id"] = appointment_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        stripe_id = d.pop("stripe_id")

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        status = d.pop("status", UNSET)

        subtotal = d.pop("subtotal", UNSET)

        amount_due = d.pop("amount_due", UNSET)

        def _parse_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

        def _parse_patient_record_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        patient_record_id = _parse_patient_record_id(d.pop("patient_record_id", UNSET))

        def _parse_appointment_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        appointment_id = _parse_appointment_id(d.pop("appointment_id", UNSET))

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        invoice_summary = cls(
            stripe_id=stripe_id,
            id=id,
            status=status,
            subtotal=subtotal,
            amount_due=amount_due,
            customer_id=customer_id,
            patient_record_id=patient_record_id,
            appointment_id=appointment_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        invoice_summary.additional_properties = d
        return invoice_summary

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
