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


T = TypeVar("T", bound="PdsLookupByNhsNumber")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "nhs_number",
        "dob",
        "ehr_partner",
        "ehr_partner_id",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class PdsLookupByNhsNumber:
    """
    Fields:

    - nhs_number (str): required. a valid NHS number
    - dob (datetime.date | None): required, nullable (None).
    - ehr_partner (str): optional, UNSET when absent.
    - ehr_partner_id (str): optional, UNSET when absent.
    """

    nhs_number: str
    """ a valid NHS number """
    dob: datetime.date | None
    ehr_partner: str | Unset = UNSET
    ehr_partner_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_not_null: ClassVar[frozenset[str]] = frozenset({"nhs_number"})
    """Required attributes the document does not allow to be null (checked before sending)."""
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {
        "nhs_number": (str,),
        "dob": (datetime.date, NoneType),
        "ehr_partner": (str,),
        "ehr_partner_id": (str,),
    }
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""
    _field_min_lengths: ClassVar[dict[str, int]] = {"ehr_partner": 1, "ehr_partner_id": 1}
    """Attribute name -> shortest length the document allows (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        nhs_number = self.nhs_number

        dob: None | str
        if isinstance(self.dob, datetime.date):
            dob = self.dob.isoformat()
        else:
            dob = self.dob

        ehr_partner = self.ehr_partner

        ehr_partner_id = self.ehr_partner_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nhs_number": nhs_number,
                "dob": dob,
            }
        )
        if ehr_partner is not UNSET:
            field_dict["ehr_partner"] = ehr_partner
        if ehr_partner_id is not UNSET:
            field_dict["ehr_partner_id"] = ehr_partner_id

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
            nhs_number = src_dict["nhs_number"]
            if not isinstance(nhs_number, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("nhs_number", exc) from None
            nhs_number = drift.keep("nhs_number", exc, src_dict, "string, required")

        try:

            def _parse_dob(data: object) -> datetime.date | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    dob_type_0 = _date_fromisoformat(data)

                    return dob_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | None, data)

            dob = _parse_dob(src_dict["dob"])

            if not isinstance(dob, (datetime.date, NoneType)):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("dob", exc) from None
            dob = drift.keep("dob", exc, src_dict, "datetime.date | None, required")

        try:
            ehr_partner = src_dict.get("ehr_partner", UNSET)
            if not isinstance(ehr_partner, str) and ehr_partner is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("ehr_partner", exc) from None
            ehr_partner = drift.keep("ehr_partner", exc, src_dict, "string")

        try:
            ehr_partner_id = src_dict.get("ehr_partner_id", UNSET)
            if not isinstance(ehr_partner_id, str) and ehr_partner_id is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("ehr_partner_id", exc) from None
            ehr_partner_id = drift.keep("ehr_partner_id", exc, src_dict, "string")

        pds_lookup_by_nhs_number = cls(
            nhs_number,
            dob,
            ehr_partner,
            ehr_partner_id,
        )

        if not _JSON_KEYS.issuperset(src_dict):  # a third faster than keys() <= _JSON_KEYS (no view made)
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            if drift is not None:
                drift.unknown_fields(d)
            pds_lookup_by_nhs_number.additional_properties = d
        return pds_lookup_by_nhs_number

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
