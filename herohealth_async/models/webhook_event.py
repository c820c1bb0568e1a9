from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookEvent")


@_attrs_define
class WebhookEvent:
    """A delivery's JSON body: which record (object, id) changed and how (event). Fetch the record by id."""

    object_: str
    id: str
    """ id of the affected record """
    practice_group_id: str
    event: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_not_null: ClassVar[frozenset[str]] = frozenset({"object_", "id", "practice_group_id", "event"})
    """Required attributes the document does not allow to be null (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        id = self.id

        practice_group_id = self.practice_group_id

        event = self.event

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "id": id,
                "practice_group_id": practice_group_id,
                "event": event,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        object_ = d.pop("object")

        id = d.pop("id")

        practice_group_id = d.pop("practice_group_id")

        event = d.pop("event")

        webhook_event = cls(
            object_=object_,
            id=id,
            practice_group_id=practice_group_id,
            event=event,
        )

        webhook_event.additional_properties = d
        return webhook_event

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
