"""Which operation a request names, and the fake's answers in Hero's shapes (a part of ``FakeHero``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import httpx

from herohealth_async.api import OPERATIONS
from herohealth_facade.testing._practice import FakePractice
from herohealth_facade.testing._services import Answer


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


def error_response(status: int, message: str, headers: dict[str, str] | None = None) -> httpx.Response:
    return json_response(status, {"error": True, "statusCode": status, "message": message}, headers)


BuiltIn = Callable[[FakePractice, dict[str, str], dict[str, list[str]], Any], Answer]
ROUTES: list[tuple[str, str, str, BuiltIn]] = [
    ("GET", "/v1/appointment_types", "list_appointment_types", FakePractice._list_appointment_types),
    ("GET", "/v1/slots", "list_slots", FakePractice._list_slots),
    ("POST", "/v1/slots/availability", "check_slot_availability", FakePractice._check_slot_availability),
    ("GET", "/v1/slots/{id}", "get_slot", FakePractice._get_slot),
    ("POST", "/v1/appointments", "create_appointment", FakePractice._create_appointment),
    ("GET", "/v1/appointments", "list_appointments", FakePractice._list_appointments),
    ("PATCH", "/v1/appointments/{id}/book", "book_appointment", FakePractice._book_appointment),
    ("PATCH", "/v1/appointments/{id}/cancel", "cancel_appointment", FakePractice._cancel_appointment),
    ("GET", "/v1/appointments/{id}", "get_appointment", FakePractice._get_appointment),
    ("POST", "/v1/access_token", "create_access_token", FakePractice._create_access_token),
    ("POST", "/v1/messages/send", "send_message", FakePractice._send_message),
    ("GET", "/v1/messages/{id}", "get_message", FakePractice._get_message),
    ("POST", "/v1/webhooks", "create_webhook", FakePractice._create_webhook),
    ("DELETE", "/v1/webhooks/{id}", "delete_webhook", FakePractice._delete_webhook),
    ("POST", "/v1/patients/register_pds", "register_patient_pds", FakePractice._register_patient_pds),
]
"""The operations the fake implements with state (method, path template, generated operation name, handler)."""

BUILTIN = {name: handler for _, _, name, handler in ROUTES}

# Every operation of the document, literal paths before templated ones (/v1/slots/availability
# before /v1/slots/{id}).
_PATTERNS = sorted(
    (
        (method, re.compile("^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", path) + "$"), name, path)
        for name, (method, path, _tag) in OPERATIONS.items()
    ),
    key=lambda entry: entry[3].count("{"),
)


def route_of(method: str, path: str) -> tuple[str, str | None, dict[str, str]]:
    """(operation name or ``unknown``, path template or None, path parameters) of a request."""
    for wanted, pattern, name, template in _PATTERNS:
        match = pattern.match(path)
        if wanted == method and match:
            return name, template, match.groupdict()
    return "unknown", None, {}
