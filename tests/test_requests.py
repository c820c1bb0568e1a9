"""Requests put together from checked parts, and responses read in place: each the same as what
httpx's own constructor and read would give."""

from __future__ import annotations

import json
import math
from typing import Any

import anyio
import httpx
import pytest

from herohealth_async import RequestValidationError
from herohealth_async.api.booking import get_appointment
from herohealth_async.models import SendMessageBody
from herohealth_facade._requests import assemble, json_content, query_string, request_url
from herohealth_facade._transports import read_already
from herohealth_facade._validation import check_path
from tests.helpers import APPOINTMENT, Recorder, json_response, mock_client

BASES = ["https://api.herohealth.net", "http://127.0.0.1:4010/mock", "http://[::1]:8080", "https://example.org:443/v"]
PATHS = ["/v1/appointments/1048576", "/v1/patients/a%20b%2Fc%C3%A9", "/v1/slots"]
PARAMS: list[dict[str, Any] | None] = [
    None,
    {"page_index": 0, "page_size": 100},
    {"location_id": ["3", "4 5"], "q": "é&=?#", "flag": True, "empty": None},
]


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("params", PARAMS)
def test_a_url_from_parts_is_the_url_httpx_parses(base: str, path: str, params: dict[str, Any] | None) -> None:
    parsed_base = httpx.URL(base)
    full_path = parsed_base.raw_path.decode().rstrip("/") + path
    built = request_url(parsed_base, full_path, query_string(params))
    expected = httpx.URL(base.rstrip("/") + path, params=params)
    assert built == expected
    assert (built.raw_path, built.netloc, str(built)) == (
        expected.raw_path,
        expected.netloc,
        str(expected),
    )


class LaterURL:
    """An ``httpx.URL`` as a later httpx might keep it: the public parts only."""

    scheme = "http"
    netloc = b"127.0.0.1:4010"


def test_a_url_is_parsed_from_its_string_when_httpx_keeps_its_parts_otherwise() -> None:
    built = request_url(LaterURL(), "/v1/slots", "page_index=0")  # type: ignore[arg-type]
    assert built == httpx.URL("http://127.0.0.1:4010/v1/slots?page_index=0")


@pytest.mark.parametrize(
    ("value", "sent"),
    [
        ({"content": "Café ✓", "n": 1.5, "l": [1, None, True]}, '{"content":"Café ✓","n":1.5,"l":[1,null,true]}'),
        ({}, "{}"),
        ([1, "x"], '[1,"x"]'),
    ],
)
def test_a_json_body_is_compact_utf8_as_httpx_sends_it(value: Any, sent: str) -> None:
    assert json_content(value) == sent.encode()
    assert json_content(value) == httpx.Request("POST", "http://h/", json=value).content  # httpx 0.28 on


@pytest.mark.parametrize("method", ["GET", "POST", "PATCH", "DELETE"])
@pytest.mark.parametrize("body", [None, {"a": "b"}])
def test_an_assembled_request_has_the_headers_httpx_would_add(method: str, body: Any) -> None:
    headers = {"host": "h:81", "x-api-key": "k"}
    content = None if body is None else json_content(body)
    built = assemble(method, httpx.URL("http://h:81/p"), headers, content, {"timeout": {}})
    expected = httpx.Request(method, "http://h:81/p", headers={"x-api-key": "k"}, json=body)
    assert sorted(built.headers.multi_items()) == sorted(expected.headers.multi_items())
    assert built.content == expected.content
    assert built.extensions == {"timeout": {}}


def test_a_given_content_type_wins_over_the_one_added() -> None:
    built = assemble("POST", httpx.URL("http://h/p"), {"content-type": "application/merge-patch+json"}, b"{}", {})
    assert built.headers.get_list("content-type") == ["application/merge-patch+json"]


def test_a_dot_segment_in_a_built_path_is_refused() -> None:
    operation = get_appointment.operation("1")
    for path in ("/v1/appointments/..", "/v1/appointments/.", "/base/v1/appointments/.."):
        with pytest.raises(RequestValidationError, match="path: the request would not reach"):
            check_path(operation, path, "/base" if path.startswith("/base") else "")
    check_path(operation, "/v1/appointments/...", "")  # three dots are a name, not a dot segment


def test_a_body_json_cannot_carry_is_refused_before_sending() -> None:
    recorder = Recorder(json_response(200, {}))
    body = SendMessageBody(patient_id="55", message_type="sms", message_string="hello")

    async def send() -> None:
        async with mock_client(recorder) as hero:
            await hero.messages.send_message(body=body, extra_body={"score": math.nan})

    with pytest.raises(RequestValidationError, match="body: could not be serialised"):
        anyio.run(send)
    assert recorder.requests == []


def test_a_response_read_in_place_is_what_httpx_read_leaves() -> None:
    body = json.dumps(APPOINTMENT).encode()
    request = httpx.Request("GET", "http://h/v1/appointments/1")

    def fresh() -> httpx.Response:
        raw_headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        return httpx.Response(200, headers=raw_headers, stream=httpx.ByteStream(body), request=request)

    by_httpx, in_place = fresh(), fresh()
    by_httpx.read()
    read_already(in_place, body)
    for response in (by_httpx, in_place):
        assert (response.content, response.text, response.json()) == (body, body.decode(), APPOINTMENT)
    assert (in_place.is_closed, in_place.is_stream_consumed, in_place.num_bytes_downloaded) == (
        by_httpx.is_closed,
        by_httpx.is_stream_consumed,
        by_httpx.num_bytes_downloaded,
    )
    assert [chunk for chunk in in_place.iter_bytes()] == [body]
