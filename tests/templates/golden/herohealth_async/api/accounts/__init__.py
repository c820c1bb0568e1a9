"""Accounts operations: one module per operation, and a resource class that sends them."""

from typing import cast

from ...models.key import Key
from ...models.key_request import KeyRequest
from ...types import UNSET, OperationCaller, Unset

__all__ = ["AccountsResource"]

from . import create_key


class AccountsResource:
    """The Accounts operations, sent through a caller (a ``HeroHealth`` client).

    Each method sends one request and returns the documented success model; what happens on
    errors, retries and timeouts is the caller's policy.
    """

    def __init__(self, caller: OperationCaller) -> None:
        self._caller = caller

    async def create_key(
        self,
        account_id: str,
        *,
        body: KeyRequest,
    ) -> Key:
        """Create a Key

        POST /v1/accounts/{account_id}/keys. See ``create_key.operation`` for the arguments.
        """
        return await self._caller.call(
            create_key.operation(
                account_id=account_id,
                body=body,
            )
        )
