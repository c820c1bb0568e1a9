from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Drift, NoneType, ResponseFieldError, Unset

T = TypeVar("T", bound="InvoiceSummary")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "stripe_id",
        "id",
        "status",
        "subtotal",
        "amount_due",
        "customer_id",
        "patient_record_id",
        "appointment_id",
        "created_at",
        "updated_at",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class InvoiceSummary:
    """
    Fields:

    - stripe_id (str): required.
    - id (None | str): optional, UNSET when absent, nullable (None).
    - status (str): optional, UNSET when absent.
    - subtotal (float): optional, UNSET when absent.
    - amount_due (float): optional, UNSET when absent.
    - customer_id (None | str): optional, UNSET when absent, nullable (None).
    - patient_record_id (None | str): optional, UNSET when absent, nullable (None).
    - appointment_id (None | str): optional, UNSET when absent, nullable (None).
    - created_at (str): optional, UNSET when absent.
    - updated_at (str): optional, UNSET when absent.
    """

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
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {
        "stripe_id": (str,),
        "id": (str, NoneType),
        "status": (str,),
        "subtotal": (int, float),
        "amount_due": (int, float),
        "customer_id": (str, NoneType),
        "patient_record_id": (str, NoneType),
        "appointment_id": (str, NoneType),
        "created_at": (str,),
        "updated_at": (str,),
    }
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""

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
            stripe_id = src_dict["stripe_id"]
            if not isinstance(stripe_id, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("stripe_id", exc) from None
            stripe_id = drift.keep("stripe_id", exc, src_dict, "string, required")

        try:

            def _parse_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            id = _parse_id(src_dict.get("id", UNSET))

            if not isinstance(id, (str, NoneType)) and id is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("id", exc) from None
            id = drift.keep("id", exc, src_dict, "None | str")

        try:
            status = src_dict.get("status", UNSET)
            if not isinstance(status, str) and status is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("status", exc) from None
            status = drift.keep("status", exc, src_dict, "string")

        try:
            subtotal = src_dict.get("subtotal", UNSET)
            if not isinstance(subtotal, (int, float)) and subtotal is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("subtotal", exc) from None
            subtotal = drift.keep("subtotal", exc, src_dict, "number")

        try:
            amount_due = src_dict.get("amount_due", UNSET)
            if not isinstance(amount_due, (int, float)) and amount_due is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("amount_due", exc) from None
            amount_due = drift.keep("amount_due", exc, src_dict, "number")

        try:

            def _parse_customer_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            customer_id = _parse_customer_id(src_dict.get("customer_id", UNSET))

            if not isinstance(customer_id, (str, NoneType)) and customer_id is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("customer_id", exc) from None
            customer_id = drift.keep("customer_id", exc, src_dict, "None | str")

        try:

            def _parse_patient_record_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            patient_record_id = _parse_patient_record_id(src_dict.get("patient_record_id", UNSET))

            if not isinstance(patient_record_id, (str, NoneType)) and patient_record_id is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("patient_record_id", exc) from None
            patient_record_id = drift.keep("patient_record_id", exc, src_dict, "None | str")

        try:

            def _parse_appointment_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            appointment_id = _parse_appointment_id(src_dict.get("appointment_id", UNSET))

            if not isinstance(appointment_id, (str, NoneType)) and appointment_id is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("appointment_id", exc) from None
            appointment_id = drift.keep("appointment_id", exc, src_dict, "None | str")

        try:
            created_at = src_dict.get("created_at", UNSET)
            if not isinstance(created_at, str) and created_at is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("created_at", exc) from None
            created_at = drift.keep("created_at", exc, src_dict, "string")

        try:
            updated_at = src_dict.get("updated_at", UNSET)
            if not isinstance(updated_at, str) and updated_at is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("updated_at", exc) from None
            updated_at = drift.keep("updated_at", exc, src_dict, "string")

        invoice_summary = cls(
            stripe_id,
            id,
            status,
            subtotal,
            amount_due,
            customer_id,
            patient_record_id,
            appointment_id,
            created_at,
            updated_at,
        )

        if not _JSON_KEYS.issuperset(src_dict):  # a third faster than keys() <= _JSON_KEYS (no view made)
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            if drift is not None:
                drift.unknown_fields(d)
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
