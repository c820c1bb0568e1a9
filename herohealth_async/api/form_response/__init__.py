"""FormResponse operations: one module per operation, and a resource class that sends them."""

from typing import cast

from ...models.form_response import FormResponse
from ...types import UNSET, OperationCaller, Unset

__all__ = ["FormResponseResource"]

from . import get_form_response


class FormResponseResource:
    """The FormResponse operations, sent through a caller (a ``HeroHealth`` client).

    Each method sends one request and returns the documented success model; what happens on
    errors, retries and timeouts is the caller's policy.
    """

    def __init__(self, caller: OperationCaller) -> None:
        self._caller = caller

    async def get_form_response(
        self,
        id: str,
    ) -> FormResponse:
        """Get Form Response

        GET /v1/form_response/{id}. See ``get_form_response.operation`` for the arguments.
        """
        return await self._caller.call(
            get_form_response.operation(
                id=id,
            )
        )
