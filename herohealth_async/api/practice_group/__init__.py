"""PracticeGroup operations: one module per operation, and a resource class that sends them."""

from typing import cast

from ...models.access_token import AccessToken
from ...models.appointment_type_list import AppointmentTypeList
from ...models.undocumented_object import UndocumentedObject
from ...models.update_practice_group_body import UpdatePracticeGroupBody
from ...types import UNSET, OperationCaller, Unset

__all__ = ["PracticeGroupResource"]

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

    Each method sends one request and returns the documented success model; what happens on
    errors, retries and timeouts is the caller's policy.
    """

    def __init__(self, caller: OperationCaller) -> None:
        self._caller = caller

    async def create_access_token(
        self,
    ) -> AccessToken:
        """Create an Access Token

        POST /v1/access_token. See ``create_access_token.operation`` for the arguments.
        """
        return await self._caller.call(create_access_token.operation())

    async def list_appointment_types(
        self,
        *,
        location_ids: list[str] | Unset = UNSET,
        has_availability: bool | Unset = UNSET,
    ) -> AppointmentTypeList:
        """List Appointment Types

        GET /v1/appointment_types. See ``list_appointment_types.operation`` for the arguments.
        """
        return await self._caller.call(
            list_appointment_types.operation(
                location_ids=location_ids,
                has_availability=has_availability,
            )
        )

    async def list_locations(
        self,
    ) -> UndocumentedObject:
        """List Locations

        GET /v1/locations. See ``list_locations.operation`` for the arguments.
        """
        return await self._caller.call(list_locations.operation())

    async def get_practice_group_by_id(
        self,
    ) -> UndocumentedObject:
        """Get Practice Group

        GET /v1/me. See ``get_practice_group_by_id.operation`` for the arguments.
        """
        return await self._caller.call(get_practice_group_by_id.operation())

    async def update_practice_group(
        self,
        *,
        body: UpdatePracticeGroupBody,
    ) -> UndocumentedObject:
        """Update a Practice Group

        PATCH /v1/me. See ``update_practice_group.operation`` for the arguments.
        """
        return await self._caller.call(
            update_practice_group.operation(
                body=body,
            )
        )

    async def get_capabilities(
        self,
    ) -> UndocumentedObject:
        """Get Practice Group Capabilities

        GET /v1/me/capabilities. See ``get_capabilities.operation`` for the arguments.
        """
        return await self._caller.call(get_capabilities.operation())

    async def get_configuration(
        self,
    ) -> UndocumentedObject:
        """Get Practice Group Configuration

        GET /v1/me/configuration. See ``get_configuration.operation`` for the arguments.
        """
        return await self._caller.call(get_configuration.operation())
