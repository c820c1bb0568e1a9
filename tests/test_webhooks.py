"""Webhook verification and subscription management."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from datetime import timedelta
from typing import Any

import pytest

from herohealth_async import HeroHealth, WebhookVerificationError, sign_webhook, verify_webhook
from herohealth_async.models import CreateWebhookBody, Webhook, WebhookEvent

KEY = "whsec_test_signing_key"
NOW = 1_795_000_000.0
BODY = b'{"object":"Appointment","id":"1001","practice_group_id":"42","event":"appointment.confirmed"}'


def signed(body: bytes = BODY, timestamp: float = NOW, key: str = KEY, encoding: str = "hex") -> dict[str, str]:
    stamp = str(int(timestamp))
    digest = hmac.new(key.encode(), stamp.encode() + b"." + body, hashlib.sha256).digest()
    signature = digest.hex() if encoding == "hex" else base64.b64encode(digest).decode()
    return {"X-Herohealth-Timestamp": stamp, "X-Herohealth-Signature": signature}


def verify(body: bytes, headers: dict[str, str], key: str = KEY, **options: object) -> object:
    return verify_webhook(body, headers, key, now=lambda: NOW, **options)  # type: ignore[arg-type]


@pytest.mark.parametrize("encoding", ["hex", "base64"])
def test_a_valid_delivery_returns_the_event(encoding: str) -> None:
    event = verify_webhook(BODY, signed(encoding=encoding), KEY, now=lambda: NOW)
    assert (event.object_, event.id, event.practice_group_id, event.event) == (
        "Appointment",
        "1001",
        "42",
        "appointment.confirmed",
    )


def test_headers_are_matched_case_insensitively() -> None:
    headers = {name.upper(): value for name, value in signed().items()}
    assert verify_webhook(BODY, headers, KEY, now=lambda: NOW).id == "1001"


def test_milliseconds_timestamps_are_accepted() -> None:
    headers = signed()
    stamp = str(int(NOW * 1000))
    digest = hmac.new(KEY.encode(), stamp.encode() + b"." + BODY, hashlib.sha256).hexdigest()
    assert verify(BODY, {"x-herohealth-timestamp": stamp, "x-herohealth-signature": digest})
    assert headers  # the seconds form is covered above


@pytest.mark.parametrize(
    ("body", "headers", "reason"),
    [
        (BODY, signed(key="another key"), "bad_signature"),
        (BODY.replace(b"1001", b"1002"), signed(), "bad_signature"),  # one byte changed
        (json.dumps(json.loads(BODY), indent=2).encode(), signed(), "bad_signature"),  # re-serialised
        (BODY, signed(timestamp=NOW - 301), "stale_timestamp"),
        (BODY, signed(timestamp=NOW - 86_400), "stale_timestamp"),  # replay of an old delivery
        (BODY, signed(timestamp=NOW + 301), "future_timestamp"),
        (BODY, {"X-Herohealth-Signature": "abc"}, "missing_header"),
        (BODY, {"X-Herohealth-Timestamp": str(int(NOW))}, "missing_header"),
        (BODY, {**signed(), "X-Herohealth-Timestamp": "yesterday"}, "bad_timestamp"),
        (BODY, {**signed(), "X-Herohealth-Timestamp": "nan"}, "bad_timestamp"),
    ],
)
def test_bad_deliveries_are_refused_with_a_reason(body: bytes, headers: dict[str, str], reason: str) -> None:
    with pytest.raises(WebhookVerificationError) as caught:
        verify(body, headers)
    assert caught.value.reason == reason
    assert KEY not in str(caught.value)


def test_tolerance_is_configurable() -> None:
    verify(BODY, signed(timestamp=NOW - 500), tolerance=timedelta(minutes=10))
    with pytest.raises(WebhookVerificationError):
        verify(BODY, signed(timestamp=NOW - 500))


def test_an_unknown_event_type_still_parses() -> None:
    body = b'{"object":"Invoice","id":"9","practice_group_id":"42","event":"invoice.paid","extra":1}'
    event = verify(body, signed(body))
    assert event.event == "invoice.paid"  # type: ignore[attr-defined]
    assert event.additional_properties == {"extra": 1}  # type: ignore[attr-defined]


def test_a_signed_body_that_is_not_an_event_is_refused() -> None:
    body = b'{"hello": "world"}'
    with pytest.raises(WebhookVerificationError, match="is required but missing") as caught:
        verify(body, signed(body))
    assert caught.value.reason == "bad_body"


def test_real_clock_is_the_default() -> None:
    headers = signed(timestamp=time.time())
    assert verify_webhook(BODY, headers, KEY).id == "1001"


@pytest.mark.anyio
async def test_subscriptions_through_the_facade(prism_url: str) -> None:
    async with HeroHealth(api_key="k", practice_group_id="42", base_url=prism_url) as hero:
        created = await hero.webhooks.create_webhook(
            body=CreateWebhookBody(event_type="appointment.confirmed", url="https://example.com/hero", signing_key=KEY)
        )
        listed = await hero.webhooks.list_webhooks(event_type="appointment.confirmed")
        deleted = await hero.webhooks.delete_webhook("1")
    assert isinstance(created, Webhook)
    assert "signing_key" not in repr(created)
    assert listed.additional_properties is not None
    assert deleted is not None


@pytest.mark.parametrize("key", ["", "   ", b"", None, 0])
def test_an_empty_or_missing_signing_key_is_refused(key: Any) -> None:
    from herohealth_async import RequestValidationError

    body = b'{"object": "Appointment", "id": "1", "practice_group_id": "2", "event": "appointment.confirmed"}'
    timestamp = str(int(time.time()))
    signature = hmac.new(b"", timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    headers = {"X-Herohealth-Timestamp": timestamp, "X-Herohealth-Signature": signature}
    with pytest.raises(RequestValidationError, match="signing_key: must be a non-empty") as caught:
        verify_webhook(body, headers, key)
    assert caught.value.field == "signing_key"


def test_sign_webhook_makes_what_verify_webhook_accepts() -> None:
    body = b'{"object": "Appointment", "id": "1", "practice_group_id": "2", "event": "appointment.confirmed"}'
    headers = sign_webhook(body, "whsec_test", timestamp=1_790_000_000)
    assert headers["X-Herohealth-Timestamp"] == "1790000000"
    expected = hmac.new(b"whsec_test", b"1790000000." + body, hashlib.sha256).hexdigest()
    assert headers["X-Herohealth-Signature"] == expected
    assert verify_webhook(body, headers, "whsec_test", now=lambda: 1_790_000_060).id == "1"
    with pytest.raises(WebhookVerificationError) as caught:
        verify_webhook(body, headers, "another_key", now=lambda: 1_790_000_060)
    assert caught.value.reason == "bad_signature"


def test_an_events_key_is_the_same_for_a_redelivery_and_keeps_ids_out_of_its_repr() -> None:
    body = b'{"object": "Appointment", "id": "88003", "practice_group_id": "42", "event": "appointment.confirmed"}'
    now = time.time()
    first = verify_webhook(body, sign_webhook(body, KEY, timestamp=now - 2), KEY)
    again = verify_webhook(body, sign_webhook(body, KEY, timestamp=now), KEY)  # signed again: a new delivery
    cancelled = body.replace(b"confirmed", b"cancelled")
    other = verify_webhook(cancelled, sign_webhook(cancelled, KEY), KEY)
    assert first.key == again.key and hash(first.key) == hash(again.key)
    assert first.key != other.key  # another event about the same appointment is other news
    assert first.key.text == "Appointment|88003|42|appointment.confirmed"
    assert "88003" not in repr(first.key) and "42" not in repr(first.key)
    assert isinstance(first, WebhookEvent)  # the generated model, with the key added
