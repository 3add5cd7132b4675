from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.education_level import EducationLevel
from ..models.marital_status import MaritalStatus
from ..models.sector import Sector
from ..models.sex import Sex
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.consent import Consent
  from ..models.experience import Experience





T = TypeVar("T", bound="ApplicantCreate")



@_attrs_define
class ApplicantCreate:
    """ 
        Attributes:
            full_name (str):
            birth_date (datetime.date):
            sex (Sex):
            kelurahan_code (str):
            education_level (EducationLevel): Ordered from lowest to highest; comparisons use `EDUCATION_RANK`.
            nik (str):
            phone (None | str | Unset):
            email (None | str | Unset):
            address (None | str | Unset):
            domicile_proof (None | str | Unset): Proof of residence, required for a NIK from elsewhere.
            marital_status (MaritalStatus | None | Unset):
            skills (list[str] | None | Unset):
            experience (list[Experience] | None | Unset):
            preferred_countries (list[str] | None | Unset):
            preferred_sectors (list[Sector] | None | Unset):
            consent (Consent | None | Unset):
     """

    full_name: str
    birth_date: datetime.date
    sex: Sex
    kelurahan_code: str
    education_level: EducationLevel
    nik: str
    phone: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    address: None | str | Unset = UNSET
    domicile_proof: None | str | Unset = UNSET
    marital_status: MaritalStatus | None | Unset = UNSET
    skills: list[str] | None | Unset = UNSET
    experience: list[Experience] | None | Unset = UNSET
    preferred_countries: list[str] | None | Unset = UNSET
    preferred_sectors: list[Sector] | None | Unset = UNSET
    consent: Consent | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.consent import Consent # noqa: PLC0415
        from ..models.experience import Experience # noqa: PLC0415
        full_name = self.full_name

        birth_date = self.birth_date.isoformat()

        sex = self.sex.value

        kelurahan_code = self.kelurahan_code

        education_level = self.education_level.value

        nik = self.nik

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        domicile_proof: None | str | Unset
        if isinstance(self.domicile_proof, Unset):
            domicile_proof = UNSET
        else:
            domicile_proof = self.domicile_proof

        marital_status: None | str | Unset
        if isinstance(self.marital_status, Unset):
            marital_status = UNSET
        elif isinstance(self.marital_status, MaritalStatus):
            marital_status = self.marital_status.value
        else:
            marital_status = self.marital_status

        skills: list[str] | None | Unset
        if isinstance(self.skills, Unset):
            skills = UNSET
        elif isinstance(self.skills, list):
            skills = self.skills


        else:
            skills = self.skills

        experience: list[dict[str, Any]] | None | Unset
        if isinstance(self.experience, Unset):
            experience = UNSET
        elif isinstance(self.experience, list):
            experience = []
            for experience_type_0_item_data in self.experience:
                experience_type_0_item = experience_type_0_item_data.to_dict()
                experience.append(experience_type_0_item)


        else:
            experience = self.experience

        preferred_countries: list[str] | None | Unset
        if isinstance(self.preferred_countries, Unset):
            preferred_countries = UNSET
        elif isinstance(self.preferred_countries, list):
            preferred_countries = self.preferred_countries


        else:
            preferred_countries = self.preferred_countries

        preferred_sectors: list[str] | None | Unset
        if isinstance(self.preferred_sectors, Unset):
            preferred_sectors = UNSET
        elif isinstance(self.preferred_sectors, list):
            preferred_sectors = []
            for preferred_sectors_type_0_item_data in self.preferred_sectors:
                preferred_sectors_type_0_item = preferred_sectors_type_0_item_data.value
                preferred_sectors.append(preferred_sectors_type_0_item)


        else:
            preferred_sectors = self.preferred_sectors

        consent: dict[str, Any] | None | Unset
        if isinstance(self.consent, Unset):
            consent = UNSET
        elif isinstance(self.consent, Consent):
            consent = self.consent.to_dict()
        else:
            consent = self.consent


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "full_name": full_name,
            "birth_date": birth_date,
            "sex": sex,
            "kelurahan_code": kelurahan_code,
            "education_level": education_level,
            "nik": nik,
        })
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if address is not UNSET:
            field_dict["address"] = address
        if domicile_proof is not UNSET:
            field_dict["domicile_proof"] = domicile_proof
        if marital_status is not UNSET:
            field_dict["marital_status"] = marital_status
        if skills is not UNSET:
            field_dict["skills"] = skills
        if experience is not UNSET:
            field_dict["experience"] = experience
        if preferred_countries is not UNSET:
            field_dict["preferred_countries"] = preferred_countries
        if preferred_sectors is not UNSET:
            field_dict["preferred_sectors"] = preferred_sectors
        if consent is not UNSET:
            field_dict["consent"] = consent

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.consent import Consent # noqa: PLC0415
        from ..models.experience import Experience # noqa: PLC0415
        d = dict(src_dict)
        full_name = d.pop("full_name")

        birth_date = datetime.date.fromisoformat(d.pop("birth_date"))




        sex = Sex(d.pop("sex"))




        kelurahan_code = d.pop("kelurahan_code")

        education_level = EducationLevel(d.pop("education_level"))




        nik = d.pop("nik")

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))


        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))


        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))


        def _parse_domicile_proof(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        domicile_proof = _parse_domicile_proof(d.pop("domicile_proof", UNSET))


        def _parse_marital_status(data: object) -> MaritalStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                marital_status_type_0 = MaritalStatus(data)



                return marital_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MaritalStatus | None | Unset, data)

        marital_status = _parse_marital_status(d.pop("marital_status", UNSET))


        def _parse_skills(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                skills_type_0 = cast(list[str], data)

                return skills_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        skills = _parse_skills(d.pop("skills", UNSET))


        def _parse_experience(data: object) -> list[Experience] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                experience_type_0 = []
                _experience_type_0 = data
                for experience_type_0_item_data in (_experience_type_0):
                    experience_type_0_item = Experience.from_dict(experience_type_0_item_data)



                    experience_type_0.append(experience_type_0_item)

                return experience_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Experience] | None | Unset, data)

        experience = _parse_experience(d.pop("experience", UNSET))


        def _parse_preferred_countries(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                preferred_countries_type_0 = cast(list[str], data)

                return preferred_countries_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        preferred_countries = _parse_preferred_countries(d.pop("preferred_countries", UNSET))


        def _parse_preferred_sectors(data: object) -> list[Sector] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                preferred_sectors_type_0 = []
                _preferred_sectors_type_0 = data
                for preferred_sectors_type_0_item_data in (_preferred_sectors_type_0):
                    preferred_sectors_type_0_item = Sector(preferred_sectors_type_0_item_data)



                    preferred_sectors_type_0.append(preferred_sectors_type_0_item)

                return preferred_sectors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Sector] | None | Unset, data)

        preferred_sectors = _parse_preferred_sectors(d.pop("preferred_sectors", UNSET))


        def _parse_consent(data: object) -> Consent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                consent_type_0 = Consent.from_dict(data)



                return consent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Consent | None | Unset, data)

        consent = _parse_consent(d.pop("consent", UNSET))


        applicant_create = cls(
            full_name=full_name,
            birth_date=birth_date,
            sex=sex,
            kelurahan_code=kelurahan_code,
            education_level=education_level,
            nik=nik,
            phone=phone,
            email=email,
            address=address,
            domicile_proof=domicile_proof,
            marital_status=marital_status,
            skills=skills,
            experience=experience,
            preferred_countries=preferred_countries,
            preferred_sectors=preferred_sectors,
            consent=consent,
        )

        return applicant_create

