from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.education_level import EducationLevel
from ..models.sex import Sex
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.candidate_credential import CandidateCredential





T = TypeVar("T", bound="Candidate")



@_attrs_define
class Candidate:
    """ The person behind an application.

    An agency sees it anonymous (no name, NIK, birth date, contacts or address) until the
    candidate is selected, and while the application is closed; `anonymous` says which view
    this is. The policy: `app/services/applications/disclosure.py`.

        Attributes:
            applicant_id (int):
            anonymous (bool):
            age (int):
            sex (Sex):
            education_level (EducationLevel): Ordered from lowest to highest; comparisons use `EDUCATION_RANK`.
            kecamatan_code (str):
            kecamatan (str):
            experience_years (float):
            credentials (list[CandidateCredential]):
            fast_track_since (datetime.date | None): A returning worker: set on their first return from a placement.
            full_name (None | str):
            nik (None | str):
            birth_date (datetime.date | None):
            phone (None | str):
            email (None | str):
            kelurahan_code (None | str):
            address (None | str):
     """

    applicant_id: int
    anonymous: bool
    age: int
    sex: Sex
    education_level: EducationLevel
    kecamatan_code: str
    kecamatan: str
    experience_years: float
    credentials: list[CandidateCredential]
    fast_track_since: datetime.date | None
    full_name: None | str
    nik: None | str
    birth_date: datetime.date | None
    phone: None | str
    email: None | str
    kelurahan_code: None | str
    address: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.candidate_credential import CandidateCredential # noqa: PLC0415
        applicant_id = self.applicant_id

        anonymous = self.anonymous

        age = self.age

        sex = self.sex.value

        education_level = self.education_level.value

        kecamatan_code = self.kecamatan_code

        kecamatan = self.kecamatan

        experience_years = self.experience_years

        credentials = []
        for credentials_item_data in self.credentials:
            credentials_item = credentials_item_data.to_dict()
            credentials.append(credentials_item)



        fast_track_since: None | str
        if isinstance(self.fast_track_since, datetime.date):
            fast_track_since = self.fast_track_since.isoformat()
        else:
            fast_track_since = self.fast_track_since

        full_name: None | str
        full_name = self.full_name

        nik: None | str
        nik = self.nik

        birth_date: None | str
        if isinstance(self.birth_date, datetime.date):
            birth_date = self.birth_date.isoformat()
        else:
            birth_date = self.birth_date

        phone: None | str
        phone = self.phone

        email: None | str
        email = self.email

        kelurahan_code: None | str
        kelurahan_code = self.kelurahan_code

        address: None | str
        address = self.address


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "applicant_id": applicant_id,
            "anonymous": anonymous,
            "age": age,
            "sex": sex,
            "education_level": education_level,
            "kecamatan_code": kecamatan_code,
            "kecamatan": kecamatan,
            "experience_years": experience_years,
            "credentials": credentials,
            "fast_track_since": fast_track_since,
            "full_name": full_name,
            "nik": nik,
            "birth_date": birth_date,
            "phone": phone,
            "email": email,
            "kelurahan_code": kelurahan_code,
            "address": address,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.candidate_credential import CandidateCredential # noqa: PLC0415
        d = dict(src_dict)
        applicant_id = d.pop("applicant_id")

        anonymous = d.pop("anonymous")

        age = d.pop("age")

        sex = Sex(d.pop("sex"))




        education_level = EducationLevel(d.pop("education_level"))




        kecamatan_code = d.pop("kecamatan_code")

        kecamatan = d.pop("kecamatan")

        experience_years = d.pop("experience_years")

        credentials = []
        _credentials = d.pop("credentials")
        for credentials_item_data in (_credentials):
            credentials_item = CandidateCredential.from_dict(credentials_item_data)



            credentials.append(credentials_item)


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


        def _parse_full_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        full_name = _parse_full_name(d.pop("full_name"))


        def _parse_nik(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        nik = _parse_nik(d.pop("nik"))


        def _parse_birth_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                birth_date_type_0 = datetime.date.fromisoformat(data)



                return birth_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        birth_date = _parse_birth_date(d.pop("birth_date"))


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


        def _parse_kelurahan_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        kelurahan_code = _parse_kelurahan_code(d.pop("kelurahan_code"))


        def _parse_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address = _parse_address(d.pop("address"))


        candidate = cls(
            applicant_id=applicant_id,
            anonymous=anonymous,
            age=age,
            sex=sex,
            education_level=education_level,
            kecamatan_code=kecamatan_code,
            kecamatan=kecamatan,
            experience_years=experience_years,
            credentials=credentials,
            fast_track_since=fast_track_since,
            full_name=full_name,
            nik=nik,
            birth_date=birth_date,
            phone=phone,
            email=email,
            kelurahan_code=kelurahan_code,
            address=address,
        )


        candidate.additional_properties = d
        return candidate

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
