"""Contains all the data models used in inputs/outputs"""

from .access_token import AccessToken
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
from .update_booking_link_body import UpdateBookingLinkBody
from .update_episode_body import UpdateEpisodeBody
from .update_episode_body_assignees_item import UpdateEpisodeBodyAssigneesItem
from .update_invoice_body import UpdateInvoiceBody
from .update_practice_group_body import UpdatePracticeGroupBody
from .update_task_body import UpdateTaskBody
from .update_task_body_assignee_type import UpdateTaskBodyAssigneeType
from .updated_task import UpdatedTask
from .updated_task_data import UpdatedTaskData
from .validation_error import ValidationError
from .validation_issue import ValidationIssue
from .webhook import Webhook
from .webhook_event import WebhookEvent
from .webhook_event_type import WebhookEventType
from .webhook_headers import WebhookHeaders

__all__ = (
    "AccessToken",
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
    "UpdateBookingLinkBody",
    "UpdatedTask",
    "UpdatedTaskData",
    "UpdateEpisodeBody",
    "UpdateEpisodeBodyAssigneesItem",
    "UpdateInvoiceBody",
    "UpdatePracticeGroupBody",
    "UpdateTaskBody",
    "UpdateTaskBodyAssigneeType",
    "ValidationError",
    "ValidationIssue",
    "Webhook",
    "WebhookEvent",
    "WebhookEventType",
    "WebhookHeaders",
)
