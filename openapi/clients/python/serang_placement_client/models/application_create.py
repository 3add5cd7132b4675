from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ApplicationCreate")



@_attrs_define
class ApplicationCreate:
    """ 
        Attributes:
            vacancy_id (int):
            applicant_id (int | None | Unset): Who applies. An applicant applies for themself (leave it out); an officer
                names the applicant.
            note (None | str | Unset):
     """

    vacancy_id: int
    applicant_id: int | None | Unset = UNSET
    note: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        vacancy_id = self.vacancy_id

        applicant_id: int | None | Unset
        if isinstance(self.applicant_id, Unset):
            applicant_id = UNSET
        else:
            applicant_id = self.applicant_id

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "vacancy_id": vacancy_id,
        })
        if applicant_id is not UNSET:
            field_dict["applicant_id"] = applicant_id
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        vacancy_id = d.pop("vacancy_id")

        def _parse_applicant_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        applicant_id = _parse_applicant_id(d.pop("applicant_id", UNSET))


        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        application_create = cls(
            vacancy_id=vacancy_id,
            applicant_id=applicant_id,
            note=note,
        )

        return application_create

