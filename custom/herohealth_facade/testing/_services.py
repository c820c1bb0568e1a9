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
from herohealth_facade.testing._document import documented_answer
from herohealth_facade.testing._patients import PdsRegister
from herohealth_facade.testing.deliveries import WRITE_TO_RECORD_OBJECT
from herohealth_facade.testing.faults import FakeClock

PRACTICE_GROUP_ID = "1"
Answer = tuple[int, Any]


class _Services:
    """Elements tokens, messages, webhooks, and PDS registration."""

    clock: FakeClock
    practice_group_id: str
    messages: dict[str, dict[str, Any]]
    webhooks: dict[str, dict[str, Any]]
    pds: PdsRegister
    appointment_types: list[AppointmentType]
    _next_id: Callable[[], str]  # the fake's own, shared by its parts
    _deliver: Callable[[str, str, str], object]

    def _create_access_token(self, params: dict[str, str], query: dict[str, list[str]], body: Any) -> Answer:
        expires = int((self.clock.now() + datetime.timedelta(minutes=30)).timestamp())
        claims = base64.urlsafe_b64encode(json.dumps({"exp": expires, "jti": self._next_id()}).encode()).rstrip(b"=")
        return 200, {"access_token": f"eyJhbGciOiJIUzI1NiJ9.{claims.decode()}.ZmFrZS1zaWduYXR1cmU"}

    def _send_message(self, params: dict[str, str], query: dict[str, list[str]], body: Any) -> Answer:
        asked = SendMessageBody.from_dict(body)
        message = {"message_id": self._next_id(), "content": asked.message_string}
        message["created_at"] = self.clock.now().isoformat()
        self.messages[message["message_id"]] = {**message, "patient_id": asked.patient_id}
        if asked.write_to_record is True:  # the fake's EHR write succeeds at once
            self._deliver("write-to-record.succeeded", message["message_id"], WRITE_TO_RECORD_OBJECT)
        return 200, message

    def _get_message(self, params: dict[str, str], query: dict[str, list[str]], body: Any) -> Answer:
        message = self.messages.get(params["id"])
        if message is None:
            return _not_found("message")
        # A Message, as the document shows one (not the SentMessage that sending answered).
        sent_at = message["created_at"]
        shown = {"id": message["message_id"], "patient": {"id": message["patient_id"]}, "status": "delivered"}
        return 200, {**shown, "created_at": sent_at, "sent_at": sent_at}

    def _create_webhook(self, params: dict[str, str], query: dict[str, list[str]], body: Any) -> Answer:
        asked = CreateWebhookBody.from_dict(body)
        now = self.clock.now().isoformat()
        webhook = {"id": self._next_id(), "event_type": asked.event_type, "url": asked.url}
        webhook.update(created_at=now, updated_at=now)
        self.webhooks[webhook["id"]] = {**webhook, "signing_key": asked.signing_key or None}
        return 200, webhook

    def _delete_webhook(self, params: dict[str, str], query: dict[str, list[str]], body: Any) -> Answer:
        removed = self.webhooks.pop(params["id"], None)
        return documented_answer("delete_webhook") if removed else _not_found("webhook")

    def _register_patient_pds(self, params: dict[str, str], query: dict[str, list[str]], body: Any) -> Answer:
        return self.pds.register(body)


def _not_found(what: str) -> Answer:
    return 404, {"error": True, "statusCode": 404, "message": f"{what} not found"}
