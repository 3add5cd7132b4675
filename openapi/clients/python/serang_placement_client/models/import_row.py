from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.row_status import RowStatus
from typing import cast

if TYPE_CHECKING:
  from ..models.row_problem import RowProblem





T = TypeVar("T", bound="ImportRow")



@_attrs_define
class ImportRow:
    """ 
        Attributes:
            row (int): The row's number in the sheet: the header is row 1.
            status (RowStatus):
            applicant_id (int | None): The record created, updated or found unchanged (none in a dry run of a new person, or
                for a row with problems).
            problems (list[RowProblem]):
     """

    row: int
    status: RowStatus
    applicant_id: int | None
    problems: list[RowProblem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.row_problem import RowProblem # noqa: PLC0415
        row = self.row

        status = self.status.value

        applicant_id: int | None
        applicant_id = self.applicant_id

        problems = []
        for problems_item_data in self.problems:
            problems_item = problems_item_data.to_dict()
            problems.append(problems_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "row": row,
            "status": status,
            "applicant_id": applicant_id,
            "problems": problems,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.row_problem import RowProblem # noqa: PLC0415
        d = dict(src_dict)
        row = d.pop("row")

        status = RowStatus(d.pop("status"))




        def _parse_applicant_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        applicant_id = _parse_applicant_id(d.pop("applicant_id"))


        problems = []
        _problems = d.pop("problems")
        for problems_item_data in (_problems):
            problems_item = RowProblem.from_dict(problems_item_data)



            problems.append(problems_item)


        import_row = cls(
            row=row,
            status=status,
            applicant_id=applicant_id,
            problems=problems,
        )


        import_row.additional_properties = d
        return import_row

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
