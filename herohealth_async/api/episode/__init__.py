"""Episode operations: one module per operation, a resource class that sends them,
and its raw twin."""

from collections.abc import Mapping
from functools import cached_property
from typing import cast

import httpx

from ...models.assignee_type import AssigneeType, check_assignee_type
from ...models.create_episode_note_body import CreateEpisodeNoteBody
from ...models.episode import Episode
from ...models.episode_list import EpisodeList
from ...models.episode_priority import EpisodePriority, check_episode_priority
from ...models.episode_status import EpisodeStatus, check_episode_status
from ...models.episode_summary import EpisodeSummary
from ...models.list_episodes_order_by_item import ListEpisodesOrderByItem, check_list_episodes_order_by_item
from ...models.note import Note
from ...models.undocumented_object import UndocumentedObject
from ...models.update_episode_body import UpdateEpisodeBody
from ...types import NOT_GIVEN, UNSET, APIResponse, NotGiven, OperationCaller, Pager, RequestOptions, Unset

__all__ = ["EpisodeResource", "EpisodeResourceWithRawResponse"]

from . import create_episode_note, get_episode, list_episodes, update_episode


class EpisodeResource:
    """The Episode operations, sent through a caller (a ``HeroHealth`` client).

    Each method sends one request and returns the documented success model; a paged list returns a
    ``Pager`` (``await`` it for one page, ``async for`` over it for every item). Errors, retries and
    timeouts follow the client's policy; ``with_raw_response`` has the same methods returning
    ``APIResponse`` (status, headers, request id and the model).
    """

    def __init__(self, caller: OperationCaller) -> None:
        self._caller = caller

    @cached_property
    def with_raw_response(self) -> "EpisodeResourceWithRawResponse":
        """The same methods, returning the whole success (``APIResponse``)."""
        return EpisodeResourceWithRawResponse(self._caller)

    def list_episodes(
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
        max_items: int | None = None,
        prefetch: bool = False,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Pager[EpisodeList, EpisodeSummary]:
        """List Episodes

        Lists the episodes of the practice group, paged, filtered and sorted.

        ``GET /v1/episodes``

        Args:
            page_index (int)
            page_size (int)
            assignee_id (list[str])
            assignee_type (list[AssigneeType])
            status (list[EpisodeStatus])
            priority (list[EpisodePriority])
            order_by (list[ListEpisodesOrderByItem])
            order_descending (list[str])
            max_items: when iterating, stop after this many items.
            prefetch: when iterating inside ``async with``, fetch the next page while this one is used.
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        return self._caller.paginate_operation(
            lambda page_index, page_size: list_episodes.operation(
                assignee_id=assignee_id,
                assignee_type=assignee_type,
                status=status,
                priority=priority,
                order_by=order_by,
                order_descending=order_descending,
                page_index=page_index,
                page_size=page_size,
            ),
            EpisodeSummary,
            page_index=page_index,
            page_size=page_size,
            max_items=max_items,
            prefetch=prefetch,
            options=RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def get_episode(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Episode:
        """Get Episode

        Fetches one episode with its assignees and tasks.

        ``GET /v1/episodes/{id}``

        Args:
            id (str, required)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = get_episode.operation(
            id=id,
        )
        return (
            await self._caller.send_operation(
                operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
            )
        ).parsed

    async def update_episode(
        self,
        id: str,
        *,
        body: UpdateEpisodeBody,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        idempotency_key: str | None = None,
    ) -> UndocumentedObject:
        """Update Episode

        Changes an episode's status, priority or assignees.

        ``PATCH /v1/episodes/{id}``

        Args:
            id (str, required)
            body: the request body (UpdateEpisodeBody)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).
            idempotency_key: the same key on a repeat (a retried job) returns this call's recorded answer
                without sending again; an outcome that cannot be known raises ``OutcomeUnknownError``.

        Retries: only when the request provably never reached the server (a refused connection, a pool
        timeout) or was refused by the rate limit (429); never once it may have been sent.
        """

        operation = update_episode.operation(
            id=id,
            body=body,
        )
        return (
            await self._caller.send_operation(
                operation,
                RequestOptions(
                    timeout, max_retries, extra_headers, extra_query, extra_body, idempotency_key=idempotency_key
                ),
            )
        ).parsed

    async def create_episode_note(
        self,
        *,
        body: CreateEpisodeNoteBody,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        idempotency_key: str | None = None,
    ) -> Note:
        """Create a note

        Adds an internal note to an episode.

        ``POST /v1/notes``

        Args:
            body: the request body (CreateEpisodeNoteBody)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).
            idempotency_key: the same key on a repeat (a retried job) returns this call's recorded answer
                without sending again; an outcome that cannot be known raises ``OutcomeUnknownError``.

        Retries: only when the request provably never reached the server (a refused connection, a pool
        timeout) or was refused by the rate limit (429); never once it may have been sent.
        """

        operation = create_episode_note.operation(
            body=body,
        )
        return (
            await self._caller.send_operation(
                operation,
                RequestOptions(
                    timeout, max_retries, extra_headers, extra_query, extra_body, idempotency_key=idempotency_key
                ),
            )
        ).parsed


class EpisodeResourceWithRawResponse:
    """The Episode operations, returning ``APIResponse`` (status, headers, request id, model)."""

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
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> APIResponse[EpisodeList]:
        """List Episodes

        Lists the episodes of the practice group, paged, filtered and sorted.

        ``GET /v1/episodes``

        Args:
            page_index (int)
            page_size (int)
            assignee_id (list[str])
            assignee_type (list[AssigneeType])
            status (list[EpisodeStatus])
            priority (list[EpisodePriority])
            order_by (list[ListEpisodesOrderByItem])
            order_descending (list[str])
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = list_episodes.operation(
            page_index=page_index,
            page_size=page_size,
            assignee_id=assignee_id,
            assignee_type=assignee_type,
            status=status,
            priority=priority,
            order_by=order_by,
            order_descending=order_descending,
        )
        return await self._caller.send_operation(
            operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
        )

    async def get_episode(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> APIResponse[Episode]:
        """Get Episode

        Fetches one episode with its assignees and tasks.

        ``GET /v1/episodes/{id}``

        Args:
            id (str, required)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = get_episode.operation(
            id=id,
        )
        return await self._caller.send_operation(
            operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
        )

    async def update_episode(
        self,
        id: str,
        *,
        body: UpdateEpisodeBody,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        idempotency_key: str | None = None,
    ) -> APIResponse[UndocumentedObject]:
        """Update Episode

        Changes an episode's status, priority or assignees.

        ``PATCH /v1/episodes/{id}``

        Args:
            id (str, required)
            body: the request body (UpdateEpisodeBody)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).
            idempotency_key: the same key on a repeat (a retried job) returns this call's recorded answer
                without sending again; an outcome that cannot be known raises ``OutcomeUnknownError``.

        Retries: only when the request provably never reached the server (a refused connection, a pool
        timeout) or was refused by the rate limit (429); never once it may have been sent.
        """

        operation = update_episode.operation(
            id=id,
            body=body,
        )
        return await self._caller.send_operation(
            operation,
            RequestOptions(
                timeout, max_retries, extra_headers, extra_query, extra_body, idempotency_key=idempotency_key
            ),
        )

    async def create_episode_note(
        self,
        *,
        body: CreateEpisodeNoteBody,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        idempotency_key: str | None = None,
    ) -> APIResponse[Note]:
        """Create a note

        Adds an internal note to an episode.

        ``POST /v1/notes``

        Args:
            body: the request body (CreateEpisodeNoteBody)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).
            idempotency_key: the same key on a repeat (a retried job) returns this call's recorded answer
                without sending again; an outcome that cannot be known raises ``OutcomeUnknownError``.

        Retries: only when the request provably never reached the server (a refused connection, a pool
        timeout) or was refused by the rate limit (429); never once it may have been sent.
        """

        operation = create_episode_note.operation(
            body=body,
        )
        return await self._caller.send_operation(
            operation,
            RequestOptions(
                timeout, max_retries, extra_headers, extra_query, extra_body, idempotency_key=idempotency_key
            ),
        )
