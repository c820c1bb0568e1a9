from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.patient_data_source import PatientDataSource, check_patient_data_source
from ..models.patient_sex import PatientSex, check_patient_sex
from ..models.patient_status import PatientStatus, check_patient_status
from ..models.patient_title import PatientTitle, check_patient_title
from ..types import UNSET, Drift, NoneType, ResponseFieldError, Unset

# Looked up once: parsing a page calls them for every date-time of every item.
_datetime_fromisoformat = datetime.datetime.fromisoformat
_date_fromisoformat = datetime.date.fromisoformat


T = TypeVar("T", bound="Patient")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "dob",
        "data_source",
        "status",
        "uid",
        "emis_id",
        "ehr_partner_id",
        "deceased_at",
        "title",
        "first_name",
        "last_name",
        "sex",
        "nhs_number",
        "email",
        "emails",
        "mobile",
        "last_sync_at",
        "address_line_1",
        "address_line_2",
        "address_line_3",
        "country",
        "postcode",
        "town",
        "county",
        "notes",
        "verification_credentials",
        "restricted",
        "sex_changed_at",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class Patient:
    """Hero patient record as returned by GET /v1/patients/{id} (old HTML rendering).

    Fields:

    - id (str): required.
    - dob (datetime.datetime | None): required, nullable (None).
    - data_source (PatientDataSource): required.
    - status (PatientStatus): required.
    - uid (None | str): optional, UNSET when absent, nullable (None).
    - emis_id (None | str): optional, UNSET when absent, nullable (None).
    - ehr_partner_id (None | str): optional, UNSET when absent, nullable (None).
    - deceased_at (datetime.datetime | None): optional, UNSET when absent, nullable (None).
    - title (None | PatientTitle): optional, UNSET when absent, nullable (None).
    - first_name (None | str): optional, UNSET when absent, nullable (None).
    - last_name (None | str): optional, UNSET when absent, nullable (None).
    - sex (None | PatientSex): optional, UNSET when absent, nullable (None).
    - nhs_number (None | str): optional, UNSET when absent, nullable (None).
    - email (None | str): optional, UNSET when absent, nullable (None).
    - emails (list[str] | None): optional, UNSET when absent, nullable (None).
    - mobile (None | str): optional, UNSET when absent, nullable (None).
    - last_sync_at (datetime.datetime | None): optional, UNSET when absent, nullable (None).
    - address_line_1 (None | str): optional, UNSET when absent, nullable (None).
    - address_line_2 (None | str): optional, UNSET when absent, nullable (None).
    - address_line_3 (None | str): optional, UNSET when absent, nullable (None).
    - country (None | str): optional, UNSET when absent, nullable (None).
    - postcode (None | str): optional, UNSET when absent, nullable (None).
    - town (None | str): optional, UNSET when absent, nullable (None).
    - county (None | str): optional, UNSET when absent, nullable (None).
    - notes (None | str): optional, UNSET when absent, nullable (None).
    - verification_credentials (list[str] | None): optional, UNSET when absent, nullable (None).
    - restricted (bool): optional, False when absent.
    - sex_changed_at (datetime.datetime | None): optional, UNSET when absent, nullable (None).
    """

    id: str
    dob: datetime.datetime | None
    data_source: PatientDataSource
    status: PatientStatus
    uid: None | str | Unset = UNSET
    emis_id: None | str | Unset = UNSET
    ehr_partner_id: None | str | Unset = UNSET
    deceased_at: datetime.datetime | None | Unset = UNSET
    title: None | PatientTitle | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    sex: None | PatientSex | Unset = UNSET
    nhs_number: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    emails: list[str] | None | Unset = UNSET
    mobile: None | str | Unset = UNSET
    last_sync_at: datetime.datetime | None | Unset = UNSET
    address_line_1: None | str | Unset = UNSET
    address_line_2: None | str | Unset = UNSET
    address_line_3: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    postcode: None | str | Unset = UNSET
    town: None | str | Unset = UNSET
    county: None | str | Unset = UNSET
    notes: None | str | Unset = UNSET
    verification_credentials: list[str] | None | Unset = UNSET
    restricted: bool | Unset = False
    sex_changed_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_patterns: ClassVar[dict[str, str]] = {"id": "^\\d+$"}
    """Attribute name -> regular expression the document requires of its value (checked before sending)."""
    _field_not_null: ClassVar[frozenset[str]] = frozenset({"id", "data_source", "status"})
    """Required attributes the document does not allow to be null (checked before sending)."""
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {
        "id": (str,),
        "dob": (datetime.datetime, NoneType),
        "data_source": (str,),
        "status": (str,),
        "uid": (str, NoneType),
        "emis_id": (str, NoneType),
        "ehr_partner_id": (str, NoneType),
        "deceased_at": (datetime.datetime, NoneType),
        "title": (str, NoneType),
        "first_name": (str, NoneType),
        "last_name": (str, NoneType),
        "sex": (str, NoneType),
        "nhs_number": (str, NoneType),
        "email": (str, NoneType),
        "emails": (list, NoneType),
        "mobile": (str, NoneType),
        "last_sync_at": (datetime.datetime, NoneType),
        "address_line_1": (str, NoneType),
        "address_line_2": (str, NoneType),
        "address_line_3": (str, NoneType),
        "country": (str, NoneType),
        "postcode": (str, NoneType),
        "town": (str, NoneType),
        "county": (str, NoneType),
        "notes": (str, NoneType),
        "verification_credentials": (list, NoneType),
        "restricted": (bool,),
        "sex_changed_at": (datetime.datetime, NoneType),
    }
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        dob: None | str
        if isinstance(self.dob, datetime.datetime):
            dob = self.dob.isoformat()
        else:
            dob = self.dob

        data_source: str = self.data_source

        status: str = self.status

        uid: None | str | Unset
        if isinstance(self.uid, Unset):
            uid = UNSET
        else:
            uid = self.uid

        emis_id: None | str | Unset
        if isinstance(self.emis_id, Unset):
            emis_id = UNSET
        else:
            emis_id = self.emis_id

        ehr_partner_id: None | str | Unset
        if isinstance(self.ehr_partner_id, Unset):
            ehr_partner_id = UNSET
        else:
            ehr_partner_id = self.ehr_partner_id

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

        emails: list[str] | None | Unset
        if isinstance(self.emails, Unset):
            emails = UNSET
        elif isinstance(self.emails, list):
            emails = self.emails

        else:
            emails = self.emails

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

        address_line_1: None | str | Unset
        if isinstance(self.address_line_1, Unset):
            address_line_1 = UNSET
        else:
            address_line_1 = self.address_line_1

        address_line_2: None | str | Unset
        if isinstance(self.address_line_2, Unset):
            address_line_2 = UNSET
        else:
            address_line_2 = self.address_line_2

        address_line_3: None | str | Unset
        if isinstance(self.address_line_3, Unset):
            address_line_3 = UNSET
        else:
            address_line_3 = self.address_line_3

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        postcode: None | str | Unset
        if isinstance(self.postcode, Unset):
            postcode = UNSET
        else:
            postcode = self.postcode

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

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        verification_credentials: list[str] | None | Unset
        if isinstance(self.verification_credentials, Unset):
            verification_credentials = UNSET
        elif isinstance(self.verification_credentials, list):
            verification_credentials = self.verification_credentials

        else:
            verification_credentials = self.verification_credentials

        restricted = self.restricted

        sex_changed_at: None | str | Unset
        if isinstance(self.sex_changed_at, Unset):
            sex_changed_at = UNSET
        elif isinstance(self.sex_changed_at, datetime.datetime):
            sex_changed_at = self.sex_changed_at.isoformat()
        else:
            sex_changed_at = self.sex_changed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "dob": dob,
                "data_source": data_source,
                "status": status,
            }
        )
        if uid is not UNSET:
            field_dict["uid"] = uid
        if emis_id is not UNSET:
            field_dict["emis_id"] = emis_id
        if ehr_partner_id is not UNSET:
            field_dict["ehr_partner_id"] = ehr_partner_id
        if deceased_at is not UNSET:
            field_dict["deceased_at"] = deceased_at
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
        if emails is not UNSET:
            field_dict["emails"] = emails
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if last_sync_at is not UNSET:
            field_dict["last_sync_at"] = last_sync_at
        if address_line_1 is not UNSET:
            field_dict["address_line_1"] = address_line_1
        if address_line_2 is not UNSET:
            field_dict["address_line_2"] = address_line_2
        if address_line_3 is not UNSET:
            field_dict["address_line_3"] = address_line_3
        if country is not UNSET:
            field_dict["country"] = country
        if postcode is not UNSET:
            field_dict["postcode"] = postcode
        if town is not UNSET:
            field_dict["town"] = town
        if county is not UNSET:
            field_dict["county"] = county
        if notes is not UNSET:
            field_dict["notes"] = notes
        if verification_credentials is not UNSET:
            field_dict["verification_credentials"] = verification_credentials
        if restricted is not UNSET:
            field_dict["restricted"] = restricted
        if sex_changed_at is not UNSET:
            field_dict["sex_changed_at"] = sex_changed_at

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
            id = src_dict["id"]
            if not isinstance(id, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("id", exc) from None
            id = drift.keep("id", exc, src_dict, "string, required")

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
            data_source = check_patient_data_source(src_dict["data_source"])

            if not isinstance(data_source, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("data_source", exc) from None
            data_source = drift.keep("data_source", exc, src_dict, "string (enum), required")
        if drift is not None:
            from ..models.patient_data_source import PATIENT_DATA_SOURCE_VALUES  # noqa: PLC0415

            if data_source not in PATIENT_DATA_SOURCE_VALUES:
                drift.record("data_source", "one of the document's values", "a value the document lacks")

        try:
            status = check_patient_status(src_dict["status"])

            if not isinstance(status, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("status", exc) from None
            status = drift.keep("status", exc, src_dict, "string (enum), required")
        if drift is not None:
            from ..models.patient_status import PATIENT_STATUS_VALUES  # noqa: PLC0415

            if status not in PATIENT_STATUS_VALUES:
                drift.record("status", "one of the document's values", "a value the document lacks")

        try:

            def _parse_uid(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            uid = _parse_uid(src_dict.get("uid", UNSET))

            if not isinstance(uid, (str, NoneType)) and uid is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("uid", exc) from None
            uid = drift.keep("uid", exc, src_dict, "None | str")

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

            def _parse_emails(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    emails_type_0 = cast(list[str], data)

                    return emails_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            emails = _parse_emails(src_dict.get("emails", UNSET))

            if not isinstance(emails, (list, NoneType)) and emails is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("emails", exc) from None
            emails = drift.keep("emails", exc, src_dict, "list[str] | None")

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

            def _parse_address_line_1(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            address_line_1 = _parse_address_line_1(src_dict.get("address_line_1", UNSET))

            if not isinstance(address_line_1, (str, NoneType)) and address_line_1 is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("address_line_1", exc) from None
            address_line_1 = drift.keep("address_line_1", exc, src_dict, "None | str")

        try:

            def _parse_address_line_2(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            address_line_2 = _parse_address_line_2(src_dict.get("address_line_2", UNSET))

            if not isinstance(address_line_2, (str, NoneType)) and address_line_2 is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("address_line_2", exc) from None
            address_line_2 = drift.keep("address_line_2", exc, src_dict, "None | str")

        try:

            def _parse_address_line_3(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            address_line_3 = _parse_address_line_3(src_dict.get("address_line_3", UNSET))

            if not isinstance(address_line_3, (str, NoneType)) and address_line_3 is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("address_line_3", exc) from None
            address_line_3 = drift.keep("address_line_3", exc, src_dict, "None | str")

        try:

            def _parse_country(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            country = _parse_country(src_dict.get("country", UNSET))

            if not isinstance(country, (str, NoneType)) and country is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("country", exc) from None
            country = drift.keep("country", exc, src_dict, "None | str")

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

            def _parse_notes(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            notes = _parse_notes(src_dict.get("notes", UNSET))

            if not isinstance(notes, (str, NoneType)) and notes is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("notes", exc) from None
            notes = drift.keep("notes", exc, src_dict, "None | str")

        try:

            def _parse_verification_credentials(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    verification_credentials_type_0 = cast(list[str], data)

                    return verification_credentials_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            verification_credentials = _parse_verification_credentials(src_dict.get("verification_credentials", UNSET))

            if not isinstance(verification_credentials, (list, NoneType)) and verification_credentials is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("verification_credentials", exc) from None
            verification_credentials = drift.keep("verification_credentials", exc, src_dict, "list[str] | None")

        try:
            restricted = src_dict.get("restricted", UNSET)
            if not isinstance(restricted, bool) and restricted is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("restricted", exc) from None
            restricted = drift.keep("restricted", exc, src_dict, "boolean")

        try:

            def _parse_sex_changed_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    sex_changed_at_type_0 = _datetime_fromisoformat(data)

                    return sex_changed_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            sex_changed_at = _parse_sex_changed_at(src_dict.get("sex_changed_at", UNSET))

            if not isinstance(sex_changed_at, (datetime.datetime, NoneType)) and sex_changed_at is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("sex_changed_at", exc) from None
            sex_changed_at = drift.keep("sex_changed_at", exc, src_dict, "datetime.datetime | None")

        patient = cls(
            id,
            dob,
            data_source,
            status,
            uid,
            emis_id,
            ehr_partner_id,
            deceased_at,
            title,
            first_name,
            last_name,
            sex,
            nhs_number,
            email,
            emails,
            mobile,
            last_sync_at,
            address_line_1,
            address_line_2,
            address_line_3,
            country,
            postcode,
            town,
            county,
            notes,
            verification_credentials,
            restricted,
            sex_changed_at,
        )

        if not _JSON_KEYS.issuperset(src_dict):  # a third faster than keys() <= _JSON_KEYS (no view made)
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            if drift is not None:
                drift.unknown_fields(d)
            patient.additional_properties = d
        return patient

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
