"""``FakeControl``: steer a served fake from another process (a test, a worker's test harness).

The served fake (``FakeHero.serve`` or ``python -m herohealth_async.testing``) answers a control API
under ``/_fake/`` to loopback clients; this is its typed client.
"""

from __future__ import annotations

import datetime
import ssl
from types import TracebackType
from typing import Any

import anyio
import httpx

from herohealth_async.models.slot import Slot
from herohealth_facade.testing.deliveries import WebhookDelivery
from herohealth_facade.testing.faults import RecordedRequest


class FakeControlError(Exception):
    """The control API refused a request (HTTP ``status``): ``field`` names the part it could not take
    and ``expected`` what it takes (for a 400); else ``field`` is the control path and ``expected`` the
    fake's message."""

    def __init__(self, status: int, field: str, expected: str) -> None:
        if status == 400:
            message = f"the fake refused {field}: expected {expected} (HTTP 400)"
        else:
            message = f"the fake answered HTTP {status} to {field}: {expected}"
        super().__init__(message)
        self.status, self.field, self.expected = status, field, expected


class FakeControl:
    """A client of a served fake's control API at ``url`` (the fake's base URL).

    Use it as ``async with FakeControl(url) as control:`` (or call :meth:`aclose`). ``verify`` is as
    for httpx: pass the fake's CA bundle when it is served over TLS. Every method raises
    :class:`FakeControlError` when the fake refuses what it was asked.
    """

    def __init__(self, url: str, *, verify: ssl.SSLContext | str | bool = True, timeout: float = 10.0) -> None:
        self._http = httpx.AsyncClient(base_url=f"{url.rstrip('/')}/_fake/", verify=verify, timeout=timeout)

    async def __aenter__(self) -> FakeControl:
        return self

    async def __aexit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    # ------------------------------------------------------------------ faults

    async def fail_next(
        self, operation: str, *, status: int = 500, times: int = 1, retry_after: float | None = None
    ) -> None:
        """As ``FakeHero.fail_next``: the next ``times`` calls of ``operation`` answer ``status``."""
        await self._fault("fail_next", operation=operation, status=status, times=times, retry_after=retry_after)

    async def drop_after_action(self, operation: str, *, times: int = 1) -> None:
        """As ``FakeHero.drop_after_action``: the call acts, then the connection breaks."""
        await self._fault("drop_after_action", operation=operation, times=times)

    async def slow_after_action(self, operation: str, *, seconds: float, times: int = 1) -> None:
        """As ``FakeHero.slow_after_action``: the call acts, then answers ``seconds`` later."""
        await self._fault("slow_after_action", operation=operation, seconds=seconds, times=times)

    async def rate_limit(self, per_second: int | None) -> None:
        """As ``FakeHero.rate_limit``: 429 beyond ``per_second`` requests a second (None: no limit)."""
        await self._fault("rate_limit", per_second=per_second)

    async def set_latency(self, seconds: float) -> None:
        """As ``FakeHero.latency = seconds``: every answer waits that long."""
        await self._fault("latency", seconds=seconds)

    async def clear_faults(self) -> None:
        """Forget every pending fault, the latency and the rate limit."""
        await self._call("DELETE", "faults")

    # ------------------------------------------------------------------ state

    async def add_slots(
        self,
        start: datetime.datetime,
        *,
        count: int = 1,
        every: datetime.timedelta = datetime.timedelta(minutes=15),
        practice_group_id: str | None = None,
    ) -> list[Slot]:
        """As ``FakePractice.add_slots`` (the first practice unless ``practice_group_id``); returns them."""
        asked: dict[str, Any] = {"start": start.isoformat(), "count": count, "every": every.total_seconds()}
        if practice_group_id is not None:
            asked["practice_group_id"] = practice_group_id
        answer = await self._call("POST", "slots", asked)
        return [Slot.from_dict(slot) for slot in answer["data"]]

    async def emit(
        self, event: str, object_id: str, *, practice_group_id: str | None = None, object_kind: str | None = None
    ) -> list[str]:
        """As ``FakeHero.emit``: deliver ``event`` about ``object_id``; returns the deliveries' IDs."""
        asked = {"event": event, "object_id": object_id, "practice_group_id": practice_group_id, "object": object_kind}
        answer = await self._call("POST", "events", asked)
        return list(answer["deliveries"])

    async def deliveries(self) -> list[WebhookDelivery]:
        """Every attempt at every delivery so far, oldest first (without their signature headers)."""
        answer = await self._call("GET", "deliveries")
        return [WebhookDelivery.from_json(d) for d in answer["data"]]

    async def wait_for_delivery(self, delivery_id: str | None = None, *, timeout: float = 10.0) -> WebhookDelivery:
        """The first acknowledged attempt (of ``delivery_id``, or of any delivery), polling until ``timeout``
        seconds have passed (then ``TimeoutError``)."""
        with anyio.fail_after(timeout):
            while True:
                for delivery in await self.deliveries():
                    if delivery.delivered and delivery_id in (None, delivery.id):
                        return delivery
                await anyio.sleep(0.05)

    async def resend(self, delivery_id: str) -> None:
        """Send a recorded delivery again, signed anew (retried as at first)."""
        await self._call("POST", f"deliveries/{delivery_id}/resend")

    async def requests(self) -> list[RecordedRequest]:
        """What the fake has been sent, oldest first."""
        answer = await self._call("GET", "requests")
        return [RecordedRequest(**r) for r in answer["data"]]

    # ------------------------------------------------------------------ clock

    async def now(self) -> datetime.datetime:
        """The fake's clock."""
        return datetime.datetime.fromisoformat((await self._call("GET", "clock"))["now"])

    async def advance_clock(self, by: datetime.timedelta | float) -> datetime.datetime:
        """Move the fake's clock forward by ``by`` (a timedelta, or seconds); returns the new time."""
        seconds = by.total_seconds() if isinstance(by, datetime.timedelta) else by
        return datetime.datetime.fromisoformat((await self._call("POST", "clock", {"advance": seconds}))["now"])

    async def freeze_clock(self) -> None:
        """Stop the fake's clock where it is."""
        await self._call("POST", "clock", {"freeze": True})

    async def resume_clock(self) -> None:
        """Let the fake's clock follow the wall clock again."""
        await self._call("POST", "clock", {"resume": True})

    async def _fault(self, fault: str, **asked: Any) -> None:
        await self._call("POST", "faults", {"fault": fault, **asked})

    async def _call(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        response = await self._http.request(method, path, json=body if method == "GET" else body or {})
        answer = response.json()
        if response.is_success:
            return answer
        if response.status_code == 400:
            raise FakeControlError(400, answer.get("field", "(body)"), answer.get("expected", "?"))
        raise FakeControlError(response.status_code, path, str(answer.get("message", "?")))
