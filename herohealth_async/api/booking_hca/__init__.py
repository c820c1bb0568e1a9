"""BookingHca operations: one module per operation, a resource class that sends them,
and its raw twin."""

from collections.abc import Mapping
from functools import cached_property
from typing import cast

import httpx

from ...models.undocumented_object import UndocumentedObject
from ...types import NOT_GIVEN, UNSET, APIResponse, NotGiven, OperationCaller, Pager, RequestOptions, Unset

__all__ = ["BookingHcaResource", "BookingHcaResourceWithRawResponse"]

from . import search_hca_consultants


class BookingHcaResource:
    """The BookingHca operations, sent through a caller (a ``HeroHealth`` client).

    Each method sends one request and returns the documented success model; a paged list returns a
    ``Pager`` (``await`` it for one page, ``async for`` over it for every item). Errors, retries and
    timeouts follow the client's policy; ``with_raw_response`` has the same methods returning
    ``APIResponse`` (status, headers, request id and the model).
    """

    def __init__(self, caller: OperationCaller) -> None:
        self._caller = caller

    @cached_property
    def with_raw_response(self) -> "BookingHcaResourceWithRawResponse":
        """The same methods, returning the whole success (``APIResponse``)."""
        return BookingHcaResourceWithRawResponse(self._caller)

    async def search_hca_consultants(
        self,
        *,
        search: str | Unset = UNSET,
        fields: list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> UndocumentedObject:
        """search_hca_consultants

        Searches HCA consultants, optionally limiting which fields are returned.

        ``GET /v1/booking-hca/consultants``

        Args:
            search (str)
            fields (list[str])
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = search_hca_consultants.operation(
            search=search,
            fields=fields,
        )
        return (
            await self._caller.send_operation(
                operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
            )
        ).parsed


class BookingHcaResourceWithRawResponse:
    """The BookingHca operations, returning ``APIResponse`` (status, headers, request id, model)."""

    def __init__(self, caller: OperationCaller) -> None:
        self._caller = caller

    async def search_hca_consultants(
        self,
        *,
        search: str | Unset = UNSET,
        fields: list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> APIResponse[UndocumentedObject]:
        """search_hca_consultants

        Searches HCA consultants, optionally limiting which fields are returned.

        ``GET /v1/booking-hca/consultants``

        Args:
            search (str)
            fields (list[str])
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = search_hca_consultants.operation(
            search=search,
            fields=fields,
        )
        return await self._caller.send_operation(
            operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
        )
