"""/api/v1/reference: the code lists clients need to fill forms."""

from fastapi import APIRouter
from pydantic import BaseModel

from app.http.auth import access
from app.models.credential import CredentialType
from app.models.partner import PartnerKind
from app.reference import AREAS, AreaList, EducationLevel, Scheme, Sector

router = APIRouter(prefix="/reference", tags=["reference"])


class CodeLists(BaseModel):
    education_levels: list[EducationLevel]
    schemes: list[Scheme]
    sectors: list[Sector]
    credential_types: list[CredentialType]
    partner_kinds: list[PartnerKind]


@router.get("/areas", **access(public=True))
def list_areas() -> AreaList:
    """The kecamatan and kelurahan of Kota Serang (regency code 3673), with the Kepmendagri
    they are taken from (`source`: number, year, date issued) and the day they were last
    checked against it."""
    return AREAS


@router.get("/codes", **access(public=True))
def list_codes() -> CodeLists:
    return CodeLists(
        education_levels=list(EducationLevel),
        schemes=list(Scheme),
        sectors=list(Sector),
        credential_types=list(CredentialType),
        partner_kinds=list(PartnerKind),
    )
