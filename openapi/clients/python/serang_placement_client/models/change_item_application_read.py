from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.application_read import ApplicationRead





T = TypeVar("T", bound="ChangeItemApplicationRead")



@_attrs_define
class ChangeItemApplicationRead:
    """ 
        Attributes:
            seq (int):
            id (int):
            deleted (bool):
            version (int | None):
            item (ApplicationRead | None):
     """

    seq: int
    id: int
    deleted: bool
    version: int | None
    item: ApplicationRead | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.application_read import ApplicationRead # noqa: PLC0415
        seq = self.seq

        id = self.id

        deleted = self.deleted

        version: int | None
        version = self.version

        item: dict[str, Any] | None
        if isinstance(self.item, ApplicationRead):
            item = self.item.to_dict()
        else:
            item = self.item


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "seq": seq,
            "id": id,
            "deleted": deleted,
            "version": version,
            "item": item,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.application_read import ApplicationRead # noqa: PLC0415
        d = dict(src_dict)
        seq = d.pop("seq")

        id = d.pop("id")

        deleted = d.pop("deleted")

        def _parse_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        version = _parse_version(d.pop("version"))


        def _parse_item(data: object) -> ApplicationRead | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                item_type_0 = ApplicationRead.from_dict(data)



                return item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApplicationRead | None, data)

        item = _parse_item(d.pop("item"))


        change_item_application_read = cls(
            seq=seq,
            id=id,
            deleted=deleted,
            version=version,
            item=item,
        )


        change_item_application_read.additional_properties = d
        return change_item_application_read

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
