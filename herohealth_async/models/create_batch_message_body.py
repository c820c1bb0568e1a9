from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_channel import MessageChannel, check_message_channel
from ..types import UNSET, Drift, ResponseFieldError, Unset

if TYPE_CHECKING:
    from ..models.batch_recipient_by_nhs_number import BatchRecipientByNhsNumber
    from ..models.batch_recipient_other import BatchRecipientOther


T = TypeVar("T", bound="CreateBatchMessageBody")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "channel",
        "content",
        "recipients",
        "subject",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class CreateBatchMessageBody:
    """
    Fields:

    - name (str): required.
    - channel (MessageChannel): required.
    - content (str): required.
    - recipients (list[BatchRecipientByNhsNumber | BatchRecipientOther]): required. Recipients of the batch. The docs
      render this as "Array of objects or objects" with a "One of" list, i.e. each item matches one of several object
      shapes.
    - subject (str): optional, UNSET when absent. Must be supplied when channel is EMAIL.
    """

    name: str
    channel: MessageChannel
    content: str
    recipients: list[BatchRecipientByNhsNumber | BatchRecipientOther]
    """ Recipients of the batch. The docs render this as "Array of objects or objects" with a "One of" list, i.e.
    each item matches one of several object shapes. """
    subject: str | Unset = UNSET
    """ Must be supplied when channel is EMAIL. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_not_null: ClassVar[frozenset[str]] = frozenset({"name", "channel", "content", "recipients"})
    """Required attributes the document does not allow to be null (checked before sending)."""
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {
        "name": (str,),
        "channel": (str,),
        "content": (str,),
        "recipients": (list,),
        "subject": (str,),
    }
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.batch_recipient_by_nhs_number import BatchRecipientByNhsNumber  # noqa: PLC0415

        name = self.name

        channel: str = self.channel

        content = self.content

        recipients = []
        for recipients_item_data in self.recipients:
            recipients_item: dict[str, Any]
            if isinstance(recipients_item_data, BatchRecipientByNhsNumber):
                recipients_item = recipients_item_data.to_dict()
            else:
                recipients_item = recipients_item_data.to_dict()

            recipients.append(recipients_item)

        subject = self.subject

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "channel": channel,
                "content": content,
                "recipients": recipients,
            }
        )
        if subject is not UNSET:
            field_dict["subject"] = subject

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], drift: Drift | None = None) -> T:
        """The model for ``src_dict`` (a decoded JSON object), checked field by field against the document.

        A field that breaks it raises :class:`ResponseFieldError` naming the field; with ``drift``, it is
        recorded there instead and kept as it arrived (``None`` for strict parsing, the default).
        """
        from ..models.batch_recipient_by_nhs_number import BatchRecipientByNhsNumber  # noqa: PLC0415
        from ..models.batch_recipient_other import BatchRecipientOther  # noqa: PLC0415

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
            channel = check_message_channel(src_dict["channel"])

            if not isinstance(channel, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("channel", exc) from None
            channel = drift.keep("channel", exc, src_dict, "string (enum), required")
        if drift is not None:
            from ..models.message_channel import MESSAGE_CHANNEL_VALUES  # noqa: PLC0415

            if channel not in MESSAGE_CHANNEL_VALUES:
                drift.record("channel", "one of the document's values", "a value the document lacks")

        try:
            content = src_dict["content"]
            if not isinstance(content, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("content", exc) from None
            content = drift.keep("content", exc, src_dict, "string, required")

        try:
            recipients = []
            _recipients = src_dict["recipients"]
            for recipients_item_data in _recipients:

                def _parse_recipients_item(data: object) -> BatchRecipientByNhsNumber | BatchRecipientOther:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        recipients_item_type_0 = BatchRecipientByNhsNumber.from_dict(data)

                        return recipients_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    recipients_item_type_1 = BatchRecipientOther.from_dict(data)

                    return recipients_item_type_1

                recipients_item = _parse_recipients_item(recipients_item_data)

                recipients.append(recipients_item)

            if not isinstance(recipients, list):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("recipients", exc) from None
            recipients = drift.keep("recipients", exc, src_dict, "array, required")

        try:
            subject = src_dict.get("subject", UNSET)
            if not isinstance(subject, str) and subject is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("subject", exc) from None
            subject = drift.keep("subject", exc, src_dict, "string")

        create_batch_message_body = cls(
            name,
            channel,
            content,
            recipients,
            subject,
        )

        if not _JSON_KEYS.issuperset(src_dict):  # a third faster than keys() <= _JSON_KEYS (no view made)
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            if drift is not None:
                drift.unknown_fields(d)
            create_batch_message_body.additional_properties = d
        return create_batch_message_body

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
