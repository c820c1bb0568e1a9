"""The test kit: ``FakeHero`` (a stateful fake of the Hero API), ``FakeClock``, ``Fault``,
``RecordedRequest``, ``WebhookDelivery`` and ``FakeControl``, written in ``herohealth_facade.testing``.
``python -m herohealth_async.testing`` serves a ``FakeHero`` over HTTP on a loopback port, as a staging
server (``--help`` for its options).

Copied into the generated package by ``make generate`` (it is not generated from the document). Like
the package root, it loads the facade only when one of its names is first used.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from herohealth_facade.testing import *  # noqa: F403

_EXPORTS = frozenset(
    {
        "API_KEY",
        "BASE_URL",
        "PRACTICE_GROUP_ID",
        "ROUTES",
        "RETRY_SCHEDULE",
        "FakeClock",
        "FakeControl",
        "FakeControlError",
        "FakeHero",
        "FakePractice",
        "Fault",
        "RecordedRequest",
        "WebhookDelivery",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import herohealth_facade.testing  # noqa: PLC0415

    value = getattr(herohealth_facade.testing, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})


__all__ = sorted(_EXPORTS)


if __name__ == "__main__":
    from herohealth_facade.testing.cli import main

    main()
