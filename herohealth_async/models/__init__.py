"""The data models of the document's requests and responses, each loaded on first use."""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_token import AccessToken
    from .admin import Admin
    from .admin_list import AdminList
    from .appointment import Appointment
    from .appointment_cancelled_event import AppointmentCancelledEvent
    from .appointment_confirmed_event import AppointmentConfirmedEvent
    from .appointment_list import AppointmentList
    from .appointment_rescheduled_event import AppointmentRescheduledEvent
    from .appointment_type import AppointmentType
    from .appointment_type_assignee_type import AppointmentTypeAssigneeType
    from .appointment_type_list import AppointmentTypeList
    from .appointment_type_sector import AppointmentTypeSector
    from .assignee_type import AssigneeType
    from .attachment_link import AttachmentLink
    from .batch_message import BatchMessage
    from .batch_message_status import BatchMessageStatus
    from .batch_recipient_by_nhs_number import BatchRecipientByNhsNumber
    from .batch_recipient_other import BatchRecipientOther
    from .book_appointment_body import BookAppointmentBody
    from .cancel_appointment_body import CancelAppointmentBody
    from .check_slot_availability_body import CheckSlotAvailabilityBody
    from .connect_patient_ehr_body import ConnectPatientEhrBody
    from .coupon import Coupon
    from .coupon_applies_to import CouponAppliesTo
    from .coupon_list import CouponList
    from .create_appointment_body import CreateAppointmentBody
    from .create_attachment_link_body import CreateAttachmentLinkBody
    from .create_batch_message_body import CreateBatchMessageBody
    from .create_booking_link_body import CreateBookingLinkBody
    from .create_customer_body import CreateCustomerBody
    from .create_episode_note_body import CreateEpisodeNoteBody
    from .create_invoice_body import CreateInvoiceBody
    from .create_invoice_body_collection_method import CreateInvoiceBodyCollectionMethod
    from .create_invoice_body_coupons_item import CreateInvoiceBodyCouponsItem
    from .create_invoice_body_invoice_items_attributes_item import CreateInvoiceBodyInvoiceItemsAttributesItem
    from .create_invoice_body_mode import CreateInvoiceBodyMode
    from .create_pharmacy_body import CreatePharmacyBody
    from .create_webhook_body import CreateWebhookBody
    from .create_webhook_body_headers import CreateWebhookBodyHeaders
    from .created_customer import CreatedCustomer
    from .edit_appointment_body import EditAppointmentBody
    from .ehr_patient import EhrPatient
    from .ehr_patient_list import EhrPatientList
    from .episode import Episode
    from .episode_assignees_item import EpisodeAssigneesItem
    from .episode_list import EpisodeList
    from .episode_patient import EpisodePatient
    from .episode_priority import EpisodePriority
    from .episode_status import EpisodeStatus
    from .episode_summary import EpisodeSummary
    from .episode_summary_assignees_item import EpisodeSummaryAssigneesItem
    from .episode_summary_tasks_item import EpisodeSummaryTasksItem
    from .episode_tasks_item import EpisodeTasksItem
    from .episode_tasks_item_patient import EpisodeTasksItemPatient
    from .episode_tasks_item_patient_address import EpisodeTasksItemPatientAddress
    from .episode_tasks_item_patient_sex import EpisodeTasksItemPatientSex
    from .form import Form
    from .form_fields_item import FormFieldsItem
    from .form_list import FormList
    from .form_response import FormResponse
    from .form_submission_created_event import FormSubmissionCreatedEvent
    from .form_summary import FormSummary
    from .form_type import FormType
    from .get_patient_by_id_v2_data_source import GetPatientByIdV2DataSource
    from .heidi_token import HeidiToken
    from .identity_verification_required import IdentityVerificationRequired
    from .invoice_summary import InvoiceSummary
    from .link_invoice_body import LinkInvoiceBody
    from .list_admins_order_by import ListAdminsOrderBy
    from .list_batch_messages_status import ListBatchMessagesStatus
    from .list_episodes_order_by_item import ListEpisodesOrderByItem
    from .message import Message
    from .message_campaign import MessageCampaign
    from .message_channel import MessageChannel
    from .message_patient import MessagePatient
    from .message_sent_by_admin import MessageSentByAdmin
    from .message_short_link import MessageShortLink
    from .message_write_to_record import MessageWriteToRecord
    from .note import Note
    from .note_admin import NoteAdmin
    from .patient import Patient
    from .patient_data_source import PatientDataSource
    from .patient_identifier import PatientIdentifier
    from .patient_identifier_label import PatientIdentifierLabel
    from .patient_identifier_name import PatientIdentifierName
    from .patient_identifier_role import PatientIdentifierRole
    from .patient_identifier_source import PatientIdentifierSource
    from .patient_medical_record_updated_event import PatientMedicalRecordUpdatedEvent
    from .patient_registration import PatientRegistration
    from .patient_sex import PatientSex
    from .patient_status import PatientStatus
    from .patient_title import PatientTitle
    from .patient_title_request import PatientTitleRequest
    from .payment_sources_item import PaymentSourcesItem
    from .pds_lookup_by_demographics import PdsLookupByDemographics
    from .pds_lookup_by_nhs_number import PdsLookupByNhsNumber
    from .pharmacy import Pharmacy
    from .pharmacy_list import PharmacyList
    from .prescriber_details import PrescriberDetails
    from .prescription_issued_event import PrescriptionIssuedEvent
    from .preview_patient_merge_body import PreviewPatientMergeBody
    from .registered_patient import RegisteredPatient
    from .reschedule_appointment_body import RescheduleAppointmentBody
    from .reservation import Reservation
    from .send_message_body import SendMessageBody
    from .send_message_body_fallback_message_type import SendMessageBodyFallbackMessageType
    from .send_message_body_message_type import SendMessageBodyMessageType
    from .sent_message import SentMessage
    from .slot import Slot
    from .slot_availability import SlotAvailability
    from .slot_list import SlotList
    from .stripe_customer import StripeCustomer
    from .stripe_customer_list import StripeCustomerList
    from .task import Task
    from .task_patient import TaskPatient
    from .undocumented_list import UndocumentedList
    from .undocumented_object import UndocumentedObject
    from .update_admin_body import UpdateAdminBody
    from .update_booking_link_body import UpdateBookingLinkBody
    from .update_episode_body import UpdateEpisodeBody
    from .update_episode_body_assignees_item import UpdateEpisodeBodyAssigneesItem
    from .update_invoice_body import UpdateInvoiceBody
    from .update_practice_group_body import UpdatePracticeGroupBody
    from .update_practice_group_body_address import UpdatePracticeGroupBodyAddress
    from .update_practice_group_body_prescription_partner_credentials import (
        UpdatePracticeGroupBodyPrescriptionPartnerCredentials,
    )
    from .update_task_body import UpdateTaskBody
    from .update_task_body_assignee_type import UpdateTaskBodyAssigneeType
    from .updated_admin import UpdatedAdmin
    from .updated_task import UpdatedTask
    from .updated_task_data import UpdatedTaskData
    from .validation_error import ValidationError
    from .validation_issue import ValidationIssue
    from .webhook import Webhook
    from .webhook_event import WebhookEvent
    from .webhook_event_type import WebhookEventType
    from .webhook_headers import WebhookHeaders

# Name -> module: importing this package loads no model until one is asked for.
_MODULES = {
    "AccessToken": ".access_token",
    "Admin": ".admin",
    "AdminList": ".admin_list",
    "Appointment": ".appointment",
    "AppointmentCancelledEvent": ".appointment_cancelled_event",
    "AppointmentConfirmedEvent": ".appointment_confirmed_event",
    "AppointmentList": ".appointment_list",
    "AppointmentRescheduledEvent": ".appointment_rescheduled_event",
    "AppointmentType": ".appointment_type",
    "AppointmentTypeAssigneeType": ".appointment_type_assignee_type",
    "AppointmentTypeList": ".appointment_type_list",
    "AppointmentTypeSector": ".appointment_type_sector",
    "AssigneeType": ".assignee_type",
    "AttachmentLink": ".attachment_link",
    "BatchMessage": ".batch_message",
    "BatchMessageStatus": ".batch_message_status",
    "BatchRecipientByNhsNumber": ".batch_recipient_by_nhs_number",
    "BatchRecipientOther": ".batch_recipient_other",
    "BookAppointmentBody": ".book_appointment_body",
    "CancelAppointmentBody": ".cancel_appointment_body",
    "CheckSlotAvailabilityBody": ".check_slot_availability_body",
    "ConnectPatientEhrBody": ".connect_patient_ehr_body",
    "Coupon": ".coupon",
    "CouponAppliesTo": ".coupon_applies_to",
    "CouponList": ".coupon_list",
    "CreateAppointmentBody": ".create_appointment_body",
    "CreateAttachmentLinkBody": ".create_attachment_link_body",
    "CreateBatchMessageBody": ".create_batch_message_body",
    "CreateBookingLinkBody": ".create_booking_link_body",
    "CreateCustomerBody": ".create_customer_body",
    "CreateEpisodeNoteBody": ".create_episode_note_body",
    "CreateInvoiceBody": ".create_invoice_body",
    "CreateInvoiceBodyCollectionMethod": ".create_invoice_body_collection_method",
    "CreateInvoiceBodyCouponsItem": ".create_invoice_body_coupons_item",
    "CreateInvoiceBodyInvoiceItemsAttributesItem": ".create_invoice_body_invoice_items_attributes_item",
    "CreateInvoiceBodyMode": ".create_invoice_body_mode",
    "CreatePharmacyBody": ".create_pharmacy_body",
    "CreateWebhookBody": ".create_webhook_body",
    "CreateWebhookBodyHeaders": ".create_webhook_body_headers",
    "CreatedCustomer": ".created_customer",
    "EditAppointmentBody": ".edit_appointment_body",
    "EhrPatient": ".ehr_patient",
    "EhrPatientList": ".ehr_patient_list",
    "Episode": ".episode",
    "EpisodeAssigneesItem": ".episode_assignees_item",
    "EpisodeList": ".episode_list",
    "EpisodePatient": ".episode_patient",
    "EpisodePriority": ".episode_priority",
    "EpisodeStatus": ".episode_status",
    "EpisodeSummary": ".episode_summary",
    "EpisodeSummaryAssigneesItem": ".episode_summary_assignees_item",
    "EpisodeSummaryTasksItem": ".episode_summary_tasks_item",
    "EpisodeTasksItem": ".episode_tasks_item",
    "EpisodeTasksItemPatient": ".episode_tasks_item_patient",
    "EpisodeTasksItemPatientAddress": ".episode_tasks_item_patient_address",
    "EpisodeTasksItemPatientSex": ".episode_tasks_item_patient_sex",
    "Form": ".form",
    "FormFieldsItem": ".form_fields_item",
    "FormList": ".form_list",
    "FormResponse": ".form_response",
    "FormSubmissionCreatedEvent": ".form_submission_created_event",
    "FormSummary": ".form_summary",
    "FormType": ".form_type",
    "GetPatientByIdV2DataSource": ".get_patient_by_id_v2_data_source",
    "HeidiToken": ".heidi_token",
    "IdentityVerificationRequired": ".identity_verification_required",
    "InvoiceSummary": ".invoice_summary",
    "LinkInvoiceBody": ".link_invoice_body",
    "ListAdminsOrderBy": ".list_admins_order_by",
    "ListBatchMessagesStatus": ".list_batch_messages_status",
    "ListEpisodesOrderByItem": ".list_episodes_order_by_item",
    "Message": ".message",
    "MessageCampaign": ".message_campaign",
    "MessageChannel": ".message_channel",
    "MessagePatient": ".message_patient",
    "MessageSentByAdmin": ".message_sent_by_admin",
    "MessageShortLink": ".message_short_link",
    "MessageWriteToRecord": ".message_write_to_record",
    "Note": ".note",
    "NoteAdmin": ".note_admin",
    "Patient": ".patient",
    "PatientDataSource": ".patient_data_source",
    "PatientIdentifier": ".patient_identifier",
    "PatientIdentifierLabel": ".patient_identifier_label",
    "PatientIdentifierName": ".patient_identifier_name",
    "PatientIdentifierRole": ".patient_identifier_role",
    "PatientIdentifierSource": ".patient_identifier_source",
    "PatientMedicalRecordUpdatedEvent": ".patient_medical_record_updated_event",
    "PatientRegistration": ".patient_registration",
    "PatientSex": ".patient_sex",
    "PatientStatus": ".patient_status",
    "PatientTitle": ".patient_title",
    "PatientTitleRequest": ".patient_title_request",
    "PaymentSourcesItem": ".payment_sources_item",
    "PdsLookupByDemographics": ".pds_lookup_by_demographics",
    "PdsLookupByNhsNumber": ".pds_lookup_by_nhs_number",
    "Pharmacy": ".pharmacy",
    "PharmacyList": ".pharmacy_list",
    "PrescriberDetails": ".prescriber_details",
    "PrescriptionIssuedEvent": ".prescription_issued_event",
    "PreviewPatientMergeBody": ".preview_patient_merge_body",
    "RegisteredPatient": ".registered_patient",
    "RescheduleAppointmentBody": ".reschedule_appointment_body",
    "Reservation": ".reservation",
    "SendMessageBody": ".send_message_body",
    "SendMessageBodyFallbackMessageType": ".send_message_body_fallback_message_type",
    "SendMessageBodyMessageType": ".send_message_body_message_type",
    "SentMessage": ".sent_message",
    "Slot": ".slot",
    "SlotAvailability": ".slot_availability",
    "SlotList": ".slot_list",
    "StripeCustomer": ".stripe_customer",
    "StripeCustomerList": ".stripe_customer_list",
    "Task": ".task",
    "TaskPatient": ".task_patient",
    "UndocumentedList": ".undocumented_list",
    "UndocumentedObject": ".undocumented_object",
    "UpdateAdminBody": ".update_admin_body",
    "UpdateBookingLinkBody": ".update_booking_link_body",
    "UpdateEpisodeBody": ".update_episode_body",
    "UpdateEpisodeBodyAssigneesItem": ".update_episode_body_assignees_item",
    "UpdateInvoiceBody": ".update_invoice_body",
    "UpdatePracticeGroupBody": ".update_practice_group_body",
    "UpdatePracticeGroupBodyAddress": ".update_practice_group_body_address",
    "UpdatePracticeGroupBodyPrescriptionPartnerCredentials": ".update_practice_group_body_prescription_partner_credentials",
    "UpdateTaskBody": ".update_task_body",
    "UpdateTaskBodyAssigneeType": ".update_task_body_assignee_type",
    "UpdatedAdmin": ".updated_admin",
    "UpdatedTask": ".updated_task",
    "UpdatedTaskData": ".updated_task_data",
    "ValidationError": ".validation_error",
    "ValidationIssue": ".validation_issue",
    "Webhook": ".webhook",
    "WebhookEvent": ".webhook_event",
    "WebhookEventType": ".webhook_event_type",
    "WebhookHeaders": ".webhook_headers",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})


__all__ = (
    "AccessToken",
    "Admin",
    "AdminList",
    "Appointment",
    "AppointmentCancelledEvent",
    "AppointmentConfirmedEvent",
    "AppointmentList",
    "AppointmentRescheduledEvent",
    "AppointmentType",
    "AppointmentTypeAssigneeType",
    "AppointmentTypeList",
    "AppointmentTypeSector",
    "AssigneeType",
    "AttachmentLink",
    "BatchMessage",
    "BatchMessageStatus",
    "BatchRecipientByNhsNumber",
    "BatchRecipientOther",
    "BookAppointmentBody",
    "CancelAppointmentBody",
    "CheckSlotAvailabilityBody",
    "ConnectPatientEhrBody",
    "Coupon",
    "CouponAppliesTo",
    "CouponList",
    "CreateAppointmentBody",
    "CreateAttachmentLinkBody",
    "CreateBatchMessageBody",
    "CreateBookingLinkBody",
    "CreateCustomerBody",
    "CreatedCustomer",
    "CreateEpisodeNoteBody",
    "CreateInvoiceBody",
    "CreateInvoiceBodyCollectionMethod",
    "CreateInvoiceBodyCouponsItem",
    "CreateInvoiceBodyInvoiceItemsAttributesItem",
    "CreateInvoiceBodyMode",
    "CreatePharmacyBody",
    "CreateWebhookBody",
    "CreateWebhookBodyHeaders",
    "EditAppointmentBody",
    "EhrPatient",
    "EhrPatientList",
    "Episode",
    "EpisodeAssigneesItem",
    "EpisodeList",
    "EpisodePatient",
    "EpisodePriority",
    "EpisodeStatus",
    "EpisodeSummary",
    "EpisodeSummaryAssigneesItem",
    "EpisodeSummaryTasksItem",
    "EpisodeTasksItem",
    "EpisodeTasksItemPatient",
    "EpisodeTasksItemPatientAddress",
    "EpisodeTasksItemPatientSex",
    "Form",
    "FormFieldsItem",
    "FormList",
    "FormResponse",
    "FormSubmissionCreatedEvent",
    "FormSummary",
    "FormType",
    "GetPatientByIdV2DataSource",
    "HeidiToken",
    "IdentityVerificationRequired",
    "InvoiceSummary",
    "LinkInvoiceBody",
    "ListAdminsOrderBy",
    "ListBatchMessagesStatus",
    "ListEpisodesOrderByItem",
    "Message",
    "MessageCampaign",
    "MessageChannel",
    "MessagePatient",
    "MessageSentByAdmin",
    "MessageShortLink",
    "MessageWriteToRecord",
    "Note",
    "NoteAdmin",
    "Patient",
    "PatientDataSource",
    "PatientIdentifier",
    "PatientIdentifierLabel",
    "PatientIdentifierName",
    "PatientIdentifierRole",
    "PatientIdentifierSource",
    "PatientMedicalRecordUpdatedEvent",
    "PatientRegistration",
    "PatientSex",
    "PatientStatus",
    "PatientTitle",
    "PatientTitleRequest",
    "PaymentSourcesItem",
    "PdsLookupByDemographics",
    "PdsLookupByNhsNumber",
    "Pharmacy",
    "PharmacyList",
    "PrescriberDetails",
    "PrescriptionIssuedEvent",
    "PreviewPatientMergeBody",
    "RegisteredPatient",
    "RescheduleAppointmentBody",
    "Reservation",
    "SendMessageBody",
    "SendMessageBodyFallbackMessageType",
    "SendMessageBodyMessageType",
    "SentMessage",
    "Slot",
    "SlotAvailability",
    "SlotList",
    "StripeCustomer",
    "StripeCustomerList",
    "Task",
    "TaskPatient",
    "UndocumentedList",
    "UndocumentedObject",
    "UpdateAdminBody",
    "UpdateBookingLinkBody",
    "UpdatedAdmin",
    "UpdatedTask",
    "UpdatedTaskData",
    "UpdateEpisodeBody",
    "UpdateEpisodeBodyAssigneesItem",
    "UpdateInvoiceBody",
    "UpdatePracticeGroupBody",
    "UpdatePracticeGroupBodyAddress",
    "UpdatePracticeGroupBodyPrescriptionPartnerCredentials",
    "UpdateTaskBody",
    "UpdateTaskBodyAssigneeType",
    "ValidationError",
    "ValidationIssue",
    "Webhook",
    "WebhookEvent",
    "WebhookEventType",
    "WebhookHeaders",
)
