"""The fake's webhook deliveries: what it records, and how a served fake sends them (a part of ``FakeHero``).

Hero's retry schedule is not published. The fake's (:data:`RETRY_SCHEDULE`) is its own: after a
non-2xx answer or no answer it tries again 1, 5, 30, 120 and 600 seconds later (six attempts in
all, about 13 minutes), signing each attempt anew with the time it is sent, as a sender that signs
"when the delivery was sent" must.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from typing import Any

import anyio
import anyio.abc
import attrs
import httpx

from herohealth_facade.lib.webhook_signature import sign_webhook

RETRY_SCHEDULE: tuple[float, ...] = (1.0, 5.0, 30.0, 120.0, 600.0)
"""Seconds between one attempt at a delivery and the next (the fake's own: Hero's is not published)."""
SEND_TIMEOUT = 10.0
"""Seconds a receiver has to answer one attempt."""
EVENT_OBJECTS = {
    "appointment.confirmed": "Appointment",
    "appointment.cancelled": "Appointment",
    "appointment.rescheduled": "Appointment",
    "prescription.issued": "Prescription",
    "patient.medical-record-updated": "Patient",
    "patient.added-to-sequence": "Patient",
    "form-submission.created": "FormSubmission",
}
"""The ``object`` of each event whose payload the document shows (the write-to-record events' is not seen)."""
WRITE_TO_RECORD_OBJECT = "Message"
"""The ``object`` the fake gives the write-to-record events it sends after ``send_message(write_to_record=True)``
(their ``id`` is the message's): the fake's choice, as Hero's payload for these events is not documented."""


@attrs.frozen
class WebhookDelivery:
    """One attempt at one delivery: ``event`` sent to ``url`` as ``body`` (the thin payload).

    ``id`` names the delivery (every attempt and resend of it shares it); ``attempt`` counts from 1;
    ``status`` is the receiver's HTTP status (None when it sent no answer: ``error`` says why, or when
    the fake is not served and sends nothing: ``error`` is ``"not served"``); ``at`` is the wall-clock
    time of the attempt (Unix seconds). ``headers`` are the signature headers it carried (none when
    the webhook has no signing key).
    """

    id: str
    url: str
    event: str
    body: bytes = attrs.field(repr=False)
    headers: dict[str, str] = attrs.field(repr=False)
    attempt: int
    status: int | None
    error: str | None = None
    at: float = attrs.field(factory=time.time)

    @property
    def delivered(self) -> bool:
        """Whether the receiver acknowledged this attempt (a 2xx answer)."""
        return self.status is not None and 200 <= self.status < 300

    @property
    def payload(self) -> dict[str, Any]:
        """The JSON body decoded (``object``, ``id``, ``practice_group_id`` and ``event``)."""
        payload: dict[str, Any] = json.loads(self.body)
        return payload

    def to_json(self) -> dict[str, Any]:
        """The record as the control API serves it (the body as text, without the signature headers)."""
        fields = attrs.asdict(self, filter=lambda a, _: a.name not in ("body", "headers"))
        return {**fields, "body": self.body.decode()}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> WebhookDelivery:
        return cls(**{**data, "body": data["body"].encode(), "headers": {}})


LOOPBACK = ("127.0.0.1", "localhost", "[::1]")


def sender(*, verify: str | bool = True) -> httpx.AsyncClient:
    """The HTTP client deliveries are POSTed with: proxies from the environment (``HTTPS_PROXY`` and the
    like), except for a receiver on this machine, which is reached directly whatever the environment says."""
    direct = {f"all://{host}": httpx.AsyncHTTPTransport(verify=verify) for host in LOOPBACK}
    return httpx.AsyncClient(verify=verify, timeout=SEND_TIMEOUT, mounts=direct)


def thin_payload(event: str, object_id: str, practice_group_id: str, kind: str | None = None) -> bytes:
    """The body Hero sends for ``event`` about ``object_id`` (``kind`` defaults from :data:`EVENT_OBJECTS`)."""
    kind = kind or EVENT_OBJECTS.get(event)
    if kind is None:
        raise ValueError(f"the document shows no payload for {event!r}: say which object it is about")
    payload = {"object": kind, "id": object_id, "practice_group_id": practice_group_id, "event": event}
    return json.dumps(payload).encode()


def signed(body: bytes, key: str | None, now: float) -> dict[str, str]:
    """The headers of one attempt: JSON, and the signature over ``body`` at ``now`` when there is a key."""
    headers = {"content-type": "application/json"}
    return {**headers, **sign_webhook(body, key, timestamp=now)} if key else headers


class Courier:
    """Sends a served fake's deliveries in the background, retrying on :data:`RETRY_SCHEDULE`.

    Every attempt is appended to ``record`` (the fake's ``deliveries``). Nothing here waits on the
    call that caused a delivery: :meth:`send` starts a task in the server's task group and returns.
    """

    def __init__(
        self,
        tasks: anyio.abc.TaskGroup,
        http: httpx.AsyncClient,
        record: list[WebhookDelivery],
        now: Callable[[], float],
        schedule: Sequence[float] = RETRY_SCHEDULE,
    ) -> None:
        self._tasks, self._http, self._record = tasks, http, record
        self._now, self._schedule = now, tuple(schedule)

    def send(self, delivery_id: str, url: str, event: str, body: bytes, key: str | None) -> None:
        self._tasks.start_soon(self._attempts, delivery_id, url, event, body, key)

    async def _attempts(self, delivery_id: str, url: str, event: str, body: bytes, key: str | None) -> None:
        first = 1 + max((d.attempt for d in self._record if d.id == delivery_id), default=0)
        for attempt, wait in enumerate((0.0, *self._schedule), start=first):
            await anyio.sleep(wait)
            headers = signed(body, key, self._now())
            status, error = await self._post(url, body, headers)
            self._record.append(WebhookDelivery(delivery_id, url, event, body, headers, attempt, status, error))
            if status is not None and 200 <= status < 300:
                return

    async def _post(self, url: str, body: bytes, headers: dict[str, str]) -> tuple[int | None, str | None]:
        try:
            response = await self._http.post(url, content=body, headers=headers, timeout=SEND_TIMEOUT)
        except httpx.HTTPError as exc:
            return None, type(exc).__name__
        return response.status_code, None
