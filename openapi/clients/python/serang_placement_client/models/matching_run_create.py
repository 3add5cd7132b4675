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
     """

    vacancy_ids: list[int] | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        vacancy_ids: list[int] | None | Unset
        if isinstance(self.vacancy_ids, Unset):
            vacancy_ids = UNSET
        elif isinstance(self.vacancy_ids, list):
            vacancy_ids = self.vacancy_ids


        else:
            vacancy_ids = self.vacancy_ids


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if vacancy_ids is not UNSET:
            field_dict["vacancy_ids"] = vacancy_ids

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


        matching_run_create = cls(
            vacancy_ids=vacancy_ids,
        )

        return matching_run_create

