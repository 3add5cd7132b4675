from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.match_read import MatchRead
  from ..models.near_miss_read import NearMissRead





T = TypeVar("T", bound="MatchesRead")



@_attrs_define
class MatchesRead:
    """ 
        Attributes:
            applicant_id (int):
            items (list[MatchRead]):
            next_cursor (None | str):
            near_misses (list[NearMissRead]): Open job orders missed by one or two rules, fewest first (up to 10).
     """

    applicant_id: int
    items: list[MatchRead]
    next_cursor: None | str
    near_misses: list[NearMissRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.match_read import MatchRead # noqa: PLC0415
        from ..models.near_miss_read import NearMissRead # noqa: PLC0415
        applicant_id = self.applicant_id

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)



        next_cursor: None | str
        next_cursor = self.next_cursor

        near_misses = []
        for near_misses_item_data in self.near_misses:
            near_misses_item = near_misses_item_data.to_dict()
            near_misses.append(near_misses_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "applicant_id": applicant_id,
            "items": items,
            "next_cursor": next_cursor,
            "near_misses": near_misses,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.match_read import MatchRead # noqa: PLC0415
        from ..models.near_miss_read import NearMissRead # noqa: PLC0415
        d = dict(src_dict)
        applicant_id = d.pop("applicant_id")

        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = MatchRead.from_dict(items_item_data)



            items.append(items_item)


        def _parse_next_cursor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor"))


        near_misses = []
        _near_misses = d.pop("near_misses")
        for near_misses_item_data in (_near_misses):
            near_misses_item = NearMissRead.from_dict(near_misses_item_data)



            near_misses.append(near_misses_item)


        matches_read = cls(
            applicant_id=applicant_id,
            items=items,
            next_cursor=next_cursor,
            near_misses=near_misses,
        )


        matches_read.additional_properties = d
        return matches_read

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
