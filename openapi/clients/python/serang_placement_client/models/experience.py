from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="Experience")



@_attrs_define
class Experience:
    """ 
        Attributes:
            occupation (str):
            years (float):
            isco_code (None | str | Unset): ISCO-08 / KBJI 4-digit unit group, where known.
            country (None | str | Unset): Where the work was done.
     """

    occupation: str
    years: float
    isco_code: None | str | Unset = UNSET
    country: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        occupation = self.occupation

        years = self.years

        isco_code: None | str | Unset
        if isinstance(self.isco_code, Unset):
            isco_code = UNSET
        else:
            isco_code = self.isco_code

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "occupation": occupation,
            "years": years,
        })
        if isco_code is not UNSET:
            field_dict["isco_code"] = isco_code
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        occupation = d.pop("occupation")

        years = d.pop("years")

        def _parse_isco_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        isco_code = _parse_isco_code(d.pop("isco_code", UNSET))


        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))


        experience = cls(
            occupation=occupation,
            years=years,
            isco_code=isco_code,
            country=country,
        )

        return experience

