from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Drift, ResponseFieldError

if TYPE_CHECKING:
    from ..models.validation_issue import ValidationIssue


T = TypeVar("T", bound="ValidationError")


_JSON_KEYS: frozenset[str] = frozenset(
    {
        "error",
        "statusCode",
        "message",
    }
)
"""The object's documented keys: any other is kept in ``additional_properties``."""


@_attrs_define
class ValidationError:
    """Body of a 400 answer: the request broke one or more rules.

    Fields:

    - error (bool): required.
    - statusCode (float): required. Attribute ``status_code``.
    - message (list[ValidationIssue]): required.
    """

    error: bool
    status_code: float
    message: list[ValidationIssue]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _field_not_null: ClassVar[frozenset[str]] = frozenset({"error", "status_code", "message"})
    """Required attributes the document does not allow to be null (checked before sending)."""
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = {
        "error": (bool,),
        "status_code": (int, float),
        "message": (list,),
    }
    """Attribute name -> the runtime types its value may have, besides UNSET (checked before sending)."""

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        status_code = self.status_code

        message = []
        for message_item_data in self.message:
            message_item = message_item_data.to_dict()
            message.append(message_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "statusCode": status_code,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], drift: Drift | None = None) -> T:
        """The model for ``src_dict`` (a decoded JSON object), checked field by field against the document.

        A field that breaks it raises :class:`ResponseFieldError` naming the field; with ``drift``, it is
        recorded there instead and kept as it arrived (``None`` for strict parsing, the default).
        """
        from ..models.validation_issue import ValidationIssue  # noqa: PLC0415

        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: it is faster
            raise ResponseFieldError("", "must be a JSON object")
        # Each field is read under its name, so an error names the field (never its value). Fields are
        # read in place (no copy of the object); the keys left over are collected only when there are any.
        try:
            error = src_dict["error"]
            if not isinstance(error, bool):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("error", exc) from None
            error = drift.keep("error", exc, src_dict, "boolean, required")

        try:
            status_code = src_dict["statusCode"]
            if not isinstance(status_code, (int, float)):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("statusCode", exc) from None
            status_code = drift.keep("statusCode", exc, src_dict, "number, required")

        try:
            _message = src_dict["message"]
            message: list[ValidationIssue]
            _message_item = ValidationIssue.from_dict
            _message_drift = None if drift is None else drift.at("message")
            message = [_message_item(item, _message_drift) for item in _message]
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if drift is None:
                raise ResponseFieldError.wrap("message", exc) from None
            message = drift.keep("message", exc, src_dict, "array, required")

        validation_error = cls(
            error,
            status_code,
            message,
        )

        if not _JSON_KEYS.issuperset(src_dict):  # a third faster than keys() <= _JSON_KEYS (no view made)
            d = {key: value for key, value in src_dict.items() if key not in _JSON_KEYS}
            if drift is not None:
                drift.unknown_fields(d)
            validation_error.additional_properties = d
        return validation_error

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
