from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Drift, ResponseFieldError

T = TypeVar("T", bound="FormSubmissionCreatedEvent")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "object",
        "id",
        "practice_group_id",
        "event",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class FormSubmissionCreatedEvent:
    """
    Fields:

    - object (Literal['FormSubmission']): required. Attribute ``object_``.
    - id (str): required. id of the affected record
    - practice_group_id (str): required.
    - event (Literal['form-submission.created']): required.
    """

    object_: Literal["FormSubmission"]
    id: str
    """ id of the affected record """
    practice_group_id: str
    event: Literal["form-submission.created"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_not_null: ClassVar[frozenset[str]] = frozenset({"object_", "id", "practice_group_id", "event"})
    """Required attributes the document does not allow to be null (checked before sending)."""
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {"id": (str,), "practice_group_id": (str,)}
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""

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
            object_ = cast(Literal["FormSubmission"], src_dict["object"])
            if object_ != "FormSubmission":
                raise ValueError(f"object must match const 'FormSubmission', got '{object_}'")
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("object", exc) from None
            object_ = drift.keep("object", exc, src_dict, "Literal['FormSubmission'], required")

        try:
            id = src_dict["id"]
            if not isinstance(id, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("id", exc) from None
            id = drift.keep("id", exc, src_dict, "string, required")

        try:
            practice_group_id = src_dict["practice_group_id"]
            if not isinstance(practice_group_id, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("practice_group_id", exc) from None
            practice_group_id = drift.keep("practice_group_id", exc, src_dict, "string, required")

        try:
            event = cast(Literal["form-submission.created"], src_dict["event"])
            if event != "form-submission.created":
                raise ValueError(f"event must match const 'form-submission.created', got '{event}'")
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("event", exc) from None
            event = drift.keep("event", exc, src_dict, "Literal['form-submission.created'], required")

        form_submission_created_event = cls(
            object_,
            id,
            practice_group_id,
            event,
        )

        if not _JSON_KEYS.issuperset(src_dict):  # a third faster than keys() <= _JSON_KEYS (no view made)
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            if drift is not None:
                drift.unknown_fields(d)
            form_submission_created_event.additional_properties = d
        return form_submission_created_event

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
