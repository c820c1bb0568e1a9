from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Drift, ResponseFieldError, Unset

T = TypeVar("T", bound="LinkInvoiceBody")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "stripe_invoice_id",
        "appointment_id",
        "issuer_id",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class LinkInvoiceBody:
    """
    Fields:

    - stripe_invoice_id (str): optional, UNSET when absent.
    - appointment_id (str): optional, UNSET when absent.
    - issuer_id (str): optional, UNSET when absent.
    """

    stripe_invoice_id: str | Unset = UNSET
    appointment_id: str | Unset = UNSET
    issuer_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {
        "stripe_invoice_id": (str,),
        "appointment_id": (str,),
        "issuer_id": (str,),
    }
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        stripe_invoice_id = self.stripe_invoice_id

        appointment_id = self.appointment_id

        issuer_id = self.issuer_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stripe_invoice_id is not UNSET:
            field_dict["stripe_invoice_id"] = stripe_invoice_id
        if appointment_id is not UNSET:
            field_dict["appointment_id"] = appointment_id
        if issuer_id is not UNSET:
            field_dict["issuer_id"] = issuer_id

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
            stripe_invoice_id = src_dict.get("stripe_invoice_id", UNSET)
            if not isinstance(stripe_invoice_id, str) and stripe_invoice_id is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("stripe_invoice_id", exc) from None
            stripe_invoice_id = drift.keep("stripe_invoice_id", exc, src_dict, "string")

        try:
            appointment_id = src_dict.get("appointment_id", UNSET)
            if not isinstance(appointment_id, str) and appointment_id is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("appointment_id", exc) from None
            appointment_id = drift.keep("appointment_id", exc, src_dict, "string")

        try:
            issuer_id = src_dict.get("issuer_id", UNSET)
            if not isinstance(issuer_id, str) and issuer_id is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("issuer_id", exc) from None
            issuer_id = drift.keep("issuer_id", exc, src_dict, "string")

        link_invoice_body = cls(
            stripe_invoice_id,
            appointment_id,
            issuer_id,
        )

        if not _JSON_KEYS.issuperset(src_dict):  # a third faster than keys() <= _JSON_KEYS (no view made)
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            if drift is not None:
                drift.unknown_fields(d)
            link_invoice_body.additional_properties = d
        return link_invoice_body

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
