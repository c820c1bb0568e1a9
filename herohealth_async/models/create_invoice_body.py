from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_invoice_body_collection_method import (
    CreateInvoiceBodyCollectionMethod,
    check_create_invoice_body_collection_method,
)
from ..models.create_invoice_body_mode import CreateInvoiceBodyMode, check_create_invoice_body_mode
from ..types import UNSET, Drift, ResponseFieldError, Unset

if TYPE_CHECKING:
    from ..models.create_invoice_body_coupons_item import CreateInvoiceBodyCouponsItem
    from ..models.create_invoice_body_invoice_items_attributes_item import CreateInvoiceBodyInvoiceItemsAttributesItem


T = TypeVar("T", bound="CreateInvoiceBody")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "issuer_id",
        "patient_id",
        "appointment_id",
        "practitioner_id",
        "service_date",
        "customer_stripe_id",
        "set_default_customer",
        "due_date",
        "collection_method",
        "payment_source",
        "insurer",
        "authentication_code",
        "membership_number",
        "diagnosis",
        "memo",
        "footer",
        "confidential",
        "mode",
        "coupons",
        "invoice_items_attributes",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class CreateInvoiceBody:
    """
    Fields:

    - issuer_id (str): required.
    - patient_id (str): optional, UNSET when absent.
    - appointment_id (str): optional, UNSET when absent.
    - practitioner_id (str): optional, UNSET when absent.
    - service_date (str): optional, UNSET when absent.
    - customer_stripe_id (str): optional, UNSET when absent.
    - set_default_customer (bool): optional, UNSET when absent.
    - due_date (str): optional, UNSET when absent.
    - collection_method (CreateInvoiceBodyCollectionMethod): optional, UNSET when absent.
    - payment_source (str): optional, UNSET when absent.
    - insurer (str): optional, UNSET when absent.
    - authentication_code (str): optional, UNSET when absent.
    - membership_number (str): optional, UNSET when absent.
    - diagnosis (str): optional, UNSET when absent.
    - memo (str): optional, UNSET when absent.
    - footer (str): optional, UNSET when absent.
    - confidential (bool): optional, UNSET when absent.
    - mode (CreateInvoiceBodyMode): optional, UNSET when absent.
    - coupons (list[CreateInvoiceBodyCouponsItem]): optional, UNSET when absent.
    - invoice_items_attributes (list[CreateInvoiceBodyInvoiceItemsAttributesItem]): optional, UNSET when absent.
    """

    issuer_id: str
    patient_id: str | Unset = UNSET
    appointment_id: str | Unset = UNSET
    practitioner_id: str | Unset = UNSET
    service_date: str | Unset = UNSET
    customer_stripe_id: str | Unset = UNSET
    set_default_customer: bool | Unset = UNSET
    due_date: str | Unset = UNSET
    collection_method: CreateInvoiceBodyCollectionMethod | Unset = UNSET
    payment_source: str | Unset = UNSET
    insurer: str | Unset = UNSET
    authentication_code: str | Unset = UNSET
    membership_number: str | Unset = UNSET
    diagnosis: str | Unset = UNSET
    memo: str | Unset = UNSET
    footer: str | Unset = UNSET
    confidential: bool | Unset = UNSET
    mode: CreateInvoiceBodyMode | Unset = UNSET
    coupons: list[CreateInvoiceBodyCouponsItem] | Unset = UNSET
    invoice_items_attributes: list[CreateInvoiceBodyInvoiceItemsAttributesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_not_null: ClassVar[frozenset[str]] = frozenset({"issuer_id"})
    """Required attributes the document does not allow to be null (checked before sending)."""
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {
        "issuer_id": (str,),
        "patient_id": (str,),
        "appointment_id": (str,),
        "practitioner_id": (str,),
        "service_date": (str,),
        "customer_stripe_id": (str,),
        "set_default_customer": (bool,),
        "due_date": (str,),
        "collection_method": (str,),
        "payment_source": (str,),
        "insurer": (str,),
        "authentication_code": (str,),
        "membership_number": (str,),
        "diagnosis": (str,),
        "memo": (str,),
        "footer": (str,),
        "confidential": (bool,),
        "mode": (str,),
        "coupons": (list,),
        "invoice_items_attributes": (list,),
    }
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        issuer_id = self.issuer_id

        patient_id = self.patient_id

        appointment_id = self.appointment_id

        practitioner_id = self.practitioner_id

        service_date = self.service_date

        customer_stripe_id = self.customer_stripe_id

        set_default_customer = self.set_default_customer

        due_date = self.due_date

        collection_method: str | Unset = UNSET
        if not isinstance(self.collection_method, Unset):
            collection_method = self.collection_method

        payment_source = self.payment_source

        insurer = self.insurer

        authentication_code = self.authentication_code

        membership_number = self.membership_number

        diagnosis = self.diagnosis

        memo = self.memo

        footer = self.footer

        confidential = self.confidential

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        coupons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.coupons, Unset):
            coupons = []
            for coupons_item_data in self.coupons:
                coupons_item = coupons_item_data.to_dict()
                coupons.append(coupons_item)

        invoice_items_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invoice_items_attributes, Unset):
            invoice_items_attributes = []
            for invoice_items_attributes_item_data in self.invoice_items_attributes:
                invoice_items_attributes_item = invoice_items_attributes_item_data.to_dict()
                invoice_items_attributes.append(invoice_items_attributes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "issuer_id": issuer_id,
            }
        )
        if patient_id is not UNSET:
            field_dict["patient_id"] = patient_id
        if appointment_id is not UNSET:
            field_dict["appointment_id"] = appointment_id
        if practitioner_id is not UNSET:
            field_dict["practitioner_id"] = practitioner_id
        if service_date is not UNSET:
            field_dict["service_date"] = service_date
        if customer_stripe_id is not UNSET:
            field_dict["customer_stripe_id"] = customer_stripe_id
        if set_default_customer is not UNSET:
            field_dict["set_default_customer"] = set_default_customer
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if collection_method is not UNSET:
            field_dict["collection_method"] = collection_method
        if payment_source is not UNSET:
            field_dict["payment_source"] = payment_source
        if insurer is not UNSET:
            field_dict["insurer"] = insurer
        if authentication_code is not UNSET:
            field_dict["authentication_code"] = authentication_code
        if membership_number is not UNSET:
            field_dict["membership_number"] = membership_number
        if diagnosis is not UNSET:
            field_dict["diagnosis"] = diagnosis
        if memo is not UNSET:
            field_dict["memo"] = memo
        if footer is not UNSET:
            field_dict["footer"] = footer
        if confidential is not UNSET:
            field_dict["confidential"] = confidential
        if mode is not UNSET:
            field_dict["mode"] = mode
        if coupons is not UNSET:
            field_dict["coupons"] = coupons
        if invoice_items_attributes is not UNSET:
            field_dict["invoice_items_attributes"] = invoice_items_attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], drift: Drift | None = None) -> T:
        """The model for ``src_dict`` (a decoded JSON object), checked field by field against the document.

        A field that breaks it raises :class:`ResponseFieldError` naming the field; with ``drift``, it is
        recorded there instead and kept as it arrived (``None`` for strict parsing, the default).
        """
        from ..models.create_invoice_body_coupons_item import CreateInvoiceBodyCouponsItem  # noqa: PLC0415
        from ..models.create_invoice_body_invoice_items_attributes_item import (
            CreateInvoiceBodyInvoiceItemsAttributesItem,  # noqa: PLC0415
        )

        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: it is faster
            raise ResponseFieldError("", "must be a JSON object")
        # Each field is read under its name, so an error names the field (never its value). Fields are
        # read in place (no copy of the object); the keys left over are collected only when there are any.
        try:
            issuer_id = src_dict["issuer_id"]
            if not isinstance(issuer_id, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("issuer_id", exc) from None
            issuer_id = drift.keep("issuer_id", exc, src_dict, "string, required")

        try:
            patient_id = src_dict.get("patient_id", UNSET)
            if not isinstance(patient_id, str) and patient_id is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("patient_id", exc) from None
            patient_id = drift.keep("patient_id", exc, src_dict, "string")

        try:
            appointment_id = src_dict.get("appointment_id", UNSET)
            if not isinstance(appointment_id, str) and appointment_id is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("appointment_id", exc) from None
            appointment_id = drift.keep("appointment_id", exc, src_dict, "string")

        try:
            practitioner_id = src_dict.get("practitioner_id", UNSET)
            if not isinstance(practitioner_id, str) and practitioner_id is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("practitioner_id", exc) from None
            practitioner_id = drift.keep("practitioner_id", exc, src_dict, "string")

        try:
            service_date = src_dict.get("service_date", UNSET)
            if not isinstance(service_date, str) and service_date is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("service_date", exc) from None
            service_date = drift.keep("service_date", exc, src_dict, "string")

        try:
            customer_stripe_id = src_dict.get("customer_stripe_id", UNSET)
            if not isinstance(customer_stripe_id, str) and customer_stripe_id is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("customer_stripe_id", exc) from None
            customer_stripe_id = drift.keep("customer_stripe_id", exc, src_dict, "string")

        try:
            set_default_customer = src_dict.get("set_default_customer", UNSET)
            if not isinstance(set_default_customer, bool) and set_default_customer is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("set_default_customer", exc) from None
            set_default_customer = drift.keep("set_default_customer", exc, src_dict, "boolean")

        try:
            due_date = src_dict.get("due_date", UNSET)
            if not isinstance(due_date, str) and due_date is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("due_date", exc) from None
            due_date = drift.keep("due_date", exc, src_dict, "string")

        try:
            _collection_method = src_dict.get("collection_method", UNSET)
            collection_method: CreateInvoiceBodyCollectionMethod | Unset
            if _collection_method is UNSET:
                collection_method = UNSET
            else:
                collection_method = check_create_invoice_body_collection_method(_collection_method)

            if not isinstance(collection_method, str) and collection_method is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("collection_method", exc) from None
            collection_method = drift.keep("collection_method", exc, src_dict, "string (enum)")
        if drift is not None and collection_method is not UNSET:
            from ..models.create_invoice_body_collection_method import CREATE_INVOICE_BODY_COLLECTION_METHOD_VALUES  # noqa: PLC0415

            if collection_method not in CREATE_INVOICE_BODY_COLLECTION_METHOD_VALUES:
                drift.record("collection_method", "one of the document's values", "a value the document lacks")

        try:
            payment_source = src_dict.get("payment_source", UNSET)
            if not isinstance(payment_source, str) and payment_source is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("payment_source", exc) from None
            payment_source = drift.keep("payment_source", exc, src_dict, "string")

        try:
            insurer = src_dict.get("insurer", UNSET)
            if not isinstance(insurer, str) and insurer is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("insurer", exc) from None
            insurer = drift.keep("insurer", exc, src_dict, "string")

        try:
            authentication_code = src_dict.get("authentication_code", UNSET)
            if not isinstance(authentication_code, str) and authentication_code is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("authentication_code", exc) from None
            authentication_code = drift.keep("authentication_code", exc, src_dict, "string")

        try:
            membership_number = src_dict.get("membership_number", UNSET)
            if not isinstance(membership_number, str) and membership_number is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("membership_number", exc) from None
            membership_number = drift.keep("membership_number", exc, src_dict, "string")

        try:
            diagnosis = src_dict.get("diagnosis", UNSET)
            if not isinstance(diagnosis, str) and diagnosis is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("diagnosis", exc) from None
            diagnosis = drift.keep("diagnosis", exc, src_dict, "string")

        try:
            memo = src_dict.get("memo", UNSET)
            if not isinstance(memo, str) and memo is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("memo", exc) from None
            memo = drift.keep("memo", exc, src_dict, "string")

        try:
            footer = src_dict.get("footer", UNSET)
            if not isinstance(footer, str) and footer is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("footer", exc) from None
            footer = drift.keep("footer", exc, src_dict, "string")

        try:
            confidential = src_dict.get("confidential", UNSET)
            if not isinstance(confidential, bool) and confidential is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("confidential", exc) from None
            confidential = drift.keep("confidential", exc, src_dict, "boolean")

        try:
            _mode = src_dict.get("mode", UNSET)
            mode: CreateInvoiceBodyMode | Unset
            if _mode is UNSET:
                mode = UNSET
            else:
                mode = check_create_invoice_body_mode(_mode)

            if not isinstance(mode, str) and mode is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("mode", exc) from None
            mode = drift.keep("mode", exc, src_dict, "string (enum)")
        if drift is not None and mode is not UNSET:
            from ..models.create_invoice_body_mode import CREATE_INVOICE_BODY_MODE_VALUES  # noqa: PLC0415

            if mode not in CREATE_INVOICE_BODY_MODE_VALUES:
                drift.record("mode", "one of the document's values", "a value the document lacks")

        try:
            _coupons = src_dict.get("coupons", UNSET)
            coupons: list[CreateInvoiceBodyCouponsItem] | Unset
            _coupons_item = CreateInvoiceBodyCouponsItem.from_dict
            _coupons_drift = None if drift is None else drift.at("coupons")
            if _coupons is UNSET:
                coupons = UNSET
            else:
                coupons = [_coupons_item(item, _coupons_drift) for item in _coupons]
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("coupons", exc) from None
            coupons = drift.keep("coupons", exc, src_dict, "array")

        try:
            _invoice_items_attributes = src_dict.get("invoice_items_attributes", UNSET)
            invoice_items_attributes: list[CreateInvoiceBodyInvoiceItemsAttributesItem] | Unset
            _invoice_items_attributes_item = CreateInvoiceBodyInvoiceItemsAttributesItem.from_dict
            _invoice_items_attributes_drift = None if drift is None else drift.at("invoice_items_attributes")
            if _invoice_items_attributes is UNSET:
                invoice_items_attributes = UNSET
            else:
                invoice_items_attributes = [
                    _invoice_items_attributes_item(item, _invoice_items_attributes_drift)
                    for item in _invoice_items_attributes
                ]
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("invoice_items_attributes", exc) from None
            invoice_items_attributes = drift.keep("invoice_items_attributes", exc, src_dict, "array")

        create_invoice_body = cls(
            issuer_id,
            patient_id,
            appointment_id,
            practitioner_id,
            service_date,
            customer_stripe_id,
            set_default_customer,
            due_date,
            collection_method,
            payment_source,
            insurer,
            authentication_code,
            membership_number,
            diagnosis,
            memo,
            footer,
            confidential,
            mode,
            coupons,
            invoice_items_attributes,
        )

        if not _JSON_KEYS.issuperset(src_dict):  # a third faster than keys() <= _JSON_KEYS (no view made)
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            if drift is not None:
                drift.unknown_fields(d)
            create_invoice_body.additional_properties = d
        return create_invoice_body

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
