"""The benchmark's server: canned Hero-shaped JSON on loopback, run in its own process.

    python -m bench.server PORT [CERT_PEM]

With ``CERT_PEM`` (a key and its certificate chain in one file) it serves HTTPS.

Paths: ``/v1/appointments/{id}`` (one appointment, about 0.7 KB), ``/v1/slots`` (pages of a
20,000-slot list), ``/v1/access_token`` (a JWT, after 20 ms), ``/v1/messages/send`` (a sent message),
``/stats`` (calls per path). A first segment ``/delay{ms}`` delays the answer by that many
milliseconds; ``/limit{n}`` answers 429 (``Retry-After`` to the next second) to every request beyond
``n`` in the current second, like a partner rate limit. A query parameter ``fault=429`` or
``fault=500`` answers that status at once; ``fault=slow`` answers after a second.
"""

from __future__ import annotations

import asyncio
import base64
import json
import sys
import time
from collections import Counter
from typing import Any
from urllib.parse import parse_qs

import uvicorn

TOTAL_SLOTS = 20_000
CALLS: Counter[str] = Counter()

APPOINTMENT = json.dumps(
    {
        "id": "1048576",
        "patient_id": "5521094",
        "practitioner_id": "204",
        "location_id": "3",
        "appointment_type_id": "12",
        "duration": 15,
        "start_time": "2026-12-01T09:00:00Z",
        "video": False,
        "in_person": True,
        "telephone": False,
        "video_url": "https://video.herohealth.net/rooms/4f1c2a8e-6b1d-4c55-9a43-0d1e2f3a4b5c?practice=3&token=redacted",
        "link_id": None,
        "reserved_until": None,
        "booking_confirmed_at": "2026-11-24T16:20:11Z",
        "can_be_cancelled": True,
        "can_be_rescheduled": True,
        "cancellation_policy_hours": 24,
        "suppress_mail": False,
    }
).encode()


def slot(n: int) -> dict[str, Any]:
    minutes = 9 * 60 + 15 * (n % 32)
    return {
        "id": str(3_000_000 + n),
        "practitioner_id": str(200 + n % 7),
        "appointment_type_id": "12",
        "location_id": "3",
        "start_time": f"2026-12-{1 + n // 32 % 28:02d}T{minutes // 60:02d}:{minutes % 60:02d}:00Z",
        "finish_time": f"2026-12-{1 + n // 32 % 28:02d}T{(minutes + 15) // 60:02d}:{(minutes + 15) % 60:02d}:00Z",
    }


SENT_MESSAGE = json.dumps(
    {"message_id": "70001", "content": "Your appointment is confirmed.", "created_at": "2099-01-04T16:21:00Z"}
).encode()


def slots_page(index: int, size: int) -> bytes:
    data = [slot(n) for n in range(index * size, min((index + 1) * size, TOTAL_SLOTS))]
    return json.dumps({"data": data, "count": TOTAL_SLOTS}).encode()


def access_token() -> bytes:
    claims = base64.urlsafe_b64encode(json.dumps({"exp": int(time.time()) + 1800}).encode()).rstrip(b"=")
    return json.dumps({"access_token": "eyJhbGciOiJIUzI1NiJ9." + claims.decode() + ".c2lnbmF0dXJl"}).encode()


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] != "http":
        return
    path: str = scope["path"]
    while (await receive()).get("more_body"):
        pass
    if path.startswith("/limit"):
        head, _, rest = path[1:].partition("/")
        path = "/" + rest
        if _over_limit(int(head.removeprefix("limit"))):
            CALLS["limited_429"] += 1
            await _send(send, 429, b'{"error": "Too Many Requests"}', [(b"retry-after", b"1")])
            return
        CALLS["limited_ok"] += 1
        ACCEPTED[int(time.time())] += 1
    fault = parse_qs(scope["query_string"].decode()).get("fault", [""])[0]
    if fault in ("429", "500"):
        CALLS[f"fault_{fault}"] += 1
        await _send(send, int(fault), b'{"error": true, "message": "injected"}', [(b"retry-after", b"0")])
        return
    if fault == "slow":
        await asyncio.sleep(1.0)
    if path.startswith("/delay"):
        head, _, rest = path[1:].partition("/")
        await asyncio.sleep(int(head.removeprefix("delay")) / 1000)
        path = "/" + rest
    if path.startswith("/v1/appointments/"):
        CALLS["appointment"] += 1
        body = APPOINTMENT
    elif path == "/v1/slots":
        CALLS["slots"] += 1
        query = parse_qs(scope["query_string"].decode())
        body = slots_page(int(query["page_index"][0]), int(query["page_size"][0]))
    elif path == "/v1/messages/send":
        CALLS["messages"] += 1
        body = SENT_MESSAGE
    elif path == "/v1/access_token":
        CALLS["access_token"] += 1
        await asyncio.sleep(0.02)
        body = access_token()
    elif path == "/reset":
        CALLS.clear()
        WINDOW.clear()
        ACCEPTED.clear()
        body = b"{}"
    else:
        body = json.dumps({**CALLS, "limited_per_second": [ACCEPTED[s] for s in sorted(ACCEPTED)]}).encode()
    await _send(send, 200, body)


WINDOW: Counter[int] = Counter()
ACCEPTED: Counter[int] = Counter()  # requests under /limit{n} accepted, per second


def _over_limit(per_second: int) -> bool:
    second = int(time.time())
    WINDOW[second] += 1
    return WINDOW[second] > per_second


async def _send(send: Any, status: int, body: bytes, extra: list[tuple[bytes, bytes]] | None = None) -> None:
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()), *(extra or [])]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


if __name__ == "__main__":
    certificate = sys.argv[2] if len(sys.argv) > 2 else None
    uvicorn.run(
        app, host="127.0.0.1", port=int(sys.argv[1]), log_level="critical", backlog=4096, ssl_certfile=certificate
    )
