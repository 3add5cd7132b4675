from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.supply_count import SupplyCount





T = TypeVar("T", bound="SupplyRead")



@_attrs_define
class SupplyRead:
    """ 
        Attributes:
            eligible (int): People eligible for at least one open job order.
            near_eligible (int): Eligible for none, one rule short of one.
            by_kecamatan (list[SupplyCount]):
            by_age_band (list[SupplyCount]):
            by_education (list[SupplyCount]):
            by_japanese_level (list[SupplyCount]):
            by_eps_topik_band (list[SupplyCount]):
     """

    eligible: int
    near_eligible: int
    by_kecamatan: list[SupplyCount]
    by_age_band: list[SupplyCount]
    by_education: list[SupplyCount]
    by_japanese_level: list[SupplyCount]
    by_eps_topik_band: list[SupplyCount]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.supply_count import SupplyCount # noqa: PLC0415
        eligible = self.eligible

        near_eligible = self.near_eligible

        by_kecamatan = []
        for by_kecamatan_item_data in self.by_kecamatan:
            by_kecamatan_item = by_kecamatan_item_data.to_dict()
            by_kecamatan.append(by_kecamatan_item)



        by_age_band = []
        for by_age_band_item_data in self.by_age_band:
            by_age_band_item = by_age_band_item_data.to_dict()
            by_age_band.append(by_age_band_item)



        by_education = []
        for by_education_item_data in self.by_education:
            by_education_item = by_education_item_data.to_dict()
            by_education.append(by_education_item)



        by_japanese_level = []
        for by_japanese_level_item_data in self.by_japanese_level:
            by_japanese_level_item = by_japanese_level_item_data.to_dict()
            by_japanese_level.append(by_japanese_level_item)



        by_eps_topik_band = []
        for by_eps_topik_band_item_data in self.by_eps_topik_band:
            by_eps_topik_band_item = by_eps_topik_band_item_data.to_dict()
            by_eps_topik_band.append(by_eps_topik_band_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "eligible": eligible,
            "near_eligible": near_eligible,
            "by_kecamatan": by_kecamatan,
            "by_age_band": by_age_band,
            "by_education": by_education,
            "by_japanese_level": by_japanese_level,
            "by_eps_topik_band": by_eps_topik_band,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.supply_count import SupplyCount # noqa: PLC0415
        d = dict(src_dict)
        eligible = d.pop("eligible")

        near_eligible = d.pop("near_eligible")

        by_kecamatan = []
        _by_kecamatan = d.pop("by_kecamatan")
        for by_kecamatan_item_data in (_by_kecamatan):
            by_kecamatan_item = SupplyCount.from_dict(by_kecamatan_item_data)



            by_kecamatan.append(by_kecamatan_item)


        by_age_band = []
        _by_age_band = d.pop("by_age_band")
        for by_age_band_item_data in (_by_age_band):
            by_age_band_item = SupplyCount.from_dict(by_age_band_item_data)



            by_age_band.append(by_age_band_item)


        by_education = []
        _by_education = d.pop("by_education")
        for by_education_item_data in (_by_education):
            by_education_item = SupplyCount.from_dict(by_education_item_data)



            by_education.append(by_education_item)


        by_japanese_level = []
        _by_japanese_level = d.pop("by_japanese_level")
        for by_japanese_level_item_data in (_by_japanese_level):
            by_japanese_level_item = SupplyCount.from_dict(by_japanese_level_item_data)



            by_japanese_level.append(by_japanese_level_item)


        by_eps_topik_band = []
        _by_eps_topik_band = d.pop("by_eps_topik_band")
        for by_eps_topik_band_item_data in (_by_eps_topik_band):
            by_eps_topik_band_item = SupplyCount.from_dict(by_eps_topik_band_item_data)



            by_eps_topik_band.append(by_eps_topik_band_item)


        supply_read = cls(
            eligible=eligible,
            near_eligible=near_eligible,
            by_kecamatan=by_kecamatan,
            by_age_band=by_age_band,
            by_education=by_education,
            by_japanese_level=by_japanese_level,
            by_eps_topik_band=by_eps_topik_band,
        )


        supply_read.additional_properties = d
        return supply_read

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
