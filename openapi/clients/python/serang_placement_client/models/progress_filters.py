from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.sector import Sector
from typing import cast






T = TypeVar("T", bound="ProgressFilters")



@_attrs_define
class ProgressFilters:
    """ 
        Attributes:
            kecamatan (None | str): Kecamatan code of the applicants counted.
            sector (None | Sector): Sector of the job orders counted.
            country (None | str): Destination country of the job orders counted.
     """

    kecamatan: None | str
    sector: None | Sector
    country: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        kecamatan: None | str
        kecamatan = self.kecamatan

        sector: None | str
        if isinstance(self.sector, Sector):
            sector = self.sector.value
        else:
            sector = self.sector

        country: None | str
        country = self.country


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "kecamatan": kecamatan,
            "sector": sector,
            "country": country,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_kecamatan(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        kecamatan = _parse_kecamatan(d.pop("kecamatan"))


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


        def _parse_country(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        country = _parse_country(d.pop("country"))


        progress_filters = cls(
            kecamatan=kecamatan,
            sector=sector,
            country=country,
        )


        progress_filters.additional_properties = d
        return progress_filters

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
