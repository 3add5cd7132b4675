from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.scheme import Scheme
from ..models.sector import Sector
from typing import cast

if TYPE_CHECKING:
  from ..models.rule_result_read import RuleResultRead





T = TypeVar("T", bound="NearMissRead")



@_attrs_define
class NearMissRead:
    """ 
        Attributes:
            vacancy_id (int):
            title (str):
            country (str):
            scheme (Scheme):
            sector (Sector):
            unmet (list[RuleResultRead]): What is missing, and how to get it.
     """

    vacancy_id: int
    title: str
    country: str
    scheme: Scheme
    sector: Sector
    unmet: list[RuleResultRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.rule_result_read import RuleResultRead # noqa: PLC0415
        vacancy_id = self.vacancy_id

        title = self.title

        country = self.country

        scheme = self.scheme.value

        sector = self.sector.value

        unmet = []
        for unmet_item_data in self.unmet:
            unmet_item = unmet_item_data.to_dict()
            unmet.append(unmet_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "vacancy_id": vacancy_id,
            "title": title,
            "country": country,
            "scheme": scheme,
            "sector": sector,
            "unmet": unmet,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rule_result_read import RuleResultRead # noqa: PLC0415
        d = dict(src_dict)
        vacancy_id = d.pop("vacancy_id")

        title = d.pop("title")

        country = d.pop("country")

        scheme = Scheme(d.pop("scheme"))




        sector = Sector(d.pop("sector"))




        unmet = []
        _unmet = d.pop("unmet")
        for unmet_item_data in (_unmet):
            unmet_item = RuleResultRead.from_dict(unmet_item_data)



            unmet.append(unmet_item)


        near_miss_read = cls(
            vacancy_id=vacancy_id,
            title=title,
            country=country,
            scheme=scheme,
            sector=sector,
            unmet=unmet,
        )


        near_miss_read.additional_properties = d
        return near_miss_read

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
