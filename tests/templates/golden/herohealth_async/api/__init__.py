"""The API's operations, one package per tag of the document, and ``Resources``: one attribute per
tag, each resource (and the modules of its operations) loaded on first use."""

from functools import cached_property
from typing import TYPE_CHECKING

from ..types import OperationCaller

if TYPE_CHECKING:
    from .accounts import AccountsResource
    from .widgets import WidgetsResource


class Resources:
    """A resource per tag, sending through ``self`` (a subclass implements ``OperationCaller``).

    A client subclasses this; the facade overrides an attribute to add workflows to a resource.
    """

    def _operation_caller(self) -> OperationCaller:
        raise NotImplementedError

    @cached_property
    def widgets(self) -> "WidgetsResource":
        """The Widgets operations."""
        from .widgets import WidgetsResource

        return WidgetsResource(self._operation_caller())

    @cached_property
    def accounts(self) -> "AccountsResource":
        """The Accounts operations."""
        from .accounts import AccountsResource

        return AccountsResource(self._operation_caller())


RESOURCE_NAMES: tuple[str, ...] = (
    "widgets",
    "accounts",
)
"""The attributes of ``Resources``, in the document's order of tags."""


OPERATIONS: dict[str, tuple[str, str, str]] = {
    "get_widget": ("GET", "/v1/widgets/{id}", "widgets"),
    "list_widgets": ("GET", "/v1/widgets", "widgets"),
    "create_widget": ("POST", "/v1/widgets", "widgets"),
    "create_key": ("POST", "/v1/accounts/{account_id}/keys", "accounts"),
}
"""Every operation of the document: its name (the module in ``api/<tag>/``), method, path template and tag."""
