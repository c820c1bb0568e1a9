"""BookingHca operations: one module per operation, and a resource class that sends them."""

from typing import cast

from ...models.undocumented_object import UndocumentedObject
from ...types import UNSET, OperationCaller, Unset

__all__ = ["BookingHcaResource"]

from . import search_hca_consultants


class BookingHcaResource:
    """The BookingHca operations, sent through a caller (a ``HeroHealth`` client).

    Each method sends one request and returns the documented success model; what happens on
    errors, retries and timeouts is the caller's policy.
    """

    def __init__(self, caller: OperationCaller) -> None:
        self._caller = caller

    async def search_hca_consultants(
        self,
        *,
        search: str | Unset = UNSET,
        fields: list[str] | Unset = UNSET,
    ) -> UndocumentedObject:
        """search_hca_consultants

        GET /v1/booking-hca/consultants. See ``search_hca_consultants.operation`` for the arguments.
        """
        return await self._caller.call(
            search_hca_consultants.operation(
                search=search,
                fields=fields,
            )
        )
