"""Episode operations: one module per operation, and a resource class that sends them."""

from typing import cast

from ...models.assignee_type import AssigneeType, check_assignee_type
from ...models.create_episode_note_body import CreateEpisodeNoteBody
from ...models.episode import Episode
from ...models.episode_list import EpisodeList
from ...models.episode_priority import EpisodePriority, check_episode_priority
from ...models.episode_status import EpisodeStatus, check_episode_status
from ...models.list_episodes_order_by_item import ListEpisodesOrderByItem, check_list_episodes_order_by_item
from ...models.note import Note
from ...models.undocumented_object import UndocumentedObject
from ...models.update_episode_body import UpdateEpisodeBody
from ...types import UNSET, OperationCaller, Unset

__all__ = ["EpisodeResource"]

from . import create_episode_note, get_episode, list_episodes, update_episode


class EpisodeResource:
    """The Episode operations, sent through a caller (a ``HeroHealth`` client).

    Each method sends one request and returns the documented success model; what happens on
    errors, retries and timeouts is the caller's policy.
    """

    def __init__(self, caller: OperationCaller) -> None:
        self._caller = caller

    async def list_episodes(
        self,
        *,
        page_index: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        assignee_id: list[str] | Unset = UNSET,
        assignee_type: list[AssigneeType] | Unset = UNSET,
        status: list[EpisodeStatus] | Unset = UNSET,
        priority: list[EpisodePriority] | Unset = UNSET,
        order_by: list[ListEpisodesOrderByItem] | Unset = UNSET,
        order_descending: list[str] | Unset = UNSET,
    ) -> EpisodeList:
        """List Episodes

        GET /v1/episodes. See ``list_episodes.operation`` for the arguments.
        """
        return await self._caller.call(
            list_episodes.operation(
                page_index=page_index,
                page_size=page_size,
                assignee_id=assignee_id,
                assignee_type=assignee_type,
                status=status,
                priority=priority,
                order_by=order_by,
                order_descending=order_descending,
            )
        )

    async def get_episode(
        self,
        id: str,
    ) -> Episode:
        """Get Episode

        GET /v1/episodes/{id}. See ``get_episode.operation`` for the arguments.
        """
        return await self._caller.call(
            get_episode.operation(
                id=id,
            )
        )

    async def update_episode(
        self,
        id: str,
        *,
        body: UpdateEpisodeBody,
    ) -> UndocumentedObject:
        """Update Episode

        PATCH /v1/episodes/{id}. See ``update_episode.operation`` for the arguments.
        """
        return await self._caller.call(
            update_episode.operation(
                id=id,
                body=body,
            )
        )

    async def create_episode_note(
        self,
        *,
        body: CreateEpisodeNoteBody,
    ) -> Note:
        """Create a note

        POST /v1/notes. See ``create_episode_note.operation`` for the arguments.
        """
        return await self._caller.call(
            create_episode_note.operation(
                body=body,
            )
        )
