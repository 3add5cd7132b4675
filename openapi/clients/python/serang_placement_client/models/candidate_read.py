from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.education_level import EducationLevel
from ..models.sex import Sex
from typing import cast

if TYPE_CHECKING:
  from ..models.held_credential_read import HeldCredentialRead
  from ..models.score_parts import ScoreParts





T = TypeVar("T", bound="CandidateRead")



@_attrs_define
class CandidateRead:
    """ What a shortlist shows before selection: enough to choose, nothing to identify.

        Attributes:
            applicant_id (int):
            score (int): 0-1000; the sum of `score_parts`.
            score_parts (ScoreParts):
            age (int):
            sex (Sex):
            education_level (EducationLevel): Ordered from lowest to highest; comparisons use `EDUCATION_RANK`.
            kecamatan_code (str):
            experience_years (float):
            credentials (list[HeldCredentialRead]):
     """

    applicant_id: int
    score: int
    score_parts: ScoreParts
    age: int
    sex: Sex
    education_level: EducationLevel
    kecamatan_code: str
    experience_years: float
    credentials: list[HeldCredentialRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.held_credential_read import HeldCredentialRead # noqa: PLC0415
        from ..models.score_parts import ScoreParts # noqa: PLC0415
        applicant_id = self.applicant_id

        score = self.score

        score_parts = self.score_parts.to_dict()

        age = self.age

        sex = self.sex.value

        education_level = self.education_level.value

        kecamatan_code = self.kecamatan_code

        experience_years = self.experience_years

        credentials = []
        for credentials_item_data in self.credentials:
            credentials_item = credentials_item_data.to_dict()
            credentials.append(credentials_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "applicant_id": applicant_id,
            "score": score,
            "score_parts": score_parts,
            "age": age,
            "sex": sex,
            "education_level": education_level,
            "kecamatan_code": kecamatan_code,
            "experience_years": experience_years,
            "credentials": credentials,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.held_credential_read import HeldCredentialRead # noqa: PLC0415
        from ..models.score_parts import ScoreParts # noqa: PLC0415
        d = dict(src_dict)
        applicant_id = d.pop("applicant_id")

        score = d.pop("score")

        score_parts = ScoreParts.from_dict(d.pop("score_parts"))




        age = d.pop("age")

        sex = Sex(d.pop("sex"))




        education_level = EducationLevel(d.pop("education_level"))




        kecamatan_code = d.pop("kecamatan_code")

        experience_years = d.pop("experience_years")

        credentials = []
        _credentials = d.pop("credentials")
        for credentials_item_data in (_credentials):
            credentials_item = HeldCredentialRead.from_dict(credentials_item_data)



            credentials.append(credentials_item)


        candidate_read = cls(
            applicant_id=applicant_id,
            score=score,
            score_parts=score_parts,
            age=age,
            sex=sex,
            education_level=education_level,
            kecamatan_code=kecamatan_code,
            experience_years=experience_years,
            credentials=credentials,
        )


        candidate_read.additional_properties = d
        return candidate_read

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
