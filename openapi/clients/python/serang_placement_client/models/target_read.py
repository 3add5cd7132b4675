from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.sector import Sector
from ..models.target_metric import TargetMetric
from typing import cast
import datetime






T = TypeVar("T", bound="TargetRead")



@_attrs_define
class TargetRead:
    """ 
        Attributes:
            id (int):
            year (int):
            metric (TargetMetric):
            country (None | str):
            sector (None | Sector):
            number (int):
            stretch_number (int | None):
            note (None | str):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
     """

    id: int
    year: int
    metric: TargetMetric
    country: None | str
    sector: None | Sector
    number: int
    stretch_number: int | None
    note: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        year = self.year

        metric = self.metric.value

        country: None | str
        country = self.country

        sector: None | str
        if isinstance(self.sector, Sector):
            sector = self.sector.value
        else:
            sector = self.sector

        number = self.number

        stretch_number: int | None
        stretch_number = self.stretch_number

        note: None | str
        note = self.note

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "year": year,
            "metric": metric,
            "country": country,
            "sector": sector,
            "number": number,
            "stretch_number": stretch_number,
            "note": note,
            "created_at": created_at,
            "updated_at": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        year = d.pop("year")

        metric = TargetMetric(d.pop("metric"))




        def _parse_country(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        country = _parse_country(d.pop("country"))


        def _parse_sector(data: object) -> None | Sector:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sector_type_0 = Sector(data)



                return sector_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Sector, data)

        sector = _parse_sector(d.pop("sector"))


        number = d.pop("number")

        def _parse_stretch_number(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        stretch_number = _parse_stretch_number(d.pop("stretch_number"))


        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        target_read = cls(
            id=id,
            year=year,
            metric=metric,
            country=country,
            sector=sector,
            number=number,
            stretch_number=stretch_number,
            note=note,
            created_at=created_at,
            updated_at=updated_at,
        )


        target_read.additional_properties = d
        return target_read

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
