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


OPERATIONS: dict[str, tuple[str, str, str]] = {
    "create_access_token": ("POST", "/v1/access_token", "practice_group"),
    "list_appointment_types": ("GET", "/v1/appointment_types", "practice_group"),
    "list_locations": ("GET", "/v1/locations", "practice_group"),
    "get_practice_group_by_id": ("GET", "/v1/me", "practice_group"),
    "update_practice_group": ("PATCH", "/v1/me", "practice_group"),
    "get_capabilities": ("GET", "/v1/me/capabilities", "practice_group"),
    "get_configuration": ("GET", "/v1/me/configuration", "practice_group"),
    "create_attachment_link": ("POST", "/v1/attachment_links", "links"),
    "create_booking_link": ("POST", "/v1/booking_links", "links"),
    "get_booking_link": ("GET", "/v1/booking_links/{id}", "links"),
    "update_booking_link": ("PATCH", "/v1/booking_links/{id}", "links"),
    "list_appointments": ("GET", "/v1/appointments", "booking"),
    "create_appointment": ("POST", "/v1/appointments", "booking"),
    "get_appointment": ("GET", "/v1/appointments/{id}", "booking"),
    "edit_appointment": ("PUT", "/v1/appointments/{id}", "booking"),
    "get_appointment_status": ("GET", "/v1/appointments/{id}/status", "booking"),
    "cancel_appointment": ("PATCH", "/v1/appointments/{id}/cancel", "booking"),
    "list_slots": ("GET", "/v1/slots", "booking"),
    "count_slots": ("GET", "/v1/slots/count", "booking"),
    "get_slot": ("GET", "/v1/slots/{id}", "booking"),
    "check_slot_availability": ("POST", "/v1/slots/availability", "booking"),
    "book_appointment": ("PATCH", "/v1/appointments/{id}/book", "booking"),
    "reschedule_appointment": ("PATCH", "/v1/appointments/{id}/reschedule", "booking"),
    "list_batch_messages": ("GET", "/v1/batch_message", "messages"),
    "create_batch_message": ("POST", "/v1/batch_message", "messages"),
    "send_batch_message": ("PATCH", "/v1/batch_message/{id}/send", "messages"),
    "get_batch_message": ("GET", "/v1/batch_message/{id}", "messages"),
    "list_batch_message_recipients": ("GET", "/v1/batch_message/{id}/recipients", "messages"),
    "list_batch_message_sends": ("GET", "/v1/batch_message/{id}/messages", "messages"),
    "get_message": ("GET", "/v1/messages/{id}", "messages"),
    "send_message": ("POST", "/v1/messages/send", "messages"),
    "list_templates": ("GET", "/v1/templates", "messages"),
    "get_automated_message": ("GET", "/v2/automated_messages/{id}", "messages"),
    "search_hca_consultants": ("GET", "/v1/booking-hca/consultants", "booking_hca"),
    "list_episodes": ("GET", "/v1/episodes", "episode"),
    "get_episode": ("GET", "/v1/episodes/{id}", "episode"),
    "update_episode": ("PATCH", "/v1/episodes/{id}", "episode"),
    "create_episode_note": ("POST", "/v1/notes", "episode"),
    "list_forms": ("GET", "/v1/forms", "form"),
    "get_form": ("GET", "/v1/forms/{id}", "form"),
    "get_form_response": ("GET", "/v1/form_response/{id}", "form_response"),
    "list_coupons": ("GET", "/v1/invoicing/coupons", "invoicing"),
    "list_customers": ("GET", "/v1/invoicing/customers", "invoicing"),
    "create_customer": ("POST", "/v1/invoicing/customers", "invoicing"),
    "get_default_customer": ("GET", "/v1/invoicing/customers/default", "invoicing"),
    "create_invoice": ("POST", "/v1/invoicing/invoices", "invoicing"),
    "update_invoice": ("PATCH", "/v1/invoicing/invoices/{id}", "invoicing"),
    "link_invoice": ("POST", "/v1/invoicing/invoices/link", "invoicing"),
    "get_heidi_token": ("GET", "/v1/partners/heidi/token", "partners"),
    "list_patient_ehr_candidates": ("GET", "/v1/patients/{id}/ehr/candidates", "patients"),
    "connect_patient_ehr": ("POST", "/v1/patients/{id}/ehr/connect", "patients"),
    "preview_patient_merge": ("POST", "/v1/patients/{id}/merge/preview", "patients"),
    "merge_patient": ("POST", "/v1/patients/{id}/merge", "patients"),
    "get_patient_by_id": ("GET", "/v1/patients/{id}", "patients"),
    "list_patient_attachments": ("GET", "/v1/patients/{id}/attachments", "patients"),
    "list_patients": ("GET", "/v1/patients", "patients"),
    "list_patients_v2": ("GET", "/v2/patients", "patients"),
    "list_patients_v3": ("GET", "/v3/patients", "patients"),
    "get_patient_by_id_v2": ("GET", "/v2/patients/{id}", "patients"),
    "register_patient_pds": ("POST", "/v1/patients/register_pds", "patients"),
    "register_patient": ("POST", "/v1/patients/register", "patients"),
    "get_prescriber_pharmacies": ("GET", "/v1/prescriber/{id}/pharmacies", "prescription"),
    "create_pharmacy": ("POST", "/v1/pharmacies", "prescription"),
    "update_task": ("PATCH", "/v1/tasks/{id}", "task"),
    "get_task": ("GET", "/v2/tasks/{id}", "task"),
    "list_webhooks": ("GET", "/v1/webhooks", "webhooks"),
    "create_webhook": ("POST", "/v1/webhooks", "webhooks"),
    "delete_webhook": ("DELETE", "/v1/webhooks/{id}", "webhooks"),
    "list_admins": ("GET", "/v1/admins", "admin"),
    "update_admin": ("PATCH", "/v1/admins/{id}", "admin"),
    "list_subscriptions": ("GET", "/v1/subscriptions", "subscriptions"),
}
"""Every operation of the document: its name (the module in ``api/<tag>/``), method, path template and tag."""
