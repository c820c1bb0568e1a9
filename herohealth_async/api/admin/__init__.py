"""Admin operations: one module per operation, a resource class that sends them,
and its raw twin."""

from collections.abc import Mapping
from functools import cached_property
from typing import cast

import httpx

from ...models.admin_list import AdminList
from ...models.list_admins_order_by import ListAdminsOrderBy, check_list_admins_order_by
from ...models.update_admin_body import UpdateAdminBody
from ...models.updated_admin import UpdatedAdmin
from ...types import NOT_GIVEN, UNSET, APIResponse, NotGiven, OperationCaller, Pager, RequestOptions, Unset

__all__ = ["AdminResource", "AdminResourceWithRawResponse"]

from . import list_admins, update_admin


class AdminResource:
    """The Admin operations, sent through a caller (a ``HeroHealth`` client).

    Each method sends one request and returns the documented success model; a paged list returns a
    ``Pager`` (``await`` it for one page, ``async for`` over it for every item). Errors, retries and
    timeouts follow the client's policy; ``with_raw_response`` has the same methods returning
    ``APIResponse`` (status, headers, request id and the model).
    """

    def __init__(self, caller: OperationCaller) -> None:
        self._caller = caller

    @cached_property
    def with_raw_response(self) -> "AdminResourceWithRawResponse":
        """The same methods, returning the whole success (``APIResponse``)."""
        return AdminResourceWithRawResponse(self._caller)

    async def list_admins(
        self,
        *,
        page_index: str | Unset = UNSET,
        page_size: str | Unset = UNSET,
        order_by: ListAdminsOrderBy | Unset = UNSET,
        order_descending: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AdminList:
        """List Admins

        Retrieves a list of all admins.

        ``GET /v1/admins``

        Args:
            page_index (str)
            page_size (str)
            order_by (ListAdminsOrderBy)
            order_descending (bool)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = list_admins.operation(
            page_index=page_index,
            page_size=page_size,
            order_by=order_by,
            order_descending=order_descending,
        )
        return (
            await self._caller.send_operation(
                operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
            )
        ).parsed

    async def update_admin(
        self,
        id: str,
        *,
        body: UpdateAdminBody,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        idempotency_key: str | None = None,
    ) -> UpdatedAdmin:
        """Update an Admin

        Updates an admin using the provided parameters.

        ``PATCH /v1/admins/{id}``

        Args:
            id (str, required)
            body: the request body (UpdateAdminBody)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).
            idempotency_key: the same key on a repeat (a retried job) returns this call's recorded answer
                without sending again; an outcome that cannot be known raises ``OutcomeUnknownError``.

        Retries: only when the request provably never reached the server (a refused connection, a pool
        timeout) or was refused by the rate limit (429); never once it may have been sent.
        """

        operation = update_admin.operation(
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


class AdminResourceWithRawResponse:
    """The Admin operations, returning ``APIResponse`` (status, headers, request id, model)."""

    def __init__(self, caller: OperationCaller) -> None:
        self._caller = caller

    async def list_admins(
        self,
        *,
        page_index: str | Unset = UNSET,
        page_size: str | Unset = UNSET,
        order_by: ListAdminsOrderBy | Unset = UNSET,
        order_descending: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> APIResponse[AdminList]:
        """List Admins

        Retrieves a list of all admins.

        ``GET /v1/admins``

        Args:
            page_index (str)
            page_size (str)
            order_by (ListAdminsOrderBy)
            order_descending (bool)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = list_admins.operation(
            page_index=page_index,
            page_size=page_size,
            order_by=order_by,
            order_descending=order_descending,
        )
        return await self._caller.send_operation(
            operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
        )

    async def update_admin(
        self,
        id: str,
        *,
        body: UpdateAdminBody,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        idempotency_key: str | None = None,
    ) -> APIResponse[UpdatedAdmin]:
        """Update an Admin

        Updates an admin using the provided parameters.

        ``PATCH /v1/admins/{id}``

        Args:
            id (str, required)
            body: the request body (UpdateAdminBody)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).
            idempotency_key: the same key on a repeat (a retried job) returns this call's recorded answer
                without sending again; an outcome that cannot be known raises ``OutcomeUnknownError``.

        Retries: only when the request provably never reached the server (a refused connection, a pool
        timeout) or was refused by the rate limit (429); never once it may have been sent.
        """

        operation = update_admin.operation(
            id=id,
            body=body,
        )
        return await self._caller.send_operation(
            operation,
            RequestOptions(
                timeout, max_retries, extra_headers, extra_query, extra_body, idempotency_key=idempotency_key
            ),
        )
