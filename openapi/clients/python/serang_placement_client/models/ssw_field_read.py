from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.sector import Sector
from ..models.ssw_field import SswField
from typing import cast






T = TypeVar("T", bound="SswFieldRead")



@_attrs_define
class SswFieldRead:
    """ A field of Japan's Specified Skilled Worker (i) status, and the job orders in it.

        Attributes:
            code (SswField): The 16 fields of Japan's Specified Skilled Worker (i) status; their names, sources and
                the sectors and occupations in each: app/services/matching/ssw_fields.py.
            name_en (str):
            name_id (str):
            sectors (list[Sector]): Job orders of these sectors are in the field.
            isco_codes (list[str]): ISCO-08 unit groups whose orders are in the field, whatever the sector.
            added (None | str): When a newer field was added.
     """

    code: SswField
    name_en: str
    name_id: str
    sectors: list[Sector]
    isco_codes: list[str]
    added: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        code = self.code.value

        name_en = self.name_en

        name_id = self.name_id

        sectors = []
        for sectors_item_data in self.sectors:
            sectors_item = sectors_item_data.value
            sectors.append(sectors_item)



        isco_codes = self.isco_codes



        added: None | str
        added = self.added


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "name_en": name_en,
            "name_id": name_id,
            "sectors": sectors,
            "isco_codes": isco_codes,
            "added": added,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = SswField(d.pop("code"))




        name_en = d.pop("name_en")

        name_id = d.pop("name_id")

        sectors = []
        _sectors = d.pop("sectors")
        for sectors_item_data in (_sectors):
            sectors_item = Sector(sectors_item_data)



            sectors.append(sectors_item)


        isco_codes = cast(list[str], d.pop("isco_codes"))


        def _parse_added(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        added = _parse_added(d.pop("added"))


        ssw_field_read = cls(
            code=code,
            name_en=name_en,
            name_id=name_id,
            sectors=sectors,
            isco_codes=isco_codes,
            added=added,
        )


        ssw_field_read.additional_properties = d
        return ssw_field_read

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
