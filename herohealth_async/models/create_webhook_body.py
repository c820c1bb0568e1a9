from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_type import WebhookEventType, check_webhook_event_type
from ..types import UNSET, Drift, ResponseFieldError, Unset

if TYPE_CHECKING:
    from ..models.create_webhook_body_headers import CreateWebhookBodyHeaders


T = TypeVar("T", bound="CreateWebhookBody")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "event_type",
        "url",
        "description",
        "signing_key",
        "headers",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class CreateWebhookBody:
    """
    Fields:

    - event_type (WebhookEventType): required.
    - url (str): required.
    - description (str): optional, UNSET when absent.
    - signing_key (str): optional, UNSET when absent.
    - headers (CreateWebhookBodyHeaders): optional, UNSET when absent. extra HTTP headers Hero adds to each delivery
    """

    event_type: WebhookEventType
    url: str
    description: str | Unset = UNSET
    signing_key: str | Unset = _attrs_field(default=UNSET, repr=False)
    headers: CreateWebhookBodyHeaders | Unset = UNSET
    """ extra HTTP headers Hero adds to each delivery """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_not_null: ClassVar[frozenset[str]] = frozenset({"event_type", "url"})
    """Required attributes the document does not allow to be null (checked before sending)."""
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {
        "event_type": (str,),
        "url": (str,),
        "description": (str,),
        "signing_key": (str,),
    }
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        event_type: str = self.event_type

        url = self.url

        description = self.description

        signing_key = self.signing_key

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_type": event_type,
                "url": url,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
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
        from ..models.create_webhook_body_headers import CreateWebhookBodyHeaders  # noqa: PLC0415

        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: it is faster
            raise ResponseFieldError("", "must be a JSON object")
        # Each field is read under its name, so an error names the field (never its value). Fields are
        # read in place (no copy of the object); the keys left over are collected only when there are any.
        try:
            event_type = check_webhook_event_type(src_dict["event_type"])

            if not isinstance(event_type, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("event_type", exc) from None
            event_type = drift.keep("event_type", exc, src_dict, "string (enum), required")
        if drift is not None:
            from ..models.webhook_event_type import WEBHOOK_EVENT_TYPE_VALUES  # noqa: PLC0415

            if event_type not in WEBHOOK_EVENT_TYPE_VALUES:
                drift.record("event_type", "one of the document's values", "a value the document lacks")

        try:
            url = src_dict["url"]
            if not isinstance(url, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("url", exc) from None
            url = drift.keep("url", exc, src_dict, "string, required")

        try:
            description = src_dict.get("description", UNSET)
            if not isinstance(description, str) and description is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("description", exc) from None
            description = drift.keep("description", exc, src_dict, "string")

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
            headers: CreateWebhookBodyHeaders | Unset
            if _headers is UNSET:
                headers = UNSET
            else:
                headers = CreateWebhookBodyHeaders.from_dict(_headers, None if drift is None else drift.at("headers"))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("headers", exc) from None
            headers = drift.keep("headers", exc, src_dict, "object")

        create_webhook_body = cls(
            event_type,
            url,
            description,
            signing_key,
            headers,
        )

        if not _JSON_KEYS.issuperset(src_dict):  # a third faster than keys() <= _JSON_KEYS (no view made)
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            if drift is not None:
                drift.unknown_fields(d)
            create_webhook_body.additional_properties = d
        return create_webhook_body

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
