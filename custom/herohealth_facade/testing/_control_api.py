"""The served fake's control API under ``/_fake/``: faults, slots, events, deliveries and the clock,
steered from another process (a part of ``FakeHero``; its client is ``FakeControl``).

It answers loopback clients only: a fake served on another interface still keeps it to its machine.
"""

from __future__ import annotations

import datetime
import ipaddress
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import attrs
import httpx

from herohealth_facade.testing._routes import error_response, json_response
from herohealth_facade.testing.server import PEER

if TYPE_CHECKING:
    from herohealth_async.models.slot import Slot
    from herohealth_facade.testing._practice import FakePractice
    from herohealth_facade.testing.fake import FakeHero

PREFIX = "/_fake/"
Body = dict[str, Any]
Action = Callable[["FakeHero", Body], Any]


class BadControlRequest(Exception):
    def __init__(self, field: str, expected: str) -> None:
        super().__init__(field, expected)
        self.field, self.expected = field, expected


def answer(fake: FakeHero, request: httpx.Request) -> httpx.Response:
    """The control API's answer to ``request``: 403 unless it came from loopback and names a loopback host
    (a web page the developer has open cannot reach it through a rebound DNS name), 415 for a change not
    sent as JSON (a page can send a form or plain text across origins, not JSON)."""
    if not _loopback(request.extensions.get(PEER)) or not _loopback(_host(request.headers.get("host", ""))):
        return error_response(403, "the fake's control API answers loopback clients only")
    if request.method != "GET" and request.headers.get("content-type", "").split(";")[0] != "application/json":
        return error_response(415, "send the control API's requests as JSON (content-type: application/json)")
    path = request.url.path.removeprefix(PREFIX)
    if path.startswith("deliveries/") and path.endswith("/resend") and request.method == "POST":
        return _resend(fake, path.split("/")[1])
    action = _ACTIONS.get((request.method, path))
    if action is None:
        return error_response(404, f"the control API has no {request.method} {PREFIX}{path}")
    try:
        body = json.loads(request.content) if request.content else {}
        if not isinstance(body, dict):
            raise BadControlRequest("(body)", "a JSON object")
        result = action(fake, body)
    except BadControlRequest as exc:
        return json_response(400, {"error": "bad_request", "field": exc.field, "expected": exc.expected})
    except (KeyError, ValueError) as exc:
        return json_response(400, {"error": "bad_request", "field": "(body)", "expected": str(exc)})
    return json_response(200, result)


def field(body: Body, name: str, kind: type | tuple[type, ...], default: Any = ...) -> Any:
    """``body[name]``, checked to be of ``kind`` (bool is not a number here)."""
    if name not in body:
        if default is ...:
            raise BadControlRequest(name, "present")
        return default
    value = body[name]
    kinds = kind if isinstance(kind, tuple) else (kind,)
    if isinstance(value, bool) and bool not in kinds or not isinstance(value, kinds):
        raise BadControlRequest(name, " or ".join(k.__name__ for k in kinds))
    return value


def _host(header: str) -> str:
    """The address a ``Host`` header names (``localhost`` as 127.0.0.1), without its port."""
    name = header[1 : header.find("]")] if header.startswith("[") else header.partition(":")[0]
    return "127.0.0.1" if name.lower() == "localhost" else name


def _loopback(peer: object) -> bool:
    try:
        return isinstance(peer, str) and ipaddress.ip_address(peer).is_loopback
    except ValueError:
        return False


def _clock(fake: FakeHero) -> Body:
    return {"now": fake.clock.now().isoformat(), "live": fake.clock.live}


def _move_clock(fake: FakeHero, body: Body) -> Body:
    if field(body, "freeze", bool, False):
        fake.clock.freeze()
    if field(body, "resume", bool, False):
        fake.clock.resume()
    fake.clock.advance(float(field(body, "advance", (int, float), 0)))
    return _clock(fake)


def _add_fault(fake: FakeHero, body: Body) -> Body:
    kind = field(body, "fault", str)
    times = field(body, "times", int, 1)
    if kind == "fail_next":
        status, retry_after = (
            field(body, "status", int, 500),
            field(body, "retry_after", (int, float, type(None)), None),
        )
        fake.fail_next(field(body, "operation", str), status=status, times=times, retry_after=retry_after)
    elif kind == "drop_after_action":
        fake.drop_after_action(field(body, "operation", str), times=times)
    elif kind == "slow_after_action":
        fake.slow_after_action(field(body, "operation", str), seconds=field(body, "seconds", (int, float)), times=times)
    elif kind == "rate_limit":
        fake.rate_limit(field(body, "per_second", (int, type(None))))
    elif kind == "latency":
        fake.latency = float(field(body, "seconds", (int, float)))
    else:
        raise BadControlRequest("fault", "fail_next, drop_after_action, slow_after_action, rate_limit or latency")
    return {"fault": kind}


def _clear_faults(fake: FakeHero, body: Body) -> Body:
    fake.faults.clear()
    return {"faults": 0}


def _add_slots(fake: FakeHero, body: Body) -> Body:
    practice = fake.practice(field(body, "practice_group_id", str, fake.default.practice_group_id))
    slots = add_slots(practice, body)
    return {"data": [slot.to_dict() for slot in slots], "count": len(slots)}


def add_slots(practice: FakePractice, spec: Body) -> list[Slot]:
    """Slots as a control request or a seed file describes them: ``{"start": ISO date-time, "count": 1,
    "every": 900}`` (``every`` in seconds)."""
    try:
        start = datetime.datetime.fromisoformat(field(spec, "start", str))
    except ValueError:
        raise BadControlRequest("start", "an ISO 8601 date-time") from None
    every = datetime.timedelta(seconds=field(spec, "every", (int, float), 900))
    return practice.add_slots(start, count=field(spec, "count", int, 1), every=every)


def _emit(fake: FakeHero, body: Body) -> Body:
    made = fake.emit(
        field(body, "event", str),
        field(body, "object_id", str),
        practice_group_id=field(body, "practice_group_id", (str, type(None)), None),
        object_kind=field(body, "object", (str, type(None)), None),
    )
    return {"deliveries": made}


def _deliveries(fake: FakeHero, body: Body) -> Body:
    return {"data": [d.to_json() for d in fake.deliveries], "count": len(fake.deliveries)}


def _requests(fake: FakeHero, body: Body) -> Body:
    return {"data": [attrs.asdict(r) for r in fake.requests], "count": len(fake.requests)}


def _resend(fake: FakeHero, delivery_id: str) -> httpx.Response:
    try:
        fake.resend(delivery_id)
    except KeyError:
        return error_response(404, "no such delivery")
    return json_response(202, {"id": delivery_id})


_ACTIONS: dict[tuple[str, str], Action] = {
    ("GET", "clock"): lambda fake, body: _clock(fake),
    ("POST", "clock"): _move_clock,
    ("POST", "faults"): _add_fault,
    ("DELETE", "faults"): _clear_faults,
    ("POST", "slots"): _add_slots,
    ("POST", "events"): _emit,
    ("GET", "deliveries"): _deliveries,
    ("GET", "requests"): _requests,
}
