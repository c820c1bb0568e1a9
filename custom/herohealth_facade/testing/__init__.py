"""A test kit for apps built on the SDK: ``FakeHero`` (a stateful fake of the API), its clock, fault
injection, request and delivery records, ``FakeControl`` (steering a served fake from another
process), and a pytest plugin that loads itself (its fixtures: ``hero_fake``, ``hero``,
``webhook_signer``).

Import these names from ``herohealth_async.testing``.
"""

from herohealth_facade.testing._practice import FakePractice
from herohealth_facade.testing._routes import ROUTES
from herohealth_facade.testing._services import PRACTICE_GROUP_ID
from herohealth_facade.testing.control import FakeControl, FakeControlError
from herohealth_facade.testing.deliveries import RETRY_SCHEDULE, WebhookDelivery
from herohealth_facade.testing.fake import API_KEY, BASE_URL, FakeHero
from herohealth_facade.testing.faults import FakeClock, Fault, RecordedRequest

__all__ = [
    "API_KEY",
    "BASE_URL",
    "PRACTICE_GROUP_ID",
    "RETRY_SCHEDULE",
    "ROUTES",
    "FakeClock",
    "FakeControl",
    "FakeControlError",
    "FakeHero",
    "FakePractice",
    "Fault",
    "RecordedRequest",
    "WebhookDelivery",
]
