from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_headers import WebhookHeaders


T = TypeVar("T", bound="Webhook")


@_attrs_define
class Webhook:
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_headers import WebhookHeaders  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        event_type = d.pop("event_type")

        url = d.pop("url")

        created_at = d.pop("created_at")

        updated_at = d.pop("updated_at")

        signing_key = d.pop("signing_key", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: WebhookHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = WebhookHeaders.from_dict(_headers)

        webhook = cls(
            id=id,
            event_type=event_type,
            url=url,
            created_at=created_at,
            updated_at=updated_at,
            signing_key=signing_key,
            headers=headers,
        )

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
