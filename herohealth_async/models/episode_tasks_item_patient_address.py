from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Drift, NoneType, ResponseFieldError, Unset

T = TypeVar("T", bound="EpisodeTasksItemPatientAddress")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "town",
        "country",
        "postcode",
        "line1",
        "line2",
        "line3",
        "county",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class EpisodeTasksItemPatientAddress:
    """
    Fields:

    - town (str): required.
    - country (str): required.
    - postcode (str): required.
    - line1 (None | str): optional, UNSET when absent, nullable (None).
    - line2 (None | str): optional, UNSET when absent, nullable (None).
    - line3 (None | str): optional, UNSET when absent, nullable (None).
    - county (None | str): optional, UNSET when absent, nullable (None).
    """

    town: str
    country: str
    postcode: str
    line1: None | str | Unset = UNSET
    line2: None | str | Unset = UNSET
    line3: None | str | Unset = UNSET
    county: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_not_null: ClassVar[frozenset[str]] = frozenset({"town", "country", "postcode"})
    """Required attributes the document does not allow to be null (checked before sending)."""
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {
        "town": (str,),
        "country": (str,),
        "postcode": (str,),
        "line1": (str, NoneType),
        "line2": (str, NoneType),
        "line3": (str, NoneType),
        "county": (str, NoneType),
    }
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        town = self.town

        country = self.country

        postcode = self.postcode

        line1: None | str | Unset
        if isinstance(self.line1, Unset):
            line1 = UNSET
        else:
            line1 = self.line1

        line2: None | str | Unset
        if isinstance(self.line2, Unset):
            line2 = UNSET
        else:
            line2 = self.line2

        line3: None | str | Unset
        if isinstance(self.line3, Unset):
            line3 = UNSET
        else:
            line3 = self.line3

        county: None | str | Unset
        if isinstance(self.county, Unset):
            county = UNSET
        else:
            county = self.county

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "town": town,
                "country": country,
                "postcode": postcode,
            }
        )
        if line1 is not UNSET:
            field_dict["line1"] = line1
        if line2 is not UNSET:
            field_dict["line2"] = line2
        if line3 is not UNSET:
            field_dict["line3"] = line3
        if county is not UNSET:
            field_dict["county"] = county

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
            town = src_dict["town"]
            if not isinstance(town, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("town", exc) from None
            town = drift.keep("town", exc, src_dict, "string, required")

        try:
            country = src_dict["country"]
            if not isinstance(country, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("country", exc) from None
            country = drift.keep("country", exc, src_dict, "string, required")

        try:
            postcode = src_dict["postcode"]
            if not isinstance(postcode, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("postcode", exc) from None
            postcode = drift.keep("postcode", exc, src_dict, "string, required")

        try:

            def _parse_line1(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            line1 = _parse_line1(src_dict.get("line1", UNSET))

            if not isinstance(line1, (str, NoneType)) and line1 is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("line1", exc) from None
            line1 = drift.keep("line1", exc, src_dict, "None | str")

        try:

            def _parse_line2(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            line2 = _parse_line2(src_dict.get("line2", UNSET))

            if not isinstance(line2, (str, NoneType)) and line2 is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("line2", exc) from None
            line2 = drift.keep("line2", exc, src_dict, "None | str")

        try:

            def _parse_line3(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            line3 = _parse_line3(src_dict.get("line3", UNSET))

            if not isinstance(line3, (str, NoneType)) and line3 is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("line3", exc) from None
            line3 = drift.keep("line3", exc, src_dict, "None | str")

        try:

            def _parse_county(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            county = _parse_county(src_dict.get("county", UNSET))

            if not isinstance(county, (str, NoneType)) and county is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("county", exc) from None
            county = drift.keep("county", exc, src_dict, "None | str")

        episode_tasks_item_patient_address = cls(
            town,
            country,
            postcode,
            line1,
            line2,
            line3,
            county,
        )

        if not _JSON_KEYS.issuperset(src_dict):  # a third faster than keys() <= _JSON_KEYS (no view made)
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            if drift is not None:
                drift.unknown_fields(d)
            episode_tasks_item_patient_address.additional_properties = d
        return episode_tasks_item_patient_address

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
