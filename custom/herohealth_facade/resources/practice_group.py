"""``hero.practice_group``: the Practice Group operations, and cached Hero Elements tokens."""

from __future__ import annotations

from typing import TYPE_CHECKING

from herohealth_async.api.practice_group import PracticeGroupResource, create_access_token

if TYPE_CHECKING:
    from herohealth_facade._client import HeroHealth


class PracticeGroup(PracticeGroupResource):
    """The Practice Group operations, plus :meth:`elements_token`."""

    def __init__(self, client: HeroHealth) -> None:
        super().__init__(client)
        self._client = client

    async def elements_token(self) -> str:
        """A Hero Elements JWT for the client's practice group, for the web component's ``jwt-token``.

        Cached per practice group and handed out only while at least ``elements_min_remaining`` of its
        30 minutes is left; concurrent callers on a cold cache share one upstream request, and a failed
        refresh is raised to all of them and not cached. ``create_access_token()`` always asks anew.

        ``POST /v1/access_token``
        """
        key = f"{self._client._config.scope}|{self._client.practice_group_id}"
        return await self._client._tokens.get(key, self._issue)

    async def _issue(self) -> str:
        # Retried even though it is a POST: a token issued twice is harmless.
        issued = await self._client.call(create_access_token.operation(), retry_non_idempotent=True)
        return issued.access_token
