from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.patient_data_source import PatientDataSource, check_patient_data_source
from ..models.patient_sex import PatientSex, check_patient_sex
from ..models.patient_title import PatientTitle, check_patient_title
from ..types import UNSET, Drift, NoneType, ResponseFieldError, Unset

# Looked up once: parsing a page calls them for every date-time of every item.
_datetime_fromisoformat = datetime.datetime.fromisoformat
_date_fromisoformat = datetime.date.fromisoformat

if TYPE_CHECKING:
    from ..models.patient_identifier import PatientIdentifier


T = TypeVar("T", bound="EhrPatient")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "dob",
        "identifiers",
        "ehr_registered",
        "ehr_partner_id",
        "emis_id",
        "deceased_at",
        "ods_code",
        "title",
        "first_name",
        "last_name",
        "sex",
        "nhs_number",
        "email",
        "mobile",
        "last_sync_at",
        "data_source",
        "restricted",
        "line_1",
        "line_2",
        "line_3",
        "town",
        "county",
        "postcode",
        "hero_id",
        "hero_uid",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class EhrPatient:
    """EHR-style patient shape used by GET /v2/patients/{id}, List Candidates (items) and List Patients v3 (items).

    Fields:

    - dob (datetime.datetime | None): required, nullable (None).
    - identifiers (list[PatientIdentifier]): required.
    - ehr_registered (bool | None): required, nullable (None).
    - ehr_partner_id (None | str): optional, UNSET when absent, nullable (None).
    - emis_id (None | str): optional, UNSET when absent, nullable (None).
    - deceased_at (datetime.datetime | None): optional, UNSET when absent, nullable (None).
    - ods_code (None | str): optional, UNSET when absent, nullable (None).
    - title (None | PatientTitle): optional, UNSET when absent, nullable (None).
    - first_name (None | str): optional, UNSET when absent, nullable (None).
    - last_name (None | str): optional, UNSET when absent, nullable (None).
    - sex (None | PatientSex): optional, UNSET when absent, nullable (None).
    - nhs_number (None | str): optional, UNSET when absent, nullable (None).
    - email (None | str): optional, UNSET when absent, nullable (None).
    - mobile (None | str): optional, UNSET when absent, nullable (None).
    - last_sync_at (datetime.datetime | None): optional, UNSET when absent, nullable (None).
    - data_source (None | PatientDataSource): optional, UNSET when absent, nullable (None).
    - restricted (bool): optional, False when absent.
    - line_1 (None | str): optional, UNSET when absent, nullable (None).
    - line_2 (None | str): optional, UNSET when absent, nullable (None).
    - line_3 (None | str): optional, UNSET when absent, nullable (None).
    - town (None | str): optional, UNSET when absent, nullable (None).
    - county (None | str): optional, UNSET when absent, nullable (None).
    - postcode (None | str): optional, UNSET when absent, nullable (None).
    - hero_id (None | str): optional, UNSET when absent, nullable (None).
    - hero_uid (None | str): optional, UNSET when absent, nullable (None).
    """

    dob: datetime.datetime | None
    identifiers: list[PatientIdentifier]
    ehr_registered: bool | None
    ehr_partner_id: None | str | Unset = UNSET
    emis_id: None | str | Unset = UNSET
    deceased_at: datetime.datetime | None | Unset = UNSET
    ods_code: None | str | Unset = UNSET
    title: None | PatientTitle | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    sex: None | PatientSex | Unset = UNSET
    nhs_number: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    mobile: None | str | Unset = UNSET
    last_sync_at: datetime.datetime | None | Unset = UNSET
    data_source: None | PatientDataSource | Unset = UNSET
    restricted: bool | Unset = False
    line_1: None | str | Unset = UNSET
    line_2: None | str | Unset = UNSET
    line_3: None | str | Unset = UNSET
    town: None | str | Unset = UNSET
    county: None | str | Unset = UNSET
    postcode: None | str | Unset = UNSET
    hero_id: None | str | Unset = UNSET
    hero_uid: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_patterns: ClassVar[dict[str, str]] = {"hero_id": "^\\d+$"}
    """Attribute name -> regular expression the document requires of its value (checked before sending)."""
    _field_not_null: ClassVar[frozenset[str]] = frozenset({"identifiers"})
    """Required attributes the document does not allow to be null (checked before sending)."""
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {
        "dob": (datetime.datetime, NoneType),
        "identifiers": (list,),
        "ehr_registered": (bool, NoneType),
        "ehr_partner_id": (str, NoneType),
        "emis_id": (str, NoneType),
        "deceased_at": (datetime.datetime, NoneType),
        "ods_code": (str, NoneType),
        "title": (str, NoneType),
        "first_name": (str, NoneType),
        "last_name": (str, NoneType),
        "sex": (str, NoneType),
        "nhs_number": (str, NoneType),
        "email": (str, NoneType),
        "mobile": (str, NoneType),
        "last_sync_at": (datetime.datetime, NoneType),
        "data_source": (str, NoneType),
        "restricted": (bool,),
        "line_1": (str, NoneType),
        "line_2": (str, NoneType),
        "line_3": (str, NoneType),
        "town": (str, NoneType),
        "county": (str, NoneType),
        "postcode": (str, NoneType),
        "hero_id": (str, NoneType),
        "hero_uid": (str, NoneType),
    }
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        dob: None | str
        if isinstance(self.dob, datetime.datetime):
            dob = self.dob.isoformat()
        else:
            dob = self.dob

        identifiers = []
        for identifiers_item_data in self.identifiers:
            identifiers_item = identifiers_item_data.to_dict()
            identifiers.append(identifiers_item)

        ehr_registered: bool | None
        ehr_registered = self.ehr_registered

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

        ods_code: None | str | Unset
        if isinstance(self.ods_code, Unset):
            ods_code = UNSET
        else:
            ods_code = self.ods_code

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        elif isinstance(self.title, str):
            title = self.title
        else:
            title = self.title

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        sex: None | str | Unset
        if isinstance(self.sex, Unset):
            sex = UNSET
        elif isinstance(self.sex, str):
            sex = self.sex
        else:
            sex = self.sex

        nhs_number: None | str | Unset
        if isinstance(self.nhs_number, Unset):
            nhs_number = UNSET
        else:
            nhs_number = self.nhs_number

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        mobile: None | str | Unset
        if isinstance(self.mobile, Unset):
            mobile = UNSET
        else:
            mobile = self.mobile

        last_sync_at: None | str | Unset
        if isinstance(self.last_sync_at, Unset):
            last_sync_at = UNSET
        elif isinstance(self.last_sync_at, datetime.datetime):
            last_sync_at = self.last_sync_at.isoformat()
        else:
            last_sync_at = self.last_sync_at

        data_source: None | str | Unset
        if isinstance(self.data_source, Unset):
            data_source = UNSET
        elif isinstance(self.data_source, str):
            data_source = self.data_source
        else:
            data_source = self.data_source

        restricted = self.restricted

        line_1: None | str | Unset
        if isinstance(self.line_1, Unset):
            line_1 = UNSET
        else:
            line_1 = self.line_1

        line_2: None | str | Unset
        if isinstance(self.line_2, Unset):
            line_2 = UNSET
        else:
            line_2 = self.line_2

        line_3: None | str | Unset
        if isinstance(self.line_3, Unset):
            line_3 = UNSET
        else:
            line_3 = self.line_3

        town: None | str | Unset
        if isinstance(self.town, Unset):
            town = UNSET
        else:
            town = self.town

        county: None | str | Unset
        if isinstance(self.county, Unset):
            county = UNSET
        else:
            county = self.county

        postcode: None | str | Unset
        if isinstance(self.postcode, Unset):
            postcode = UNSET
        else:
            postcode = self.postcode

        hero_id: None | str | Unset
        if isinstance(self.hero_id, Unset):
            hero_id = UNSET
        else:
            hero_id = self.hero_id

        hero_uid: None | str | Unset
        if isinstance(self.hero_uid, Unset):
            hero_uid = UNSET
        else:
            hero_uid = self.hero_uid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dob": dob,
                "identifiers": identifiers,
                "ehr_registered": ehr_registered,
            }
        )
        if ehr_partner_id is not UNSET:
            field_dict["ehr_partner_id"] = ehr_partner_id
        if emis_id is not UNSET:
            field_dict["emis_id"] = emis_id
        if deceased_at is not UNSET:
            field_dict["deceased_at"] = deceased_at
        if ods_code is not UNSET:
            field_dict["ods_code"] = ods_code
        if title is not UNSET:
            field_dict["title"] = title
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if sex is not UNSET:
            field_dict["sex"] = sex
        if nhs_number is not UNSET:
            field_dict["nhs_number"] = nhs_number
        if email is not UNSET:
            field_dict["email"] = email
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if last_sync_at is not UNSET:
            field_dict["last_sync_at"] = last_sync_at
        if data_source is not UNSET:
            field_dict["data_source"] = data_source
        if restricted is not UNSET:
            field_dict["restricted"] = restricted
        if line_1 is not UNSET:
            field_dict["line_1"] = line_1
        if line_2 is not UNSET:
            field_dict["line_2"] = line_2
        if line_3 is not UNSET:
            field_dict["line_3"] = line_3
        if town is not UNSET:
            field_dict["town"] = town
        if county is not UNSET:
            field_dict["county"] = county
        if postcode is not UNSET:
            field_dict["postcode"] = postcode
        if hero_id is not UNSET:
            field_dict["hero_id"] = hero_id
        if hero_uid is not UNSET:
            field_dict["hero_uid"] = hero_uid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], drift: Drift | None = None) -> T:
        """The model for ``src_dict`` (a decoded JSON object), checked field by field against the document.

        A field that breaks it raises :class:`ResponseFieldError` naming the field; with ``drift``, it is
        recorded there instead and kept as it arrived (``None`` for strict parsing, the default).
        """
        from ..models.patient_identifier import PatientIdentifier  # noqa: PLC0415

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
            _identifiers = src_dict["identifiers"]
            identifiers: list[PatientIdentifier]
            _identifiers_item = PatientIdentifier.from_dict
            _identifiers_drift = None if drift is None else drift.at("identifiers")
            identifiers = [_identifiers_item(item, _identifiers_drift) for item in _identifiers]
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("identifiers", exc) from None
            identifiers = drift.keep("identifiers", exc, src_dict, "array, required")

        try:

            def _parse_ehr_registered(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, data)

            ehr_registered = _parse_ehr_registered(src_dict["ehr_registered"])

            if not isinstance(ehr_registered, (bool, NoneType)):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("ehr_registered", exc) from None
            ehr_registered = drift.keep("ehr_registered", exc, src_dict, "bool | None, required")

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

            def _parse_ods_code(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            ods_code = _parse_ods_code(src_dict.get("ods_code", UNSET))

            if not isinstance(ods_code, (str, NoneType)) and ods_code is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("ods_code", exc) from None
            ods_code = drift.keep("ods_code", exc, src_dict, "None | str")

        try:

            def _parse_title(data: object) -> None | PatientTitle | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    title_type_0 = check_patient_title(data)

                    return title_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | PatientTitle | Unset, data)

            title = _parse_title(src_dict.get("title", UNSET))

            if not isinstance(title, (str, NoneType)) and title is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("title", exc) from None
            title = drift.keep("title", exc, src_dict, "None | PatientTitle")

        try:

            def _parse_first_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            first_name = _parse_first_name(src_dict.get("first_name", UNSET))

            if not isinstance(first_name, (str, NoneType)) and first_name is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("first_name", exc) from None
            first_name = drift.keep("first_name", exc, src_dict, "None | str")

        try:

            def _parse_last_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            last_name = _parse_last_name(src_dict.get("last_name", UNSET))

            if not isinstance(last_name, (str, NoneType)) and last_name is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("last_name", exc) from None
            last_name = drift.keep("last_name", exc, src_dict, "None | str")

        try:

            def _parse_sex(data: object) -> None | PatientSex | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    sex_type_0 = check_patient_sex(data)

                    return sex_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | PatientSex | Unset, data)

            sex = _parse_sex(src_dict.get("sex", UNSET))

            if not isinstance(sex, (str, NoneType)) and sex is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("sex", exc) from None
            sex = drift.keep("sex", exc, src_dict, "None | PatientSex")

        try:

            def _parse_nhs_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            nhs_number = _parse_nhs_number(src_dict.get("nhs_number", UNSET))

            if not isinstance(nhs_number, (str, NoneType)) and nhs_number is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("nhs_number", exc) from None
            nhs_number = drift.keep("nhs_number", exc, src_dict, "None | str")

        try:

            def _parse_email(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            email = _parse_email(src_dict.get("email", UNSET))

            if not isinstance(email, (str, NoneType)) and email is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("email", exc) from None
            email = drift.keep("email", exc, src_dict, "None | str")

        try:

            def _parse_mobile(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            mobile = _parse_mobile(src_dict.get("mobile", UNSET))

            if not isinstance(mobile, (str, NoneType)) and mobile is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("mobile", exc) from None
            mobile = drift.keep("mobile", exc, src_dict, "None | str")

        try:

            def _parse_last_sync_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    last_sync_at_type_0 = _datetime_fromisoformat(data)

                    return last_sync_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            last_sync_at = _parse_last_sync_at(src_dict.get("last_sync_at", UNSET))

            if not isinstance(last_sync_at, (datetime.datetime, NoneType)) and last_sync_at is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("last_sync_at", exc) from None
            last_sync_at = drift.keep("last_sync_at", exc, src_dict, "datetime.datetime | None")

        try:

            def _parse_data_source(data: object) -> None | PatientDataSource | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    data_source_type_0 = check_patient_data_source(data)

                    return data_source_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | PatientDataSource | Unset, data)

            data_source = _parse_data_source(src_dict.get("data_source", UNSET))

            if not isinstance(data_source, (str, NoneType)) and data_source is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("data_source", exc) from None
            data_source = drift.keep("data_source", exc, src_dict, "None | PatientDataSource")

        try:
            restricted = src_dict.get("restricted", UNSET)
            if not isinstance(restricted, bool) and restricted is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("restricted", exc) from None
            restricted = drift.keep("restricted", exc, src_dict, "boolean")

        try:

            def _parse_line_1(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            line_1 = _parse_line_1(src_dict.get("line_1", UNSET))

            if not isinstance(line_1, (str, NoneType)) and line_1 is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("line_1", exc) from None
            line_1 = drift.keep("line_1", exc, src_dict, "None | str")

        try:

            def _parse_line_2(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            line_2 = _parse_line_2(src_dict.get("line_2", UNSET))

            if not isinstance(line_2, (str, NoneType)) and line_2 is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("line_2", exc) from None
            line_2 = drift.keep("line_2", exc, src_dict, "None | str")

        try:

            def _parse_line_3(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            line_3 = _parse_line_3(src_dict.get("line_3", UNSET))

            if not isinstance(line_3, (str, NoneType)) and line_3 is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("line_3", exc) from None
            line_3 = drift.keep("line_3", exc, src_dict, "None | str")

        try:

            def _parse_town(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            town = _parse_town(src_dict.get("town", UNSET))

            if not isinstance(town, (str, NoneType)) and town is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("town", exc) from None
            town = drift.keep("town", exc, src_dict, "None | str")

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

        try:

            def _parse_postcode(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            postcode = _parse_postcode(src_dict.get("postcode", UNSET))

            if not isinstance(postcode, (str, NoneType)) and postcode is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("postcode", exc) from None
            postcode = drift.keep("postcode", exc, src_dict, "None | str")

        try:

            def _parse_hero_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            hero_id = _parse_hero_id(src_dict.get("hero_id", UNSET))

            if not isinstance(hero_id, (str, NoneType)) and hero_id is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("hero_id", exc) from None
            hero_id = drift.keep("hero_id", exc, src_dict, "None | str")

        try:

            def _parse_hero_uid(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            hero_uid = _parse_hero_uid(src_dict.get("hero_uid", UNSET))

            if not isinstance(hero_uid, (str, NoneType)) and hero_uid is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("hero_uid", exc) from None
            hero_uid = drift.keep("hero_uid", exc, src_dict, "None | str")

        ehr_patient = cls(
            dob,
            identifiers,
            ehr_registered,
            ehr_partner_id,
            emis_id,
            deceased_at,
            ods_code,
            title,
            first_name,
            last_name,
            sex,
            nhs_number,
            email,
            mobile,
            last_sync_at,
            data_source,
            restricted,
            line_1,
            line_2,
            line_3,
            town,
            county,
            postcode,
            hero_id,
            hero_uid,
        )

        if not _JSON_KEYS.issuperset(src_dict):  # a third faster than keys() <= _JSON_KEYS (no view made)
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            if drift is not None:
                drift.unknown_fields(d)
            ehr_patient.additional_properties = d
        return ehr_patient

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
