from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.episode_tasks_item_patient_sex import EpisodeTasksItemPatientSex, check_episode_tasks_item_patient_sex
from ..types import UNSET, Drift, NoneType, ResponseFieldError, Unset

if TYPE_CHECKING:
    from ..models.episode_tasks_item_patient_address import EpisodeTasksItemPatientAddress


T = TypeVar("T", bound="EpisodeTasksItemPatient")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "dob",
        "sex",
        "full_name",
        "contact_emails",
        "registered_practitioner_name",
        "notes",
        "membership_scheme_names",
        "address",
        "uid",
        "ehr_partner_id",
        "emis_id",
        "deceased_at",
        "title",
        "first_name",
        "last_name",
        "nhs_number",
        "email",
        "mobile",
        "last_sync_at",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class EpisodeTasksItemPatient:
    """
    Fields:

    - dob (None | str): required, nullable (None).
    - sex (EpisodeTasksItemPatientSex): required.
    - full_name (str): required.
    - contact_emails (list[str] | None): required, nullable (None).
    - registered_practitioner_name (None | str): required, nullable (None).
    - notes (None | str): required, nullable (None).
    - membership_scheme_names (list[str] | None): required, nullable (None).
    - address (EpisodeTasksItemPatientAddress): required.
    - uid (None | str): optional, UNSET when absent, nullable (None).
    - ehr_partner_id (None | str): optional, UNSET when absent, nullable (None).
    - emis_id (None | str): optional, UNSET when absent, nullable (None).
    - deceased_at (None | str): optional, UNSET when absent, nullable (None).
    - title (None | str): optional, UNSET when absent, nullable (None).
    - first_name (None | str): optional, UNSET when absent, nullable (None).
    - last_name (None | str): optional, UNSET when absent, nullable (None).
    - nhs_number (None | str): optional, UNSET when absent, nullable (None).
    - email (None | str): optional, UNSET when absent, nullable (None).
    - mobile (None | str): optional, UNSET when absent, nullable (None).
    - last_sync_at (None | str): optional, UNSET when absent, nullable (None).
    """

    dob: None | str
    sex: EpisodeTasksItemPatientSex
    full_name: str
    contact_emails: list[str] | None
    registered_practitioner_name: None | str
    notes: None | str
    membership_scheme_names: list[str] | None
    address: EpisodeTasksItemPatientAddress
    uid: None | str | Unset = UNSET
    ehr_partner_id: None | str | Unset = UNSET
    emis_id: None | str | Unset = UNSET
    deceased_at: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    nhs_number: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    mobile: None | str | Unset = UNSET
    last_sync_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_not_null: ClassVar[frozenset[str]] = frozenset({"sex", "full_name", "address"})
    """Required attributes the document does not allow to be null (checked before sending)."""
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {
        "dob": (str, NoneType),
        "sex": (str,),
        "full_name": (str,),
        "contact_emails": (list, NoneType),
        "registered_practitioner_name": (str, NoneType),
        "notes": (str, NoneType),
        "membership_scheme_names": (list, NoneType),
        "uid": (str, NoneType),
        "ehr_partner_id": (str, NoneType),
        "emis_id": (str, NoneType),
        "deceased_at": (str, NoneType),
        "title": (str, NoneType),
        "first_name": (str, NoneType),
        "last_name": (str, NoneType),
        "nhs_number": (str, NoneType),
        "email": (str, NoneType),
        "mobile": (str, NoneType),
        "last_sync_at": (str, NoneType),
    }
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        dob: None | str
        dob = self.dob

        sex: str = self.sex

        full_name = self.full_name

        contact_emails: list[str] | None
        if isinstance(self.contact_emails, list):
            contact_emails = self.contact_emails

        else:
            contact_emails = self.contact_emails

        registered_practitioner_name: None | str
        registered_practitioner_name = self.registered_practitioner_name

        notes: None | str
        notes = self.notes

        membership_scheme_names: list[str] | None
        if isinstance(self.membership_scheme_names, list):
            membership_scheme_names = self.membership_scheme_names

        else:
            membership_scheme_names = self.membership_scheme_names

        address = self.address.to_dict()

        uid: None | str | Unset
        if isinstance(self.uid, Unset):
            uid = UNSET
        else:
            uid = self.uid

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
        else:
            deceased_at = self.deceased_at

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
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
        else:
            last_sync_at = self.last_sync_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dob": dob,
                "sex": sex,
                "full_name": full_name,
                "contact_emails": contact_emails,
                "registered_practitioner_name": registered_practitioner_name,
                "notes": notes,
                "membership_scheme_names": membership_scheme_names,
                "address": address,
            }
        )
        if uid is not UNSET:
            field_dict["uid"] = uid
        if ehr_partner_id is not UNSET:
            field_dict["ehr_partner_id"] = ehr_partner_id
        if emis_id is not UNSET:
            field_dict["emis_id"] = emis_id
        if deceased_at is not UNSET:
            field_dict["deceased_at"] = deceased_at
        if title is not UNSET:
            field_dict["title"] = title
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if nhs_number is not UNSET:
            field_dict["nhs_number"] = nhs_number
        if email is not UNSET:
            field_dict["email"] = email
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if last_sync_at is not UNSET:
            field_dict["last_sync_at"] = last_sync_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], drift: Drift | None = None) -> T:
        """The model for ``src_dict`` (a decoded JSON object), checked field by field against the document.

        A field that breaks it raises :class:`ResponseFieldError` naming the field; with ``drift``, it is
        recorded there instead and kept as it arrived (``None`` for strict parsing, the default).
        """
        from ..models.episode_tasks_item_patient_address import EpisodeTasksItemPatientAddress  # noqa: PLC0415

        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: it is faster
            raise ResponseFieldError("", "must be a JSON object")
        # Each field is read under its name, so an error names the field (never its value). Fields are
        # read in place (no copy of the object); the keys left over are collected only when there are any.
        try:

            def _parse_dob(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            dob = _parse_dob(src_dict["dob"])

            if not isinstance(dob, (str, NoneType)):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("dob", exc) from None
            dob = drift.keep("dob", exc, src_dict, "None | str, required")

        try:
            sex = check_episode_tasks_item_patient_sex(src_dict["sex"])

            if not isinstance(sex, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("sex", exc) from None
            sex = drift.keep("sex", exc, src_dict, "string (enum), required")
        if drift is not None:
            from ..models.episode_tasks_item_patient_sex import EPISODE_TASKS_ITEM_PATIENT_SEX_VALUES  # noqa: PLC0415

            if sex not in EPISODE_TASKS_ITEM_PATIENT_SEX_VALUES:
                drift.record("sex", "one of the document's values", "a value the document lacks")

        try:
            full_name = src_dict["full_name"]
            if not isinstance(full_name, str):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("full_name", exc) from None
            full_name = drift.keep("full_name", exc, src_dict, "string, required")

        try:

            def _parse_contact_emails(data: object) -> list[str] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    contact_emails_type_0 = cast(list[str], data)

                    return contact_emails_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None, data)

            contact_emails = _parse_contact_emails(src_dict["contact_emails"])

            if not isinstance(contact_emails, (list, NoneType)):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("contact_emails", exc) from None
            contact_emails = drift.keep("contact_emails", exc, src_dict, "list[str] | None, required")

        try:

            def _parse_registered_practitioner_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            registered_practitioner_name = _parse_registered_practitioner_name(src_dict["registered_practitioner_name"])

            if not isinstance(registered_practitioner_name, (str, NoneType)):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("registered_practitioner_name", exc) from None
            registered_practitioner_name = drift.keep(
                "registered_practitioner_name", exc, src_dict, "None | str, required"
            )

        try:

            def _parse_notes(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            notes = _parse_notes(src_dict["notes"])

            if not isinstance(notes, (str, NoneType)):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("notes", exc) from None
            notes = drift.keep("notes", exc, src_dict, "None | str, required")

        try:

            def _parse_membership_scheme_names(data: object) -> list[str] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    membership_scheme_names_type_0 = cast(list[str], data)

                    return membership_scheme_names_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None, data)

            membership_scheme_names = _parse_membership_scheme_names(src_dict["membership_scheme_names"])

            if not isinstance(membership_scheme_names, (list, NoneType)):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("membership_scheme_names", exc) from None
            membership_scheme_names = drift.keep("membership_scheme_names", exc, src_dict, "list[str] | None, required")

        try:
            _address = src_dict["address"]
            address: EpisodeTasksItemPatientAddress
            address = EpisodeTasksItemPatientAddress.from_dict(_address, None if drift is None else drift.at("address"))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("address", exc) from None
            address = drift.keep("address", exc, src_dict, "object, required")

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

            def _parse_deceased_at(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            deceased_at = _parse_deceased_at(src_dict.get("deceased_at", UNSET))

            if not isinstance(deceased_at, (str, NoneType)) and deceased_at is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("deceased_at", exc) from None
            deceased_at = drift.keep("deceased_at", exc, src_dict, "None | str")

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

            def _parse_last_sync_at(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            last_sync_at = _parse_last_sync_at(src_dict.get("last_sync_at", UNSET))

            if not isinstance(last_sync_at, (str, NoneType)) and last_sync_at is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("last_sync_at", exc) from None
            last_sync_at = drift.keep("last_sync_at", exc, src_dict, "None | str")

        episode_tasks_item_patient = cls(
            dob,
            sex,
            full_name,
            contact_emails,
            registered_practitioner_name,
            notes,
            membership_scheme_names,
            address,
            uid,
            ehr_partner_id,
            emis_id,
            deceased_at,
            title,
            first_name,
            last_name,
            nhs_number,
            email,
            mobile,
            last_sync_at,
        )

        if not _JSON_KEYS.issuperset(src_dict):  # a third faster than keys() <= _JSON_KEYS (no view made)
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            if drift is not None:
                drift.unknown_fields(d)
            episode_tasks_item_patient.additional_properties = d
        return episode_tasks_item_patient

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
