"""bench/layers.py gives each profiler sample to the innermost layer among its frames."""

from __future__ import annotations

import pytest

from bench.layers import IN_FLIGHT, OTHER, layer_of, markdown

LOOP = "BaseEventLoop._run_once (asyncio/base_events.py:1922);Handle._run (asyncio/events.py:80)"
CALL = (
    f"{LOOP};_burst (bench/layers.py:60);BookingResource.get_appointment (herohealth_async/api/booking/__init__.py:150)"
)
SEND = f"{CALL};BaseClient.send_operation (herohealth_facade/_base_client.py:123)"


@pytest.mark.parametrize(
    ("stack", "layer"),
    [
        (
            f"{SEND};Pool.send (herohealth_facade/_pool.py:150);AiohttpTransport.handle_async_request "
            "(herohealth_facade/_transports.py:144);ClientSession._request (aiohttp/client.py:900)",
            "aiohttp's own request",
        ),
        (
            f"{SEND};Pool.send (herohealth_facade/_pool.py:150);AiohttpTransport.handle_async_request "
            "(herohealth_facade/_transports.py:160);Response.__init__ (httpx/_models.py:532)",
            "httpx to aiohttp and back (the transport)",
        ),
        (
            f"{SEND};BaseClient._build_request (herohealth_facade/_building.py:40);"
            "Request.__init__ (httpx/_models.py:383)",
            "request assembly (operation, URL, headers, httpx.Request)",
        ),
        (
            f"{SEND};ResponseParser._answer (herohealth_facade/_parsing.py:20);_parse_success "
            "(herohealth_async/api/booking/get_appointment.py:27)",
            "decoding the body (json.loads / orjson) and the model",
        ),
        (
            f"{SEND};Pool.send (herohealth_facade/_pool.py:141);current_token (anyio/lowlevel.py:95)",
            "admission (connection slot, rate budget) and calls in flight",
        ),
        (f"{SEND};validate_operation (herohealth_facade/_validation.py:35)", "argument checks"),
        (
            f"{CALL};__init__ (<attrs generated methods herohealth_async.types.RequestOptions>:40)",
            "resource method and its options",
        ),
        (f"{LOOP};_SelectorSocketTransport._read_ready (asyncio/selector_events.py:1008)", "event loop and sockets"),
        ("<module> (somewhere.py:1)", OTHER),
    ],
)
def test_a_sample_goes_to_the_innermost_layer_it_names(stack: str, layer: str) -> None:
    assert layer_of(stack.split(";")) == layer


def test_the_table_shows_raw_aiohttp_only_where_it_spends_time() -> None:
    sdk = {n: {"total": 300.0, "aiohttp's own request": 100.0, "argument checks": 4.0} for n in IN_FLIGHT}
    raw = {n: {"total": 200.0, "aiohttp's own request": 90.0} for n in IN_FLIGHT}
    table = markdown({"sdk_aiohttp": sdk, "aiohttp": raw})
    assert "| aiohttp's own request | 100 / 90 |" in table
    assert "| argument checks | 4 | 4 | 4 | 4 |" in table
    assert table.splitlines()[-1].endswith("**300 / 200: 1.50x** |")
