"""``ApiKey``: the API key a client sends, fixed or asked of a provider (rotating keys).

A provider (a sync or async callable returning the key) is asked once, before the client's first
request, and again, once, after a 401, before that error is raised: Hero invalidates a rotated key
at once, so a fleet keeps running through a rotation without a restart. Concurrent callers share one
refresh: whoever finds the key already replaced since their request was built sends with the new one
instead of asking again.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable

import anyio

from herohealth_facade._exceptions import RequestValidationError
from herohealth_facade._validation import check_header_value

KeyProvider = Callable[[], str] | Callable[[], Awaitable[str]]


class ApiKey:
    """The key of a client and its derived clients; ``generation`` counts the values it has had."""

    def __init__(self, value: str | None = None, provider: KeyProvider | None = None) -> None:
        self._provider = provider
        self.value = value
        self.generation = 0 if value is None else 1
        self._lock = anyio.Lock()

    @property
    def rotates(self) -> bool:
        return self._provider is not None

    async def ready(self) -> str:
        """The key to send, asking the provider on first use."""
        if self.value is not None:
            return self.value
        return await self.refresh(0)

    async def refresh(self, seen: int) -> str:
        """A new key from the provider, unless someone replaced the one of generation ``seen`` already."""
        async with self._lock:
            if self.generation != seen and self.value is not None:
                return self.value
            assert self._provider is not None
            answer = self._provider()
            if inspect.isawaitable(answer):
                answer = await answer
            if not isinstance(answer, str) or not answer.strip():
                raise RequestValidationError("api_key", "the key provider returned no key (a non-empty string)")
            self.value = check_header_value(answer.strip(), "api_key")
            self.generation += 1
            return self.value

    def __repr__(self) -> str:
        return "ApiKey('***')"
