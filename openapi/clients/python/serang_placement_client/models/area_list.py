from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.area import Area
  from ..models.area_source import AreaSource
  from ..models.kecamatan import Kecamatan





T = TypeVar("T", bound="AreaList")



@_attrs_define
class AreaList:
    """ Kota Serang's kecamatan and kelurahan, with the source they were taken from.

        Attributes:
            source (AreaSource): The legal act an area list comes from, and when it was last checked against it.
            province (Area):
            regency (Area):
            kecamatan (list[Kecamatan]):
     """

    source: AreaSource
    province: Area
    regency: Area
    kecamatan: list[Kecamatan]





    def to_dict(self) -> dict[str, Any]:
        from ..models.area import Area # noqa: PLC0415
        from ..models.area_source import AreaSource # noqa: PLC0415
        from ..models.kecamatan import Kecamatan # noqa: PLC0415
        source = self.source.to_dict()

        province = self.province.to_dict()

        regency = self.regency.to_dict()

        kecamatan = []
        for kecamatan_item_data in self.kecamatan:
            kecamatan_item = kecamatan_item_data.to_dict()
            kecamatan.append(kecamatan_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "source": source,
            "province": province,
            "regency": regency,
            "kecamatan": kecamatan,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.area import Area # noqa: PLC0415
        from ..models.area_source import AreaSource # noqa: PLC0415
        from ..models.kecamatan import Kecamatan # noqa: PLC0415
        d = dict(src_dict)
        source = AreaSource.from_dict(d.pop("source"))




        province = Area.from_dict(d.pop("province"))




        regency = Area.from_dict(d.pop("regency"))




        kecamatan = []
        _kecamatan = d.pop("kecamatan")
        for kecamatan_item_data in (_kecamatan):
            kecamatan_item = Kecamatan.from_dict(kecamatan_item_data)



            kecamatan.append(kecamatan_item)


        area_list = cls(
            source=source,
            province=province,
            regency=regency,
            kecamatan=kecamatan,
        )

        return area_list

