from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="EnrolmentCreate")



@_attrs_define
class EnrolmentCreate:
    """ 
        Attributes:
            applicant_id (int | None | Unset): Officers name the applicant; an applicant enrols themself.
     """

    applicant_id: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        applicant_id: int | None | Unset
        if isinstance(self.applicant_id, Unset):
            applicant_id = UNSET
        else:
            applicant_id = self.applicant_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if applicant_id is not UNSET:
            field_dict["applicant_id"] = applicant_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_applicant_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        applicant_id = _parse_applicant_id(d.pop("applicant_id", UNSET))


        enrolment_create = cls(
            applicant_id=applicant_id,
        )

        return enrolment_create

