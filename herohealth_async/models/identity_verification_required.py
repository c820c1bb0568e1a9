from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Drift, ResponseFieldError, Unset

T = TypeVar("T", bound="IdentityVerificationRequired")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "message",
        "login_url",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class IdentityVerificationRequired:
    """PDS could not confirm identity: the patient must verify at login_url, then retry.

    Fields:

    - message (str): optional, UNSET when absent.
    - login_url (str): optional, UNSET when absent.
    """

    message: str | Unset = UNSET
    login_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {"message": (str,), "login_url": (str,)}
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        login_url = self.login_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if login_url is not UNSET:
            field_dict["login_url"] = login_url

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
            message = src_dict.get("message", UNSET)
            if not isinstance(message, str) and message is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("message", exc) from None
            message = drift.keep("message", exc, src_dict, "string")

        try:
            login_url = src_dict.get("login_url", UNSET)
            if not isinstance(login_url, str) and login_url is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("login_url", exc) from None
            login_url = drift.keep("login_url", exc, src_dict, "string")

        identity_verification_required = cls(
            message,
            login_url,
        )

        if not _JSON_KEYS.issuperset(src_dict):  # a third faster than keys() <= _JSON_KEYS (no view made)
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            if drift is not None:
                drift.unknown_fields(d)
            identity_verification_required.additional_properties = d
        return identity_verification_required

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
