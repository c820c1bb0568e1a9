"""Decoding a body: orjson where installed, the standard library otherwise, accepting the same bodies."""

from __future__ import annotations

import json
import math
from typing import Any

import httpx
import pytest

import herohealth_async.types
from herohealth_async.models import Slot, SlotList
from herohealth_async.types import UNSET, json_body

SLOT = {
    "id": "31001",
    "practitioner_id": "204",
    "appointment_type_id": "12",
    "location_id": "3",
    "start_time": "2099-01-05T09:00:00Z",
    "finish_time": "2099-01-05T09:15:00Z",
}


def response(content: bytes, content_type: str = "application/json") -> httpx.Response:
    return httpx.Response(200, content=content, headers={"content-type": content_type})


@pytest.mark.parametrize(
    "value",
    [{"data": [SLOT], "count": 1}, [1, 2.5, None, True], "é ✓", 2**70, {"nested": {"deep": [{}]}}],
)
def test_both_decoders_give_the_same_value(value: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    body = json.dumps(value).encode()
    assert herohealth_async.types._orjson() is not None
    with_orjson = json_body(response(body))
    monkeypatch.setattr(herohealth_async.types, "orjson", None)
    assert json_body(response(body)) == with_orjson == value


def test_a_body_orjson_refuses_is_decided_by_the_standard_library() -> None:
    utf16 = json.dumps({"count": 1}).encode("utf-16")  # orjson reads UTF-8 only
    assert json_body(response(utf16, "application/json; charset=utf-16")) == {"count": 1}
    assert math.isnan(json_body(response(b"NaN")))  # orjson refuses NaN, json accepts it


def test_a_body_neither_accepts_raises_value_error() -> None:
    with pytest.raises(ValueError):
        json_body(response(b"{not json"))


def test_a_page_parses_field_by_field_and_keeps_unknown_keys() -> None:
    page = SlotList.from_dict({"data": [SLOT, {**SLOT, "room": "2"}, {"id": "9"}], "count": 3, "next": None})
    first, second, third = page.data
    assert first.start_time is not UNSET and first.start_time.isoformat() == "2099-01-05T09:00:00+00:00"
    assert first.additional_properties == {}
    assert second.additional_properties == {"room": "2"}
    assert third.id == "9" and third.start_time is UNSET and third.location_id is UNSET
    assert page.additional_properties == {"next": None}
    assert Slot.from_dict(SLOT) == Slot.from_dict(dict(SLOT))  # read in place: the input is not consumed
    assert SLOT["id"] == "31001" and len(SLOT) == 6
