from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_message_status import BatchMessageStatus, check_batch_message_status
from ..models.message_channel import MessageChannel, check_message_channel
from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchMessage")


@_attrs_define
class BatchMessage:
    """A batch (bulk) message campaign as returned by the batch_message endpoints."""

    id: str
    name: str
    status: BatchMessageStatus
    channel: MessageChannel
    content: str
    subject: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_not_null: ClassVar[frozenset[str]] = frozenset({"id", "name", "status", "channel", "content"})
    """Required attributes the document does not allow to be null (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status: str = self.status

        channel: str = self.channel

        content = self.content

        subject = self.subject

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "status": status,
                "channel": channel,
                "content": content,
            }
        )
        if subject is not UNSET:
            field_dict["subject"] = subject

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        status = check_batch_message_status(d.pop("status"))

        channel = check_message_channel(d.pop("channel"))

        content = d.pop("content")

        subject = d.pop("subject", UNSET)

        batch_message = cls(
            id=id,
            name=name,
            status=status,
            channel=channel,
            content=content,
            subject=subject,
        )

        batch_message.additional_properties = d
        return batch_message

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
