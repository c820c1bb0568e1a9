"""Async client for the Hero Health Public API.

Start with ``HeroHealth``. The endpoint modules (``herohealth_async.api``) and models
(``herohealth_async.models``) are generated from ``openapi/``; the names listed in ``__all__`` come
from the hand-written facade, the ``herohealth_facade`` package kept in ``custom/``.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from herohealth_facade import *  # noqa: F403


def __getattr__(name: str) -> Any:
    # The facade is imported on first use: it imports this package's modules, so importing it
    # here at the top would be circular whichever of the two packages a program imports first.
    import herohealth_facade  # noqa: PLC0415

    if name == "__all__" or name in herohealth_facade.__all__:
        return getattr(herohealth_facade, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    import herohealth_facade  # noqa: PLC0415

    return sorted({*globals(), *herohealth_facade.__all__})
