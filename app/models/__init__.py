"""Every table, imported here so that `SQLModel.metadata` knows them all."""

from app.models.applicant import Applicant
from app.models.credential import Credential
from app.models.mou import Mou, MouParty, MouStageChange
from app.models.partner import Partner
from app.models.target import ProgrammeTarget
from app.models.vacancy import Vacancy

__all__ = [
    "Applicant",
    "Credential",
    "Mou",
    "MouParty",
    "MouStageChange",
    "Partner",
    "ProgrammeTarget",
    "Vacancy",
]
