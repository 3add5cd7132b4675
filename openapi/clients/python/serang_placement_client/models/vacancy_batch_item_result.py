from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.batch_result import BatchResult
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.vacancy_batch_item_result_problem_type_0 import VacancyBatchItemResultProblemType0





T = TypeVar("T", bound="VacancyBatchItemResult")



@_attrs_define
class VacancyBatchItemResult:
    """ 
        Attributes:
            index (int):
            external_id (None | str):
            result (BatchResult):
            id (int | None | Unset):
            version (int | None | Unset):
            problem (None | Unset | VacancyBatchItemResultProblemType0): RFC 9457 problem details of a failed item, as for
                one request.
     """

    index: int
    external_id: None | str
    result: BatchResult
    id: int | None | Unset = UNSET
    version: int | None | Unset = UNSET
    problem: None | Unset | VacancyBatchItemResultProblemType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.vacancy_batch_item_result_problem_type_0 import VacancyBatchItemResultProblemType0 # noqa: PLC0415
        index = self.index

        external_id: None | str
        external_id = self.external_id

        result = self.result.value

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        problem: dict[str, Any] | None | Unset
        if isinstance(self.problem, Unset):
            problem = UNSET
        elif isinstance(self.problem, VacancyBatchItemResultProblemType0):
            problem = self.problem.to_dict()
        else:
            problem = self.problem


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "index": index,
            "external_id": external_id,
            "result": result,
        })
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if problem is not UNSET:
            field_dict["problem"] = problem

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vacancy_batch_item_result_problem_type_0 import VacancyBatchItemResultProblemType0 # noqa: PLC0415
        d = dict(src_dict)
        index = d.pop("index")

        def _parse_external_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        external_id = _parse_external_id(d.pop("external_id"))


        result = BatchResult(d.pop("result"))




        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))


        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        def _parse_problem(data: object) -> None | Unset | VacancyBatchItemResultProblemType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                problem_type_0 = VacancyBatchItemResultProblemType0.from_dict(data)



                return problem_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VacancyBatchItemResultProblemType0, data)

        problem = _parse_problem(d.pop("problem", UNSET))


        vacancy_batch_item_result = cls(
            index=index,
            external_id=external_id,
            result=result,
            id=id,
            version=version,
            problem=problem,
        )


        vacancy_batch_item_result.additional_properties = d
        return vacancy_batch_item_result

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
