""" Contains all the data models used in inputs/outputs """

from .access_log_entry import AccessLogEntry
from .account_link_confirm import AccountLinkConfirm
from .applicant_create import ApplicantCreate
from .applicant_read import ApplicantRead
from .applicant_status import ApplicantStatus
from .applicant_update import ApplicantUpdate
from .application_costs import ApplicationCosts
from .application_create import ApplicationCreate
from .application_read import ApplicationRead
from .application_source import ApplicationSource
from .application_stage import ApplicationStage
from .application_stage_change_read import ApplicationStageChangeRead
from .application_transition import ApplicationTransition
from .application_update import ApplicationUpdate
from .area import Area
from .area_list import AreaList
from .area_source import AreaSource
from .audit_read import AuditRead
from .audit_read_changes import AuditReadChanges
from .batch_result import BatchResult
from .body_import_applicants import BodyImportApplicants
from .body_issue_token import BodyIssueToken
from .body_upload_document_file import BodyUploadDocumentFile
from .candidate import Candidate
from .candidate_credential import CandidateCredential
from .candidate_page import CandidatePage
from .candidate_read import CandidateRead
from .change_item_application_read import ChangeItemApplicationRead
from .change_item_vacancy_read import ChangeItemVacancyRead
from .change_page_application_read import ChangePageApplicationRead
from .change_page_vacancy_read import ChangePageVacancyRead
from .channel import Channel
from .channel_kind import ChannelKind
from .channel_read import ChannelRead
from .channel_state_write import ChannelStateWrite
from .checklist_entry import ChecklistEntry
from .client_create import ClientCreate
from .client_read import ClientRead
from .client_secret import ClientSecret
from .closed_count import ClosedCount
from .closed_count_from_stages import ClosedCountFromStages
from .code_lists import CodeLists
from .code_sent import CodeSent
from .code_submit import CodeSubmit
from .cohort_put import CohortPut
from .cohort_read import CohortRead
from .cohort_status import CohortStatus
from .completion_report import CompletionReport
from .consent import Consent
from .contact_change_verify import ContactChangeVerify
from .cost_item import CostItem
from .cost_item_kind import CostItemKind
from .cost_payer import CostPayer
from .counts_for import CountsFor
from .credential_create import CredentialCreate
from .credential_kind import CredentialKind
from .credential_read import CredentialRead
from .credential_type import CredentialType
from .credential_update import CredentialUpdate
from .delivery_status import DeliveryStatus
from .demand_row import DemandRow
from .destination_kind import DestinationKind
from .document_checklist import DocumentChecklist
from .document_decision import DocumentDecision
from .document_decision_decision import DocumentDecisionDecision
from .document_details import DocumentDetails
from .document_file import DocumentFile
from .document_kind import DocumentKind
from .document_read import DocumentRead
from .document_state import DocumentState
from .document_verification import DocumentVerification
from .education_level import EducationLevel
from .eligibility_read import EligibilityRead
from .enrolment_create import EnrolmentCreate
from .enrolment_read import EnrolmentRead
from .enrolment_status import EnrolmentStatus
from .experience import Experience
from .field_problem import FieldProblem
from .filled_job_order import FilledJobOrder
from .financing_create import FinancingCreate
from .financing_kind import FinancingKind
from .financing_read import FinancingRead
from .financing_rule_read import FinancingRuleRead
from .financing_rule_read_params import FinancingRuleReadParams
from .financing_state import FinancingState
from .financing_state_change_read import FinancingStateChangeRead
from .financing_transition import FinancingTransition
from .financing_update import FinancingUpdate
from .funnel_stage import FunnelStage
from .health import Health
from .held_credential_read import HeldCredentialRead
from .identity_check import IdentityCheck
from .identity_check_status import IdentityCheckStatus
from .identity_evidence import IdentityEvidence
from .identity_mismatch import IdentityMismatch
from .identity_verification import IdentityVerification
from .import_counts import ImportCounts
from .import_read import ImportRead
from .import_row import ImportRow
from .import_status import ImportStatus
from .job_order_rule_read import JobOrderRuleRead
from .kecamatan import Kecamatan
from .kelurahan import Kelurahan
from .language import Language
from .link_pending import LinkPending
from .link_proof import LinkProof
from .logout_request import LogoutRequest
from .marital_status import MaritalStatus
from .marked_read import MarkedRead
from .match_read import MatchRead
from .matches_read import MatchesRead
from .matching_run_create import MatchingRunCreate
from .matching_run_read import MatchingRunRead
from .me_read import MeRead
from .missing_requirement import MissingRequirement
from .mou_create import MouCreate
from .mou_document import MouDocument
from .mou_kind import MouKind
from .mou_read import MouRead
from .mou_stage import MouStage
from .mou_stage_change_read import MouStageChangeRead
from .mou_transition import MouTransition
from .mou_update import MouUpdate
from .near_miss_read import NearMissRead
from .notification_kind import NotificationKind
from .notification_read import NotificationRead
from .page_access_log_entry import PageAccessLogEntry
from .page_applicant_read import PageApplicantRead
from .page_application_read import PageApplicationRead
from .page_audit_read import PageAuditRead
from .page_credential_read import PageCredentialRead
from .page_enrolment_read import PageEnrolmentRead
from .page_financing_read import PageFinancingRead
from .page_matching_run_read import PageMatchingRunRead
from .page_mou_read import PageMouRead
from .page_notification_read import PageNotificationRead
from .page_partner_read import PagePartnerRead
from .page_programme_read import PageProgrammeRead
from .page_support_case_read import PageSupportCaseRead
from .page_target_read import PageTargetRead
from .page_user_read import PageUserRead
from .page_vacancy_read import PageVacancyRead
from .page_webhook_attempt_read import PageWebhookAttemptRead
from .page_webhook_endpoint_read import PageWebhookEndpointRead
from .partner_create import PartnerCreate
from .partner_kind import PartnerKind
from .partner_read import PartnerRead
from .partner_status import PartnerStatus
from .partner_update import PartnerUpdate
from .password_reset_accepted import PasswordResetAccepted
from .password_reset_confirm import PasswordResetConfirm
from .password_reset_request import PasswordResetRequest
from .payer import Payer
from .payer_total import PayerTotal
from .pipeline_read import PipelineRead
from .problem import Problem
from .problem_type import ProblemType
from .programme_put import ProgrammePut
from .programme_read import ProgrammeRead
from .programme_status import ProgrammeStatus
from .progress_filters import ProgressFilters
from .public_cost import PublicCost
from .public_document import PublicDocument
from .public_requirement import PublicRequirement
from .public_training import PublicTraining
from .public_vacancy import PublicVacancy
from .public_vacancy_detail import PublicVacancyDetail
from .public_vacancy_page import PublicVacancyPage
from .reason_count import ReasonCount
from .register_request import RegisterRequest
from .remedy_action import RemedyAction
from .remedy_read import RemedyRead
from .required_certificate import RequiredCertificate
from .required_document import RequiredDocument
from .role import Role
from .row_problem import RowProblem
from .row_status import RowStatus
from .rule_read import RuleRead
from .rule_read_params import RuleReadParams
from .rule_result_read import RuleResultRead
from .rule_result_read_params import RuleResultReadParams
from .rule_status import RuleStatus
from .rule_table_read import RuleTableRead
from .run_phase import RunPhase
from .run_status import RunStatus
from .run_summary import RunSummary
from .scheme import Scheme
from .scope import Scope
from .score_parts import ScoreParts
from .sector import Sector
from .sex import Sex
from .sheet_format import SheetFormat
from .ssw_field import SswField
from .ssw_field_read import SswFieldRead
from .ssw_field_table_read import SswFieldTableRead
from .staff_create import StaffCreate
from .stage_duration import StageDuration
from .supply_count import SupplyCount
from .supply_demand_read import SupplyDemandRead
from .supply_read import SupplyRead
from .support_case_create import SupportCaseCreate
from .support_case_entry_create import SupportCaseEntryCreate
from .support_case_entry_read import SupportCaseEntryRead
from .support_case_read import SupportCaseRead
from .support_category import SupportCategory
from .support_kind import SupportKind
from .support_severity import SupportSeverity
from .support_status import SupportStatus
from .target_create import TargetCreate
from .target_metric import TargetMetric
from .target_progress import TargetProgress
from .target_read import TargetRead
from .target_update import TargetUpdate
from .targets_progress_read import TargetsProgressRead
from .token_response import TokenResponse
from .training_provider_read import TrainingProviderRead
from .unplaced_person import UnplacedPerson
from .user_read import UserRead
from .user_update import UserUpdate
from .vacancy_batch import VacancyBatch
from .vacancy_batch_item_result import VacancyBatchItemResult
from .vacancy_batch_item_result_problem_type_0 import VacancyBatchItemResultProblemType0
from .vacancy_batch_items_item import VacancyBatchItemsItem
from .vacancy_batch_result import VacancyBatchResult
from .vacancy_create import VacancyCreate
from .vacancy_read import VacancyRead
from .vacancy_status import VacancyStatus
from .vacancy_update import VacancyUpdate
from .verification import Verification
from .webhook_attempt_read import WebhookAttemptRead
from .webhook_endpoint_create import WebhookEndpointCreate
from .webhook_endpoint_created import WebhookEndpointCreated
from .webhook_endpoint_read import WebhookEndpointRead
from .webhook_event_type import WebhookEventType

__all__ = (
    "AccessLogEntry",
    "AccountLinkConfirm",
    "ApplicantCreate",
    "ApplicantRead",
    "ApplicantStatus",
    "ApplicantUpdate",
    "ApplicationCosts",
    "ApplicationCreate",
    "ApplicationRead",
    "ApplicationSource",
    "ApplicationStage",
    "ApplicationStageChangeRead",
    "ApplicationTransition",
    "ApplicationUpdate",
    "Area",
    "AreaList",
    "AreaSource",
    "AuditRead",
    "AuditReadChanges",
    "BatchResult",
    "BodyImportApplicants",
    "BodyIssueToken",
    "BodyUploadDocumentFile",
    "Candidate",
    "CandidateCredential",
    "CandidatePage",
    "CandidateRead",
    "ChangeItemApplicationRead",
    "ChangeItemVacancyRead",
    "ChangePageApplicationRead",
    "ChangePageVacancyRead",
    "Channel",
    "ChannelKind",
    "ChannelRead",
    "ChannelStateWrite",
    "ChecklistEntry",
    "ClientCreate",
    "ClientRead",
    "ClientSecret",
    "ClosedCount",
    "ClosedCountFromStages",
    "CodeLists",
    "CodeSent",
    "CodeSubmit",
    "CohortPut",
    "CohortRead",
    "CohortStatus",
    "CompletionReport",
    "Consent",
    "ContactChangeVerify",
    "CostItem",
    "CostItemKind",
    "CostPayer",
    "CountsFor",
    "CredentialCreate",
    "CredentialKind",
    "CredentialRead",
    "CredentialType",
    "CredentialUpdate",
    "DeliveryStatus",
    "DemandRow",
    "DestinationKind",
    "DocumentChecklist",
    "DocumentDecision",
    "DocumentDecisionDecision",
    "DocumentDetails",
    "DocumentFile",
    "DocumentKind",
    "DocumentRead",
    "DocumentState",
    "DocumentVerification",
    "EducationLevel",
    "EligibilityRead",
    "EnrolmentCreate",
    "EnrolmentRead",
    "EnrolmentStatus",
    "Experience",
    "FieldProblem",
    "FilledJobOrder",
    "FinancingCreate",
    "FinancingKind",
    "FinancingRead",
    "FinancingRuleRead",
    "FinancingRuleReadParams",
    "FinancingState",
    "FinancingStateChangeRead",
    "FinancingTransition",
    "FinancingUpdate",
    "FunnelStage",
    "Health",
    "HeldCredentialRead",
    "IdentityCheck",
    "IdentityCheckStatus",
    "IdentityEvidence",
    "IdentityMismatch",
    "IdentityVerification",
    "ImportCounts",
    "ImportRead",
    "ImportRow",
    "ImportStatus",
    "JobOrderRuleRead",
    "Kecamatan",
    "Kelurahan",
    "Language",
    "LinkPending",
    "LinkProof",
    "LogoutRequest",
    "MaritalStatus",
    "MarkedRead",
    "MatchesRead",
    "MatchingRunCreate",
    "MatchingRunRead",
    "MatchRead",
    "MeRead",
    "MissingRequirement",
    "MouCreate",
    "MouDocument",
    "MouKind",
    "MouRead",
    "MouStage",
    "MouStageChangeRead",
    "MouTransition",
    "MouUpdate",
    "NearMissRead",
    "NotificationKind",
    "NotificationRead",
    "PageAccessLogEntry",
    "PageApplicantRead",
    "PageApplicationRead",
    "PageAuditRead",
    "PageCredentialRead",
    "PageEnrolmentRead",
    "PageFinancingRead",
    "PageMatchingRunRead",
    "PageMouRead",
    "PageNotificationRead",
    "PagePartnerRead",
    "PageProgrammeRead",
    "PageSupportCaseRead",
    "PageTargetRead",
    "PageUserRead",
    "PageVacancyRead",
    "PageWebhookAttemptRead",
    "PageWebhookEndpointRead",
    "PartnerCreate",
    "PartnerKind",
    "PartnerRead",
    "PartnerStatus",
    "PartnerUpdate",
    "PasswordResetAccepted",
    "PasswordResetConfirm",
    "PasswordResetRequest",
    "Payer",
    "PayerTotal",
    "PipelineRead",
    "Problem",
    "ProblemType",
    "ProgrammePut",
    "ProgrammeRead",
    "ProgrammeStatus",
    "ProgressFilters",
    "PublicCost",
    "PublicDocument",
    "PublicRequirement",
    "PublicTraining",
    "PublicVacancy",
    "PublicVacancyDetail",
    "PublicVacancyPage",
    "ReasonCount",
    "RegisterRequest",
    "RemedyAction",
    "RemedyRead",
    "RequiredCertificate",
    "RequiredDocument",
    "Role",
    "RowProblem",
    "RowStatus",
    "RuleRead",
    "RuleReadParams",
    "RuleResultRead",
    "RuleResultReadParams",
    "RuleStatus",
    "RuleTableRead",
    "RunPhase",
    "RunStatus",
    "RunSummary",
    "Scheme",
    "Scope",
    "ScoreParts",
    "Sector",
    "Sex",
    "SheetFormat",
    "SswField",
    "SswFieldRead",
    "SswFieldTableRead",
    "StaffCreate",
    "StageDuration",
    "SupplyCount",
    "SupplyDemandRead",
    "SupplyRead",
    "SupportCaseCreate",
    "SupportCaseEntryCreate",
    "SupportCaseEntryRead",
    "SupportCaseRead",
    "SupportCategory",
    "SupportKind",
    "SupportSeverity",
    "SupportStatus",
    "TargetCreate",
    "TargetMetric",
    "TargetProgress",
    "TargetRead",
    "TargetsProgressRead",
    "TargetUpdate",
    "TokenResponse",
    "TrainingProviderRead",
    "UnplacedPerson",
    "UserRead",
    "UserUpdate",
    "VacancyBatch",
    "VacancyBatchItemResult",
    "VacancyBatchItemResultProblemType0",
    "VacancyBatchItemsItem",
    "VacancyBatchResult",
    "VacancyCreate",
    "VacancyRead",
    "VacancyStatus",
    "VacancyUpdate",
    "Verification",
    "WebhookAttemptRead",
    "WebhookEndpointCreate",
    "WebhookEndpointCreated",
    "WebhookEndpointRead",
    "WebhookEventType",
)
