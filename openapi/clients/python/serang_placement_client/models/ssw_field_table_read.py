from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.ssw_field_read import SswFieldRead





T = TypeVar("T", bound="SswFieldTableRead")



@_attrs_define
class SswFieldTableRead:
    """ 
        Attributes:
            source (str):
            fields (list[SswFieldRead]):
     """

    source: str
    fields: list[SswFieldRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.ssw_field_read import SswFieldRead # noqa: PLC0415
        source = self.source

        fields = []
        for fields_item_data in self.fields:
            fields_item = fields_item_data.to_dict()
            fields.append(fields_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "source": source,
            "fields": fields,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ssw_field_read import SswFieldRead # noqa: PLC0415
        d = dict(src_dict)
        source = d.pop("source")

        fields = []
        _fields = d.pop("fields")
        for fields_item_data in (_fields):
            fields_item = SswFieldRead.from_dict(fields_item_data)



            fields.append(fields_item)


        ssw_field_table_read = cls(
            source=source,
            fields=fields,
        )


        ssw_field_table_read.additional_properties = d
        return ssw_field_table_read

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
