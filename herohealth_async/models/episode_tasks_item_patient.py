from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.episode_tasks_item_patient_sex import EpisodeTasksItemPatientSex, check_episode_tasks_item_patient_sex
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.episode_tasks_item_patient_address import EpisodeTasksItemPatientAddress


T = TypeVar("T", bound="EpisodeTasksItemPatient")


@_attrs_define
class EpisodeTasksItemPatient:
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.episode_tasks_item_patient_address import EpisodeTasksItemPatientAddress  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_dob(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        dob = _parse_dob(d.pop("dob"))

        sex = check_episode_tasks_item_patient_sex(d.pop("sex"))

        full_name = d.pop("full_name")

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

        contact_emails = _parse_contact_emails(d.pop("contact_emails"))

        def _parse_registered_practitioner_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        registered_practitioner_name = _parse_registered_practitioner_name(d.pop("registered_practitioner_name"))

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))

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

        membership_scheme_names = _parse_membership_scheme_names(d.pop("membership_scheme_names"))

        address = EpisodeTasksItemPatientAddress.from_dict(d.pop("address"))

        def _parse_uid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        uid = _parse_uid(d.pop("uid", UNSET))

        def _parse_ehr_partner_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ehr_partner_id = _parse_ehr_partner_id(d.pop("ehr_partner_id", UNSET))

        def _parse_emis_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        emis_id = _parse_emis_id(d.pop("emis_id", UNSET))

        def _parse_deceased_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deceased_at = _parse_deceased_at(d.pop("deceased_at", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("first_name", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("last_name", UNSET))

        def _parse_nhs_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nhs_number = _parse_nhs_number(d.pop("nhs_number", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_mobile(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mobile = _parse_mobile(d.pop("mobile", UNSET))

        def _parse_last_sync_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_sync_at = _parse_last_sync_at(d.pop("last_sync_at", UNSET))

        episode_tasks_item_patient = cls(
            dob=dob,
            sex=sex,
            full_name=full_name,
            contact_emails=contact_emails,
            registered_practitioner_name=registered_practitioner_name,
            notes=notes,
            membership_scheme_names=membership_scheme_names,
            address=address,
            uid=uid,
            ehr_partner_id=ehr_partner_id,
            emis_id=emis_id,
            deceased_at=deceased_at,
            title=title,
            first_name=first_name,
            last_name=last_name,
            nhs_number=nhs_number,
            email=email,
            mobile=mobile,
            last_sync_at=last_sync_at,
        )

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
