"""Partners operations: one module per operation, and a resource class that sends them."""

from typing import cast

from ...models.heidi_token import HeidiToken
from ...types import UNSET, OperationCaller, Unset

__all__ = ["PartnersResource"]

from . import get_heidi_token


class PartnersResource:
    """The Partners operations, sent through a caller (a ``HeroHealth`` client).

    Each method sends one request and returns the documented success model; what happens on
    errors, retries and timeouts is the caller's policy.
    """

    def __init__(self, caller: OperationCaller) -> None:
        self._caller = caller

    async def get_heidi_token(
        self,
    ) -> HeidiToken:
        """Get Heidi Token

        GET /v1/partners/heidi/token. See ``get_heidi_token.operation`` for the arguments.
        """
        return await self._caller.call(get_heidi_token.operation())
