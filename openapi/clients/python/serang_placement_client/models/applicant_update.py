from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.applicant_status import ApplicantStatus
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





T = TypeVar("T", bound="ApplicantUpdate")



@_attrs_define
class ApplicantUpdate:
    """ 
        Attributes:
            full_name (None | str | Unset):
            birth_date (datetime.date | None | Unset):
            sex (None | Sex | Unset):
            phone (None | str | Unset):
            email (None | str | Unset):
            kelurahan_code (None | str | Unset): Kelurahan of Kota Serang (see /api/v1/reference/areas).
            address (None | str | Unset):
            domicile_proof (None | str | Unset): Proof of residence, required for a NIK from elsewhere.
            education_level (EducationLevel | None | Unset):
            marital_status (MaritalStatus | None | Unset):
            skills (list[str] | None | Unset):
            experience (list[Experience] | None | Unset):
            preferred_countries (list[str] | None | Unset):
            preferred_sectors (list[Sector] | None | Unset):
            consent (Consent | None | Unset):
            status (ApplicantStatus | None | Unset):
     """

    full_name: None | str | Unset = UNSET
    birth_date: datetime.date | None | Unset = UNSET
    sex: None | Sex | Unset = UNSET
    phone: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    kelurahan_code: None | str | Unset = UNSET
    address: None | str | Unset = UNSET
    domicile_proof: None | str | Unset = UNSET
    education_level: EducationLevel | None | Unset = UNSET
    marital_status: MaritalStatus | None | Unset = UNSET
    skills: list[str] | None | Unset = UNSET
    experience: list[Experience] | None | Unset = UNSET
    preferred_countries: list[str] | None | Unset = UNSET
    preferred_sectors: list[Sector] | None | Unset = UNSET
    consent: Consent | None | Unset = UNSET
    status: ApplicantStatus | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.consent import Consent # noqa: PLC0415
        from ..models.experience import Experience # noqa: PLC0415
        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        birth_date: None | str | Unset
        if isinstance(self.birth_date, Unset):
            birth_date = UNSET
        elif isinstance(self.birth_date, datetime.date):
            birth_date = self.birth_date.isoformat()
        else:
            birth_date = self.birth_date

        sex: None | str | Unset
        if isinstance(self.sex, Unset):
            sex = UNSET
        elif isinstance(self.sex, Sex):
            sex = self.sex.value
        else:
            sex = self.sex

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

        kelurahan_code: None | str | Unset
        if isinstance(self.kelurahan_code, Unset):
            kelurahan_code = UNSET
        else:
            kelurahan_code = self.kelurahan_code

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

        education_level: None | str | Unset
        if isinstance(self.education_level, Unset):
            education_level = UNSET
        elif isinstance(self.education_level, EducationLevel):
            education_level = self.education_level.value
        else:
            education_level = self.education_level

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

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ApplicantStatus):
            status = self.status.value
        else:
            status = self.status


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        if sex is not UNSET:
            field_dict["sex"] = sex
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if kelurahan_code is not UNSET:
            field_dict["kelurahan_code"] = kelurahan_code
        if address is not UNSET:
            field_dict["address"] = address
        if domicile_proof is not UNSET:
            field_dict["domicile_proof"] = domicile_proof
        if education_level is not UNSET:
            field_dict["education_level"] = education_level
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
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.consent import Consent # noqa: PLC0415
        from ..models.experience import Experience # noqa: PLC0415
        d = dict(src_dict)
        def _parse_full_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        full_name = _parse_full_name(d.pop("full_name", UNSET))


        def _parse_birth_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                birth_date_type_0 = datetime.date.fromisoformat(data)



                return birth_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        birth_date = _parse_birth_date(d.pop("birth_date", UNSET))


        def _parse_sex(data: object) -> None | Sex | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sex_type_0 = Sex(data)



                return sex_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Sex | Unset, data)

        sex = _parse_sex(d.pop("sex", UNSET))


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


        def _parse_kelurahan_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        kelurahan_code = _parse_kelurahan_code(d.pop("kelurahan_code", UNSET))


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


        def _parse_education_level(data: object) -> EducationLevel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                education_level_type_0 = EducationLevel(data)



                return education_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EducationLevel | None | Unset, data)

        education_level = _parse_education_level(d.pop("education_level", UNSET))


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


        def _parse_status(data: object) -> ApplicantStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ApplicantStatus(data)



                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApplicantStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))


        applicant_update = cls(
            full_name=full_name,
            birth_date=birth_date,
            sex=sex,
            phone=phone,
            email=email,
            kelurahan_code=kelurahan_code,
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
        )

        return applicant_update

