from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.applicant_status import ApplicantStatus
from ..models.education_level import EducationLevel
from ..models.marital_status import MaritalStatus
from ..models.sex import Sex
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.code_sent import CodeSent
  from ..models.consent import Consent
  from ..models.experience import Experience
  from ..models.identity_check import IdentityCheck





T = TypeVar("T", bound="ApplicantRead")



@_attrs_define
class ApplicantRead:
    """ 
        Attributes:
            id (int):
            nik (str):
            full_name (str):
            birth_date (datetime.date):
            sex (Sex):
            phone (None | str):
            email (None | str):
            kecamatan_code (str):
            kecamatan (str):
            kelurahan_code (str):
            kelurahan (str):
            address (None | str):
            domicile_proof (None | str):
            education_level (EducationLevel): Ordered from lowest to highest; comparisons use `EDUCATION_RANK`.
            marital_status (MaritalStatus | None):
            skills (list[str]):
            experience (list[Experience]):
            preferred_countries (list[str]):
            preferred_sectors (list[str]):
            consent (Consent | None):
            status (ApplicantStatus):
            fast_track_since (datetime.date | None): Set when the person first returned from a placement: a returning worker
                on the fast track. Kept through later placements.
            identity_check (IdentityCheck):
            version (int):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
            contact_changes_pending (list[CodeSent] | Unset): In the answer to the person's own change of phone or e-mail:
                the new one is not applied until the code sent to it comes back at `POST /api/v1/me/contact-change/verify`.
     """

    id: int
    nik: str
    full_name: str
    birth_date: datetime.date
    sex: Sex
    phone: None | str
    email: None | str
    kecamatan_code: str
    kecamatan: str
    kelurahan_code: str
    kelurahan: str
    address: None | str
    domicile_proof: None | str
    education_level: EducationLevel
    marital_status: MaritalStatus | None
    skills: list[str]
    experience: list[Experience]
    preferred_countries: list[str]
    preferred_sectors: list[str]
    consent: Consent | None
    status: ApplicantStatus
    fast_track_since: datetime.date | None
    identity_check: IdentityCheck
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    contact_changes_pending: list[CodeSent] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.code_sent import CodeSent # noqa: PLC0415
        from ..models.consent import Consent # noqa: PLC0415
        from ..models.experience import Experience # noqa: PLC0415
        from ..models.identity_check import IdentityCheck # noqa: PLC0415
        id = self.id

        nik = self.nik

        full_name = self.full_name

        birth_date = self.birth_date.isoformat()

        sex = self.sex.value

        phone: None | str
        phone = self.phone

        email: None | str
        email = self.email

        kecamatan_code = self.kecamatan_code

        kecamatan = self.kecamatan

        kelurahan_code = self.kelurahan_code

        kelurahan = self.kelurahan

        address: None | str
        address = self.address

        domicile_proof: None | str
        domicile_proof = self.domicile_proof

        education_level = self.education_level.value

        marital_status: None | str
        if isinstance(self.marital_status, MaritalStatus):
            marital_status = self.marital_status.value
        else:
            marital_status = self.marital_status

        skills = self.skills



        experience = []
        for experience_item_data in self.experience:
            experience_item = experience_item_data.to_dict()
            experience.append(experience_item)



        preferred_countries = self.preferred_countries



        preferred_sectors = self.preferred_sectors



        consent: dict[str, Any] | None
        if isinstance(self.consent, Consent):
            consent = self.consent.to_dict()
        else:
            consent = self.consent

        status = self.status.value

        fast_track_since: None | str
        if isinstance(self.fast_track_since, datetime.date):
            fast_track_since = self.fast_track_since.isoformat()
        else:
            fast_track_since = self.fast_track_since

        identity_check = self.identity_check.to_dict()

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        contact_changes_pending: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contact_changes_pending, Unset):
            contact_changes_pending = []
            for contact_changes_pending_item_data in self.contact_changes_pending:
                contact_changes_pending_item = contact_changes_pending_item_data.to_dict()
                contact_changes_pending.append(contact_changes_pending_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "nik": nik,
            "full_name": full_name,
            "birth_date": birth_date,
            "sex": sex,
            "phone": phone,
            "email": email,
            "kecamatan_code": kecamatan_code,
            "kecamatan": kecamatan,
            "kelurahan_code": kelurahan_code,
            "kelurahan": kelurahan,
            "address": address,
            "domicile_proof": domicile_proof,
            "education_level": education_level,
            "marital_status": marital_status,
            "skills": skills,
            "experience": experience,
            "preferred_countries": preferred_countries,
            "preferred_sectors": preferred_sectors,
            "consent": consent,
            "status": status,
            "fast_track_since": fast_track_since,
            "identity_check": identity_check,
            "version": version,
            "created_at": created_at,
            "updated_at": updated_at,
        })
        if contact_changes_pending is not UNSET:
            field_dict["contact_changes_pending"] = contact_changes_pending

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.code_sent import CodeSent # noqa: PLC0415
        from ..models.consent import Consent # noqa: PLC0415
        from ..models.experience import Experience # noqa: PLC0415
        from ..models.identity_check import IdentityCheck # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        nik = d.pop("nik")

        full_name = d.pop("full_name")

        birth_date = datetime.date.fromisoformat(d.pop("birth_date"))




        sex = Sex(d.pop("sex"))




        def _parse_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone"))


        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))


        kecamatan_code = d.pop("kecamatan_code")

        kecamatan = d.pop("kecamatan")

        kelurahan_code = d.pop("kelurahan_code")

        kelurahan = d.pop("kelurahan")

        def _parse_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address = _parse_address(d.pop("address"))


        def _parse_domicile_proof(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        domicile_proof = _parse_domicile_proof(d.pop("domicile_proof"))


        education_level = EducationLevel(d.pop("education_level"))




        def _parse_marital_status(data: object) -> MaritalStatus | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                marital_status_type_0 = MaritalStatus(data)



                return marital_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MaritalStatus | None, data)

        marital_status = _parse_marital_status(d.pop("marital_status"))


        skills = cast(list[str], d.pop("skills"))


        experience = []
        _experience = d.pop("experience")
        for experience_item_data in (_experience):
            experience_item = Experience.from_dict(experience_item_data)



            experience.append(experience_item)


        preferred_countries = cast(list[str], d.pop("preferred_countries"))


        preferred_sectors = cast(list[str], d.pop("preferred_sectors"))


        def _parse_consent(data: object) -> Consent | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                consent_type_0 = Consent.from_dict(data)



                return consent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Consent | None, data)

        consent = _parse_consent(d.pop("consent"))


        status = ApplicantStatus(d.pop("status"))




        def _parse_fast_track_since(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fast_track_since_type_0 = datetime.date.fromisoformat(data)



                return fast_track_since_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        fast_track_since = _parse_fast_track_since(d.pop("fast_track_since"))


        identity_check = IdentityCheck.from_dict(d.pop("identity_check"))




        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        _contact_changes_pending = d.pop("contact_changes_pending", UNSET)
        contact_changes_pending: list[CodeSent] | Unset = UNSET
        if _contact_changes_pending is not UNSET:
            contact_changes_pending = []
            for contact_changes_pending_item_data in _contact_changes_pending:
                contact_changes_pending_item = CodeSent.from_dict(contact_changes_pending_item_data)



                contact_changes_pending.append(contact_changes_pending_item)


        applicant_read = cls(
            id=id,
            nik=nik,
            full_name=full_name,
            birth_date=birth_date,
            sex=sex,
            phone=phone,
            email=email,
            kecamatan_code=kecamatan_code,
            kecamatan=kecamatan,
            kelurahan_code=kelurahan_code,
            kelurahan=kelurahan,
            address=address,
            domicile_proof=domicile_proof,
            education_level=education_level,
            marital_status=marital_status,
            skills=skills,
            experience=experience,
            preferred_countries=preferred_countries,
            preferred_sectors=preferred_sectors,
            consent=consent,
            status=status,
            fast_track_since=fast_track_since,
            identity_check=identity_check,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
            contact_changes_pending=contact_changes_pending,
        )


        applicant_read.additional_properties = d
        return applicant_read

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
