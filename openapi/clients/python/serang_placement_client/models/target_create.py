from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.sector import Sector
from ..models.target_metric import TargetMetric
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="TargetCreate")



@_attrs_define
class TargetCreate:
    """ 
        Attributes:
            number (int):
            year (int):
            metric (TargetMetric):
            stretch_number (int | None | Unset): Upper end of a range (300-500).
            note (None | str | Unset):
            country (None | str | Unset):
            sector (None | Sector | Unset):
     """

    number: int
    year: int
    metric: TargetMetric
    stretch_number: int | None | Unset = UNSET
    note: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    sector: None | Sector | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        number = self.number

        year = self.year

        metric = self.metric.value

        stretch_number: int | None | Unset
        if isinstance(self.stretch_number, Unset):
            stretch_number = UNSET
        else:
            stretch_number = self.stretch_number

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        sector: None | str | Unset
        if isinstance(self.sector, Unset):
            sector = UNSET
        elif isinstance(self.sector, Sector):
            sector = self.sector.value
        else:
            sector = self.sector


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "number": number,
            "year": year,
            "metric": metric,
        })
        if stretch_number is not UNSET:
            field_dict["stretch_number"] = stretch_number
        if note is not UNSET:
            field_dict["note"] = note
        if country is not UNSET:
            field_dict["country"] = country
        if sector is not UNSET:
            field_dict["sector"] = sector

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number")

        year = d.pop("year")

        metric = TargetMetric(d.pop("metric"))




        def _parse_stretch_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        stretch_number = _parse_stretch_number(d.pop("stretch_number", UNSET))


        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))


        def _parse_sector(data: object) -> None | Sector | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sector_type_0 = Sector(data)



                return sector_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Sector | Unset, data)

        sector = _parse_sector(d.pop("sector", UNSET))


        target_create = cls(
            number=number,
            year=year,
            metric=metric,
            stretch_number=stretch_number,
            note=note,
            country=country,
            sector=sector,
        )

        return target_create

