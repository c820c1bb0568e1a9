from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.patient_sex import PatientSex, check_patient_sex
from ..models.patient_title_request import PatientTitleRequest, check_patient_title_request
from ..types import UNSET, Drift, ResponseFieldError, Unset

T = TypeVar("T", bound="PatientRegistration")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "dob",
        "first_name",
        "last_name",
        "mobile",
        "ehr_partner_id",
        "nhs_number",
        "sex",
        "title",
        "landline",
        "address_line_1",
        "address_line_2",
        "address_line_3",
        "country",
        "postcode",
        "county",
        "data_source",
        "email",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class PatientRegistration:
    """
    Fields:

    - dob (str): required.
    - first_name (str): required.
    - last_name (str): required.
    - mobile (str): required.
    - ehr_partner_id (str): optional, UNSET when absent.
    - nhs_number (str): optional, UNSET when absent.
    - sex (PatientSex): optional, UNSET when absent.
    - title (PatientTitleRequest): optional, UNSET when absent.
    - landline (str): optional, UNSET when absent.
    - address_line_1 (str): optional, UNSET when absent.
    - address_line_2 (str): optional, UNSET when absent.
    - address_line_3 (str): optional, UNSET when absent.
    - country (str): optional, UNSET when absent.
    - postcode (str): optional, UNSET when absent.
    - county (str): optional, UNSET when absent.
    - data_source (str): optional, UNSET when absent.
    - email (str): optional, UNSET when absent.
    """

    dob: str
    first_name: str
    last_name: str
    mobile: str
    ehr_partner_id: str | Unset = UNSET
    nhs_number: str | Unset = UNSET
    sex: PatientSex | Unset = UNSET
    title: PatientTitleRequest | Unset = UNSET
    landline: str | Unset = UNSET
    address_line_1: str | Unset = UNSET
    address_line_2: str | Unset = UNSET
    address_line_3: str | Unset = UNSET
    country: str | Unset = UNSET
    postcode: str | Unset = UNSET
    county: str | Unset = UNSET
    data_source: str | Unset = UNSET
    email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_not_null: ClassVar[frozenset[str]] = frozenset({"dob", "first_name", "last_name", "mobile"})
    """Required attributes the document does not allow to be null (checked before sending)."""
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {
        "dob": (str,),
        "first_name": (str,),
        "last_name": (str,),
        "mobile": (str,),
        "ehr_partner_id": (str,),
        "nhs_number": (str,),
        "sex": (str,),
        "title": (str,),
        "landline": (str,),
        "address_line_1": (str,),
        "address_line_2": (str,),
        "address_line_3": (str,),
        "country": (str,),
        "postcode": (str,),
        "county": (str,),
        "data_source": (str,),
        "email": (str,),
    }
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""
    _field_min_lengths: ClassVar[dict[str, int]] = {
        "dob": 1,
        "first_name": 1,
        "last_name": 1,
        "mobile": 1,
        "nhs_number": 1,
    }
    """Attribute name -> shortest length the document allows (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        dob = self.dob

        first_name = self.first_name

        last_name = self.last_name

        mobile = self.mobile

        ehr_partner_id = self.ehr_partner_id

        nhs_number = self.nhs_number

        sex: str | Unset = UNSET
        if not isinstance(self.sex, Unset):
            sex = self.sex

        title: str | Unset = UNSET
        if not isinstance(self.title, Unset):
            title = self.title

        landline = self.landline

        address_line_1 = self.address_line_1

        address_line_2 = self.address_line_2

        address_line_3 = self.address_line_3

        country = self.country

        postcode = self.postcode

        county = self.county

        data_source = self.data_source

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dob": dob,
                "first_name": first_name,
                "last_name": last_name,
                "mobile": mobile,
            }
        )
        if ehr_partner_id is not UNSET:
            field_dict["ehr_partner_id"] = ehr_partner_id
        if nhs_number is not UNSET:
            field_dict["nhs_number"] = nhs_number
        if sex is not UNSET:
            field_dict["sex"] = sex
        if title is not UNSET:
            field_dict["title"] = title
        if landline is not UNSET:
            field_dict["landline"] = landline
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
        if county is not UNSET:
            field_dict["county"] = county
        if data_source is not UNSET:
            field_dict["data_source"] = data_source
        if email is not UNSET:
            field_dict["email"] = email

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
            dob = src_dict["dob"]
            if not isinstance(dob, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("dob", exc) from None
            dob = drift.keep("dob", exc, src_dict, "string, required")

        try:
            first_name = src_dict["first_name"]
            if not isinstance(first_name, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("first_name", exc) from None
            first_name = drift.keep("first_name", exc, src_dict, "string, required")

        try:
            last_name = src_dict["last_name"]
            if not isinstance(last_name, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("last_name", exc) from None
            last_name = drift.keep("last_name", exc, src_dict, "string, required")

        try:
            mobile = src_dict["mobile"]
            if not isinstance(mobile, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("mobile", exc) from None
            mobile = drift.keep("mobile", exc, src_dict, "string, required")

        try:
            ehr_partner_id = src_dict.get("ehr_partner_id", UNSET)
            if not isinstance(ehr_partner_id, str) and ehr_partner_id is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("ehr_partner_id", exc) from None
            ehr_partner_id = drift.keep("ehr_partner_id", exc, src_dict, "string")

        try:
            nhs_number = src_dict.get("nhs_number", UNSET)
            if not isinstance(nhs_number, str) and nhs_number is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("nhs_number", exc) from None
            nhs_number = drift.keep("nhs_number", exc, src_dict, "string")

        try:
            _sex = src_dict.get("sex", UNSET)
            sex: PatientSex | Unset
            if _sex is UNSET:
                sex = UNSET
            else:
                sex = check_patient_sex(_sex)

            if not isinstance(sex, str) and sex is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("sex", exc) from None
            sex = drift.keep("sex", exc, src_dict, "string (enum)")
        if drift is not None and sex is not UNSET:
            from ..models.patient_sex import PATIENT_SEX_VALUES  # noqa: PLC0415

            if sex not in PATIENT_SEX_VALUES:
                drift.record("sex", "one of the document's values", "a value the document lacks")

        try:
            _title = src_dict.get("title", UNSET)
            title: PatientTitleRequest | Unset
            if _title is UNSET:
                title = UNSET
            else:
                title = check_patient_title_request(_title)

            if not isinstance(title, str) and title is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("title", exc) from None
            title = drift.keep("title", exc, src_dict, "string (enum)")
        if drift is not None and title is not UNSET:
            from ..models.patient_title_request import PATIENT_TITLE_REQUEST_VALUES  # noqa: PLC0415

            if title not in PATIENT_TITLE_REQUEST_VALUES:
                drift.record("title", "one of the document's values", "a value the document lacks")

        try:
            landline = src_dict.get("landline", UNSET)
            if not isinstance(landline, str) and landline is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("landline", exc) from None
            landline = drift.keep("landline", exc, src_dict, "string")

        try:
            address_line_1 = src_dict.get("address_line_1", UNSET)
            if not isinstance(address_line_1, str) and address_line_1 is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("address_line_1", exc) from None
            address_line_1 = drift.keep("address_line_1", exc, src_dict, "string")

        try:
            address_line_2 = src_dict.get("address_line_2", UNSET)
            if not isinstance(address_line_2, str) and address_line_2 is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("address_line_2", exc) from None
            address_line_2 = drift.keep("address_line_2", exc, src_dict, "string")

        try:
            address_line_3 = src_dict.get("address_line_3", UNSET)
            if not isinstance(address_line_3, str) and address_line_3 is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("address_line_3", exc) from None
            address_line_3 = drift.keep("address_line_3", exc, src_dict, "string")

        try:
            country = src_dict.get("country", UNSET)
            if not isinstance(country, str) and country is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("country", exc) from None
            country = drift.keep("country", exc, src_dict, "string")

        try:
            postcode = src_dict.get("postcode", UNSET)
            if not isinstance(postcode, str) and postcode is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("postcode", exc) from None
            postcode = drift.keep("postcode", exc, src_dict, "string")

        try:
            county = src_dict.get("county", UNSET)
            if not isinstance(county, str) and county is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("county", exc) from None
            county = drift.keep("county", exc, src_dict, "string")

        try:
            data_source = src_dict.get("data_source", UNSET)
            if not isinstance(data_source, str) and data_source is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("data_source", exc) from None
            data_source = drift.keep("data_source", exc, src_dict, "string")

        try:
            email = src_dict.get("email", UNSET)
            if not isinstance(email, str) and email is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("email", exc) from None
            email = drift.keep("email", exc, src_dict, "string")

        patient_registration = cls(
            dob,
            first_name,
            last_name,
            mobile,
            ehr_partner_id,
            nhs_number,
            sex,
            title,
            landline,
            address_line_1,
            address_line_2,
            address_line_3,
            country,
            postcode,
            county,
            data_source,
            email,
        )

        if not _JSON_KEYS.issuperset(src_dict):  # a third faster than keys() <= _JSON_KEYS (no view made)
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            if drift is not None:
                drift.unknown_fields(d)
            patient_registration.additional_properties = d
        return patient_registration

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
