"""Subscriptions operations: one module per operation, a resource class that sends them,
and its raw twin."""

from collections.abc import Mapping
from functools import cached_property
from typing import cast

import httpx

from ...models.undocumented_object import UndocumentedObject
from ...types import NOT_GIVEN, UNSET, APIResponse, NotGiven, OperationCaller, Pager, RequestOptions, Unset

__all__ = ["SubscriptionsResource", "SubscriptionsResourceWithRawResponse"]

from . import list_subscriptions


class SubscriptionsResource:
    """The Subscriptions operations, sent through a caller (a ``HeroHealth`` client).

    Each method sends one request and returns the documented success model; a paged list returns a
    ``Pager`` (``await`` it for one page, ``async for`` over it for every item). Errors, retries and
    timeouts follow the client's policy; ``with_raw_response`` has the same methods returning
    ``APIResponse`` (status, headers, request id and the model).
    """

    def __init__(self, caller: OperationCaller) -> None:
        self._caller = caller

    @cached_property
    def with_raw_response(self) -> "SubscriptionsResourceWithRawResponse":
        """The same methods, returning the whole success (``APIResponse``)."""
        return SubscriptionsResourceWithRawResponse(self._caller)

    async def list_subscriptions(
        self,
        *,
        patient_id: str | Unset = UNSET,
        page_index: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        order_by: list[str] | Unset = UNSET,
        order_descending: list[str] | Unset = UNSET,
        scheme_id: str | Unset = UNSET,
        scheme_name: str | Unset = UNSET,
        status: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> UndocumentedObject:
        """List Subscriptions

        ``GET /v1/subscriptions``

        Args:
            patient_id (str)
            page_index (int)
            page_size (int)
            order_by (list[str])
            order_descending (list[str])
            scheme_id (str)
            scheme_name (str)
            status (str)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = list_subscriptions.operation(
            patient_id=patient_id,
            page_index=page_index,
            page_size=page_size,
            order_by=order_by,
            order_descending=order_descending,
            scheme_id=scheme_id,
            scheme_name=scheme_name,
            status=status,
        )
        return (
            await self._caller.send_operation(
                operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
            )
        ).parsed


class SubscriptionsResourceWithRawResponse:
    """The Subscriptions operations, returning ``APIResponse`` (status, headers, request id, model)."""

    def __init__(self, caller: OperationCaller) -> None:
        self._caller = caller

    async def list_subscriptions(
        self,
        *,
        patient_id: str | Unset = UNSET,
        page_index: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        order_by: list[str] | Unset = UNSET,
        order_descending: list[str] | Unset = UNSET,
        scheme_id: str | Unset = UNSET,
        scheme_name: str | Unset = UNSET,
        status: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> APIResponse[UndocumentedObject]:
        """List Subscriptions

        ``GET /v1/subscriptions``

        Args:
            patient_id (str)
            page_index (int)
            page_size (int)
            order_by (list[str])
            order_descending (list[str])
            scheme_id (str)
            scheme_name (str)
            status (str)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = list_subscriptions.operation(
            patient_id=patient_id,
            page_index=page_index,
            page_size=page_size,
            order_by=order_by,
            order_descending=order_descending,
            scheme_id=scheme_id,
            scheme_name=scheme_name,
            status=status,
        )
        return await self._caller.send_operation(
            operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
        )
