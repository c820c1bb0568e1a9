from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Drift, ResponseFieldError, Unset

if TYPE_CHECKING:
    from ..models.webhook_headers import WebhookHeaders


T = TypeVar("T", bound="Webhook")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "event_type",
        "url",
        "created_at",
        "updated_at",
        "signing_key",
        "headers",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class Webhook:
    """
    Fields:

    - id (str): required.
    - event_type (str): required.
    - url (str): required.
    - created_at (str): required.
    - updated_at (str): required.
    - signing_key (str): optional, UNSET when absent.
    - headers (WebhookHeaders): optional, UNSET when absent.
    """

    id: str
    event_type: str
    url: str
    created_at: str
    updated_at: str
    signing_key: str | Unset = _attrs_field(default=UNSET, repr=False)
    headers: WebhookHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_not_null: ClassVar[frozenset[str]] = frozenset({"id", "event_type", "url", "created_at", "updated_at"})
    """Required attributes the document does not allow to be null (checked before sending)."""
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {
        "id": (str,),
        "event_type": (str,),
        "url": (str,),
        "created_at": (str,),
        "updated_at": (str,),
        "signing_key": (str,),
    }
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        event_type = self.event_type

        url = self.url

        created_at = self.created_at

        updated_at = self.updated_at

        signing_key = self.signing_key

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "event_type": event_type,
                "url": url,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if signing_key is not UNSET:
            field_dict["signing_key"] = signing_key
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], drift: Drift | None = None) -> T:
        """The model for ``src_dict`` (a decoded JSON object), checked field by field against the document.

        A field that breaks it raises :class:`ResponseFieldError` naming the field; with ``drift``, it is
        recorded there instead and kept as it arrived (``None`` for strict parsing, the default).
        """
        from ..models.webhook_headers import WebhookHeaders  # noqa: PLC0415

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
            event_type = src_dict["event_type"]
            if not isinstance(event_type, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("event_type", exc) from None
            event_type = drift.keep("event_type", exc, src_dict, "string, required")

        try:
            url = src_dict["url"]
            if not isinstance(url, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("url", exc) from None
            url = drift.keep("url", exc, src_dict, "string, required")

        try:
            created_at = src_dict["created_at"]
            if not isinstance(created_at, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("created_at", exc) from None
            created_at = drift.keep("created_at", exc, src_dict, "string, required")

        try:
            updated_at = src_dict["updated_at"]
            if not isinstance(updated_at, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("updated_at", exc) from None
            updated_at = drift.keep("updated_at", exc, src_dict, "string, required")

        try:
            signing_key = src_dict.get("signing_key", UNSET)
            if not isinstance(signing_key, str) and signing_key is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("signing_key", exc) from None
            signing_key = drift.keep("signing_key", exc, src_dict, "string")

        try:
            _headers = src_dict.get("headers", UNSET)
            headers: WebhookHeaders | Unset
            if _headers is UNSET:
                headers = UNSET
            else:
                headers = WebhookHeaders.from_dict(_headers, None if drift is None else drift.at("headers"))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("headers", exc) from None
            headers = drift.keep("headers", exc, src_dict, "object")

        webhook = cls(
            id,
            event_type,
            url,
            created_at,
            updated_at,
            signing_key,
            headers,
        )

        if not _JSON_KEYS.issuperset(src_dict):  # a third faster than keys() <= _JSON_KEYS (no view made)
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            if drift is not None:
                drift.unknown_fields(d)
            webhook.additional_properties = d
        return webhook

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
