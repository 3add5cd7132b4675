"""Every table, imported here so that `SQLModel.metadata` knows them all."""

from app.models.applicant import Applicant
from app.models.application import Application, ApplicationStageChange
from app.models.audit import AuditEntry
from app.models.change import ChangeLog
from app.models.credential import Credential
from app.models.identity import PartnerClient, RateLimitCounter, RefreshToken, UserAccount
from app.models.matching_run import MatchingRun
from app.models.mou import Mou, MouParty, MouStageChange
from app.models.partner import Partner
from app.models.target import ProgrammeTarget
from app.models.vacancy import Vacancy

__all__ = [
    "Applicant",
    "Application",
    "ApplicationStageChange",
    "AuditEntry",
    "ChangeLog",
    "Credential",
    "MatchingRun",
    "Mou",
    "MouParty",
    "MouStageChange",
    "Partner",
    "PartnerClient",
    "ProgrammeTarget",
    "RateLimitCounter",
    "RefreshToken",
    "UserAccount",
    "Vacancy",
]
