"""Verifying Hero webhook deliveries, and signing test deliveries the same way.

A subscription created with a ``signing_key`` signs each delivery: ``X-Herohealth-Timestamp`` and
``X-Herohealth-Signature``, the signature being HMAC-SHA256 keyed with the signing key over
``"{timestamp}.{raw body}"``. The vendor does not say how the digest is encoded nor the
timestamp's unit, so both hex and base64 digests are accepted (in constant time), and the
timestamp is read as Unix seconds, or milliseconds when it is too large to be seconds.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import math
import secrets
import time
from collections.abc import Callable, Mapping
from datetime import timedelta
from typing import Any, TypeVar

import attrs

from herohealth_async.types import ResponseFieldError
from herohealth_facade._exceptions import HeroHealthError, RequestValidationError
from herohealth_facade.lib.replay import ClaimState, ReplayGuard
from herohealth_facade.lib.webhook_event import ReceivedEvent

T = TypeVar("T")

TIMESTAMP_HEADER = "x-herohealth-timestamp"
SIGNATURE_HEADER = "x-herohealth-signature"
DEFAULT_TOLERANCE = timedelta(minutes=5)
_MILLISECONDS_FROM = 100_000_000_000  # in seconds that is the year 5138


class WebhookVerificationError(HeroHealthError):
    """A delivery failed verification. ``reason`` is one of ``missing_header``, ``bad_timestamp``,
    ``stale_timestamp``, ``future_timestamp``, ``bad_signature``, ``bad_body``, ``replayed`` (already
    processed inside the tolerance), ``in_progress`` (another receiver holds it now: answer 409 or
    503 so that it is delivered again) or ``replay_check_unavailable`` (the replay guard could not
    answer: answer 503 so that the delivery is retried)."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def verify_webhook(
    body: bytes,
    headers: Mapping[str, str],
    signing_key: str | bytes,
    *,
    tolerance: timedelta = DEFAULT_TOLERANCE,
    now: Callable[[], float] = time.time,
    replay_guard: ReplayGuard | None = None,
) -> ReceivedEvent:
    """Check a delivery's signature and age (and, with a ``replay_guard``, that it was not accepted
    before), then return its event.

    ``body`` must be the raw bytes received (before any JSON parsing); ``headers`` are matched
    case-insensitively. Raises :class:`WebhookVerificationError` on any failure of the delivery, and
    :class:`RequestValidationError` for an empty ``signing_key`` (a configuration error). Events of types
    newer than this package still parse (``event`` is a plain string).

    A ``replay_guard`` here marks the delivery done at once, before your code has acted on it: if
    storing the event then fails, Hero's redelivery is refused. Prefer ``hero.webhooks.receive()``,
    which marks it done only once your work succeeded.
    """
    delivery = verify_delivery(body, headers, signing_key, tolerance=tolerance, now=now)
    if replay_guard is not None:
        mark_done(replay_guard, delivery.delivery_id, delivery.keep_seconds)
    return delivery.event


def mark_done(guard: ReplayGuard, delivery_id: str, keep_seconds: float) -> None:
    """Claim and commit ``delivery_id`` in one step, or raise if it is held or done already."""
    owner = secrets.token_hex(8)
    refuse_unless_claimed(guard_call(guard.claim, delivery_id, owner, keep_seconds))
    guard_call(guard.commit, delivery_id, owner, keep_seconds)


@attrs.frozen
class Delivery:
    """A verified delivery: its ``event``, an id for the replay guard (timestamp and digest, no
    secret), and how long it stays acceptable (``keep_seconds``: its age limit, plus a second)."""

    event: ReceivedEvent
    delivery_id: str
    keep_seconds: float


def verify_delivery(
    body: bytes,
    headers: Mapping[str, str],
    signing_key: str | bytes,
    *,
    tolerance: timedelta = DEFAULT_TOLERANCE,
    now: Callable[[], float] = time.time,
) -> Delivery:
    """Like :func:`verify_webhook` without a replay guard, returning the whole :class:`Delivery`."""
    _check_key(signing_key)
    lowered = {name.lower(): value for name, value in headers.items()}
    timestamp = _header(lowered, TIMESTAMP_HEADER)
    signature = _header(lowered, SIGNATURE_HEADER).strip()
    current = now()
    sent_at = _check_age(timestamp, tolerance, current)
    digest = _digest(signing_key, timestamp, body)
    matches_hex = hmac.compare_digest(signature.lower().encode(), digest.hex().encode())
    matches_b64 = hmac.compare_digest(signature.encode(), base64.b64encode(digest))
    if not (matches_hex or matches_b64):
        raise WebhookVerificationError("bad_signature", "the signature does not match the body and timestamp")
    event = _event(body)
    # Remembered for as long as the delivery would still verify: until its time plus the tolerance.
    keep = max(1.0, sent_at + tolerance.total_seconds() - current + 1.0)
    return Delivery(event, f"{timestamp.strip()}:{digest.hex()}", keep)


def guard_call(method: Callable[..., T], *args: Any) -> T:
    """A replay guard's answer; a guard that cannot answer must not let a replay through."""
    try:
        return method(*args)
    except Exception as exc:
        raise WebhookVerificationError(
            "replay_check_unavailable", f"the replay guard could not answer ({type(exc).__name__})"
        ) from None


def refuse_unless_claimed(state: ClaimState) -> None:
    """Raise unless ``state`` says this caller now holds the delivery."""
    if state == "done":
        raise WebhookVerificationError("replayed", "this delivery was already accepted")
    if state == "in_progress":
        raise WebhookVerificationError("in_progress", "another receiver is processing this delivery")


def sign_webhook(
    body: bytes, signing_key: str | bytes, *, timestamp: float | None = None, now: Callable[[], float] = time.time
) -> dict[str, str]:
    """The headers Hero would send with ``body``: for testing a receiver end to end.

    ``X-Herohealth-Timestamp`` is ``timestamp`` (default: now) in whole Unix seconds, and
    ``X-Herohealth-Signature`` the hex HMAC-SHA256 of ``"{timestamp}.{body}"`` keyed with ``signing_key``.
    """
    _check_key(signing_key)
    stamp = str(int(now() if timestamp is None else timestamp))
    return {"X-Herohealth-Timestamp": stamp, "X-Herohealth-Signature": _digest(signing_key, stamp, body).hex()}


def _check_key(signing_key: object) -> None:
    if not isinstance(signing_key, str | bytes) or not signing_key.strip():
        # An empty key (say, an unset environment variable) would let anyone sign a delivery.
        raise RequestValidationError("signing_key", "must be a non-empty string or bytes (the webhook's signing key)")


def _digest(signing_key: str | bytes, timestamp: str, body: bytes) -> bytes:
    key = signing_key.encode() if isinstance(signing_key, str) else signing_key
    return hmac.new(key, timestamp.encode() + b"." + body, hashlib.sha256).digest()


def _header(headers: Mapping[str, str], name: str) -> str:
    value = headers.get(name)
    if not value:
        raise WebhookVerificationError("missing_header", f"the {name} header is missing")
    return value


def _check_age(timestamp: str, tolerance: timedelta, now: float) -> float:
    """The delivery's time in Unix seconds, if it is inside the tolerance."""
    try:
        sent_at = float(timestamp.strip())
    except ValueError:
        raise WebhookVerificationError("bad_timestamp", "the timestamp is not a number") from None
    if not math.isfinite(sent_at):
        raise WebhookVerificationError("bad_timestamp", "the timestamp is not a finite number")
    if sent_at >= _MILLISECONDS_FROM:
        sent_at /= 1000
    age = now - sent_at
    if age > tolerance.total_seconds():
        raise WebhookVerificationError("stale_timestamp", f"the delivery is {age:.0f} s old (tolerance {tolerance})")
    if -age > tolerance.total_seconds():
        raise WebhookVerificationError("future_timestamp", f"the delivery is dated {-age:.0f} s in the future")
    return sent_at


def _event(body: bytes) -> ReceivedEvent:
    try:
        data = json.loads(body)
        if not isinstance(data, dict):
            raise TypeError("not an object")
        return ReceivedEvent.from_dict(data)
    except ResponseFieldError as exc:
        raise WebhookVerificationError("bad_body", f"the body is not a webhook event ({exc})") from None
    except (ValueError, TypeError, KeyError) as exc:
        detail = f"missing field {exc.args[0]!r}" if isinstance(exc, KeyError) else type(exc).__name__
        raise WebhookVerificationError("bad_body", f"the body is not a webhook event ({detail})") from None
