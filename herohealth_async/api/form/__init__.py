"""Form operations: one module per operation, and a resource class that sends them."""

from typing import cast

from ...models.form import Form
from ...models.form_list import FormList
from ...models.form_type import FormType, check_form_type
from ...types import UNSET, OperationCaller, Unset

__all__ = ["FormResource"]

from . import get_form, list_forms


class FormResource:
    """The Form operations, sent through a caller (a ``HeroHealth`` client).

    Each method sends one request and returns the documented success model; what happens on
    errors, retries and timeouts is the caller's policy.
    """

    def __init__(self, caller: OperationCaller) -> None:
        self._caller = caller

    async def list_forms(
        self,
        *,
        search: str | Unset = UNSET,
        reply_form: bool | Unset = UNSET,
        form_type: FormType | Unset = UNSET,
    ) -> FormList:
        """List Forms

        GET /v1/forms. See ``list_forms.operation`` for the arguments.
        """
        return await self._caller.call(
            list_forms.operation(
                search=search,
                reply_form=reply_form,
                form_type=form_type,
            )
        )

    async def get_form(
        self,
        id: str,
    ) -> Form:
        """Get Form

        GET /v1/forms/{id}. See ``get_form.operation`` for the arguments.
        """
        return await self._caller.call(
            get_form.operation(
                id=id,
            )
        )
