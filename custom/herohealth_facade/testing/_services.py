"""The fake's practice-group, message, webhook and PDS operations (a part of ``FakeHero``)."""

from __future__ import annotations

import base64
import datetime
import json
from collections.abc import Callable
from typing import Any

from herohealth_async.models.appointment_type import AppointmentType
from herohealth_async.models.create_webhook_body import CreateWebhookBody
from herohealth_async.models.send_message_body import SendMessageBody
from herohealth_facade.lib.webhook_signature import sign_webhook
from herohealth_facade.testing._patients import PdsRegister
from herohealth_facade.testing.faults import FakeClock

PRACTICE_GROUP_ID = "1"
Answer = tuple[int, Any]


class _Services:
    """Elements tokens, messages, webhooks with signed deliveries, and PDS registration."""

    clock: FakeClock
    practice_group_id: str
    messages: dict[str, dict[str, Any]]
    webhooks: dict[str, dict[str, Any]]
    deliveries: list[tuple[str, bytes, dict[str, str]]]
    pds: PdsRegister
    appointment_types: list[AppointmentType]
    _next_id: Callable[[], str]  # the fake's own, shared by its parts

    def _get_practice_group(self, params: dict[str, str], query: dict[str, list[str]], body: Any) -> Answer:
        return 200, {"id": self.practice_group_id, "name": f"Fake Practice {self.practice_group_id}"}

    def _list_locations(self, params: dict[str, str], query: dict[str, list[str]], body: Any) -> Answer:
        locations = [{"id": "1", "name": "Main Surgery", "practitioner_ids": ["7"]}] if self.appointment_types else []
        return 200, {"data": locations, "count": len(locations)}

    def _create_access_token(self, params: dict[str, str], query: dict[str, list[str]], body: Any) -> Answer:
        expires = int((self.clock.now() + datetime.timedelta(minutes=30)).timestamp())
        claims = base64.urlsafe_b64encode(json.dumps({"exp": expires, "jti": self._next_id()}).encode()).rstrip(b"=")
        return 200, {"access_token": f"eyJhbGciOiJIUzI1NiJ9.{claims.decode()}.ZmFrZS1zaWduYXR1cmU"}

    def _send_message(self, params: dict[str, str], query: dict[str, list[str]], body: Any) -> Answer:
        asked = SendMessageBody.from_dict(body)
        message = {"message_id": self._next_id(), "content": asked.message_string}
        message["created_at"] = self.clock.now().isoformat()
        self.messages[message["message_id"]] = {**message, "patient_id": asked.patient_id}
        return 200, message

    def _get_message(self, params: dict[str, str], query: dict[str, list[str]], body: Any) -> Answer:
        message = self.messages.get(params["id"])
        return (200, {k: v for k, v in message.items() if k != "patient_id"}) if message else _not_found("message")

    def _create_webhook(self, params: dict[str, str], query: dict[str, list[str]], body: Any) -> Answer:
        asked = CreateWebhookBody.from_dict(body)
        now = self.clock.now().isoformat()
        webhook = {"id": self._next_id(), "event_type": asked.event_type, "url": asked.url}
        webhook.update(created_at=now, updated_at=now)
        self.webhooks[webhook["id"]] = {**webhook, "signing_key": asked.signing_key or None}
        return 200, webhook

    def _list_webhooks(self, params: dict[str, str], query: dict[str, list[str]], body: Any) -> Answer:
        data = [{k: v for k, v in w.items() if k != "signing_key"} for w in self.webhooks.values()]
        return 200, {"data": data, "count": len(data)}

    def _delete_webhook(self, params: dict[str, str], query: dict[str, list[str]], body: Any) -> Answer:
        removed = self.webhooks.pop(params["id"], None)
        return (200, {"id": params["id"]}) if removed else _not_found("webhook")

    def _register_patient_pds(self, params: dict[str, str], query: dict[str, list[str]], body: Any) -> Answer:
        return self.pds.register(body)

    def _deliver(self, event: str, object_id: str) -> None:
        payload = {
            "object": "Appointment",
            "id": object_id,
            "practice_group_id": self.practice_group_id,
            "event": event,
        }
        raw = json.dumps(payload).encode()
        for webhook in self.webhooks.values():
            if webhook["event_type"] != event:
                continue
            key = webhook["signing_key"]
            headers = sign_webhook(raw, key, timestamp=self.clock.now().timestamp()) if key else {}
            self.deliveries.append((webhook["url"], raw, headers))


def _not_found(what: str) -> Answer:
    return 404, {"error": True, "statusCode": 404, "message": f"{what} not found"}
