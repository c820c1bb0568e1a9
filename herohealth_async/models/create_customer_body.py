from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Drift, ResponseFieldError, Unset

if TYPE_CHECKING:
    from ..models.payment_sources_item import PaymentSourcesItem


T = TypeVar("T", bound="CreateCustomerBody")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "email",
        "phone",
        "sources",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class CreateCustomerBody:
    """
    Fields:

    - name (str): required.
    - email (str): optional, UNSET when absent.
    - phone (str): optional, UNSET when absent.
    - sources (list[PaymentSourcesItem]): optional, UNSET when absent.
    """

    name: str
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    sources: list[PaymentSourcesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_not_null: ClassVar[frozenset[str]] = frozenset({"name"})
    """Required attributes the document does not allow to be null (checked before sending)."""
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {
        "name": (str,),
        "email": (str,),
        "phone": (str,),
        "sources": (list,),
    }
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        email = self.email

        phone = self.phone

        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for componentsschemas_payment_sources_item_data in self.sources:
                componentsschemas_payment_sources_item = componentsschemas_payment_sources_item_data.to_dict()
                sources.append(componentsschemas_payment_sources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if sources is not UNSET:
            field_dict["sources"] = sources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], drift: Drift | None = None) -> T:
        """The model for ``src_dict`` (a decoded JSON object), checked field by field against the document.

        A field that breaks it raises :class:`ResponseFieldError` naming the field; with ``drift``, it is
        recorded there instead and kept as it arrived (``None`` for strict parsing, the default).
        """
        from ..models.payment_sources_item import PaymentSourcesItem  # noqa: PLC0415

        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: it is faster
            raise ResponseFieldError("", "must be a JSON object")
        # Each field is read under its name, so an error names the field (never its value). Fields are
        # read in place (no copy of the object); the keys left over are collected only when there are any.
        try:
            name = src_dict["name"]
            if not isinstance(name, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("name", exc) from None
            name = drift.keep("name", exc, src_dict, "string, required")

        try:
            email = src_dict.get("email", UNSET)
            if not isinstance(email, str) and email is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("email", exc) from None
            email = drift.keep("email", exc, src_dict, "string")

        try:
            phone = src_dict.get("phone", UNSET)
            if not isinstance(phone, str) and phone is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("phone", exc) from None
            phone = drift.keep("phone", exc, src_dict, "string")

        try:
            _sources = src_dict.get("sources", UNSET)
            sources: list[PaymentSourcesItem] | Unset
            _sources_item = PaymentSourcesItem.from_dict
            _sources_drift = None if drift is None else drift.at("sources")
            if _sources is UNSET:
                sources = UNSET
            else:
                sources = [_sources_item(item, _sources_drift) for item in _sources]
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("sources", exc) from None
            sources = drift.keep("sources", exc, src_dict, "array")

        create_customer_body = cls(
            name,
            email,
            phone,
            sources,
        )

        if not _JSON_KEYS.issuperset(src_dict):  # a third faster than keys() <= _JSON_KEYS (no view made)
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            if drift is not None:
                drift.unknown_fields(d)
            create_customer_body.additional_properties = d
        return create_customer_body

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
