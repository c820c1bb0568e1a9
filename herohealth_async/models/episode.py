from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.episode_priority import EpisodePriority, check_episode_priority
from ..models.episode_status import EpisodeStatus, check_episode_status
from ..types import UNSET, ResponseFieldError, Unset

if TYPE_CHECKING:
    from ..models.episode_assignees_item import EpisodeAssigneesItem
    from ..models.episode_tasks_item import EpisodeTasksItem


T = TypeVar("T", bound="Episode")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "status",
        "priority",
        "assignees",
        "tasks",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class Episode:
    """
    Fields:
        id (str): required.
        status (EpisodeStatus): required.
        priority (EpisodePriority): required.
        assignees (list[EpisodeAssigneesItem]): optional, UNSET when absent.
        tasks (list[EpisodeTasksItem]): optional, UNSET when absent.
    """

    id: str
    status: EpisodeStatus
    priority: EpisodePriority
    assignees: list[EpisodeAssigneesItem] | Unset = UNSET
    tasks: list[EpisodeTasksItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_not_null: ClassVar[frozenset[str]] = frozenset({"id", "status", "priority"})
    """Required attributes the document does not allow to be null (checked before sending)."""
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {
        "id": (str,),
        "status": (str,),
        "priority": (str,),
        "assignees": (list,),
        "tasks": (list,),
    }
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str = self.status

        priority: str = self.priority

        assignees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assignees, Unset):
            assignees = []
            for assignees_item_data in self.assignees:
                assignees_item = assignees_item_data.to_dict()
                assignees.append(assignees_item)

        tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = []
            for tasks_item_data in self.tasks:
                tasks_item = tasks_item_data.to_dict()
                tasks.append(tasks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "priority": priority,
            }
        )
        if assignees is not UNSET:
            field_dict["assignees"] = assignees
        if tasks is not UNSET:
            field_dict["tasks"] = tasks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.episode_assignees_item import EpisodeAssigneesItem  # noqa: PLC0415
        from ..models.episode_tasks_item import EpisodeTasksItem  # noqa: PLC0415

        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: it is faster
            raise ResponseFieldError("", "must be a JSON object")
        # Each field is read under its name, so an error names the field (never its value). Fields are
        # read in place (no copy of the object); the keys left over are collected only when there are any.
        _at = ""
        try:
            _at = "id"
            id = src_dict["id"]
            if not isinstance(id, str):
                raise TypeError

            _at = "status"
            status = check_episode_status(src_dict["status"])

            if not isinstance(status, str):
                raise TypeError

            _at = "priority"
            priority = check_episode_priority(src_dict["priority"])

            if not isinstance(priority, str):
                raise TypeError

            _at = "assignees"
            _assignees = src_dict.get("assignees", UNSET)
            assignees: list[EpisodeAssigneesItem] | Unset = UNSET
            if _assignees is not UNSET:
                assignees = []
                for assignees_item_data in _assignees:
                    assignees_item = EpisodeAssigneesItem.from_dict(assignees_item_data)

                    assignees.append(assignees_item)

            _at = "tasks"
            _tasks = src_dict.get("tasks", UNSET)
            tasks: list[EpisodeTasksItem] | Unset = UNSET
            if _tasks is not UNSET:
                tasks = []
                for tasks_item_data in _tasks:
                    tasks_item = EpisodeTasksItem.from_dict(tasks_item_data)

                    tasks.append(tasks_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseFieldError.wrap(_at, exc) from None
        episode = cls(
            id,
            status,
            priority,
            assignees,
            tasks,
        )

        if not src_dict.keys() <= _JSON_KEYS:
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            episode.additional_properties = d
        return episode

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
