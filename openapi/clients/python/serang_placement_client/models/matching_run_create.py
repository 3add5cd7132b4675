from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="MatchingRunCreate")



@_attrs_define
class MatchingRunCreate:
    """ 
        Attributes:
            vacancy_ids (list[int] | None | Unset): The job orders to fill; all open ones when left out.
            candidates_per_opening (int | Unset): People to propose per free opening, each person to one job order only: 1
                fills each opening once; more gives the employer a short list to choose from, as Korea's EPS does (about 3 per
                position; Act on the Foreign Workers' Employment, Etc., art. 7, and EPS practice). A job order's room in a run
                is its free openings times this, less its proposals still pending from earlier runs or officers. Default: 1.
     """

    vacancy_ids: list[int] | None | Unset = UNSET
    candidates_per_opening: int | Unset = 1





    def to_dict(self) -> dict[str, Any]:
        vacancy_ids: list[int] | None | Unset
        if isinstance(self.vacancy_ids, Unset):
            vacancy_ids = UNSET
        elif isinstance(self.vacancy_ids, list):
            vacancy_ids = self.vacancy_ids


        else:
            vacancy_ids = self.vacancy_ids

        candidates_per_opening = self.candidates_per_opening


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if vacancy_ids is not UNSET:
            field_dict["vacancy_ids"] = vacancy_ids
        if candidates_per_opening is not UNSET:
            field_dict["candidates_per_opening"] = candidates_per_opening

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_vacancy_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                vacancy_ids_type_0 = cast(list[int], data)

                return vacancy_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        vacancy_ids = _parse_vacancy_ids(d.pop("vacancy_ids", UNSET))


        candidates_per_opening = d.pop("candidates_per_opening", UNSET)

        matching_run_create = cls(
            vacancy_ids=vacancy_ids,
            candidates_per_opening=candidates_per_opening,
        )

        return matching_run_create

