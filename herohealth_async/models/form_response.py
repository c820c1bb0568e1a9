from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Drift, ResponseFieldError, Unset

# Looked up once: parsing a page calls them for every date-time of every item.
_datetime_fromisoformat = datetime.datetime.fromisoformat
_date_fromisoformat = datetime.date.fromisoformat


T = TypeVar("T", bound="FormResponse")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "form_id",
        "client_id",
        "appointment_id",
        "invoice_id",
        "practice_group_id",
        "created_at",
        "updated_at",
        "hidden",
        "emis_file_record_at",
        "short_link_id",
        "admin_id",
        "write_to_record_error",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class FormResponse:
    """
    Fields:

    - id (float): optional, UNSET when absent.
    - form_id (float): optional, UNSET when absent.
    - client_id (float): optional, UNSET when absent.
    - appointment_id (float): optional, UNSET when absent.
    - invoice_id (float): optional, UNSET when absent.
    - practice_group_id (float): optional, UNSET when absent.
    - created_at (datetime.datetime): optional, UNSET when absent, format date-time.
    - updated_at (str): optional, UNSET when absent.
    - hidden (bool): optional, UNSET when absent.
    - emis_file_record_at (str): optional, UNSET when absent.
    - short_link_id (float): optional, UNSET when absent.
    - admin_id (float): optional, UNSET when absent.
    - write_to_record_error (str): optional, UNSET when absent.
    """

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
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {
        "id": (int, float),
        "form_id": (int, float),
        "client_id": (int, float),
        "appointment_id": (int, float),
        "invoice_id": (int, float),
        "practice_group_id": (int, float),
        "created_at": (datetime.datetime,),
        "updated_at": (str,),
        "hidden": (bool,),
        "emis_file_record_at": (str,),
        "short_link_id": (int, float),
        "admin_id": (int, float),
        "write_to_record_error": (str,),
    }
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""

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
            id = src_dict.get("id", UNSET)
            if not isinstance(id, (int, float)) and id is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("id", exc) from None
            id = drift.keep("id", exc, src_dict, "number")

        try:
            form_id = src_dict.get("form_id", UNSET)
            if not isinstance(form_id, (int, float)) and form_id is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("form_id", exc) from None
            form_id = drift.keep("form_id", exc, src_dict, "number")

        try:
            client_id = src_dict.get("client_id", UNSET)
            if not isinstance(client_id, (int, float)) and client_id is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("client_id", exc) from None
            client_id = drift.keep("client_id", exc, src_dict, "number")

        try:
            appointment_id = src_dict.get("appointment_id", UNSET)
            if not isinstance(appointment_id, (int, float)) and appointment_id is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("appointment_id", exc) from None
            appointment_id = drift.keep("appointment_id", exc, src_dict, "number")

        try:
            invoice_id = src_dict.get("invoice_id", UNSET)
            if not isinstance(invoice_id, (int, float)) and invoice_id is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("invoice_id", exc) from None
            invoice_id = drift.keep("invoice_id", exc, src_dict, "number")

        try:
            practice_group_id = src_dict.get("practice_group_id", UNSET)
            if not isinstance(practice_group_id, (int, float)) and practice_group_id is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("practice_group_id", exc) from None
            practice_group_id = drift.keep("practice_group_id", exc, src_dict, "number")

        try:
            _created_at = src_dict.get("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if _created_at is UNSET:
                created_at = UNSET
            else:
                created_at = _datetime_fromisoformat(_created_at)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("created_at", exc) from None
            created_at = drift.keep("created_at", exc, src_dict, "string (date-time)")

        try:
            updated_at = src_dict.get("updated_at", UNSET)
            if not isinstance(updated_at, str) and updated_at is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("updated_at", exc) from None
            updated_at = drift.keep("updated_at", exc, src_dict, "string")

        try:
            hidden = src_dict.get("hidden", UNSET)
            if not isinstance(hidden, bool) and hidden is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("hidden", exc) from None
            hidden = drift.keep("hidden", exc, src_dict, "boolean")

        try:
            emis_file_record_at = src_dict.get("emis_file_record_at", UNSET)
            if not isinstance(emis_file_record_at, str) and emis_file_record_at is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("emis_file_record_at", exc) from None
            emis_file_record_at = drift.keep("emis_file_record_at", exc, src_dict, "string")

        try:
            short_link_id = src_dict.get("short_link_id", UNSET)
            if not isinstance(short_link_id, (int, float)) and short_link_id is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("short_link_id", exc) from None
            short_link_id = drift.keep("short_link_id", exc, src_dict, "number")

        try:
            admin_id = src_dict.get("admin_id", UNSET)
            if not isinstance(admin_id, (int, float)) and admin_id is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("admin_id", exc) from None
            admin_id = drift.keep("admin_id", exc, src_dict, "number")

        try:
            write_to_record_error = src_dict.get("write_to_record_error", UNSET)
            if not isinstance(write_to_record_error, str) and write_to_record_error is not UNSET:
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("write_to_record_error", exc) from None
            write_to_record_error = drift.keep("write_to_record_error", exc, src_dict, "string")

        form_response = cls(
            id,
            form_id,
            client_id,
            appointment_id,
            invoice_id,
            practice_group_id,
            created_at,
            updated_at,
            hidden,
            emis_file_record_at,
            short_link_id,
            admin_id,
            write_to_record_error,
        )

        if not _JSON_KEYS.issuperset(src_dict):  # a third faster than keys() <= _JSON_KEYS (no view made)
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            if drift is not None:
                drift.unknown_fields(d)
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
