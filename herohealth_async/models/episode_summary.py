from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.episode_priority import EpisodePriority, check_episode_priority
from ..models.episode_status import EpisodeStatus, check_episode_status
from ..types import UNSET, Drift, NoneType, ResponseFieldError, Unset

if TYPE_CHECKING:
    from ..models.episode_patient import EpisodePatient
    from ..models.episode_summary_assignees_item import EpisodeSummaryAssigneesItem
    from ..models.episode_summary_tasks_item import EpisodeSummaryTasksItem


T = TypeVar("T", bound="EpisodeSummary")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "status",
        "priority",
        "patient",
        "assignees",
        "tasks",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class EpisodeSummary:
    """
    Fields:

    - id (str): required.
    - status (EpisodeStatus): required.
    - priority (EpisodePriority): required.
    - patient (EpisodePatient | None): required, nullable (None).
    - assignees (list[EpisodeSummaryAssigneesItem]): optional, UNSET when absent.
    - tasks (list[EpisodeSummaryTasksItem]): optional, UNSET when absent.
    """

    id: str
    status: EpisodeStatus
    priority: EpisodePriority
    patient: EpisodePatient | None
    assignees: list[EpisodeSummaryAssigneesItem] | Unset = UNSET
    tasks: list[EpisodeSummaryTasksItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_patterns: ClassVar[dict[str, str]] = {"id": "^\\d+$"}
    """Attribute name -> regular expression the document requires of its value (checked before sending)."""
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
        from ..models.episode_patient import EpisodePatient  # noqa: PLC0415

        id = self.id

        status: str = self.status

        priority: str = self.priority

        patient: dict[str, Any] | None
        if isinstance(self.patient, EpisodePatient):
            patient = self.patient.to_dict()
        else:
            patient = self.patient

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
                "patient": patient,
            }
        )
        if assignees is not UNSET:
            field_dict["assignees"] = assignees
        if tasks is not UNSET:
            field_dict["tasks"] = tasks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], drift: Drift | None = None) -> T:
        """The model for ``src_dict`` (a decoded JSON object), checked field by field against the document.

        A field that breaks it raises :class:`ResponseFieldError` naming the field; with ``drift``, it is
        recorded there instead and kept as it arrived (``None`` for strict parsing, the default).
        """
        from ..models.episode_patient import EpisodePatient  # noqa: PLC0415
        from ..models.episode_summary_assignees_item import EpisodeSummaryAssigneesItem  # noqa: PLC0415
        from ..models.episode_summary_tasks_item import EpisodeSummaryTasksItem  # noqa: PLC0415

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
            status = check_episode_status(src_dict["status"])

            if not isinstance(status, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("status", exc) from None
            status = drift.keep("status", exc, src_dict, "string (enum), required")
        if drift is not None:
            from ..models.episode_status import EPISODE_STATUS_VALUES  # noqa: PLC0415

            if status not in EPISODE_STATUS_VALUES:
                drift.record("status", "one of the document's values", "a value the document lacks")

        try:
            priority = check_episode_priority(src_dict["priority"])

            if not isinstance(priority, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("priority", exc) from None
            priority = drift.keep("priority", exc, src_dict, "string (enum), required")
        if drift is not None:
            from ..models.episode_priority import EPISODE_PRIORITY_VALUES  # noqa: PLC0415

            if priority not in EPISODE_PRIORITY_VALUES:
                drift.record("priority", "one of the document's values", "a value the document lacks")

        try:

            def _parse_patient(data: object) -> EpisodePatient | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    patient_type_0 = EpisodePatient.from_dict(data)

                    return patient_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(EpisodePatient | None, data)

            patient = _parse_patient(src_dict["patient"])

            if not isinstance(patient, (EpisodePatient, NoneType)):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("patient", exc) from None
            patient = drift.keep("patient", exc, src_dict, "EpisodePatient | None, required")

        try:
            _assignees = src_dict.get("assignees", UNSET)
            assignees: list[EpisodeSummaryAssigneesItem] | Unset
            _assignees_item = EpisodeSummaryAssigneesItem.from_dict
            _assignees_drift = None if drift is None else drift.at("assignees")
            if _assignees is UNSET:
                assignees = UNSET
            else:
                assignees = [_assignees_item(item, _assignees_drift) for item in _assignees]
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("assignees", exc) from None
            assignees = drift.keep("assignees", exc, src_dict, "array")

        try:
            _tasks = src_dict.get("tasks", UNSET)
            tasks: list[EpisodeSummaryTasksItem] | Unset
            _tasks_item = EpisodeSummaryTasksItem.from_dict
            _tasks_drift = None if drift is None else drift.at("tasks")
            if _tasks is UNSET:
                tasks = UNSET
            else:
                tasks = [_tasks_item(item, _tasks_drift) for item in _tasks]
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("tasks", exc) from None
            tasks = drift.keep("tasks", exc, src_dict, "array")

        episode_summary = cls(
            id,
            status,
            priority,
            patient,
            assignees,
            tasks,
        )

        if not _JSON_KEYS.issuperset(src_dict):  # a third faster than keys() <= _JSON_KEYS (no view made)
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            if drift is not None:
                drift.unknown_fields(d)
            episode_summary.additional_properties = d
        return episode_summary

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
