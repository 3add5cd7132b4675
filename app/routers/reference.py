"""/api/v1/reference: the code lists clients need to fill forms."""

from fastapi import APIRouter
from pydantic import BaseModel

from app.auth import access
from app.models.credential import CredentialType
from app.models.partner import PartnerKind
from app.reference import KOTA_SERANG, EducationLevel, Scheme, Sector

router = APIRouter(prefix="/reference", tags=["reference"])


class Kelurahan(BaseModel):
    code: str
    name: str


class Kecamatan(BaseModel):
    code: str
    name: str
    kelurahan: list[Kelurahan]


class CodeLists(BaseModel):
    education_levels: list[EducationLevel]
    schemes: list[Scheme]
    sectors: list[Sector]
    credential_types: list[CredentialType]
    partner_kinds: list[PartnerKind]


@router.get("/areas", **access(public=True))
def list_areas() -> list[Kecamatan]:
    """The kecamatan and kelurahan of Kota Serang (regency code 36.73)."""
    return [
        Kecamatan(
            code=code,
            name=name,
            kelurahan=[Kelurahan(code=k, name=n) for k, n in kelurahan.items()],
        )
        for code, (name, kelurahan) in KOTA_SERANG.items()
    ]


@router.get("/codes", **access(public=True))
def list_codes() -> CodeLists:
    return CodeLists(
        education_levels=list(EducationLevel),
        schemes=list(Scheme),
        sectors=list(Sector),
        credential_types=list(CredentialType),
        partner_kinds=list(PartnerKind),
    )
