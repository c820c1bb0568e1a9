from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FormResponse")


@_attrs_define
class FormResponse:
    id: float | Unset = UNSET
    form_id: float | Unset = UNSET
    client_id: float | Unset = UNSET
    appointment_id: float | Unset = UNSET
    invoice_id: float | Unset = UNSET
    practice_group_id: float | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: str | Unset = UNSET
    hidden: bool | Unset = UNSET
    emis_file_record_at: str | Unset = UNSET
    short_link_id: float | Unset = UNSET
    admin_id: float | Unset = UNSET
    write_to_record_error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        form_id = self.form_id

        client_id = self.client_id

        appointment_id = self.appointment_id

        invoice_id = self.invoice_id

        practice_group_id = self.practice_group_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at = self.updated_at

        hidden = self.hidden

        emis_file_record_at = self.emis_file_record_at

        short_link_id = self.short_link_id

        admin_id = self.admin_id

        write_to_record_error = self.write_to_record_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if form_id is not UNSET:
            field_dict["form_id"] = form_id
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if appointment_id is not UNSET:
            field_dict["appointment_id"] = appointment_id
        if invoice_id is not UNSET:
            field_dict["invoice_id"] = invoice_id
        if practice_group_id is not UNSET:
            field_dict["practice_group_id"] = practice_group_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if emis_file_record_at is not UNSET:
            field_dict["emis_file_record_at"] = emis_file_record_at
        if short_link_id is not UNSET:
            field_dict["short_link_id"] = short_link_id
        if admin_id is not UNSET:
            field_dict["admin_id"] = admin_id
        if write_to_record_error is not UNSET:
            field_dict["write_to_record_error"] = write_to_record_error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        form_id = d.pop("form_id", UNSET)

        client_id = d.pop("client_id", UNSET)

        appointment_id = d.pop("appointment_id", UNSET)

        invoice_id = d.pop("invoice_id", UNSET)

        practice_group_id = d.pop("practice_group_id", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        updated_at = d.pop("updated_at", UNSET)

        hidden = d.pop("hidden", UNSET)

        emis_file_record_at = d.pop("emis_file_record_at", UNSET)

        short_link_id = d.pop("short_link_id", UNSET)

        admin_id = d.pop("admin_id", UNSET)

        write_to_record_error = d.pop("write_to_record_error", UNSET)

        form_response = cls(
            id=id,
            form_id=form_id,
            client_id=client_id,
            appointment_id=appointment_id,
            invoice_id=invoice_id,
            practice_group_id=practice_group_id,
            created_at=created_at,
            updated_at=updated_at,
            hidden=hidden,
            emis_file_record_at=emis_file_record_at,
            short_link_id=short_link_id,
            admin_id=admin_id,
            write_to_record_error=write_to_record_error,
        )

        form_response.additional_properties = d
        return form_response

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
