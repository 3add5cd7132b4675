from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="CompletionReport")



@_attrs_define
class CompletionReport:
    """ 
        Attributes:
            passed (bool):
            completed_on (datetime.date):
            result_level (None | str | Unset):
            result_score (int | None | Unset):
            certificate_number (None | str | Unset):
     """

    passed: bool
    completed_on: datetime.date
    result_level: None | str | Unset = UNSET
    result_score: int | None | Unset = UNSET
    certificate_number: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        passed = self.passed

        completed_on = self.completed_on.isoformat()

        result_level: None | str | Unset
        if isinstance(self.result_level, Unset):
            result_level = UNSET
        else:
            result_level = self.result_level

        result_score: int | None | Unset
        if isinstance(self.result_score, Unset):
            result_score = UNSET
        else:
            result_score = self.result_score

        certificate_number: None | str | Unset
        if isinstance(self.certificate_number, Unset):
            certificate_number = UNSET
        else:
            certificate_number = self.certificate_number


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "passed": passed,
            "completed_on": completed_on,
        })
        if result_level is not UNSET:
            field_dict["result_level"] = result_level
        if result_score is not UNSET:
            field_dict["result_score"] = result_score
        if certificate_number is not UNSET:
            field_dict["certificate_number"] = certificate_number

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        passed = d.pop("passed")

        completed_on = datetime.date.fromisoformat(d.pop("completed_on"))




        def _parse_result_level(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        result_level = _parse_result_level(d.pop("result_level", UNSET))


        def _parse_result_score(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        result_score = _parse_result_score(d.pop("result_score", UNSET))


        def _parse_certificate_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        certificate_number = _parse_certificate_number(d.pop("certificate_number", UNSET))


        completion_report = cls(
            passed=passed,
            completed_on=completed_on,
            result_level=result_level,
            result_score=result_score,
            certificate_number=certificate_number,
        )

        return completion_report

