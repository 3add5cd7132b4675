"""Every table, imported here so that `SQLModel.metadata` knows them all."""

from app.models.applicant import Applicant
from app.models.applicant_import import ApplicantImport
from app.models.application import Application, ApplicationStageChange
from app.models.audit import AuditEntry
from app.models.change import ChangeLog
from app.models.channel import ChannelState
from app.models.credential import Credential
from app.models.document import ApplicationDocument
from app.models.financing import FinancingRequest, FinancingStateChange
from app.models.idempotency import IdempotencyKey
from app.models.identity import PartnerClient, RateLimitCounter, RefreshToken, UserAccount
from app.models.matching_run import MatchingRun
from app.models.mou import Mou, MouParty, MouStageChange
from app.models.notification import Notification
from app.models.partner import Partner
from app.models.support import SupportCase, SupportCaseEntry
from app.models.target import ProgrammeTarget
from app.models.training import Cohort, Enrolment, TrainingProgramme
from app.models.vacancy import Vacancy
from app.models.verification import VerificationCode
from app.models.webhook import WebhookAttempt, WebhookDelivery, WebhookEndpoint, WebhookEvent

__all__ = [
    "Applicant",
    "ApplicantImport",
    "Application",
    "ApplicationDocument",
    "ApplicationStageChange",
    "AuditEntry",
    "ChangeLog",
    "ChannelState",
    "Cohort",
    "Credential",
    "Enrolment",
    "FinancingRequest",
    "FinancingStateChange",
    "IdempotencyKey",
    "MatchingRun",
    "Mou",
    "MouParty",
    "MouStageChange",
    "Notification",
    "Partner",
    "PartnerClient",
    "ProgrammeTarget",
    "RateLimitCounter",
    "RefreshToken",
    "SupportCase",
    "SupportCaseEntry",
    "TrainingProgramme",
    "UserAccount",
    "Vacancy",
    "VerificationCode",
    "WebhookAttempt",
    "WebhookDelivery",
    "WebhookEndpoint",
    "WebhookEvent",
]
