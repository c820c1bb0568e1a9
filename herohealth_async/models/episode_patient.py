from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Drift, NoneType, ResponseFieldError, Unset

# Looked up once: parsing a page calls them for every date-time of every item.
_datetime_fromisoformat = datetime.datetime.fromisoformat
_date_fromisoformat = datetime.date.fromisoformat


T = TypeVar("T", bound="EpisodePatient")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "dob",
        "ehr_partner_id",
        "emis_id",
        "deceased_at",
        "title",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class EpisodePatient:
    """
    Fields:

    - dob (datetime.datetime | None): required, nullable (None).
    - ehr_partner_id (None | str): optional, UNSET when absent, nullable (None).
    - emis_id (None | str): optional, UNSET when absent, nullable (None).
    - deceased_at (datetime.datetime | None): optional, UNSET when absent, nullable (None).
    - title (None | str): optional, UNSET when absent, nullable (None).
    """

    dob: datetime.datetime | None
    ehr_partner_id: None | str | Unset = UNSET
    emis_id: None | str | Unset = UNSET
    deceased_at: datetime.datetime | None | Unset = UNSET
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {
        "dob": (datetime.datetime, NoneType),
        "ehr_partner_id": (str, NoneType),
        "emis_id": (str, NoneType),
        "deceased_at": (datetime.datetime, NoneType),
        "title": (str, NoneType),
    }
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        dob: None | str
        if isinstance(self.dob, datetime.datetime):
            dob = self.dob.isoformat()
        else:
            dob = self.dob

        ehr_partner_id: None | str | Unset
        if isinstance(self.ehr_partner_id, Unset):
            ehr_partner_id = UNSET
        else:
            ehr_partner_id = self.ehr_partner_id

        emis_id: None | str | Unset
        if isinstance(self.emis_id, Unset):
            emis_id = UNSET
        else:
            emis_id = self.emis_id

        deceased_at: None | str | Unset
        if isinstance(self.deceased_at, Unset):
            deceased_at = UNSET
        elif isinstance(self.deceased_at, datetime.datetime):
            deceased_at = self.deceased_at.isoformat()
        else:
            deceased_at = self.deceased_at

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dob": dob,
            }
        )
        if ehr_partner_id is not UNSET:
            field_dict["ehr_partner_id"] = ehr_partner_id
        if emis_id is not UNSET:
            field_dict["emis_id"] = emis_id
        if deceased_at is not UNSET:
            field_dict["deceased_at"] = deceased_at
        if title is not UNSET:
            field_dict["title"] = title

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

            def _parse_dob(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    dob_type_0 = _datetime_fromisoformat(data)

                    return dob_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None, data)

            dob = _parse_dob(src_dict["dob"])

            if not isinstance(dob, (datetime.datetime, NoneType)):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("dob", exc) from None
            dob = drift.keep("dob", exc, src_dict, "datetime.datetime | None, required")

        try:

            def _parse_ehr_partner_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            ehr_partner_id = _parse_ehr_partner_id(src_dict.get("ehr_partner_id", UNSET))

            if not isinstance(ehr_partner_id, (str, NoneType)) and ehr_partner_id is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("ehr_partner_id", exc) from None
            ehr_partner_id = drift.keep("ehr_partner_id", exc, src_dict, "None | str")

        try:

            def _parse_emis_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            emis_id = _parse_emis_id(src_dict.get("emis_id", UNSET))

            if not isinstance(emis_id, (str, NoneType)) and emis_id is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("emis_id", exc) from None
            emis_id = drift.keep("emis_id", exc, src_dict, "None | str")

        try:

            def _parse_deceased_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    deceased_at_type_0 = _datetime_fromisoformat(data)

                    return deceased_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            deceased_at = _parse_deceased_at(src_dict.get("deceased_at", UNSET))

            if not isinstance(deceased_at, (datetime.datetime, NoneType)) and deceased_at is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("deceased_at", exc) from None
            deceased_at = drift.keep("deceased_at", exc, src_dict, "datetime.datetime | None")

        try:

            def _parse_title(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            title = _parse_title(src_dict.get("title", UNSET))

            if not isinstance(title, (str, NoneType)) and title is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("title", exc) from None
            title = drift.keep("title", exc, src_dict, "None | str")

        episode_patient = cls(
            dob,
            ehr_partner_id,
            emis_id,
            deceased_at,
            title,
        )

        if not _JSON_KEYS.issuperset(src_dict):  # a third faster than keys() <= _JSON_KEYS (no view made)
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            if drift is not None:
                drift.unknown_fields(d)
            episode_patient.additional_properties = d
        return episode_patient

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
