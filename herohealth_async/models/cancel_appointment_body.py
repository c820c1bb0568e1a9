from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Drift, ResponseFieldError, Unset

T = TypeVar("T", bound="CancelAppointmentBody")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "suppress_mail",
        "suppress_cancellation_policy",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class CancelAppointmentBody:
    """
    Fields:

    - suppress_mail (bool): optional, UNSET when absent.
    - suppress_cancellation_policy (bool): optional, UNSET when absent.
    """

    suppress_mail: bool | Unset = UNSET
    suppress_cancellation_policy: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {
        "suppress_mail": (bool,),
        "suppress_cancellation_policy": (bool,),
    }
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        suppress_mail = self.suppress_mail

        suppress_cancellation_policy = self.suppress_cancellation_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if suppress_mail is not UNSET:
            field_dict["suppress_mail"] = suppress_mail
        if suppress_cancellation_policy is not UNSET:
            field_dict["suppress_cancellation_policy"] = suppress_cancellation_policy

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
            suppress_mail = src_dict.get("suppress_mail", UNSET)
            if not isinstance(suppress_mail, bool) and suppress_mail is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("suppress_mail", exc) from None
            suppress_mail = drift.keep("suppress_mail", exc, src_dict, "boolean")

        try:
            suppress_cancellation_policy = src_dict.get("suppress_cancellation_policy", UNSET)
            if not isinstance(suppress_cancellation_policy, bool) and suppress_cancellation_policy is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("suppress_cancellation_policy", exc) from None
            suppress_cancellation_policy = drift.keep("suppress_cancellation_policy", exc, src_dict, "boolean")

        cancel_appointment_body = cls(
            suppress_mail,
            suppress_cancellation_policy,
        )

        if not _JSON_KEYS.issuperset(src_dict):  # a third faster than keys() <= _JSON_KEYS (no view made)
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            if drift is not None:
                drift.unknown_fields(d)
            cancel_appointment_body.additional_properties = d
        return cancel_appointment_body

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
