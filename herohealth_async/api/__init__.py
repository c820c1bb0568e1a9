"""The API's operations, one package per tag of the document, and ``Resources``: one attribute per
tag, each resource (and the modules of its operations) loaded on first use."""

from functools import cached_property
from typing import TYPE_CHECKING

from ..types import OperationCaller

if TYPE_CHECKING:
    from .admin import AdminResource
    from .booking import BookingResource
    from .booking_hca import BookingHcaResource
    from .episode import EpisodeResource
    from .form import FormResource
    from .form_response import FormResponseResource
    from .invoicing import InvoicingResource
    from .links import LinksResource
    from .messages import MessagesResource
    from .partners import PartnersResource
    from .patients import PatientsResource
    from .practice_group import PracticeGroupResource
    from .prescription import PrescriptionResource
    from .subscriptions import SubscriptionsResource
    from .task import TaskResource
    from .webhooks import WebhooksResource


class Resources:
    """A resource per tag, sending through ``self`` (a subclass implements ``OperationCaller``).

    A client subclasses this; the facade overrides an attribute to add workflows to a resource.
    """

    def _operation_caller(self) -> OperationCaller:
        raise NotImplementedError

    @cached_property
    def practice_group(self) -> "PracticeGroupResource":
        """The PracticeGroup operations."""
        from .practice_group import PracticeGroupResource

        return PracticeGroupResource(self._operation_caller())

    @cached_property
    def links(self) -> "LinksResource":
        """The Links operations."""
        from .links import LinksResource

        return LinksResource(self._operation_caller())

    @cached_property
    def booking(self) -> "BookingResource":
        """The Booking operations."""
        from .booking import BookingResource

        return BookingResource(self._operation_caller())

    @cached_property
    def messages(self) -> "MessagesResource":
        """The Messages operations."""
        from .messages import MessagesResource

        return MessagesResource(self._operation_caller())

    @cached_property
    def booking_hca(self) -> "BookingHcaResource":
        """The BookingHca operations."""
        from .booking_hca import BookingHcaResource

        return BookingHcaResource(self._operation_caller())

    @cached_property
    def episode(self) -> "EpisodeResource":
        """The Episode operations."""
        from .episode import EpisodeResource

        return EpisodeResource(self._operation_caller())

    @cached_property
    def form(self) -> "FormResource":
        """The Form operations."""
        from .form import FormResource

        return FormResource(self._operation_caller())

    @cached_property
    def form_response(self) -> "FormResponseResource":
        """The FormResponse operations."""
        from .form_response import FormResponseResource

        return FormResponseResource(self._operation_caller())

    @cached_property
    def invoicing(self) -> "InvoicingResource":
        """The Invoicing operations."""
        from .invoicing import InvoicingResource

        return InvoicingResource(self._operation_caller())

    @cached_property
    def partners(self) -> "PartnersResource":
        """The Partners operations."""
        from .partners import PartnersResource

        return PartnersResource(self._operation_caller())

    @cached_property
    def patients(self) -> "PatientsResource":
        """The Patients operations."""
        from .patients import PatientsResource

        return PatientsResource(self._operation_caller())

    @cached_property
    def prescription(self) -> "PrescriptionResource":
        """The Prescription operations."""
        from .prescription import PrescriptionResource

        return PrescriptionResource(self._operation_caller())

    @cached_property
    def task(self) -> "TaskResource":
        """The Task operations."""
        from .task import TaskResource

        return TaskResource(self._operation_caller())

    @cached_property
    def webhooks(self) -> "WebhooksResource":
        """The Webhooks operations."""
        from .webhooks import WebhooksResource

        return WebhooksResource(self._operation_caller())

    @cached_property
    def admin(self) -> "AdminResource":
        """The Admin operations."""
        from .admin import AdminResource

        return AdminResource(self._operation_caller())

    @cached_property
    def subscriptions(self) -> "SubscriptionsResource":
        """The Subscriptions operations."""
        from .subscriptions import SubscriptionsResource

        return SubscriptionsResource(self._operation_caller())


RESOURCE_NAMES: tuple[str, ...] = (
    "practice_group",
    "links",
    "booking",
    "messages",
    "booking_hca",
    "episode",
    "form",
    "form_response",
    "invoicing",
    "partners",
    "patients",
    "prescription",
    "task",
    "webhooks",
    "admin",
    "subscriptions",
)
"""The attributes of ``Resources``, in the document's order of tags."""
