from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.episode_priority import EpisodePriority, check_episode_priority
from ..models.episode_status import EpisodeStatus, check_episode_status
from ..models.update_task_body_assignee_type import UpdateTaskBodyAssigneeType, check_update_task_body_assignee_type
from ..types import UNSET, Drift, ResponseFieldError, Unset

T = TypeVar("T", bound="UpdateTaskBody")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "status",
        "priority",
        "assignee_type",
        "assignee_id",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class UpdateTaskBody:
    """
    Fields:

    - status (EpisodeStatus): optional, UNSET when absent.
    - priority (EpisodePriority): optional, UNSET when absent.
    - assignee_type (UpdateTaskBodyAssigneeType): optional, UNSET when absent.
    - assignee_id (str): optional, UNSET when absent.
    """

    status: EpisodeStatus | Unset = UNSET
    priority: EpisodePriority | Unset = UNSET
    assignee_type: UpdateTaskBodyAssigneeType | Unset = UNSET
    assignee_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_patterns: ClassVar[dict[str, str]] = {"assignee_id": "^\\d+$"}
    """Attribute name -> regular expression the document requires of its value (checked before sending)."""
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {
        "status": (str,),
        "priority": (str,),
        "assignee_type": (str,),
        "assignee_id": (str,),
    }
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority

        assignee_type: str | Unset = UNSET
        if not isinstance(self.assignee_type, Unset):
            assignee_type = self.assignee_type

        assignee_id = self.assignee_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if priority is not UNSET:
            field_dict["priority"] = priority
        if assignee_type is not UNSET:
            field_dict["assignee_type"] = assignee_type
        if assignee_id is not UNSET:
            field_dict["assignee_id"] = assignee_id

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
            _status = src_dict.get("status", UNSET)
            status: EpisodeStatus | Unset
            if _status is UNSET:
                status = UNSET
            else:
                status = check_episode_status(_status)

            if not isinstance(status, str) and status is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("status", exc) from None
            status = drift.keep("status", exc, src_dict, "string (enum)")
        if drift is not None and status is not UNSET:
            from ..models.episode_status import EPISODE_STATUS_VALUES  # noqa: PLC0415

            if status not in EPISODE_STATUS_VALUES:
                drift.record("status", "one of the document's values", "a value the document lacks")

        try:
            _priority = src_dict.get("priority", UNSET)
            priority: EpisodePriority | Unset
            if _priority is UNSET:
                priority = UNSET
            else:
                priority = check_episode_priority(_priority)

            if not isinstance(priority, str) and priority is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("priority", exc) from None
            priority = drift.keep("priority", exc, src_dict, "string (enum)")
        if drift is not None and priority is not UNSET:
            from ..models.episode_priority import EPISODE_PRIORITY_VALUES  # noqa: PLC0415

            if priority not in EPISODE_PRIORITY_VALUES:
                drift.record("priority", "one of the document's values", "a value the document lacks")

        try:
            _assignee_type = src_dict.get("assignee_type", UNSET)
            assignee_type: UpdateTaskBodyAssigneeType | Unset
            if _assignee_type is UNSET:
                assignee_type = UNSET
            else:
                assignee_type = check_update_task_body_assignee_type(_assignee_type)

            if not isinstance(assignee_type, str) and assignee_type is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("assignee_type", exc) from None
            assignee_type = drift.keep("assignee_type", exc, src_dict, "string (enum)")
        if drift is not None and assignee_type is not UNSET:
            from ..models.update_task_body_assignee_type import UPDATE_TASK_BODY_ASSIGNEE_TYPE_VALUES  # noqa: PLC0415

            if assignee_type not in UPDATE_TASK_BODY_ASSIGNEE_TYPE_VALUES:
                drift.record("assignee_type", "one of the document's values", "a value the document lacks")

        try:
            assignee_id = src_dict.get("assignee_id", UNSET)
            if not isinstance(assignee_id, str) and assignee_id is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("assignee_id", exc) from None
            assignee_id = drift.keep("assignee_id", exc, src_dict, "string")

        update_task_body = cls(
            status,
            priority,
            assignee_type,
            assignee_id,
        )

        if not _JSON_KEYS.issuperset(src_dict):  # a third faster than keys() <= _JSON_KEYS (no view made)
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            if drift is not None:
                drift.unknown_fields(d)
            update_task_body.additional_properties = d
        return update_task_body

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
