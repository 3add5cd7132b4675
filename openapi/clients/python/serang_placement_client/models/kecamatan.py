from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.kelurahan import Kelurahan





T = TypeVar("T", bound="Kecamatan")



@_attrs_define
class Kecamatan:
    """ 
        Attributes:
            code (str):
            name (str):
            kelurahan (list[Kelurahan]):
     """

    code: str
    name: str
    kelurahan: list[Kelurahan]





    def to_dict(self) -> dict[str, Any]:
        from ..models.kelurahan import Kelurahan # noqa: PLC0415
        code = self.code

        name = self.name

        kelurahan = []
        for kelurahan_item_data in self.kelurahan:
            kelurahan_item = kelurahan_item_data.to_dict()
            kelurahan.append(kelurahan_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "code": code,
            "name": name,
            "kelurahan": kelurahan,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.kelurahan import Kelurahan # noqa: PLC0415
        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        kelurahan = []
        _kelurahan = d.pop("kelurahan")
        for kelurahan_item_data in (_kelurahan):
            kelurahan_item = Kelurahan.from_dict(kelurahan_item_data)



            kelurahan.append(kelurahan_item)


        kecamatan = cls(
            code=code,
            name=name,
            kelurahan=kelurahan,
        )

        return kecamatan

