from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.send_message_body_fallback_message_type import (
    SendMessageBodyFallbackMessageType,
    check_send_message_body_fallback_message_type,
)
from ..models.send_message_body_message_type import SendMessageBodyMessageType, check_send_message_body_message_type
from ..types import UNSET, Drift, ResponseFieldError, Unset

T = TypeVar("T", bound="SendMessageBody")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "patient_id",
        "message_type",
        "message_string",
        "recipient_contact_detail",
        "fallback_contact_detail",
        "fallback_message_type",
        "write_to_record",
        "encrypted",
        "snomed_code",
        "snomed_term",
        "auto_write_to_record",
        "task_id",
        "attachment_uuid",
        "short_link_id",
        "assignee_id",
        "assignee_type",
        "send_at",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class SendMessageBody:
    """
    Fields:

    - patient_id (str): required. ID of the Hero patient the message concerns.
    - message_type (SendMessageBodyMessageType): required. Delivery method.
    - message_string (str): required. Message body.
    - recipient_contact_detail (str): optional, UNSET when absent. Phone number or email address to send to. If left
      out, the patient's record supplies one for the chosen method.
    - fallback_contact_detail (str): optional, UNSET when absent.
    - fallback_message_type (SendMessageBodyFallbackMessageType): optional, UNSET when absent.
    - write_to_record (bool): optional, False when absent. Whether to file the message in the EHR after approval.
    - encrypted (bool | str): optional, False when absent. Whether the message should be encrypted.
    - snomed_code (str): optional, UNSET when absent. SNOMED code for the EHR entry; a default is used if left out
      while write_to_record is true.
    - snomed_term (str): optional, UNSET when absent. SNOMED term for the EHR entry; a default is used if left out
      while write_to_record is true.
    - auto_write_to_record (bool): optional, False when absent. Files to the EHR without Hero admin approval, if the
      API key allows it.
    - task_id (str): optional, UNSET when absent. Task to link the message to.
    - attachment_uuid (str): optional, UNSET when absent.
    - short_link_id (str): optional, UNSET when absent.
    - assignee_id (float): optional, UNSET when absent. ID of the Admin or AdminTeam the message is assigned to.
    - assignee_type (str): optional, UNSET when absent. Kind of assignee, Admin or AdminTeam (given as text only; no
      enum keyword shown).
    - send_at (str): optional, UNSET when absent. When to send the message, for scheduling.
    """

    patient_id: str
    """ ID of the Hero patient the message concerns. """
    message_type: SendMessageBodyMessageType
    """ Delivery method. """
    message_string: str
    """ Message body. """
    recipient_contact_detail: str | Unset = UNSET
    """ Phone number or email address to send to. If left out, the patient's record supplies one for the chosen
    method. """
    fallback_contact_detail: str | Unset = UNSET
    fallback_message_type: SendMessageBodyFallbackMessageType | Unset = UNSET
    write_to_record: bool | Unset = False
    """ Whether to file the message in the EHR after approval. """
    encrypted: bool | str | Unset = False
    """ Whether the message should be encrypted. """
    snomed_code: str | Unset = UNSET
    """ SNOMED code for the EHR entry; a default is used if left out while write_to_record is true. """
    snomed_term: str | Unset = UNSET
    """ SNOMED term for the EHR entry; a default is used if left out while write_to_record is true. """
    auto_write_to_record: bool | Unset = False
    """ Files to the EHR without Hero admin approval, if the API key allows it. """
    task_id: str | Unset = UNSET
    """ Task to link the message to. """
    attachment_uuid: str | Unset = UNSET
    short_link_id: str | Unset = UNSET
    assignee_id: float | Unset = UNSET
    """ ID of the Admin or AdminTeam the message is assigned to. """
    assignee_type: str | Unset = UNSET
    """ Kind of assignee, Admin or AdminTeam (given as text only; no enum keyword shown). """
    send_at: str | Unset = UNSET
    """ When to send the message, for scheduling. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_patterns: ClassVar[dict[str, str]] = {"patient_id": "^\\d+$"}
    """Attribute name -> regular expression the document requires of its value (checked before sending)."""
    _field_not_null: ClassVar[frozenset[str]] = frozenset({"patient_id", "message_type", "message_string"})
    """Required attributes the document does not allow to be null (checked before sending)."""
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {
        "patient_id": (str,),
        "message_type": (str,),
        "message_string": (str,),
        "recipient_contact_detail": (str,),
        "fallback_contact_detail": (str,),
        "fallback_message_type": (str,),
        "write_to_record": (bool,),
        "encrypted": (bool, str),
        "snomed_code": (str,),
        "snomed_term": (str,),
        "auto_write_to_record": (bool,),
        "task_id": (str,),
        "attachment_uuid": (str,),
        "short_link_id": (str,),
        "assignee_id": (int, float),
        "assignee_type": (str,),
        "send_at": (str,),
    }
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""
    _field_min_lengths: ClassVar[dict[str, int]] = {"message_string": 1, "attachment_uuid": 1, "short_link_id": 1}
    """Attribute name -> shortest length the document allows (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        patient_id = self.patient_id

        message_type: str = self.message_type

        message_string = self.message_string

        recipient_contact_detail = self.recipient_contact_detail

        fallback_contact_detail = self.fallback_contact_detail

        fallback_message_type: str | Unset = UNSET
        if not isinstance(self.fallback_message_type, Unset):
            fallback_message_type = self.fallback_message_type

        write_to_record = self.write_to_record

        encrypted: bool | str | Unset
        if isinstance(self.encrypted, Unset):
            encrypted = UNSET
        else:
            encrypted = self.encrypted

        snomed_code = self.snomed_code

        snomed_term = self.snomed_term

        auto_write_to_record = self.auto_write_to_record

        task_id = self.task_id

        attachment_uuid = self.attachment_uuid

        short_link_id = self.short_link_id

        assignee_id = self.assignee_id

        assignee_type = self.assignee_type

        send_at = self.send_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "patient_id": patient_id,
                "message_type": message_type,
                "message_string": message_string,
            }
        )
        if recipient_contact_detail is not UNSET:
            field_dict["recipient_contact_detail"] = recipient_contact_detail
        if fallback_contact_detail is not UNSET:
            field_dict["fallback_contact_detail"] = fallback_contact_detail
        if fallback_message_type is not UNSET:
            field_dict["fallback_message_type"] = fallback_message_type
        if write_to_record is not UNSET:
            field_dict["write_to_record"] = write_to_record
        if encrypted is not UNSET:
            field_dict["encrypted"] = encrypted
        if snomed_code is not UNSET:
            field_dict["snomed_code"] = snomed_code
        if snomed_term is not UNSET:
            field_dict["snomed_term"] = snomed_term
        if auto_write_to_record is not UNSET:
            field_dict["auto_write_to_record"] = auto_write_to_record
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if attachment_uuid is not UNSET:
            field_dict["attachment_uuid"] = attachment_uuid
        if short_link_id is not UNSET:
            field_dict["short_link_id"] = short_link_id
        if assignee_id is not UNSET:
            field_dict["assignee_id"] = assignee_id
        if assignee_type is not UNSET:
            field_dict["assignee_type"] = assignee_type
        if send_at is not UNSET:
            field_dict["send_at"] = send_at

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
            patient_id = src_dict["patient_id"]
            if not isinstance(patient_id, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("patient_id", exc) from None
            patient_id = drift.keep("patient_id", exc, src_dict, "string, required")

        try:
            message_type = check_send_message_body_message_type(src_dict["message_type"])

            if not isinstance(message_type, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("message_type", exc) from None
            message_type = drift.keep("message_type", exc, src_dict, "string (enum), required")
        if drift is not None:
            from ..models.send_message_body_message_type import SEND_MESSAGE_BODY_MESSAGE_TYPE_VALUES  # noqa: PLC0415

            if message_type not in SEND_MESSAGE_BODY_MESSAGE_TYPE_VALUES:
                drift.record("message_type", "one of the document's values", "a value the document lacks")

        try:
            message_string = src_dict["message_string"]
            if not isinstance(message_string, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("message_string", exc) from None
            message_string = drift.keep("message_string", exc, src_dict, "string, required")

        try:
            recipient_contact_detail = src_dict.get("recipient_contact_detail", UNSET)
            if not isinstance(recipient_contact_detail, str) and recipient_contact_detail is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("recipient_contact_detail", exc) from None
            recipient_contact_detail = drift.keep("recipient_contact_detail", exc, src_dict, "string")

        try:
            fallback_contact_detail = src_dict.get("fallback_contact_detail", UNSET)
            if not isinstance(fallback_contact_detail, str) and fallback_contact_detail is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("fallback_contact_detail", exc) from None
            fallback_contact_detail = drift.keep("fallback_contact_detail", exc, src_dict, "string")

        try:
            _fallback_message_type = src_dict.get("fallback_message_type", UNSET)
            fallback_message_type: SendMessageBodyFallbackMessageType | Unset
            if _fallback_message_type is UNSET:
                fallback_message_type = UNSET
            else:
                fallback_message_type = check_send_message_body_fallback_message_type(_fallback_message_type)

            if not isinstance(fallback_message_type, str) and fallback_message_type is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("fallback_message_type", exc) from None
            fallback_message_type = drift.keep("fallback_message_type", exc, src_dict, "string (enum)")
        if drift is not None and fallback_message_type is not UNSET:
            from ..models.send_message_body_fallback_message_type import SEND_MESSAGE_BODY_FALLBACK_MESSAGE_TYPE_VALUES  # noqa: PLC0415

            if fallback_message_type not in SEND_MESSAGE_BODY_FALLBACK_MESSAGE_TYPE_VALUES:
                drift.record("fallback_message_type", "one of the document's values", "a value the document lacks")

        try:
            write_to_record = src_dict.get("write_to_record", UNSET)
            if not isinstance(write_to_record, bool) and write_to_record is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("write_to_record", exc) from None
            write_to_record = drift.keep("write_to_record", exc, src_dict, "boolean")

        try:

            def _parse_encrypted(data: object) -> bool | str | Unset:
                if isinstance(data, Unset):
                    return data
                return cast(bool | str | Unset, data)

            encrypted = _parse_encrypted(src_dict.get("encrypted", UNSET))

            if not isinstance(encrypted, (bool, str)) and encrypted is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("encrypted", exc) from None
            encrypted = drift.keep("encrypted", exc, src_dict, "bool | str")

        try:
            snomed_code = src_dict.get("snomed_code", UNSET)
            if not isinstance(snomed_code, str) and snomed_code is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("snomed_code", exc) from None
            snomed_code = drift.keep("snomed_code", exc, src_dict, "string")

        try:
            snomed_term = src_dict.get("snomed_term", UNSET)
            if not isinstance(snomed_term, str) and snomed_term is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("snomed_term", exc) from None
            snomed_term = drift.keep("snomed_term", exc, src_dict, "string")

        try:
            auto_write_to_record = src_dict.get("auto_write_to_record", UNSET)
            if not isinstance(auto_write_to_record, bool) and auto_write_to_record is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("auto_write_to_record", exc) from None
            auto_write_to_record = drift.keep("auto_write_to_record", exc, src_dict, "boolean")

        try:
            task_id = src_dict.get("task_id", UNSET)
            if not isinstance(task_id, str) and task_id is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("task_id", exc) from None
            task_id = drift.keep("task_id", exc, src_dict, "string")

        try:
            attachment_uuid = src_dict.get("attachment_uuid", UNSET)
            if not isinstance(attachment_uuid, str) and attachment_uuid is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("attachment_uuid", exc) from None
            attachment_uuid = drift.keep("attachment_uuid", exc, src_dict, "string")

        try:
            short_link_id = src_dict.get("short_link_id", UNSET)
            if not isinstance(short_link_id, str) and short_link_id is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("short_link_id", exc) from None
            short_link_id = drift.keep("short_link_id", exc, src_dict, "string")

        try:
            assignee_id = src_dict.get("assignee_id", UNSET)
            if not isinstance(assignee_id, (int, float)) and assignee_id is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("assignee_id", exc) from None
            assignee_id = drift.keep("assignee_id", exc, src_dict, "number")

        try:
            assignee_type = src_dict.get("assignee_type", UNSET)
            if not isinstance(assignee_type, str) and assignee_type is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("assignee_type", exc) from None
            assignee_type = drift.keep("assignee_type", exc, src_dict, "string")

        try:
            send_at = src_dict.get("send_at", UNSET)
            if not isinstance(send_at, str) and send_at is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("send_at", exc) from None
            send_at = drift.keep("send_at", exc, src_dict, "string")

        send_message_body = cls(
            patient_id,
            message_type,
            message_string,
            recipient_contact_detail,
            fallback_contact_detail,
            fallback_message_type,
            write_to_record,
            encrypted,
            snomed_code,
            snomed_term,
            auto_write_to_record,
            task_id,
            attachment_uuid,
            short_link_id,
            assignee_id,
            assignee_type,
            send_at,
        )

        if not _JSON_KEYS.issuperset(src_dict):  # a third faster than keys() <= _JSON_KEYS (no view made)
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            if drift is not None:
                drift.unknown_fields(d)
            send_message_body.additional_properties = d
        return send_message_body

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
