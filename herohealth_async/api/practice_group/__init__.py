"""PracticeGroup operations: one module per operation, a resource class that sends them,
and its raw twin."""

from collections.abc import Mapping
from functools import cached_property
from typing import cast

import httpx

from ...models.access_token import AccessToken
from ...models.appointment_type_list import AppointmentTypeList
from ...models.undocumented_object import UndocumentedObject
from ...models.update_practice_group_body import UpdatePracticeGroupBody
from ...types import NOT_GIVEN, UNSET, APIResponse, NotGiven, OperationCaller, Pager, RequestOptions, Unset

__all__ = ["PracticeGroupResource", "PracticeGroupResourceWithRawResponse"]

from . import (
    create_access_token,
    get_capabilities,
    get_configuration,
    get_practice_group_by_id,
    list_appointment_types,
    list_locations,
    update_practice_group,
)


class PracticeGroupResource:
    """The PracticeGroup operations, sent through a caller (a ``HeroHealth`` client).

    Each method sends one request and returns the documented success model; a paged list returns a
    ``Pager`` (``await`` it for one page, ``async for`` over it for every item). Errors, retries and
    timeouts follow the client's policy; ``with_raw_response`` has the same methods returning
    ``APIResponse`` (status, headers, request id and the model).
    """

    def __init__(self, caller: OperationCaller) -> None:
        self._caller = caller

    @cached_property
    def with_raw_response(self) -> "PracticeGroupResourceWithRawResponse":
        """The same methods, returning the whole success (``APIResponse``)."""
        return PracticeGroupResourceWithRawResponse(self._caller)

    async def create_access_token(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        idempotency_key: str | None = None,
    ) -> AccessToken:
        """Create an Access Token

        Issues a short-lived JWT for embedding Hero Elements; call it from a server only.

        ``POST /v1/access_token``

        Args:
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).
            idempotency_key: the same key on a repeat (a retried job) returns this call's recorded answer
                without sending again; an outcome that cannot be known raises ``OutcomeUnknownError``.

        Retries: only when the request provably never reached the server (a refused connection, a pool
        timeout) or was refused by the rate limit (429); never once it may have been sent.
        """

        operation = create_access_token.operation()
        return (
            await self._caller.send_operation(
                operation,
                RequestOptions(
                    timeout, max_retries, extra_headers, extra_query, extra_body, idempotency_key=idempotency_key
                ),
            )
        ).parsed

    async def list_appointment_types(
        self,
        *,
        location_ids: list[str] | Unset = UNSET,
        has_availability: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AppointmentTypeList:
        """List Appointment Types

        Lists the appointment types configured for the practice group.

        ``GET /v1/appointment_types``

        Args:
            location_ids (list[str])
            has_availability (bool)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = list_appointment_types.operation(
            location_ids=location_ids,
            has_availability=has_availability,
        )
        return (
            await self._caller.send_operation(
                operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
            )
        ).parsed

    async def list_locations(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> UndocumentedObject:
        """List Locations

        Lists the locations set up for online booking.

        ``GET /v1/locations``

        Args:
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = list_locations.operation()
        return (
            await self._caller.send_operation(
                operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
            )
        ).parsed

    async def get_practice_group_by_id(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> UndocumentedObject:
        """Get Practice Group

        Returns the authenticated practice group.

        ``GET /v1/me``

        Args:
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = get_practice_group_by_id.operation()
        return (
            await self._caller.send_operation(
                operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
            )
        ).parsed

    async def update_practice_group(
        self,
        *,
        body: UpdatePracticeGroupBody,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        idempotency_key: str | None = None,
    ) -> UndocumentedObject:
        """Update a Practice Group

        Updates the authenticated practice group.

        ``PATCH /v1/me``

        Args:
            body: the request body (UpdatePracticeGroupBody)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).
            idempotency_key: the same key on a repeat (a retried job) returns this call's recorded answer
                without sending again; an outcome that cannot be known raises ``OutcomeUnknownError``.

        Retries: only when the request provably never reached the server (a refused connection, a pool
        timeout) or was refused by the rate limit (429); never once it may have been sent.
        """

        operation = update_practice_group.operation(
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

    async def get_capabilities(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> UndocumentedObject:
        """Get Practice Group Capabilities

        Returns what the authenticated practice group can do.

        ``GET /v1/me/capabilities``

        Args:
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = get_capabilities.operation()
        return (
            await self._caller.send_operation(
                operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
            )
        ).parsed

    async def get_configuration(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> UndocumentedObject:
        """Get Practice Group Configuration

        Returns configuration settings of the authenticated practice group.

        ``GET /v1/me/configuration``

        Args:
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = get_configuration.operation()
        return (
            await self._caller.send_operation(
                operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
            )
        ).parsed


class PracticeGroupResourceWithRawResponse:
    """The PracticeGroup operations, returning ``APIResponse`` (status, headers, request id, model)."""

    def __init__(self, caller: OperationCaller) -> None:
        self._caller = caller

    async def create_access_token(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        idempotency_key: str | None = None,
    ) -> APIResponse[AccessToken]:
        """Create an Access Token

        Issues a short-lived JWT for embedding Hero Elements; call it from a server only.

        ``POST /v1/access_token``

        Args:
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).
            idempotency_key: the same key on a repeat (a retried job) returns this call's recorded answer
                without sending again; an outcome that cannot be known raises ``OutcomeUnknownError``.

        Retries: only when the request provably never reached the server (a refused connection, a pool
        timeout) or was refused by the rate limit (429); never once it may have been sent.
        """

        operation = create_access_token.operation()
        return await self._caller.send_operation(
            operation,
            RequestOptions(
                timeout, max_retries, extra_headers, extra_query, extra_body, idempotency_key=idempotency_key
            ),
        )

    async def list_appointment_types(
        self,
        *,
        location_ids: list[str] | Unset = UNSET,
        has_availability: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> APIResponse[AppointmentTypeList]:
        """List Appointment Types

        Lists the appointment types configured for the practice group.

        ``GET /v1/appointment_types``

        Args:
            location_ids (list[str])
            has_availability (bool)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = list_appointment_types.operation(
            location_ids=location_ids,
            has_availability=has_availability,
        )
        return await self._caller.send_operation(
            operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
        )

    async def list_locations(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> APIResponse[UndocumentedObject]:
        """List Locations

        Lists the locations set up for online booking.

        ``GET /v1/locations``

        Args:
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = list_locations.operation()
        return await self._caller.send_operation(
            operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
        )

    async def get_practice_group_by_id(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> APIResponse[UndocumentedObject]:
        """Get Practice Group

        Returns the authenticated practice group.

        ``GET /v1/me``

        Args:
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = get_practice_group_by_id.operation()
        return await self._caller.send_operation(
            operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
        )

    async def update_practice_group(
        self,
        *,
        body: UpdatePracticeGroupBody,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        idempotency_key: str | None = None,
    ) -> APIResponse[UndocumentedObject]:
        """Update a Practice Group

        Updates the authenticated practice group.

        ``PATCH /v1/me``

        Args:
            body: the request body (UpdatePracticeGroupBody)
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).
            idempotency_key: the same key on a repeat (a retried job) returns this call's recorded answer
                without sending again; an outcome that cannot be known raises ``OutcomeUnknownError``.

        Retries: only when the request provably never reached the server (a refused connection, a pool
        timeout) or was refused by the rate limit (429); never once it may have been sent.
        """

        operation = update_practice_group.operation(
            body=body,
        )
        return await self._caller.send_operation(
            operation,
            RequestOptions(
                timeout, max_retries, extra_headers, extra_query, extra_body, idempotency_key=idempotency_key
            ),
        )

    async def get_capabilities(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> APIResponse[UndocumentedObject]:
        """Get Practice Group Capabilities

        Returns what the authenticated practice group can do.

        ``GET /v1/me/capabilities``

        Args:
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = get_capabilities.operation()
        return await self._caller.send_operation(
            operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
        )

    async def get_configuration(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> APIResponse[UndocumentedObject]:
        """Get Practice Group Configuration

        Returns configuration settings of the authenticated practice group.

        ``GET /v1/me/configuration``

        Args:
            timeout, max_retries: replace the client's for this call.
            extra_headers, extra_query, extra_body: sent on top of what the document describes (the auth
                headers cannot be replaced).

        Retries: after a connection failure, a 408, a 429 or a 5xx (up to ``max_retries``): safe to repeat.
        """

        operation = get_configuration.operation()
        return await self._caller.send_operation(
            operation, RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)
        )
