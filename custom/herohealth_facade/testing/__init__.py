"""A test kit for apps built on the SDK: ``FakeHero`` (a stateful fake of the API), its clock, fault
injection and request record, and an opt-in pytest plugin (``herohealth_facade.testing.pytest_plugin``).

Import these names from ``herohealth_async.testing``.
"""

from herohealth_facade.testing._services import PRACTICE_GROUP_ID
from herohealth_facade.testing.fake import API_KEY, BASE_URL, ROUTES, FakeHero, FakePractice
from herohealth_facade.testing.faults import FakeClock, Fault, RecordedRequest

__all__ = [
    "API_KEY",
    "BASE_URL",
    "PRACTICE_GROUP_ID",
    "ROUTES",
    "FakeClock",
    "FakeHero",
    "FakePractice",
    "Fault",
    "RecordedRequest",
]
